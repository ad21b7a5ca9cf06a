import './app.scss';
import './styles/platform';

import { QueryClientProvider } from '@tanstack/react-query';
import { type PropsWithChildren, useCallback, useState } from 'react';

import { createQueryClient } from './hooks/query-client';
import { useFinishQueueSender } from './hooks/use-finish-queue-sender';
import { installPrivacyHandler } from './services/privacy';

// Before any page can call a privacy API.
installPrivacyHandler();

function App({ children }: PropsWithChildren) {
  const [queryClient] = useState(createQueryClient);
  // Finishes made offline go out on reconnect or app show; the order lists then show them finished.
  // Everything, not just the order keys: importing those here would put the order hooks in the first bundle.
  const refreshOrders = useCallback(() => void queryClient.invalidateQueries(), [queryClient]);
  useFinishQueueSender(refreshOrders);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

export default App;

import './app.scss';
import './styles/platform';

import { QueryClientProvider } from '@tanstack/react-query';
import { type PropsWithChildren, useState } from 'react';

import { createQueryClient } from './hooks/query-client';
import { installPrivacyHandler } from './services/privacy';

// Before any page can call a privacy API.
installPrivacyHandler();

function App({ children }: PropsWithChildren) {
  const [queryClient] = useState(createQueryClient);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

export default App;

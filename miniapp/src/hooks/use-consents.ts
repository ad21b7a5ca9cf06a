import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { pendingDocuments } from '@tongxin/types';

import { acceptConsents, getConsentStatus } from '@/services/consents';

/** Rule: agreeing invalidates `consentKeys.all`, so the renewal dialog closes. */
export const consentKeys = {
  all: ['consents'] as const,
  status: () => [...consentKeys.all, 'status'] as const,
};

/**
 * What the signed-in member still has to agree to. Compared with this build's versions as well as the server's,
 * so a build showing newer texts asks for them too.
 */
export function usePendingConsents(enabled: boolean) {
  return useQuery({
    queryKey: consentKeys.status(),
    queryFn: getConsentStatus,
    enabled,
    staleTime: 5 * 60_000,
    select: (status) => pendingDocuments(status.accepted),
  });
}

export function useAcceptConsentsMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: acceptConsents,
    onSuccess: () => client.invalidateQueries({ queryKey: consentKeys.all }),
  });
}

import { useIsMutating, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { pendingDocuments } from '@tongxin/types';

import { acceptConsents, getConsentStatus } from '@/services/consents';

/** Rule: agreeing invalidates `consentKeys.all`, so the renewal dialog closes. */
export const consentKeys = {
  all: ['consents'] as const,
  /** Per member: after switching accounts, one member's answer is never shown as another's. */
  status: (userId: string | null) => [...consentKeys.all, 'status', userId] as const,
  accept: ['consents', 'accept'] as const,
};

/**
 * What the signed-in member still has to agree to. Compared with this build's versions as well as the server's,
 * so a build showing newer texts asks for them too.
 */
export function usePendingConsents(userId: string | null) {
  return useQuery({
    queryKey: consentKeys.status(userId),
    queryFn: getConsentStatus,
    enabled: userId !== null,
    staleTime: 5 * 60_000,
    select: (status) => pendingDocuments(status.accepted),
  });
}

export function useAcceptConsentsMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationKey: consentKeys.accept,
    mutationFn: acceptConsents,
    // Returned, so the mutation counts as running until the status is read again.
    onSuccess: () => client.invalidateQueries({ queryKey: consentKeys.all }),
  });
}

/**
 * Whether an agreement is on its way (the login page agrees as it signs in): the renewal dialog waits for it
 * rather than asking for what the member is agreeing to that very moment.
 */
export function useAcceptingConsents(): boolean {
  return useIsMutating({ mutationKey: consentKeys.accept }) > 0;
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { checkInSafe, getMySafetyCheck } from '@/services/care';

/** 平安打卡, the member's own. Rule: the check-in answers with the new state, which replaces the query's. */
export const safetyCheckKeys = {
  mine: ['safety-check', 'mine'] as const,
};

/** Asked only for a signed-in member; whether they are enrolled is the API's to say. */
export function useSafetyCheckQuery(enabled: boolean) {
  return useQuery({ queryKey: safetyCheckKeys.mine, queryFn: getMySafetyCheck, enabled, staleTime: 60_000 });
}

export function useCheckInSafeMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: checkInSafe,
    onSuccess: (state) => client.setQueryData(safetyCheckKeys.mine, state),
  });
}

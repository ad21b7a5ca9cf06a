import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { createBinding, getMe, getMyBinding, updateProfile, withdrawBinding } from '@/services/me';
import { updateSessionUser } from '@/services/session';

/**
 * Query keys for the signed-in user. Rule: a mutation of the profile or the home binding
 * invalidates `meKeys.all`, so 我的 and 个人资料 refetch.
 */
export const meKeys = {
  all: ['me'] as const,
  profile: () => [...meKeys.all, 'profile'] as const,
  binding: () => [...meKeys.all, 'binding'] as const,
};

export function useMeQuery(enabled = true) {
  return useQuery({
    queryKey: meKeys.profile(),
    queryFn: async () => {
      const me = await getMe();
      updateSessionUser(me);
      return me;
    },
    enabled,
  });
}

export function useUpdateProfileMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (me) => {
      updateSessionUser(me);
      return client.invalidateQueries({ queryKey: meKeys.all });
    },
  });
}

export function useMyBindingQuery() {
  return useQuery({ queryKey: meKeys.binding(), queryFn: getMyBinding });
}

export function useCreateBindingMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createBinding,
    onSuccess: () => client.invalidateQueries({ queryKey: meKeys.all }),
  });
}

export function useWithdrawBindingMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: withdrawBinding,
    onSuccess: () => client.invalidateQueries({ queryKey: meKeys.all }),
  });
}

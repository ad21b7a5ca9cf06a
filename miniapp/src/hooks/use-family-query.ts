import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FamilyLinkView, RecordFamilyLinkRequest, RequestFamilyLinkRequest } from '@tongxin/types';

import {
  confirmFamilyLink,
  endFamilyLink,
  listFamilyActs,
  listFamilyLinks,
  recordFamilyLink,
  requestFamilyLink,
} from '@/services/family';
import { getActingFor, stopActingFor } from '@/stores/acting-for';

/**
 * 亲情代办. Rule: asking, confirming and ending answer with the caller's links, which replace `familyKeys.links`
 * (no refetch needed); they invalidate `familyKeys.acts()`, so 代办记录 refetch. Ending the link acted through ends
 * acting too.
 */
export const familyKeys = {
  all: ['family'] as const,
  links: () => [...familyKeys.all, 'links'] as const,
  acts: (linkId?: string) => [...familyKeys.all, 'acts', ...(linkId ? [linkId] : [])] as const,
};

export function useFamilyLinksQuery(enabled = true) {
  return useQuery({ queryKey: familyKeys.links(), queryFn: listFamilyLinks, enabled });
}

/** Always asked again when shown: what was just done for the parent elsewhere in the app belongs in it. */
export function useFamilyActsQuery(linkId: string, enabled = true) {
  return useQuery({ queryKey: familyKeys.acts(linkId), queryFn: () => listFamilyActs(linkId), enabled, staleTime: 0 });
}

function useLinksMutation<T>(call: (input: T) => Promise<FamilyLinkView[]>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (links) => {
      client.setQueryData(familyKeys.links(), links);
      return client.invalidateQueries({ queryKey: familyKeys.acts() });
    },
  });
}

/** 申请为家人代办, by the parent's phone. */
export function useRequestFamilyLinkMutation() {
  return useLinksMutation((body: RequestFamilyLinkRequest) => requestFamilyLink(body));
}

/** The parent's 同意. */
export function useConfirmFamilyLinkMutation() {
  return useLinksMutation(confirmFamilyLink);
}

/** 结束关联, by either of them. */
export function useEndFamilyLinkMutation() {
  return useLinksMutation(async (linkId: string) => {
    const links = await endFamilyLink(linkId);
    if (getActingFor()?.linkId === linkId) stopActingFor();
    return links;
  });
}

/** Staff record the parent's consent at a visit (the API answers with no links: the staff member holds none). */
export function useRecordFamilyLinkMutation() {
  return useMutation({ mutationFn: (body: RecordFamilyLinkRequest) => recordFamilyLink(body) });
}

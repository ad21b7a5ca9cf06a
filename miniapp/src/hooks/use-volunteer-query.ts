import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type AdjustVolunteerHoursRequest,
  DEFAULT_PAGE_SIZE,
  type IssueVolunteerCertificateRequest,
} from '@tongxin/types';

import { checkOutManually } from '@/services/organizer';
import {
  adjustHours,
  getCertificate,
  getMemberVolunteerHours,
  getMyVolunteerHours,
  issueCertificate,
  listAdjustments,
  listCertificates,
  listMyCertificates,
} from '@/services/volunteer';
import { newIdempotencyKey } from '@/utils/idempotency-key';
import { nextPage } from '@/utils/paging';

import { eventKeys } from './use-events-query';
import { pointsKeys } from './use-points-query';

/**
 * Volunteer hours (志愿服务时长). Rule: a 签退 or an adjustment invalidates `volunteerKeys.all`, the event views
 * (the roster shows the time) and the points (hours pay points); issuing a certificate invalidates `volunteerKeys.all`.
 */
export const volunteerKeys = {
  all: ['volunteer'] as const,
  mine: () => [...volunteerKeys.all, 'mine'] as const,
  myCertificates: () => [...volunteerKeys.all, 'my-certificates'] as const,
  certificate: (id: string) => [...volunteerKeys.all, 'certificate', id] as const,
  member: (memberId: string) => [...volunteerKeys.all, 'member', memberId] as const,
  community: (communityId: string) => [...volunteerKeys.all, 'community', communityId] as const,
  adjustments: (eventId: string, registrationId: string) =>
    [...volunteerKeys.all, 'adjustments', eventId, registrationId] as const,
};

/** The caller's 志愿服务记录 in pages of 20; every page carries the totals. */
export function useMyVolunteerHoursQuery(enabled = true) {
  return useInfiniteQuery({
    queryKey: volunteerKeys.mine(),
    queryFn: ({ pageParam }) => getMyVolunteerHours({ page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
    enabled,
  });
}

export function useMyCertificatesQuery() {
  return useInfiniteQuery({
    queryKey: volunteerKeys.myCertificates(),
    queryFn: ({ pageParam }) => listMyCertificates({ page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });
}

export function useCertificateQuery(id: string) {
  return useQuery({ queryKey: volunteerKeys.certificate(id), queryFn: () => getCertificate(id), enabled: !!id });
}

/** Staff: the first page of a member's record and its totals (what a certificate would cover). */
export function useMemberVolunteerHoursQuery(memberId: string | null) {
  return useQuery({
    queryKey: volunteerKeys.member(memberId ?? ''),
    queryFn: () => getMemberVolunteerHours({ memberId: memberId ?? '', page: 1, pageSize: DEFAULT_PAGE_SIZE }),
    enabled: memberId !== null,
  });
}

export function useCommunityCertificatesQuery(communityId: string | null) {
  return useInfiniteQuery({
    queryKey: volunteerKeys.community(communityId ?? ''),
    queryFn: ({ pageParam }) =>
      listCertificates({ communityId: communityId ?? '', page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
    enabled: communityId !== null,
  });
}

export function useIssueCertificateMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: IssueVolunteerCertificateRequest) => issueCertificate(body),
    onSuccess: () => client.invalidateQueries({ queryKey: volunteerKeys.all }),
  });
}

export function useAdjustmentsQuery(eventId: string, registrationId: string, enabled: boolean) {
  return useQuery({
    queryKey: volunteerKeys.adjustments(eventId, registrationId),
    queryFn: () => listAdjustments(eventId, registrationId, { page: 1, pageSize: DEFAULT_PAGE_SIZE }),
    enabled,
  });
}

function useHoursMutation<TArg, TResult>(fn: (arg: TArg) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: volunteerKeys.all }),
        client.invalidateQueries({ queryKey: eventKeys.all }),
        client.invalidateQueries({ queryKey: pointsKeys.all }),
      ]),
  });
}

export function useAdjustHoursMutation(eventId: string) {
  return useHoursMutation((change: { registrationId: string } & AdjustVolunteerHoursRequest) =>
    adjustHours(eventId, change.registrationId, { minutes: change.minutes, reason: change.reason }),
  );
}

/** 手动签退 for a volunteer without a phone; a fresh nonce per tap. */
export function useManualCheckoutMutation(eventId: string) {
  return useHoursMutation((registrationId: string) =>
    checkOutManually(eventId, { registrationId, nonce: newIdempotencyKey() }),
  );
}

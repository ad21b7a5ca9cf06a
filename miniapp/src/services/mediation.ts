import {
  type AcceptMediationRequest,
  ApiRoute,
  type AssignMediatorRequest,
  type CloseRatingFollowUpRequest,
  type CreateMediationRequest,
  type DeclineMediationRequest,
  type ListMediationCasesQuery,
  type MediationCaseSummary,
  type MediationCaseView,
  type MediationPartyCandidate,
  type MediatorView,
  type OpenMediationCaseRequest,
  type Page,
  type RateMediationRequest,
  type RecordFollowUpRequest,
  type RecordOutcomeRequest,
  type RecordSessionRequest,
  type ScheduleSessionRequest,
} from '@tongxin/types';

import { pageOf, request } from './request';

const post = <T>(path: string, body: object = {}) => request<T>(path, { method: 'POST', body });

/** A resident asks for mediation in their community. */
export function askForMediation(body: CreateMediationRequest): Promise<MediationCaseView> {
  return post<MediationCaseView>(ApiRoute.Mediation.Cases, body);
}

/** Staff (调解工作室负责人) open a case for a walk-in or a caller. */
export function openWalkInCase(body: OpenMediationCaseRequest): Promise<MediationCaseView> {
  return post<MediationCaseView>(ApiRoute.Mediation.WalkIn, body);
}

export function listMediationCases(query: ListMediationCasesQuery): Promise<Page<MediationCaseSummary>> {
  return request<Page<MediationCaseSummary>>(ApiRoute.Mediation.Cases, {
    query: {
      view: query.view,
      ...(query.status ? { status: query.status } : {}),
      ...(query.communityId ? { communityId: query.communityId } : {}),
      ...pageOf(query),
    },
  });
}

export function getMediationCase(id: string): Promise<MediationCaseView> {
  return request<MediationCaseView>(ApiRoute.Mediation.Case(id));
}

export const acceptCase = (id: string, body: AcceptMediationRequest) =>
  post<MediationCaseView>(ApiRoute.Mediation.Accept(id), body);
export const declineCase = (id: string, body: DeclineMediationRequest) =>
  post<MediationCaseView>(ApiRoute.Mediation.Decline(id), body);
export const assignMediator = (id: string, body: AssignMediatorRequest) =>
  post<MediationCaseView>(ApiRoute.Mediation.Assign(id), body);
export const withdrawCase = (id: string) => post<MediationCaseView>(ApiRoute.Mediation.Withdraw(id));
export const scheduleSession = (id: string, body: ScheduleSessionRequest) =>
  post<MediationCaseView>(ApiRoute.Mediation.Sessions(id), body);
export const recordSession = (id: string, sessionId: string, body: RecordSessionRequest) =>
  post<MediationCaseView>(ApiRoute.Mediation.SessionHeld(id, sessionId), body);
export const recordOutcome = (id: string, body: RecordOutcomeRequest) =>
  post<MediationCaseView>(ApiRoute.Mediation.Outcome(id), body);
export const recordFollowUp = (id: string, body: RecordFollowUpRequest) =>
  post<MediationCaseView>(ApiRoute.Mediation.FollowUp(id), body);
export const rateCase = (id: string, body: RateMediationRequest) =>
  post<MediationCaseView>(ApiRoute.Mediation.Rating(id), body);
export const closeRatingFollowUp = (id: string, body: CloseRatingFollowUpRequest) =>
  post<MediationCaseView>(ApiRoute.Mediation.RatingFollowUp(id), body);

/** Members of the community whose name matches, to pick the other party (at least two characters). */
export function findParties(communityId: string, q: string): Promise<MediationPartyCandidate[]> {
  return request<MediationPartyCandidate[]>(ApiRoute.Mediation.Parties, { query: { communityId, q } });
}

export function listMediators(communityId: string): Promise<MediatorView[]> {
  return request<MediatorView[]>(ApiRoute.Mediation.Mediators, { query: { communityId } });
}

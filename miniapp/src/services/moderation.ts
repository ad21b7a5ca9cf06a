import {
  type AddModerationWordRequest,
  ApiRoute,
  type DecideCaseRequest,
  type FlagContentRequest,
  type FlagContentResponse,
  type ModerationCaseQuery,
  type ModerationCaseView,
  type ModerationWordView,
  type Page,
  type PageQuery,
} from '@tongxin/types';

import { pageOf, request } from './request';

/** 举报: any member flags something others can see; flagging the same thing again is answered the same way. */
export function flagContent(body: FlagContentRequest): Promise<FlagContentResponse> {
  return request<FlagContentResponse>(ApiRoute.Moderation.Flags, { method: 'POST', body });
}

/** Staff: held and flagged items (`open`, oldest first) or decided ones (newest first) in their places. */
export function listCases(query: ModerationCaseQuery): Promise<Page<ModerationCaseView>> {
  return request<Page<ModerationCaseView>>(ApiRoute.Moderation.Cases, {
    query: { placeId: query.placeId, status: query.status, ...pageOf(query) },
  });
}

export function passCase(caseId: string, body: DecideCaseRequest): Promise<ModerationCaseView> {
  return request<ModerationCaseView>(ApiRoute.Moderation.Pass(caseId), { method: 'POST', body });
}

export function removeCase(caseId: string, body: DecideCaseRequest): Promise<ModerationCaseView> {
  return request<ModerationCaseView>(ApiRoute.Moderation.Remove(caseId), { method: 'POST', body });
}

/** Street admins: the street's own words for the keyword filter. */
export function listWords(query: PageQuery & { streetId: string }): Promise<Page<ModerationWordView>> {
  return request<Page<ModerationWordView>>(ApiRoute.Moderation.Words, {
    query: { streetId: query.streetId, ...pageOf(query) },
  });
}

export function addWord(body: AddModerationWordRequest): Promise<ModerationWordView> {
  return request<ModerationWordView>(ApiRoute.Moderation.Words, { method: 'POST', body });
}

export function deleteWord(wordId: string): Promise<void> {
  return request<void>(ApiRoute.Moderation.Word(wordId), { method: 'DELETE' });
}

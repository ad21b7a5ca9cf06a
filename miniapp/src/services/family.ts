import {
  ApiRoute,
  type FamilyActView,
  type FamilyLinkView,
  type RecordFamilyLinkRequest,
  type RequestFamilyLinkRequest,
} from '@tongxin/types';

import { request } from './request';

/** 亲情代办: the caller's links, as family member and as parent. */
export function listFamilyLinks(): Promise<FamilyLinkView[]> {
  return request<FamilyLinkView[]>(ApiRoute.Family.Links);
}

/** Asks to act for a parent found by phone; the same answer whether or not the phone is a member's. */
export function requestFamilyLink(body: RequestFamilyLinkRequest): Promise<FamilyLinkView[]> {
  return request<FamilyLinkView[]>(ApiRoute.Family.Links, { method: 'POST', body });
}

/** Staff at a visit record the parent's consent: the link is active at once (the API answers with no links). */
export function recordFamilyLink(body: RecordFamilyLinkRequest): Promise<FamilyLinkView[]> {
  return request<FamilyLinkView[]>(ApiRoute.Family.StaffLinks, { method: 'POST', body });
}

/** The parent says yes. */
export function confirmFamilyLink(id: string): Promise<FamilyLinkView[]> {
  return request<FamilyLinkView[]>(ApiRoute.Family.Confirm(id), { method: 'POST' });
}

/** The parent, the family member or staff end the link. */
export function endFamilyLink(id: string): Promise<FamilyLinkView[]> {
  return request<FamilyLinkView[]>(ApiRoute.Family.End(id), { method: 'POST' });
}

/** What was done on the parent's behalf through the link. */
export function listFamilyActs(id: string): Promise<FamilyActView[]> {
  return request<FamilyActView[]>(ApiRoute.Family.Acts(id));
}

import {
  type AdjustVolunteerHoursRequest,
  ApiRoute,
  type IssueVolunteerCertificateRequest,
  type ListVolunteerCertificatesQuery,
  type Page,
  type PageQuery,
  type VolunteerCertificateView,
  type VolunteerHoursAdjustmentView,
  type VolunteerHoursPage,
  type VolunteerHoursQuery,
} from '@tongxin/types';

import { pageOf, request } from './request';

/** The caller's 志愿服务记录, newest event first, with the totals. */
export function getMyVolunteerHours(query: PageQuery): Promise<VolunteerHoursPage> {
  return request<VolunteerHoursPage>(ApiRoute.MyVolunteerHours, { query: { ...pageOf(query) } });
}

export function listMyCertificates(query: PageQuery): Promise<Page<VolunteerCertificateView>> {
  return request<Page<VolunteerCertificateView>>(ApiRoute.MyVolunteerCertificates, { query: { ...pageOf(query) } });
}

/** Its volunteer, or staff of the issuing community. */
export function getCertificate(id: string): Promise<VolunteerCertificateView> {
  return request<VolunteerCertificateView>(ApiRoute.VolunteerCertificate(id));
}

/** Staff: a member's record, before issuing a certificate. */
export function getMemberVolunteerHours(query: VolunteerHoursQuery): Promise<VolunteerHoursPage> {
  return request<VolunteerHoursPage>(ApiRoute.VolunteerHours, {
    query: { memberId: query.memberId, ...pageOf(query) },
  });
}

export function issueCertificate(body: IssueVolunteerCertificateRequest): Promise<VolunteerCertificateView> {
  return request<VolunteerCertificateView>(ApiRoute.VolunteerCertificates, { method: 'POST', body });
}

export function listCertificates(query: ListVolunteerCertificatesQuery): Promise<Page<VolunteerCertificateView>> {
  return request<Page<VolunteerCertificateView>>(ApiRoute.VolunteerCertificates, {
    query: { communityId: query.communityId, memberId: query.memberId, ...pageOf(query) },
  });
}

/** Organizers: sets a volunteer's counted time, with a reason the volunteer will read. */
export function adjustHours(
  eventId: string,
  registrationId: string,
  body: AdjustVolunteerHoursRequest,
): Promise<VolunteerHoursAdjustmentView> {
  return request<VolunteerHoursAdjustmentView>(ApiRoute.EventAdmin.HourAdjustments(eventId, registrationId), {
    method: 'POST',
    body,
  });
}

export function listAdjustments(
  eventId: string,
  registrationId: string,
  query: PageQuery,
): Promise<Page<VolunteerHoursAdjustmentView>> {
  return request<Page<VolunteerHoursAdjustmentView>>(ApiRoute.EventAdmin.HourAdjustments(eventId, registrationId), {
    query: { ...pageOf(query) },
  });
}

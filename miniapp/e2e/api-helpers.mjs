// Journeys set up what the browser part does not show (other people's steps) straight over the API.
import { strict as assert } from 'node:assert';

import { ApiRoute, ReportKind, Role } from '@tongxin/types';

export const API_URL = process.env.API_URL ?? 'http://127.0.0.1:3000/api';

/** One call to the API as `token`'s user; resolves with the JSON body (or null for 204). */
export async function api(path, { method = 'GET', token, body } = {}) {
  const response = await fetch(`${API_URL}/${path}`, {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path} → ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** A demo account's session (tokens and user), as the login page's demo buttons get it. */
export function demoTokens(account) {
  return api(ApiRoute.Auth.DemoLogin, { method: 'POST', body: { account: account.key } });
}

/**
 * The organizer publishes an event on the community they organize for, starting `inDays` days from now for
 * `hours` hours; `fields` fill in or override the rest. Resolves with the published event.
 */
export async function publishEvent(organizer, { inDays, hours, ...fields }) {
  const community = organizer.user.roles.find((grant) => grant.role === Role.Organizer);
  const startsAt = new Date(Date.now() + inDays * 24 * 3_600_000);
  const event = await api(ApiRoute.Events, {
    method: 'POST',
    token: organizer.accessToken,
    body: {
      placeId: community.placeId,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + hours * 3_600_000).toISOString(),
      ...fields,
    },
  });
  return api(ApiRoute.EventAdmin.Publish(event.id), { method: 'POST', token: organizer.accessToken });
}

/**
 * The resident files a report (no photos) about their verified home, in the first active category of `staff`'s
 * community. Resolves with the report.
 */
export async function fileReportAtHome({ resident, staff, text }) {
  const community = staff.user.roles.find((grant) => grant.role === Role.CommunityStaff);
  const home = resident.user.roles.find((grant) => grant.role === Role.Resident);
  const categories = await api(`${ApiRoute.Reports.Categories}?communityId=${community.placeId}`, {
    token: resident.accessToken,
  });
  const category = categories.find((c) => c.kind === ReportKind.Report && c.active);
  return api(ApiRoute.Reports.Collection, {
    method: 'POST',
    token: resident.accessToken,
    body: { categoryId: category.id, text, photoIds: [], location: { buildingId: home.placeId } },
  });
}

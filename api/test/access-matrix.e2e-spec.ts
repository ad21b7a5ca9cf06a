import {
  type ApiErrorBody,
  type AuditLogEntry,
  type BindingSummary,
  ErrorCode,
  type MeResponse,
  NotificationKind,
  type NotificationView,
  type Page,
  type RiderApplicationSummary,
  Role,
} from '@tongxin/types';

import { newId } from '../src/infra/database/ids';
import { RoleGrant } from '../src/modules/access/role-grant.entity';
import { CareRecord } from '../src/modules/care/entities/care-record.entity';
import { CommunityEvent } from '../src/modules/events/event.entity';
import { VolunteerCertificate } from '../src/modules/events/volunteer-certificate.entity';
import { FamilyLink } from '../src/modules/family/family-link.entity';
import { ImportRun } from '../src/modules/imports/entities/import-run.entity';
import { MallItem } from '../src/modules/mall/mall-item.entity';
import { MediationCase } from '../src/modules/mediation/mediation-case.entity';
import { ContentFlag } from '../src/modules/moderation/entities/content-flag.entity';
import { ModerationCase } from '../src/modules/moderation/entities/moderation-case.entity';
import { ModerationWord } from '../src/modules/moderation/entities/moderation-word.entity';
import { NotificationsService } from '../src/modules/notifications/notifications.service';
import { Report } from '../src/modules/orders/entities/report.entity';
import { rectangle } from '../src/modules/places/boundary';
import { Place } from '../src/modules/places/place.entity';
import { PointsEntry } from '../src/modules/points/points-entry.entity';
import { RoutePlace } from '../src/modules/rider-routes/route-place.entity';
import { demoCategoryId, demoGrantId, demoPlaceId, demoUnitId, demoUserId } from '../src/modules/seed/demo-data';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

type Api = ReturnType<typeof client> & { withKey(key: string): ReturnType<typeof client> };

/** Records that belong to one side: 阿吉拉沁 (环河街街道) or 兴旺 (滨河街道). */
interface Side {
  order: string;
  report: string;
  category: string;
  /** A category its staff have retired. */
  retiredCategory: string;
  event: string;
  /** An event its organizers have not published yet. */
  draft: string;
  /** A published weekly series, and its first session. */
  series: string;
  seriesSession: string;
  registration: string;
  redemption: string;
  /** A notice in the member's inbox. */
  notice: string;
  unit: string;
  entry: string;
  pendingAward: string;
  item: string;
  pickupCode: string;
  honour: string;
  /** A report held by the keyword filter: its moderation case. */
  moderationCase: string;
  /** A word on its street's list. */
  word: string;
  /** A 志愿服务记录证明 its staff issued to its member. */
  certificate: string;
  /** A 台账 import its staff applied. */
  importRun: string;
  /** A mediation case its resident asked for, accepted with the community's 调解员. */
  mediationCase: string;
  /** A 帮扶台账 record on one of its grids. */
  careRecord: string;
  /** A 亲情代办 link of its resident with a family member. */
  familyLink: string;
  street: string;
  binding: string;
  application: string;
  grant: string;
  member: string;
  /** The member's phone number, as staff would type it into a search. */
  phone: string;
  community: string;
  grid: string;
  building: string;
}

/** Every endpoint that acts on or lists another place's records, as one attacker would call it. */
const ATTACKS: { name: string; call: (api: Api, other: Side) => ReturnType<Api['get']> }[] = [
  { name: 'verify binding', call: (api, o) => api.post(`/bindings/${o.binding}/verify`) },
  { name: 'dry-run an import', call: (api, o) => api.post(`/imports/households/dry-run?scopeId=${o.community}`) },
  { name: 'import into their community', call: (api, o) => api.post(`/imports/staff/apply?scopeId=${o.community}`) },
  { name: 'import into their street', call: (api, o) => api.post(`/imports/places/apply?scopeId=${o.street}`) },
  { name: 'read their import', call: (api, o) => api.get(`/imports/${o.importRun}`) },
  { name: 'read their mediation case', call: (api, o) => api.get(`/mediation/cases/${o.mediationCase}`) },
  { name: 'accept their mediation case', call: (api, o) => api.post(`/mediation/cases/${o.mediationCase}/accept`) },
  {
    name: 'decline their mediation case',
    call: (api, o) => api.post(`/mediation/cases/${o.mediationCase}/decline`, { reason: '越权' }),
  },
  {
    name: 'assign their mediation case',
    call: (api, o) =>
      api.post(`/mediation/cases/${o.mediationCase}/assign`, { mediatorId: o.member, expectedMediatorId: null }),
  },
  {
    name: 'schedule their mediation',
    call: (api, o) =>
      api.post(`/mediation/cases/${o.mediationCase}/sessions`, {
        scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
        venue: '越权',
      }),
  },
  {
    name: 'record their mediation outcome',
    call: (api, o) => api.post(`/mediation/cases/${o.mediationCase}/outcome`, { outcome: 'failed', referral: '越权' }),
  },
  { name: 'withdraw their mediation', call: (api, o) => api.post(`/mediation/cases/${o.mediationCase}/withdraw`) },
  {
    name: 'rate their mediation',
    call: (api, o) => api.post(`/mediation/cases/${o.mediationCase}/rating`, { rating: 1 }),
  },
  { name: 'read their care record', call: (api, o) => api.get(`/care/records/${o.careRecord}`) },
  { name: 'edit their care record', call: (api, o) => api.patch(`/care/records/${o.careRecord}`, { needs: '越权' }) },
  {
    name: 'close their care record',
    call: (api, o) => api.post(`/care/records/${o.careRecord}/close`, { reason: '越权' }),
  },
  {
    name: 'visit their care record',
    call: (api, o) => api.post(`/care/records/${o.careRecord}/visits`, { findings: '越权' }),
  },
  { name: 'their care categories', call: (api, o) => api.get(`/care/categories?communityId=${o.community}`) },
  {
    name: 'add a care category to their community',
    call: (api, o) => api.post('/care/categories', { communityId: o.community, name: '越权分类', visitDays: 7 }),
  },
  {
    name: 'put someone on their register',
    call: (api, o) =>
      api.post('/care/records', {
        gridId: o.grid,
        household: '1单元101',
        personName: '越权',
        categoryIds: [o.careRecord],
        needs: '越权',
        consentBy: 'self',
        consentOn: '2026-12-01',
      }),
  },
  {
    name: 'record consent for their resident',
    call: (api, o) =>
      api.post('/family/links/staff', { parentId: o.member, childPhone: '13800000013', relation: '女儿' }),
  },
  { name: 'end their family link', call: (api, o) => api.post(`/family/links/${o.familyLink}/end`) },
  { name: 'read their family acts', call: (api, o) => api.get(`/family/links/${o.familyLink}/acts`) },
  { name: 'their mediators', call: (api, o) => api.get(`/mediation/mediators?communityId=${o.community}`) },
  { name: 'their residents by name', call: (api, o) => api.get(`/mediation/parties?communityId=${o.community}&q=居`) },
  {
    name: 'open a walk-in case in their community',
    call: (api, o) =>
      api.post('/mediation/cases/walk-in', {
        communityId: o.community,
        kind: 'other',
        source: 'phone',
        requesterName: '越权',
        otherParty: { name: '对方' },
        account: '越权登记的事情经过',
        hopes: '无',
      }),
  },
  { name: 'their dashboard', call: (api, o) => api.get(`/figures?placeId=${o.community}&period=month`) },
  { name: 'their grid dashboard', call: (api, o) => api.get(`/figures?placeId=${o.grid}&period=year`) },
  { name: 'their workbook', call: (api, o) => api.get(`/figures/workbook?placeId=${o.community}&period=month`) },
  { name: 'their scorecards', call: (api, o) => api.get(`/figures/scorecards?placeId=${o.street}&period=month`) },
  { name: 'their scorecard weights', call: (api, o) => api.get(`/figures/weights/${o.street}`) },
  {
    name: 'set their scorecard weights',
    call: (api, o) =>
      api.put(`/figures/weights/${o.street}`, {
        weights: { onTime: 1, satisfaction: 0, reopen: 0, visits: 0, participation: 0 },
      }),
  },
  { name: 'reject binding', call: (api, o) => api.post(`/bindings/${o.binding}/reject`, { reason: '不符' }) },
  { name: 'approve rider', call: (api, o) => api.post(`/rider-applications/${o.application}/approve`) },
  {
    name: 'reject rider',
    call: (api, o) => api.post(`/rider-applications/${o.application}/reject`, { reason: '不符' }),
  },
  {
    name: 'revoke rider',
    call: (api, o) => api.post(`/rider-applications/${o.application}/revoke`, { reason: '不符' }),
  },
  {
    name: 'grant role',
    call: (api, o) => api.post('/role-grants', { userId: o.member, role: Role.GridWorker, placeId: o.grid }),
  },
  { name: 'revoke role', call: (api, o) => api.delete(`/role-grants/${o.grant}`) },
  { name: 'reveal phone', call: (api, o) => api.post(`/members/${o.member}/phone-reveal`) },
  {
    name: 'grant role by phone',
    call: (api, o) => api.post('/role-grants', { phone: o.phone, role: Role.Organizer, placeId: o.community }),
  },
  { name: 'their audit log', call: (api, o) => api.get(`/audit-logs?placeId=${o.community}`) },
  { name: 'reconcile their points', call: (api, o) => api.get(`/points/reconciliation?communityId=${o.community}`) },
  { name: 'create place', call: (api, o) => api.post('/places', { parentId: o.community, name: '新网格' }) },
  { name: 'rename place', call: (api, o) => api.patch(`/places/${o.grid}`, { name: '改名网格' }) },
  { name: 'move place', call: (api, o) => api.post(`/places/${o.building}/move`, { parentId: o.grid }) },
  { name: 'retire place', call: (api, o) => api.post(`/places/${o.building}/retire`) },
  {
    name: 'set boundary',
    call: (api, o) => api.put(`/places/${o.grid}/boundary`, { boundary: rectangle(100, 30, 100.001, 30.001) }),
  },
  { name: 'clear boundary', call: (api, o) => api.delete(`/places/${o.grid}/boundary`) },
  {
    name: 'create unit',
    call: (api, o) => api.post(`/places/${o.community}/units`, { kind: 'service_point', name: '新服务点' }),
  },
  { name: 'update unit', call: (api, o) => api.patch(`/place-units/${o.unit}`, { name: '改名' }) },
  { name: 'retire unit', call: (api, o) => api.post(`/place-units/${o.unit}/retire`) },
  {
    name: 'award points',
    call: (api, o) =>
      api
        .withKey(`attack-${o.member.slice(0, 8)}`)
        .post('/points/awards', { memberId: o.member, amount: 10, reason: '越权奖励' }),
  },
  { name: 'reverse entry', call: (api, o) => api.post(`/points/entries/${o.entry}/reverse`, { reason: '越权冲正' }) },
  { name: 'approve large award', call: (api, o) => api.post(`/points/pending-awards/${o.pendingAward}/approve`) },
  {
    name: 'reject large award',
    call: (api, o) => api.post(`/points/pending-awards/${o.pendingAward}/reject`, { reason: '越权驳回' }),
  },
  {
    name: 'edit points rule',
    call: (api, o) =>
      api.put(`/points/rules/${o.community}/quiz`, { points: 100, dailyCap: null, monthlyCap: null, enabled: true }),
  },
  {
    name: 'stock mall item',
    call: (api, o) =>
      api.post('/mall/items', {
        communityId: o.community,
        name: '越权商品',
        pointsPrice: 1,
        stock: 1,
        perMemberLimit: 1,
        pickupPlace: '无',
      }),
  },
  { name: 'edit mall item', call: (api, o) => api.patch(`/mall/items/${o.item}`, { onShelf: false }) },
  { name: 'manage mall items', call: (api, o) => api.get(`/mall/items/manage?communityId=${o.community}`) },
  { name: 'list redemptions', call: (api, o) => api.get(`/mall/redemptions?communityId=${o.community}`) },
  {
    name: 'redeem in their mall',
    call: (api, o) => api.withKey(`attack-redeem-${o.item.slice(0, 8)}`).post(`/mall/items/${o.item}/redeem`),
  },
  { name: 'cancel redemption', call: (api, o) => api.post(`/mall/redemptions/${o.redemption}/cancel`) },
  { name: 'collect pickup', call: (api, o) => api.post('/mall/redemptions/collect', { pickupCode: o.pickupCode }) },
  {
    name: 'nominate honour',
    call: (api, o) =>
      api.post('/honours', {
        communityId: o.community,
        kind: 'person',
        memberId: o.member,
        citation: '越权提名测试',
        publishDays: 10,
      }),
  },
  { name: 'approve honour', call: (api, o) => api.post(`/honours/${o.honour}/approve`) },
  { name: 'reject honour', call: (api, o) => api.post(`/honours/${o.honour}/reject`, { reason: '越权' }) },
  { name: 'review honours', call: (api, o) => api.get(`/honours?communityId=${o.community}&status=nominated`) },
  { name: 'grab order', call: (api, o) => api.post(`/orders/${o.order}/grab`) },
  {
    name: 'grab order for later',
    call: (api, o) =>
      api.post(`/orders/${o.order}/grab`, { promisedAt: new Date(Date.now() + 3_600_000).toISOString() }),
  },
  {
    name: 'put their grid on my route',
    call: (api, o) => api.put('/me/route', { placeIds: [o.grid], windows: [] }),
  },
  {
    name: 'put their building on my route',
    call: (api, o) => api.put('/me/route', { placeIds: [o.building], windows: [] }),
  },
  { name: 'assign order', call: (api, o) => api.post(`/orders/${o.order}/assign`, { handlerId: o.member }) },
  { name: 'take back order', call: (api, o) => api.post(`/orders/${o.order}/take-back`, {}) },
  { name: 'verify report', call: (api, o) => api.post(`/orders/${o.order}/verify`) },
  { name: 'cancel order', call: (api, o) => api.post(`/orders/${o.order}/cancel`, { reason: '越权取消' }) },
  { name: 'close order', call: (api, o) => api.post(`/orders/${o.order}/close`) },
  { name: 'start order', call: (api, o) => api.post(`/orders/${o.order}/start`) },
  { name: 'finish order', call: (api, o) => api.post(`/orders/${o.order}/finish`, { note: '越权完成' }) },
  { name: 'confirm order', call: (api, o) => api.post(`/orders/${o.order}/confirm`, { rating: 5 }) },
  { name: 'not fixed', call: (api, o) => api.post(`/orders/${o.order}/not-fixed`, { note: '越权退回' }) },
  { name: 'read report', call: (api, o) => api.get(`/reports/${o.report}`) },
  { name: 'flag report', call: (api, o) => api.post('/flags', { kind: 'report', id: o.report, reason: 'spam' }) },
  { name: 'flag draft event', call: (api, o) => api.post('/flags', { kind: 'event', id: o.draft, reason: 'spam' }) },
  {
    name: 'pass their case',
    call: (api, o) => api.post(`/moderation/cases/${o.moderationCase}/pass`, { reason: '越权通过' }),
  },
  {
    name: 'remove their case',
    call: (api, o) => api.post(`/moderation/cases/${o.moderationCase}/remove`, { reason: '越权移除' }),
  },
  { name: 'their street words', call: (api, o) => api.get(`/moderation/words?streetId=${o.street}`) },
  {
    name: 'add a street word',
    call: (api, o) => api.post('/moderation/words', { streetId: o.street, word: '越权词' }),
  },
  { name: 'delete a street word', call: (api, o) => api.delete(`/moderation/words/${o.word}`) },
  { name: 'me too', call: (api, o) => api.post(`/reports/${o.report}/me-too`) },
  { name: 'community reports', call: (api, o) => api.get(`/reports?communityId=${o.community}`) },
  {
    name: 'create category',
    call: (api, o) =>
      api.post('/report-categories', {
        communityId: o.community,
        name: '越权分类',
        kind: 'report',
        deadlines: { openHours: 1, claimedHours: 1, inProgressHours: 1 },
      }),
  },
  { name: 'edit category', call: (api, o) => api.patch(`/report-categories/${o.category}`, { active: false }) },
  {
    name: 'create event',
    call: (api, o) =>
      api.post('/events', {
        placeId: o.community,
        title: '越权活动',
        type: 'talk',
        description: 'x',
        venue: 'x',
        startsAt: new Date(Date.now() + 3_600_000).toISOString(),
        endsAt: new Date(Date.now() + 7_200_000).toISOString(),
        capacity: 10,
        pointsReward: 0,
      }),
  },
  {
    name: 'create series',
    call: (api, o) =>
      api.post('/event-series', {
        placeId: o.community,
        title: '越权系列活动',
        type: 'class',
        description: 'x',
        venue: 'x',
        startsAt: new Date(Date.now() + 3_600_000).toISOString(),
        endsAt: new Date(Date.now() + 7_200_000).toISOString(),
        capacity: 10,
        pointsReward: 0,
        recurrence: { weekdays: [2], count: 4 },
      }),
  },
  { name: 'read series', call: (api, o) => api.get(`/event-series/${o.series}`) },
  { name: 'series sessions', call: (api, o) => api.get(`/event-series/${o.series}/sessions`) },
  { name: 'publish series', call: (api, o) => api.post(`/event-series/${o.series}/publish`) },
  {
    name: 'edit following sessions',
    call: (api, o) => api.patch(`/events/${o.seriesSession}/following`, { venue: '越权' }),
  },
  { name: 'cancel following sessions', call: (api, o) => api.post(`/events/${o.seriesSession}/cancel-following`) },
  { name: 'sign up to their series', call: (api, o) => api.post(`/event-series/${o.series}/registrations`, {}) },
  { name: 'read draft event', call: (api, o) => api.get(`/events/${o.draft}`) },
  { name: 'view draft event', call: (api, o) => api.get(`/events/${o.draft}/view`) },
  { name: 'sign up to draft', call: (api, o) => api.post(`/events/${o.draft}/registrations`, {}) },
  { name: 'edit event', call: (api, o) => api.patch(`/events/${o.event}`, { title: '改名活动' }) },
  { name: 'cancel event', call: (api, o) => api.post(`/events/${o.event}/cancel`) },
  { name: 'message attendees', call: (api, o) => api.post(`/events/${o.event}/messages`, { text: '越权通知' }) },
  { name: 'event roster', call: (api, o) => api.get(`/events/${o.event}/roster`) },
  { name: 'offline kit', call: (api, o) => api.get(`/events/${o.event}/offline-kit`) },
  {
    name: 'scan ticket',
    call: (api, o) =>
      api.post(`/events/${o.event}/checkins`, { ticket: 'TX1.abcdefghijkl.mnop', nonce: 'attack-nonce-1' }),
  },
  {
    name: 'manual check-in',
    call: (api, o) =>
      api.post(`/events/${o.event}/checkins/manual`, { registrationId: o.registration, nonce: 'attack-nonce-2' }),
  },
  { name: 'approve sign-up', call: (api, o) => api.post(`/events/${o.event}/registrations/${o.registration}/approve`) },
  {
    name: 'reject sign-up',
    call: (api, o) => api.post(`/events/${o.event}/registrations/${o.registration}/reject`, { reason: '越权' }),
  },
  { name: 'their ticket', call: (api, o) => api.get(`/events/registrations/${o.registration}/ticket`) },
  { name: 'cancel their sign-up', call: (api, o) => api.post(`/events/registrations/${o.registration}/cancel`) },
  { name: 'mark their notice read', call: (api, o) => api.post(`/notifications/${o.notice}/read`) },
  { name: 'export attendance', call: (api, o) => api.get(`/events/${o.event}/attendance.csv`) },
  { name: 'event ratings', call: (api, o) => api.get(`/events/${o.event}/ratings`) },
  {
    name: 'check out',
    call: (api, o) =>
      api.post(`/events/${o.event}/checkouts`, { ticket: 'TX1.abcdefghijkl.mnop', nonce: 'attack-nonce-3' }),
  },
  {
    name: 'manual check-out',
    call: (api, o) =>
      api.post(`/events/${o.event}/checkouts/manual`, { registrationId: o.registration, nonce: 'attack-nonce-4' }),
  },
  {
    name: 'adjust volunteer hours',
    call: (api, o) =>
      api.post(`/events/${o.event}/registrations/${o.registration}/hour-adjustments`, {
        minutes: 30,
        reason: '越权调整',
      }),
  },
  {
    name: 'hour adjustments',
    call: (api, o) => api.get(`/events/${o.event}/registrations/${o.registration}/hour-adjustments`),
  },
  { name: 'their volunteer record', call: (api, o) => api.get(`/volunteer-hours?memberId=${o.member}`) },
  {
    name: 'issue volunteer certificate',
    call: (api, o) =>
      api.post('/volunteer-certificates', { memberId: o.member, volunteerName: '越权证明', contact: '0471-1234567' }),
  },
  { name: 'their volunteer certificate', call: (api, o) => api.get(`/volunteer-certificates/${o.certificate}`) },
  {
    name: 'their certificate document',
    call: (api, o) => api.get(`/volunteer-certificates/${o.certificate}/document`),
  },
];

/** List endpoints: refused, or answered without a single record of the other side. */
const LISTS: {
  name: string;
  call: (api: Api, other: Side) => ReturnType<Api['get']>;
  leaks: (body: string, o: Side) => boolean;
}[] = [
  { name: 'bindings', call: (api) => api.get('/bindings'), leaks: (b, o) => b.includes(o.binding) },
  { name: 'imports', call: (api) => api.get('/imports?pageSize=100'), leaks: (b, o) => b.includes(o.importRun) },
  {
    name: 'care records',
    call: (api) => api.get('/care/records?pageSize=100'),
    leaks: (b, o) => b.includes(o.careRecord),
  },
  {
    name: 'mediation cases (mine)',
    call: (api) => api.get('/mediation/cases?view=mine&pageSize=100'),
    leaks: (b, o) => b.includes(o.mediationCase),
  },
  {
    name: 'mediation cases (staff)',
    call: (api) => api.get('/mediation/cases?view=staff&pageSize=100'),
    leaks: (b, o) => b.includes(o.mediationCase),
  },
  {
    name: 'rider applications',
    call: (api) => api.get('/rider-applications'),
    leaks: (b, o) => b.includes(o.application),
  },
  {
    name: 'role grants',
    call: (api, o) => api.get(`/role-grants?placeId=${o.grid}`),
    leaks: (b, o) => b.includes(o.grant),
  },
  {
    name: 'members',
    call: (api, o) => api.get(`/members?placeId=${o.community}`),
    leaks: (b, o) => b.includes(o.member),
  },
  {
    name: 'member search by phone',
    call: (api, o) => api.get(`/members?q=${o.phone}`),
    leaks: (b, o) => b.includes(o.member),
  },
  {
    name: 'role grants below a place',
    call: (api, o) => api.get(`/role-grants?placeId=${o.community}&includeBelow=true&pageSize=100`),
    leaks: (b, o) => b.includes(o.grant),
  },
  {
    name: 'audit log of one action',
    call: (api) => api.get('/audit-logs?action=pii.view&pageSize=100'),
    leaks: (b, o) => b.includes(o.member),
  },
  { name: 'audit log', call: (api) => api.get('/audit-logs?pageSize=100'), leaks: (b, o) => b.includes(o.member) },
  {
    name: 'pending awards',
    call: (api) => api.get('/points/pending-awards?pageSize=100'),
    leaks: (b, o) => b.includes(o.pendingAward),
  },
  { name: 'order queue', call: (api) => api.get('/orders/queue?pageSize=100'), leaks: (b, o) => b.includes(o.order) },
  {
    name: 'moderation queue',
    call: (api) => api.get('/moderation/cases?pageSize=100'),
    leaks: (b, o) => b.includes(o.moderationCase),
  },
  { name: 'order hall', call: (api) => api.get('/orders/hall?pageSize=100'), leaks: (b, o) => b.includes(o.order) },
  {
    name: 'grids for my route',
    call: (api) => api.get('/me/route/grids?pageSize=100'),
    leaks: (b, o) => b.includes(o.grid),
  },
  { name: 'follow-ups', call: (api) => api.get('/follow-ups?pageSize=100'), leaks: (b, o) => b.includes(o.report) },
  {
    name: 'retired categories',
    call: (api, o) => api.get(`/report-categories?communityId=${o.community}&includeInactive=true`),
    leaks: (b, o) => b.includes(o.retiredCategory),
  },
  {
    name: 'volunteer certificates',
    call: (api, o) => api.get(`/volunteer-certificates?communityId=${o.community}&pageSize=100`),
    leaks: (b, o) => b.includes(o.certificate),
  },
  {
    name: 'my volunteer certificates',
    call: (api) => api.get('/me/volunteer-certificates?pageSize=100'),
    leaks: (b, o) => b.includes(o.certificate),
  },
  {
    name: 'duplicate hint',
    call: (api, o) => api.get(`/reports/nearby?categoryId=${o.category}&buildingId=${o.building}`),
    leaks: (b, o) => b.includes(o.report),
  },
];

describe('access matrix: a role on one place reaches no other place’s records', () => {
  let t: TestApp;
  const sides = {} as Record<'ajilaqin' | 'xingwang', Side>;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    for (const key of [
      'resident',
      'resident-2',
      'rider',
      'grid-worker',
      'organizer',
      'part-time-member',
      'staff-ajilaqin',
      'staff-xingwang',
      'street-admin',
      'mediation-admin',
      'mediator',
      'care-worker',
    ]) {
      token[key] = (await loginAs(t.baseUrl, key)).accessToken;
    }
    const as = (key: string) => api(token[key]);

    // 阿吉拉沁: 其其格 asks to bind a home, 王建国 (a grid worker there) applies as a rider.
    const bindingA = await as('resident').post<BindingSummary>('/me/binding', {
      buildingId: demoPlaceId('ajilaqin/g1/b1'),
      household: '1单元101',
    });
    const appA = await as('grid-worker').post<RiderApplicationSummary>('/rider-applications', {
      platform: 'meituan',
      gridIds: [demoPlaceId('ajilaqin/g1')],
      statement: '每天在阿吉拉沁送餐',
    });
    // 兴旺: 李秀兰 binds, 张师傅 applies.
    const bindingB = await as('resident-2').post<BindingSummary>('/me/binding', {
      buildingId: demoPlaceId('xingwang/g1/b2'),
      household: '2单元302',
    });
    const appB = await as('rider').post<RiderApplicationSummary>('/rider-applications', {
      platform: 'eleme',
      gridIds: [demoPlaceId('xingwang/g1'), demoPlaceId('xingwang/g2')],
      statement: '丽日家园是我的配送片区',
    });
    expect([bindingA.status, appA.status, bindingB.status, appB.status]).toEqual([201, 201, 201, 201]);
    // Audit entries on both sides.
    expect((await as('staff-ajilaqin').post(`/members/${demoUserId('resident')}/phone-reveal`)).status).toBe(200);
    expect((await as('staff-xingwang').post(`/members/${demoUserId('resident-2')}/phone-reveal`)).status).toBe(200);

    const extras = async (staffKey: string, memberKey: string, community: string) => {
      const staffApi = as(staffKey);
      const entry = await staffApi.withKey(`seed-${memberKey}-award`).post<{ id: string }>('/points/awards', {
        memberId: demoUserId(memberKey),
        amount: 20,
        reason: '参加志愿服务',
      });
      // Above the approval threshold: held for a second staff member.
      const pendingAward = await staffApi.withKey(`seed-${memberKey}-large`).post<{ id: string }>('/points/awards', {
        memberId: demoUserId(memberKey),
        amount: 300,
        reason: '长期义务巡逻',
      });
      const item = await staffApi.post<{ id: string }>('/mall/items', {
        communityId: demoPlaceId(community),
        name: '石榴籽书签',
        pointsPrice: 5,
        stock: 5,
        perMemberLimit: 1,
        pickupPlace: '党群服务中心',
      });
      const redemption = await as(memberKey)
        .withKey(`seed-${memberKey}-redeem`)
        .post<{ id: string; pickupCode: string }>(`/mall/items/${item.body.id}/redeem`);
      const honour = await staffApi.post<{ id: string }>('/honours', {
        communityId: demoPlaceId(community),
        kind: 'person',
        memberId: demoUserId(memberKey),
        citation: '热心邻里互助',
        publishDays: 30,
      });
      const report = await as(memberKey).post<{ id: string; order: { id: string } }>('/reports', {
        categoryId: demoCategoryId(`${community}/sanitation`),
        text: '楼道堆放杂物',
        photoIds: [],
        location: { buildingId: demoPlaceId(community === 'ajilaqin' ? 'ajilaqin/g1/b1' : 'xingwang/g1/b2') },
      });
      // Held by the keyword filter: a case in this community's moderation queue.
      const held = await as(memberKey).post<{ id: string }>('/reports', {
        categoryId: demoCategoryId(`${community}/sanitation`),
        text: '收废品加微信',
        photoIds: [],
        location: { buildingId: demoPlaceId(community === 'ajilaqin' ? 'ajilaqin/g1/b1' : 'xingwang/g1/b2') },
      });
      const moderationCase = await t.dataSource.manager.findOneByOrFail(ModerationCase, { recordId: held.body.id });
      const retired = await staffApi.post<{ id: string }>('/report-categories', {
        communityId: demoPlaceId(community),
        name: '已停用的分类',
        kind: 'report',
        deadlines: { openHours: 1, claimedHours: 1, inProgressHours: 1 },
      });
      await staffApi.patch(`/report-categories/${retired.body.id}`, { active: false });
      const starts = Date.now() + 3_600_000;
      const newEvent = (title: string) =>
        staffApi.post<{ id: string }>('/events', {
          placeId: demoPlaceId(community),
          title,
          type: 'talk',
          description: '议事',
          venue: '党群服务中心',
          startsAt: new Date(starts).toISOString(),
          endsAt: new Date(starts + 3_600_000).toISOString(),
          capacity: 10,
          pointsReward: 5,
        });
      const event = await newEvent('邻里议事会');
      await staffApi.post(`/events/${event.body.id}/publish`);
      const registration = await as(memberKey).post<{ id: string }>(`/events/${event.body.id}/registrations`, {});
      // Left unpublished: only its organizers may read it.
      const draft = await newEvent('筹备中的活动');
      const series = await staffApi.post<{ id: string }>('/event-series', {
        placeId: demoPlaceId(community),
        title: '红石榴课堂',
        type: 'class',
        description: '每周一课',
        venue: '党群服务中心',
        startsAt: new Date(starts).toISOString(),
        endsAt: new Date(starts + 3_600_000).toISOString(),
        capacity: 10,
        pointsReward: 5,
        recurrence: { weekdays: [2], count: 3 },
      });
      await staffApi.post(`/event-series/${series.body.id}/publish`);
      const [seriesSession] = (await staffApi.get<Page<{ id: string }>>(`/event-series/${series.body.id}/sessions`))
        .body.items;
      await t.app.get(NotificationsService).notifyUsers([demoUserId(memberKey)], {
        kind: NotificationKind.EventChanged,
        title: '活动变更',
        body: '活动时间有变',
        eventId: event.body.id,
      });
      const [notice] = (await as(memberKey).get<Page<NotificationView>>('/notifications/mine')).body.items;
      expect([
        entry.status,
        pendingAward.status,
        item.status,
        redemption.status,
        honour.status,
        report.status,
        event.status,
        registration.status,
        draft.status,
        series.status,
      ]).toEqual([201, 202, 201, 201, 201, 201, 201, 201, 201, 201]);
      return {
        entry: entry.body.id,
        pendingAward: pendingAward.body.id,
        item: item.body.id,
        pickupCode: redemption.body.pickupCode,
        honour: honour.body.id,
        moderationCase: moderationCase.id,
        report: report.body.id,
        order: report.body.order.id,
        category: demoCategoryId(`${community}/sanitation`),
        retiredCategory: retired.body.id,
        event: event.body.id,
        draft: draft.body.id,
        series: series.body.id,
        seriesSession: seriesSession!.id,
        registration: registration.body.id,
        redemption: redemption.body.id,
        notice: notice.id,
      };
    };

    /** A word on a street's list, as its street admin would add it. */
    const streetWord = async (street: string, word: string) => {
      const id = newId();
      await t.dataSource.manager.insert(ModerationWord, {
        id,
        streetId: demoPlaceId(street),
        word,
        createdBy: demoUserId('street-admin'),
        createdAt: new Date(),
      });
      return id;
    };

    /** An import into a community, as its staff would apply one (what it wrote does not matter here). */
    const importRun = async (community: string, staffKey: string) => {
      const id = newId();
      await t.dataSource.manager.insert(ImportRun, {
        id,
        kind: 'staff',
        status: 'applied',
        scopeId: demoPlaceId(community),
        actorId: demoUserId(staffKey),
        fileName: '人员.xlsx',
        fileHash: 'f'.repeat(64),
        rowCount: 1,
        createdCount: 1,
        changedCount: 0,
        unchangedCount: 0,
        errorCount: 0,
        breakdown: [],
      });
      return id;
    };

    /** A mediation case its resident asked for, as the studio would have accepted it. */
    const mediationCase = async (community: string, requesterKey: string) => {
      const id = newId();
      await t.dataSource.manager.insert(MediationCase, {
        id,
        communityId: demoPlaceId(community),
        kind: 'neighbour',
        status: 'accepted',
        source: 'app',
        requesterId: demoUserId(requesterKey),
        otherName: '邻居',
        account: '楼上漏水到楼下，协商未果',
        hopes: '修好并赔偿',
        acceptedAt: new Date(),
      });
      return id;
    };

    /** A care record on a grid of the community, as its grid worker would keep it. */
    const careRecord = async (community: string, grid: string, by: string) => {
      const id = newId();
      await t.dataSource.manager.insert(CareRecord, {
        id,
        communityId: demoPlaceId(community),
        gridId: demoPlaceId(grid),
        household: '1单元101',
        personNameCipher: 'sealed',
        personNameMask: '王*兰',
        needsCipher: 'sealed',
        categoryIds: [],
        consentBy: 'self',
        consentOn: '2026-12-01',
        status: 'active',
        visitDays: 7,
        createdBy: demoUserId(by),
      });
      return id;
    };

    /** An active 亲情代办 link between its resident and someone far away. */
    const familyLink = async (parentKey: string, childKey: string) => {
      const id = newId();
      await t.dataSource.manager.insert(FamilyLink, {
        id,
        parentId: demoUserId(parentKey),
        childId: demoUserId(childKey),
        relation: '女儿',
        status: 'active',
        liveKey: `${demoUserId(parentKey)}:${demoUserId(childKey)}`,
        confirmedBy: 'parent',
        confirmedAt: new Date(),
      });
      return id;
    };

    /** A certificate as its community's staff would issue it (its lines do not matter here). */
    const certificate = async (memberKey: string, community: string, staffKey: string) => {
      const id = newId();
      await t.dataSource.manager.insert(VolunteerCertificate, {
        id,
        recordNumber: `ZYFW-TEST-${id.slice(-6)}`,
        memberId: demoUserId(memberKey),
        communityId: demoPlaceId(community),
        volunteerName: '志愿者',
        idNumberMasked: null,
        issuingOrganisation: community,
        items: [],
        totalMinutes: 60,
        periodFrom: null,
        periodTo: null,
        issuedBy: demoUserId(staffKey),
        issuedByName: staffKey,
        issuedAt: new Date(),
        contact: '0471-1234567',
      });
      return id;
    };

    sides.ajilaqin = {
      ...(await extras('staff-ajilaqin', 'resident', 'ajilaqin')),
      unit: demoUnitId('ulanhu-memorial'),
      binding: bindingA.body.id,
      application: appA.body.id,
      grant: demoGrantId('grid-worker', Role.GridWorker, 'ajilaqin/g1'),
      member: demoUserId('resident'),
      phone: '13800000001',
      community: demoPlaceId('ajilaqin'),
      grid: demoPlaceId('ajilaqin/g2'),
      building: demoPlaceId('ajilaqin/g1/b1'),
      street: demoPlaceId('huanhejie'),
      word: await streetWord('huanhejie', '拉客'),
      certificate: await certificate('resident', 'ajilaqin', 'staff-ajilaqin'),
      importRun: await importRun('ajilaqin', 'staff-ajilaqin'),
      mediationCase: await mediationCase('ajilaqin', 'resident'),
      careRecord: await careRecord('ajilaqin', 'ajilaqin/g1', 'grid-worker'),
      familyLink: await familyLink('resident', 'organizer'),
    };
    sides.xingwang = {
      ...(await extras('staff-xingwang', 'resident-2', 'xingwang')),
      unit: demoUnitId('liri-point'),
      binding: bindingB.body.id,
      application: appB.body.id,
      grant: demoGrantId('part-time-member', Role.PartTimeGridMember, 'xingwang/g1'),
      member: demoUserId('resident-2'),
      phone: '13800000002',
      community: demoPlaceId('xingwang'),
      grid: demoPlaceId('xingwang/g3'),
      building: demoPlaceId('xingwang/g1/b2'),
      street: demoPlaceId('binhe'),
      word: await streetWord('binhe', '黑车'),
      certificate: await certificate('resident-2', 'xingwang', 'staff-xingwang'),
      importRun: await importRun('xingwang', 'staff-xingwang'),
      mediationCase: await mediationCase('xingwang', 'resident-2'),
      careRecord: await careRecord('xingwang', 'xingwang/g1', 'staff-xingwang'),
      familyLink: await familyLink('resident-2', 'rider'),
    };
  });
  afterAll(() => t.close());

  // Every role held on 阿吉拉沁 (环河街街道) against 兴旺's records, and every role held on 兴旺/滨河 against 阿吉拉沁's.
  const cases: [string, 'ajilaqin' | 'xingwang'][] = [
    ['resident', 'xingwang'],
    ['grid-worker', 'xingwang'],
    ['organizer', 'xingwang'],
    ['staff-ajilaqin', 'xingwang'],
    ['mediation-admin', 'xingwang'],
    ['mediator', 'xingwang'],
    ['care-worker', 'xingwang'],
    ['resident-2', 'ajilaqin'],
    ['rider', 'ajilaqin'],
    ['part-time-member', 'ajilaqin'],
    ['staff-xingwang', 'ajilaqin'],
    ['street-admin', 'ajilaqin'],
  ];

  const api = (bearer: string): Api =>
    Object.assign(client(t.baseUrl, bearer), {
      withKey: (key: string) => client(t.baseUrl, bearer, { 'idempotency-key': key }),
    });

  /** Codes a refusal may carry: the record is not there for the caller, or the caller may not act on it. */
  const REFUSALS: string[] = [
    ErrorCode.Forbidden,
    ErrorCode.NotFound,
    ErrorCode.PlaceNotFound,
    ErrorCode.EventNotFound,
    ErrorCode.PickupCodeInvalid,
    ErrorCode.MallNotMember,
    ErrorCode.MediationNotFound,
  ];

  // Every attack is tried before anything is asserted, so one run names every hole at once.
  it.each(cases)('%s cannot act on %s records', async (account, target) => {
    const caller = api(token[account]);
    const answered: string[] = [];
    for (const attack of ATTACKS) {
      const res = await attack.call(caller, sides[target]);
      const code = (res.body as ApiErrorBody | undefined)?.code;
      if (![403, 404].includes(res.status) || !REFUSALS.includes(code as string)) {
        answered.push(`${attack.name}: ${res.status} ${code ?? ''}`.trim());
      }
    }
    const leaks: string[] = [];
    for (const list of LISTS) {
      const res = await list.call(caller, sides[target]);
      if (![200, 403].includes(res.status)) leaks.push(`${list.name}: ${res.status}`);
      else if (res.status === 200 && list.leaks(JSON.stringify(res.body), sides[target])) leaks.push(list.name);
    }
    expect({ answered, leaks }).toEqual({ answered: [], leaks: [] });
  });

  it('left every record as it was', async () => {
    const staffB = client(t.baseUrl, token['staff-xingwang']);
    const staffA = client(t.baseUrl, token['staff-ajilaqin']);
    const pendingB = await staffB.get<Page<BindingSummary>>('/bindings');
    expect(pendingB.body.items.map((b) => b.id)).toEqual([sides.xingwang.binding]);
    const pendingA = await staffA.get<Page<RiderApplicationSummary>>('/rider-applications');
    expect(pendingA.body.items.map((a) => a.id)).toEqual([sides.ajilaqin.application]);
    const grant = await t.dataSource.manager.findOneByOrFail(RoleGrant, { id: sides.xingwang.grant });
    expect(grant.revokedAt).toBeNull();
    const place = await t.dataSource.manager.findOneByOrFail(Place, { id: sides.xingwang.grid });
    expect(place).toMatchObject({ name: '兴旺黄色网格', retiredAt: null, boundary: expect.anything() });
    const item = await t.dataSource.manager.findOneByOrFail(MallItem, { id: sides.xingwang.item });
    expect(item.onShelf).toBe(true);
    expect(await t.dataSource.manager.count(PointsEntry, { where: { memberId: sides.xingwang.member } })).toBe(2);
    // Nobody put another place's grid or building on their route.
    expect(await t.dataSource.manager.count(RoutePlace)).toBe(0);
    for (const side of [sides.ajilaqin, sides.xingwang]) {
      const report = await t.dataSource.manager.findOneByOrFail(Report, { id: side.report });
      expect(report.meTooCount).toBe(0);
      const stock = await t.dataSource.manager.findOneByOrFail(MallItem, { id: side.item });
      expect(stock.stock).toBe(4);
      const held = await t.dataSource.manager.findOneByOrFail(ModerationCase, { id: side.moderationCase });
      expect(held.state).toBe('held');
      expect(await t.dataSource.manager.countBy(ModerationWord, { id: side.word })).toBe(1);
      expect(await t.dataSource.manager.countBy(ContentFlag, { recordId: side.report })).toBe(0);
      const mediation = await t.dataSource.manager.findOneByOrFail(MediationCase, { id: side.mediationCase });
      expect([mediation.status, mediation.mediatorId, mediation.rating]).toEqual(['accepted', null, null]);
      const link = await t.dataSource.manager.findOneByOrFail(FamilyLink, { id: side.familyLink });
      expect(link.status).toBe('active');
      const care = await t.dataSource.manager.findOneByOrFail(CareRecord, { id: side.careRecord });
      expect([care.status, care.needsCipher, care.lastVisitAt]).toEqual(['active', 'sealed', null]);
    }
    for (const side of [sides.ajilaqin, sides.xingwang]) {
      const sessions = await t.dataSource.manager.find(CommunityEvent, { where: { seriesId: side.series } });
      expect(sessions.map((e) => [e.status, e.venue, e.confirmedCount])).toEqual(
        sessions.map(() => ['published', '党群服务中心', 0]),
      );
    }
    const notices = await client(t.baseUrl, token['resident-2']).get<Page<NotificationView>>('/notifications/mine');
    expect(notices.body.items.find((n) => n.id === sides.xingwang.notice)?.readAt).toBeNull();
  });

  it('lets staff act inside their own places, with masked phones and an audit trail', async () => {
    const staffB = client(t.baseUrl, token['staff-xingwang']);
    const list = await staffB.get<Page<BindingSummary>>('/bindings');
    expect(list.body.items[0].phone).toBe('138****0002');
    expect((await staffB.post<BindingSummary>(`/bindings/${sides.xingwang.binding}/verify`)).body.status).toBe(
      'verified',
    );
    const approved = await staffB.post<RiderApplicationSummary>(
      `/rider-applications/${sides.xingwang.application}/approve`,
    );
    expect(approved.body.status).toBe('approved');
    const rider = await client(t.baseUrl, token.rider).get<MeResponse>('/me');
    expect(
      rider.body.roles
        .filter((r) => r.role === Role.PartTimeGridMember)
        .map((r) => r.placeName)
        .sort(),
    ).toEqual(['丽日家园橙色网格', '丽日家园红色网格']);
    // Both applicants are told, in their own inbox only.
    const kinds = async (key: string) =>
      (await client(t.baseUrl, token[key]).get<Page<NotificationView>>('/notifications/mine')).body.items.map(
        (n) => n.kind,
      );
    expect(await kinds('resident-2')).toContain(NotificationKind.BindingVerified);
    expect(await kinds('rider')).toContain(NotificationKind.RiderApproved);
    expect(await kinds('resident-2')).not.toContain(NotificationKind.RiderApproved);
    const audit = await staffB.get<Page<AuditLogEntry>>('/audit-logs');
    expect(audit.body.items.map((a) => a.action)).toEqual(
      expect.arrayContaining(['binding.verify', 'rider.approve', 'pii.view']),
    );
    // The street admin above 兴旺 sees the same entries.
    const street = await client(t.baseUrl, token['street-admin']).get<Page<AuditLogEntry>>('/audit-logs');
    expect(street.body.total).toBe(audit.body.total);
  });

  it('takes the role away when staff revoke an approved rider', async () => {
    const staffB = client(t.baseUrl, token['staff-xingwang']);
    // The rider's grants are cached by this request; the revoke below must still take effect at once.
    expect((await client(t.baseUrl, token.rider).get('/orders/hall')).status).toBe(200);
    const noReason = await staffB.post<ApiErrorBody>(`/rider-applications/${sides.xingwang.application}/revoke`, {});
    expect(noReason.body.code).toBe(ErrorCode.ValidationFailed);
    const revoked = await staffB.post<RiderApplicationSummary>(
      `/rider-applications/${sides.xingwang.application}/revoke`,
      { reason: '离职' },
    );
    expect(revoked.body.status).toBe('revoked');
    const rider = await client(t.baseUrl, token.rider).get<MeResponse>('/me');
    expect(rider.body.roles.map((r) => r.role)).not.toContain(Role.PartTimeGridMember);
    expect((await client(t.baseUrl, token.rider).get<ApiErrorBody>('/orders/hall')).body.code).toBe(
      ErrorCode.Forbidden,
    );
    const [notice] = (await client(t.baseUrl, token.rider).get<Page<NotificationView>>('/notifications/mine')).body
      .items;
    expect(notice).toMatchObject({ kind: NotificationKind.RiderRevoked, body: '原因：离职' });
  });
});

describe('no mass assignment, no self-promotion', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const as = async (account: string) => client(t.baseUrl, (await loginAs(t.baseUrl, account)).accessToken);

  it('refuses fields a resident does not own', async () => {
    const resident = await as('resident');
    for (const body of [
      { nickname: '新名字', role: 'street_admin' },
      { nickname: '新名字', id: demoUserId('street-admin') },
      { phoneHash: 'x' },
      { deletedAt: null },
    ]) {
      const res = await resident.patch<ApiErrorBody>('/me', body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({
        body,
        status: 400,
        code: ErrorCode.ValidationFailed,
      });
    }
    const binding = await resident.post<ApiErrorBody>('/me/binding', {
      buildingId: demoPlaceId('ajilaqin/g1/b1'),
      household: '1单元101',
      status: 'verified',
    });
    expect(binding.body.code).toBe(ErrorCode.ValidationFailed);
    const application = await resident.post<ApiErrorBody>('/rider-applications', {
      platform: 'meituan',
      gridIds: [demoPlaceId('ajilaqin/g1')],
      statement: '我想帮忙',
      status: 'approved',
    });
    expect(application.body.code).toBe(ErrorCode.ValidationFailed);
    const me = await resident.get<MeResponse>('/me');
    expect(me.body.nickname).toBe('其其格');
  });

  it('refuses a role to anyone granting it to themselves or above their own rank', async () => {
    const resident = await as('resident');
    const self = await resident.post<ApiErrorBody>('/role-grants', {
      userId: demoUserId('resident'),
      role: Role.CommunityStaff,
      placeId: demoPlaceId('ajilaqin'),
    });
    expect(self.status).toBe(403);
    const staff = await as('staff-ajilaqin');
    const selfStaff = await staff.post<ApiErrorBody>('/role-grants', {
      userId: demoUserId('staff-ajilaqin'),
      role: Role.GridWorker,
      placeId: demoPlaceId('ajilaqin/g2'),
    });
    expect(selfStaff.status).toBe(403);
    const peer = await staff.post<ApiErrorBody>('/role-grants', {
      userId: demoUserId('resident'),
      role: Role.CommunityStaff,
      placeId: demoPlaceId('ajilaqin'),
    });
    expect(peer.status).toBe(403);
    const ok = await staff.post('/role-grants', {
      userId: demoUserId('resident'),
      role: Role.GridWorker,
      placeId: demoPlaceId('ajilaqin/g2'),
    });
    expect(ok.status).toBe(201);
    const twice = await staff.post<ApiErrorBody>('/role-grants', {
      userId: demoUserId('resident'),
      role: Role.GridWorker,
      placeId: demoPlaceId('ajilaqin/g2'),
    });
    expect(twice.body.code).toBe(ErrorCode.Conflict);
  });

  it('answers unknown records and places with 404 codes', async () => {
    const staff = await as('staff-ajilaqin');
    const unknownPlace = await staff.post<ApiErrorBody>('/role-grants', {
      userId: demoUserId('resident'),
      role: Role.GridWorker,
      placeId: demoPlaceId('nowhere'),
    });
    expect(unknownPlace.body).toMatchObject({ code: ErrorCode.PlaceNotFound });
    expect((await staff.post<ApiErrorBody>(`/bindings/${demoPlaceId('nope')}/verify`)).body.code).toBe(
      ErrorCode.NotFound,
    );
    const unknownBuilding = await (
      await as('resident')
    ).post<ApiErrorBody>('/me/binding', {
      buildingId: demoPlaceId('ajilaqin'),
      household: '1',
    });
    expect(unknownBuilding.body.code).toBe(ErrorCode.PlaceNotFound);
  });
});

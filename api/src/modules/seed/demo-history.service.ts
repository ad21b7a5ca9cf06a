import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import {
  ErrorCode,
  FlaggableKind,
  FlagReason,
  ImportKind,
  MediationOutcome,
  PhotoPurpose,
  PointsSource,
} from '@tongxin/types';

import { stableId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { chinaDate } from '../../infra/time/china-time';
import { AccessService } from '../access/access.service';
import type { Caller } from '../access/authorize.decorator';
import { BindingsService } from '../bindings/bindings.service';
import { CareService } from '../care/care.service';
import { CareSweepsService } from '../care/care-sweeps.service';
import { CareVisitsService } from '../care/care-visits.service';
import { JobsService } from '../care/jobs/jobs.service';
import { PatrolsService } from '../care/patrols/patrols.service';
import { CheckinsService } from '../events/services/checkins.service';
import { CheckoutsService } from '../events/services/checkouts.service';
import { EventRatingsService } from '../events/services/event-ratings.service';
import { EventSignupsService } from '../events/services/event-signups.service';
import { SeriesSignupsService } from '../events/services/series-signups.service';
import { VolunteerCertificatesService } from '../events/services/volunteer-certificates.service';
import { VolunteerHoursService } from '../events/services/volunteer-hours.service';
import { FamilyService } from '../family/family.service';
import { FiguresSweepService } from '../figures/figures-sweep.service';
import { RoleGrantsService } from '../grants/role-grants.service';
import { HonoursService } from '../honours/honours.service';
import { ImportsService } from '../imports/services/imports.service';
import { MallService } from '../mall/mall.service';
import { MediationService } from '../mediation/mediation.service';
import { MediationSessionsService } from '../mediation/mediation-sessions.service';
import { ModerationService } from '../moderation/moderation.service';
import type { ConfirmOrderDto, OrderActionDto } from '../orders/dto/orders.dto';
import type { CreateReportDto } from '../orders/dto/reports.dto';
import { OrdersService } from '../orders/services/orders.service';
import { ReportsService } from '../orders/services/reports.service';
import { PhotosService } from '../photos/photos.service';
import { LedgerService } from '../points/ledger.service';
import { PointsService } from '../points/points.service';
import { RiderApplicationsService } from '../rider-applications/rider-applications.service';
import { RiderRoutesService } from '../rider-routes/rider-routes.service';
import { DEMO_CARE_BY, DEMO_CARE_RECORDS } from './demo-care';
import { chinaTime, demoCategoryId, demoEventId, demoPlaceId, demoUnitId, demoUserId } from './demo-data';
import {
  DEMO_HONOURS,
  DEMO_MALL_ITEMS,
  DEMO_PAST_EVENTS,
  DEMO_PENDING_BINDINGS,
  DEMO_PENDING_RIDERS,
  DEMO_PHONE_REVEALS,
  DEMO_REDEMPTIONS,
  DEMO_REPORTS,
  DEMO_ROUTES,
  DEMO_RULE_CHANGES,
  DEMO_SERIES,
  DEMO_SIGNUPS,
  DEMO_STAFF_GRANTS,
  DEMO_STREET_WORDS,
  DEMO_VOLUNTEER_CERTIFICATES,
  DEMO_VOLUNTEER_HOURS,
  type DemoPastEvent,
  type DemoReport,
} from './demo-history-data';
import { DEMO_HOUSEHOLDS_IMPORT, demoHouseholdsWorkbook } from './demo-imports';
import { DEMO_MEDIATION_ADMIN, DEMO_MEDIATION_CASES, DEMO_MEDIATOR } from './demo-mediation';
import { demoPhoto } from './demo-photos';
import { demoSeriesId, seriesSessions } from './demo-rows';
import { SeedRepository } from './seed.repository';

export interface DemoHistoryCounts {
  reports: number;
  photos: number;
  signups: number;
  checkins: number;
  ratings: number;
  mallItems: number;
  redemptions: number;
  honours: number;
  volunteerAwards: number;
  checkouts: number;
  certificates: number;
}

/**
 * Plays the demo's month of community life through the same services members and staff use, so it obeys their
 * rules (one handler per order, nobody deals with their own report or checks themselves in, the ledger's keys,
 * caps and balances, stock and limits). The only writes outside them: a finished event is played live and then
 * moved back to its day, with its check-ins.
 */
@Injectable()
export class DemoHistoryService {
  constructor(
    private readonly refs: ModuleRef,
    private readonly repository: SeedRepository,
    private readonly access: AccessService,
    private readonly photos: PhotosService,
    private readonly ledger: LedgerService,
  ) {}

  /** Services of features that do not export them, found in the running application. */
  private get<T>(type: new (...args: never[]) => T): T {
    return this.refs.get(type, { strict: false });
  }

  async play(now: Date): Promise<DemoHistoryCounts> {
    const counts: DemoHistoryCounts = {
      reports: 0,
      photos: 0,
      signups: 0,
      checkins: 0,
      ratings: 0,
      mallItems: 0,
      redemptions: 0,
      honours: 0,
      volunteerAwards: 0,
      checkouts: 0,
      certificates: 0,
    };
    const words = await this.caller(DEMO_STREET_WORDS.by);
    for (const word of DEMO_STREET_WORDS.words) {
      await this.get(ModerationService).addWord(words, demoPlaceId(DEMO_STREET_WORDS.street), word);
    }
    for (const event of DEMO_PAST_EVENTS) await this.pastEvent(event, now, counts);
    await this.weeklySeries(now, counts);
    for (const [member, event] of DEMO_SIGNUPS) {
      await this.get(EventSignupsService).signUp(await this.caller(member), demoEventId(event), {});
      counts.signups += 1;
    }
    await this.familyLink();
    for (const report of DEMO_REPORTS) await this.report(report, counts);
    for (const route of DEMO_ROUTES) {
      await this.get(RiderRoutesService).update(await this.caller(route.member), {
        placeIds: route.places.map((place) => demoPlaceId(place)),
        windows: route.windows,
      });
    }
    for (const award of DEMO_VOLUNTEER_HOURS) {
      await this.ledger.award({
        memberId: demoUserId(award.member),
        source: PointsSource.VolunteerHours,
        sourceId: stableId(`volunteer:${award.member}:${award.reason}`),
        idempotencyKey: `demo-volunteer:${award.member}:${award.reason}`,
        communityId: demoPlaceId(award.community),
        units: award.hours,
        actorId: demoUserId(award.by),
        reason: award.reason,
      });
      counts.volunteerAwards += 1;
    }
    await this.volunteerCertificates(counts);
    await this.mall(counts);
    await this.honours(counts);
    await this.pendingReviews();
    await this.staffWork();
    await this.householdsImport();
    await this.mediation();
    await this.care(now);
    // Backdated fixes and last month's events reach the dashboards at once, not with the next deep sweep.
    await this.get(FiguresSweepService).recompute({ apply: true }, now);
    return counts;
  }

  /** 阿吉拉沁's 住户台账 through the import: the first file refused for a bad phone, the corrected one applied. */
  private async householdsImport(): Promise<void> {
    const { by, community, fileName } = DEMO_HOUSEHOLDS_IMPORT;
    const imports = this.get(ImportsService);
    const apply = async (withTypo: boolean) =>
      imports.applyWorkbook(await this.caller(by), {
        kind: ImportKind.Households,
        scopeId: demoPlaceId(community),
        upload: async () => ({ data: await demoHouseholdsWorkbook(withTypo), fileName }),
      });
    const refused = await apply(true).then(
      () => new Error('the demo 台账 with a typo was imported'),
      (error: unknown) => error,
    );
    if (!(refused instanceof DomainException) || refused.code !== ErrorCode.ImportRowsInvalid) throw refused;
    await apply(false);
  }

  /** Roles granted (one revoked), phones looked up and a points rule changed, all through the services: audited. */
  private async staffWork(): Promise<void> {
    const grants = this.get(RoleGrantsService);
    for (const demo of DEMO_STAFF_GRANTS) {
      const by = await this.caller(demo.by);
      const grant = await grants.grant(by, {
        ...(demo.phone ? { phone: demo.phone } : { userId: demoUserId(demo.member ?? '') }),
        role: demo.role,
        placeId: demoPlaceId(demo.place),
      });
      if (demo.revoked) await grants.revoke(by, grant.id);
    }
    for (const reveal of DEMO_PHONE_REVEALS) {
      await grants.revealPhone(await this.caller(reveal.by), demoUserId(reveal.member));
    }
    for (const change of DEMO_RULE_CHANGES) {
      const { by, community, source, ...terms } = change;
      await this.get(PointsService).updateRule({
        caller: await this.caller(by),
        communityId: demoPlaceId(community),
        source,
        body: { ...terms, enabled: true },
      });
    }
  }

  /** Sign-ups while the event is open, check-ins at the door while it runs, then back to its day and rated. */
  private async pastEvent(event: DemoPastEvent, now: Date, counts: DemoHistoryCounts): Promise<void> {
    const id = demoEventId(event.key);
    const scanner = await this.caller(event.scanner);
    const registrations = new Map<string, string>();
    for (const member of [...event.attendees, ...event.absent]) {
      const registration = await this.get(EventSignupsService).signUp(await this.caller(member), id, {});
      registrations.set(member, registration.id);
      counts.signups += 1;
    }
    for (const member of event.door ? [] : event.attendees) {
      await this.get(CheckinsService).manual(scanner, id, {
        registrationId: registrations.get(member) as string,
        nonce: `demo-${event.key}-${member}`.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64),
      });
      counts.checkins += 1;
    }
    const startsAt = chinaTime(now, event.inDays, event.startHour);
    const endsAt = new Date(startsAt.getTime() + event.hours * 3600_000);
    await this.repository.moveEvent({ id, startsAt, endsAt, signupClosesAt: null });
    if (event.door) await this.volunteerDoor({ event, startsAt, registrations, counts });
    else await this.repository.dateCheckins(id, new Date(startsAt.getTime() + 10 * 60_000));
    for (const [member, rating, comment] of event.ratings) {
      await this.get(EventRatingsService).rate(await this.caller(member), id, { rating, comment });
      counts.ratings += 1;
    }
  }

  /** 红石榴课堂 every week: the held sessions with their attendance, then sign-ups for the whole series and single ones. */
  private async weeklySeries(now: Date, counts: DemoHistoryCounts): Promise<void> {
    const sessions = seriesSessions(DEMO_SERIES, now);
    for (const [i, held] of DEMO_SERIES.held.entries()) {
      await this.pastEvent({ ...sessions[i]!.event, ...held, scanner: DEMO_SERIES.scanner }, now, counts);
    }
    for (const member of DEMO_SERIES.wholeSeries) {
      const signed = await this.get(SeriesSignupsService).signUp(
        await this.caller(member),
        demoSeriesId(DEMO_SERIES.key),
        {},
      );
      counts.signups += signed.sessions.length;
    }
    for (const [member, n] of DEMO_SERIES.singleSessions) {
      const session = sessions[DEMO_SERIES.held.length + n - 1]!;
      await this.get(EventSignupsService).signUp(await this.caller(member), demoEventId(session.event.key), {});
      counts.signups += 1;
    }
  }

  /**
   * A volunteer day at the door, on its day: the scanner's phone uploads each 签到 and 签退 with its own clock
   * (offline batches, as a scanner with no signal would), so the hours and their points are counted by the rules;
   * then an organizer sets the time of those who left without 签退.
   */
  private async volunteerDoor(day: {
    event: DemoPastEvent;
    startsAt: Date;
    registrations: Map<string, string>;
    counts: DemoHistoryCounts;
  }): Promise<void> {
    const { event, startsAt, registrations, counts } = day;
    const id = demoEventId(event.key);
    const scanner = await this.caller(event.scanner);
    const at = (minutes: number) => new Date(startsAt.getTime() + minutes * 60_000).toISOString();
    const nonce = (kind: string, member: string) =>
      `demo-${kind}-${event.key}-${member}`.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64);
    for (const [member, [checkIn, checkOut]] of Object.entries(event.door ?? {})) {
      const registrationId = registrations.get(member) as string;
      const { token } = await this.get(EventSignupsService).ticket(await this.caller(member), registrationId);
      await this.get(CheckinsService).scanBatch(scanner, id, [
        { ticket: token, nonce: nonce('in', member), scannedAt: at(checkIn) },
      ]);
      counts.checkins += 1;
      if (checkOut === null) continue;
      await this.get(CheckoutsService).scanBatch(scanner, id, [
        { ticket: token, nonce: nonce('out', member), scannedAt: at(checkOut) },
      ]);
      counts.checkouts += 1;
    }
    for (const adjustment of event.adjustments ?? []) {
      await this.get(VolunteerHoursService).adjust(
        await this.caller(adjustment.by),
        { eventId: id, registrationId: registrations.get(adjustment.member) as string },
        { minutes: adjustment.minutes, reason: adjustment.reason },
      );
    }
  }

  /** 志愿服务记录证明 issued at the community's desk, from the hours the month recorded. */
  private async volunteerCertificates(counts: DemoHistoryCounts): Promise<void> {
    for (const certificate of DEMO_VOLUNTEER_CERTIFICATES) {
      await this.get(VolunteerCertificatesService).issue(await this.caller(certificate.by), {
        memberId: demoUserId(certificate.member),
        volunteerName: certificate.name,
        idNumber: certificate.idNumber,
        contact: certificate.contact,
      });
      counts.certificates += 1;
    }
  }

  /** Files the report with a photo and takes its order as far as `stage`, each step by the person who takes it. */
  private async report(demo: DemoReport, counts: DemoHistoryCounts): Promise<void> {
    const reports = this.get(ReportsService);
    const orders = this.get(OrdersService);
    const reporter = await this.caller(demo.reporter);
    const photo = await this.photo(demo.reporter, PhotoPurpose.Report, demo.key, counts);
    // 亲情代办: filed by a linked family member for the reporter, and recorded as done on their behalf.
    const filer = demo.filedBy ? { ...reporter, proxyBy: (await this.caller(demo.filedBy)).userId } : reporter;
    const filed = await reports.file(filer, {
      categoryId: demoCategoryId(demo.category),
      text: demo.text,
      photoIds: [photo],
      location: { buildingId: demoPlaceId(demo.building), ...(demo.detail ? { detail: demo.detail } : {}) },
    } satisfies CreateReportDto);
    counts.reports += 1;
    if (filer.proxyBy) {
      await this.get(FamilyService).recordAct({
        parentId: reporter.userId,
        childId: filer.proxyBy,
        what: '代为提交需求或问题',
        path: '/api/reports',
      });
    }
    await this.moderate(demo, filed.id);
    const orderId = filed.order.id;
    if (demo.verifier) await orders.verify(await this.caller(demo.verifier), orderId);
    if (demo.stage === 'cancelled') {
      await orders.cancel(await this.caller(demo.staff as string), orderId, '与已有工单重复，已合并处理');
      return;
    }
    if (demo.stage === 'open' || !demo.handler) return;
    const handler = await this.caller(demo.handler);
    if (demo.dispatcher) {
      await orders.assign(await this.caller(demo.dispatcher), orderId, { handlerId: handler.userId });
    } else {
      const promisedAt = demo.promiseInHours ? new Date(Date.now() + demo.promiseInHours * 3600_000) : null;
      await orders.grab(handler, orderId, promisedAt ? { promisedAt: promisedAt.toISOString() } : {});
    }
    if (demo.stage === 'claimed') return;
    await orders.start(handler, orderId);
    if (demo.stage === 'in_progress') return;
    const proof = await this.photo(demo.handler, PhotoPurpose.OrderProof, `${demo.key}:proof`, counts);
    await orders.finish(handler, orderId, { note: '已到现场处理完毕，请查看照片', photoIds: [proof] });
    if (demo.stage === 'done') return;
    if (demo.stage === 'reopened') {
      await orders.notFixed(reporter, orderId, { note: '用了两天又开始滴水了' } satisfies OrderActionDto);
      return;
    }
    const [rating, comment] = demo.rating ?? [5, '处理及时'];
    await orders.confirm(reporter, orderId, { rating, comment } satisfies ConfirmOrderDto);
    if (demo.stage === 'closed') await orders.close(await this.caller(demo.staff as string), orderId);
    if (demo.daysAgo) await this.repository.backdateOrder(filed.id, orderId, demo.daysAgo);
  }

  private async mall(counts: DemoHistoryCounts): Promise<void> {
    const mall = this.get(MallService);
    const items = new Map<string, string>();
    for (const item of DEMO_MALL_ITEMS) {
      const created = await mall.createItem(await this.caller(item.stockedBy), {
        communityId: demoPlaceId(item.community),
        name: item.name,
        pointsPrice: item.price,
        stock: item.stock,
        perMemberLimit: item.limit,
        pickupPlace: item.pickup,
        ...(item.business ? { businessUnitId: demoUnitId(item.business) } : {}),
      });
      items.set(item.key, created.id);
      counts.mallItems += 1;
    }
    for (const [n, redemption] of DEMO_REDEMPTIONS.entries()) {
      const redeemed = await mall.redeem(
        demoUserId(redemption.member),
        items.get(redemption.item) as string,
        `demo-${n}-${redemption.member}-${redemption.item}`,
      );
      if (redemption.collectedBy) {
        await mall.collect(await this.caller(redemption.collectedBy), redeemed.pickupCode as string);
      }
      counts.redemptions += 1;
    }
  }

  private async honours(counts: DemoHistoryCounts): Promise<void> {
    const honours = this.get(HonoursService);
    for (const honour of DEMO_HONOURS) {
      const nominated = await honours.nominate(await this.caller(honour.nominatedBy), {
        communityId: demoPlaceId(honour.community),
        kind: honour.kind,
        ...(honour.member ? { memberId: demoUserId(honour.member) } : {}),
        ...(honour.business ? { businessUnitId: demoUnitId(honour.business) } : {}),
        citation: honour.citation,
        publishDays: 90,
      });
      if (honour.approvedBy) await honours.approve(await this.caller(honour.approvedBy), nominated.id);
      counts.honours += 1;
    }
  }

  private async photo(owner: string, purpose: PhotoPurpose, label: string, counts: DemoHistoryCounts) {
    const view = await this.photos.store({
      ownerId: demoUserId(owner),
      purpose,
      data: await demoPhoto(label, purpose === PhotoPurpose.OrderProof),
    });
    counts.photos += 1;
    return view.id;
  }

  /** Homes to verify and a rider to approve, so the staff review queues open with work. */
  /** 石榴调解: a few cases in 阿吉拉沁 at different stages, asked and run through the services. */
  private async mediation(): Promise<void> {
    const mediation = this.get(MediationService);
    const sessions = this.get(MediationSessionsService);
    const admin = await this.caller(DEMO_MEDIATION_ADMIN);
    const mediator = await this.caller(DEMO_MEDIATOR);
    for (const demo of DEMO_MEDIATION_CASES) {
      const requester = await this.caller(demo.requester);
      const other =
        'member' in demo.other
          ? { memberId: demoUserId(demo.other.member) }
          : {
              name: demo.other.name,
              ...(demo.other.building ? { buildingId: demoPlaceId(demo.other.building) } : {}),
              ...(demo.other.phone ? { phone: demo.other.phone } : {}),
            };
      const { id } = await mediation.ask(requester, {
        communityId: demoPlaceId('ajilaqin'),
        kind: demo.kind,
        otherParty: other,
        account: demo.account,
        hopes: demo.hopes,
        ...(demo.preferredTimes ? { preferredTimes: demo.preferredTimes } : {}),
      });
      if (demo.stage === 'requested') continue;
      if (demo.stage === 'declined') {
        await mediation.decline(admin, id, demo.declineReason ?? '');
        continue;
      }
      await mediation.accept(admin, id, { mediatorId: mediator.userId });
      if (demo.stage === 'accepted') continue;
      const scheduled = await sessions.schedule(mediator, id, {
        // The resolved case met half an hour ago; the one in mediation meets the day after tomorrow.
        scheduledAt: new Date(Date.now() + (demo.stage === 'resolved' ? -1_800_000 : 2 * 86_400_000)).toISOString(),
        venue: '阿吉拉沁社区石榴调解工作室',
      });
      if (demo.stage === 'in_mediation') continue;
      await sessions.held(mediator, id, scheduled.sessions[0].id, {
        attendees: ['敖登', '张志强', '李某'],
        notes: '双方到场陈述，查看了漏水照片，在调解员主持下协商维修和补偿方案',
      });
      const { rating, ...outcome } = demo.outcome ?? { outcome: MediationOutcome.Agreed };
      await mediation.outcome(mediator, id, outcome);
      if (rating) await mediation.rate(requester, id, { rating: rating[0], comment: rating[1] });
    }
  }

  /** 帮扶台账: a few households on 王建国's grid — an elder on 平安打卡 who missed yesterday, a visit, an overdue one. */
  private async care(now: Date): Promise<void> {
    const records = this.get(CareService);
    const worker = await this.caller(DEMO_CARE_BY);
    const community = demoPlaceId('ajilaqin');
    // Reads check the caller's grants as the permission guard would have loaded them.
    const keeper = { ...worker, grants: await this.get(AccessService).grantsOf(worker.userId) };
    const categories = await records.categories(keeper, community);
    const categoryId = (key: string) => categories.find((c) => c.key === key)?.id as string;
    const day = (daysAgo: number) => chinaDate(new Date(now.getTime() - daysAgo * 86_400_000));
    for (const demo of DEMO_CARE_RECORDS) {
      const { building, categories: keys, member, helper, helperName, ...fields } = demo.record;
      const created = await records.create(worker, {
        ...fields,
        gridId: demoPlaceId('ajilaqin/g1'),
        buildingId: demoPlaceId(building),
        categoryIds: keys.map(categoryId),
        consentOn: day(30),
        ...(member ? { memberId: demoUserId(member) } : {}),
        ...(helper ? { helper: { memberId: demoUserId(helper) } } : helperName ? { helper: { name: helperName } } : {}),
      });
      if (demo.visit) await this.get(CareVisitsService).log(worker, created.id, { findings: demo.visit });
      if (demo.lastSafeDaysAgo)
        await this.repository.setCareClock(created.id, { lastSafeDay: day(demo.lastSafeDaysAgo) });
      if (demo.overdueDays) {
        const due = new Date(now.getTime() - demo.overdueDays * 86_400_000);
        await this.repository.setCareClock(created.id, {
          nextVisitDueAt: due,
          escalateAt: new Date(due.getTime() + 14 * 86_400_000),
        });
      }
    }
    // 日常巡查: an evening round of the grid with two notes; 就业帮扶: a job seeker with a training and a referral.
    const patrols = this.get(PatrolsService);
    const patrol = await patrols.start(keeper, { gridId: demoPlaceId('ajilaqin/g1'), note: '晚间安全巡查' });
    await patrols.observe(keeper, patrol.id, { text: '1号楼东侧路灯不亮，夜间通行不便' });
    await patrols.observe(keeper, patrol.id, { text: '3号楼楼道堆放纸箱，存在消防隐患，已提醒住户清理' });
    await patrols.end(keeper, patrol.id);
    const jobs = this.get(JobsService);
    const seeker = await jobs.create(keeper, {
      gridId: demoPlaceId('ajilaqin/g1'),
      name: '乌日娜',
      skills: '会做蒙餐面点，有健康证',
      wishes: '离家近的厨房或面点岗位，能照顾孩子上下学',
    });
    const trained = await jobs.addService(keeper, seeker.id, {
      kind: 'training',
      title: '中式面点师技能培训（第二期）',
      provider: '社区党群服务中心',
      on: day(20),
    });
    await jobs.outcome(keeper, trained.services[0].id, { outcome: 'attended', note: '结业考核合格' });
    await jobs.addService(keeper, seeker.id, {
      kind: 'referral',
      title: '社区长者食堂面点岗位',
      provider: '滨河商会',
      on: day(2),
    });
    // The missed 平安打卡 and the long-overdue visit reach the helper, the grid worker and the 帮扶专干 now.
    await this.get(CareSweepsService).sweep(now);
  }

  /** 亲情代办: 马丽娜 in 滨河 asks to act for her mother 马桂芳, who says yes (her need is among DEMO_REPORTS). */
  private async familyLink(): Promise<void> {
    const family = this.get(FamilyService);
    const [link] = await family.request(await this.caller('family-child'), {
      parentPhone: '13800000102',
      relation: '女儿',
    });
    await family.confirm(await this.caller('guifang'), link.id);
  }

  private async pendingReviews(): Promise<void> {
    for (const binding of DEMO_PENDING_BINDINGS) {
      await this.get(BindingsService).request(demoUserId(binding.member), {
        buildingId: demoPlaceId(binding.building),
        household: binding.household,
      });
    }
    for (const rider of DEMO_PENDING_RIDERS) {
      await this.get(RiderApplicationsService).apply(demoUserId(rider.member), {
        platform: rider.platform,
        gridIds: rider.grids.map((grid) => demoPlaceId(grid)),
        statement: rider.statement,
      });
    }
  }

  /** Neighbours' flags (举报) and a moderator's decision on the report's case, through the moderation service. */
  private async moderate(demo: DemoReport, reportId: string): Promise<void> {
    const moderation = this.get(ModerationService);
    for (const member of demo.flaggedBy ?? []) {
      const { hidden } = await moderation.flag(await this.caller(member), {
        kind: FlaggableKind.Report,
        id: reportId,
        reason: demo.flagReason ?? FlagReason.Other,
      });
      // Once hidden, the others no longer see it to flag (a lower MODERATION_FLAG_THRESHOLD hides it sooner).
      if (hidden) break;
    }
    if (!demo.moderated) return;
    const caseId = await moderation.caseOf(FlaggableKind.Report, reportId);
    if (!caseId) throw new Error(`demo report ${demo.key} has no moderation case to decide`);
    const { by, outcome, reason } = demo.moderated;
    await moderation.decide(await this.caller(by), caseId, outcome, reason);
  }

  /** A demo person as the guard would hand them to a service: their id and their grants. */
  private async caller(key: string): Promise<Caller> {
    const userId = demoUserId(key);
    return { userId, grants: await this.access.grantsOf(userId) };
  }
}

import { Injectable } from '@nestjs/common';
import {
  type CommunityReconciliation,
  EARNING_SOURCES,
  type EarningSource,
  ErrorCode,
  type Leaderboard,
  type LeaderboardRow,
  type Page,
  type PointsBalance,
  type PointsEntryView,
  type PointsRuleView,
  PointsSource,
  type ReconciliationReport,
  type StaffAwardResult,
} from '@tongxin/types';

import { AppConfig } from '../../infra/config/app-config';
import { DomainException } from '../../infra/http/domain.exception';
import { type PageQueryDto, toPage } from '../../infra/http/page-query.dto';
import { AccessService } from '../access/access.service';
import type { Caller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { AuditService } from '../audit/audit.service';
import { PlacesRepository } from '../places/places.repository';
import { UsersRepository } from '../users/users.repository';
import type { LeaderboardQueryDto, ReconciliationQueryDto, StaffAwardDto, UpdatePointsRuleDto } from './dto/points.dto';
import { LedgerService } from './ledger.service';
import { PendingAwardsService } from './pending-awards.service';
import { ALL_TIME, monthKey } from './periods';
import {
  toEntryView,
  toLeaderboard,
  toLeaderboardRow,
  toPointsBalance,
  toReconciliationReport,
  toRuleView,
} from './points.mapper';
import { PointsRepository } from './points.repository';
import { PointsRule } from './points-rule.entity';

/** Balances, history, rules, staff awards, leaderboards and reconciliation on top of the ledger. */
@Injectable()
export class PointsService {
  constructor(
    private readonly points: PointsRepository,
    private readonly ledger: LedgerService,
    private readonly places: PlacesRepository,
    private readonly users: UsersRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly pendingAwards: PendingAwardsService,
    private readonly config: AppConfig,
  ) {}

  async balance(memberId: string): Promise<PointsBalance> {
    const user = await this.users.findActiveById(memberId);
    const home = user?.homePlaceId ? await this.places.findActiveById(user.homePlaceId) : null;
    const community = home?.path.split('/')[1];
    const tally = community ? await this.points.findTally(community, monthKey(new Date()), memberId) : null;
    return toPointsBalance(memberId, await this.points.findBalance(memberId), tally);
  }

  async history(memberId: string, query: PageQueryDto): Promise<Page<PointsEntryView>> {
    const { rows, total } = await this.points.findEntries(memberId, (query.page - 1) * query.pageSize, query.pageSize);
    return toPage(rows.map(toEntryView), total, query);
  }

  async rules(communityId: string): Promise<PointsRuleView[]> {
    await this.community(communityId);
    return Promise.all(
      EARNING_SOURCES.map(async (source) => toRuleView(await this.ledger.ruleFor(communityId, source))),
    );
  }

  /** Changes apply to entries made after this; entries already written keep their amounts. */
  async updateRule({
    caller,
    communityId,
    source,
    body,
  }: {
    caller: Caller;
    communityId: string;
    source: EarningSource;
    body: UpdatePointsRuleDto;
  }): Promise<PointsRuleView> {
    await this.community(communityId);
    const before = toRuleView(await this.ledger.ruleFor(communityId, source));
    const rule = Object.assign(new PointsRule(), { communityId, source, ...body, updatedBy: caller.userId });
    await this.points.saveRule(rule);
    const after = toRuleView(rule);
    await this.audit.record({
      actorId: caller.userId,
      action: 'points.rule.update',
      targetType: 'points_rule',
      targetId: communityId,
      placeId: communityId,
      details: { source, before: ruleTerms(before), after: ruleTerms(after) },
    });
    return after;
  }

  /**
   * A staff award needs a reason and is audited; the client's Idempotency-Key makes retries safe. Nobody awards
   * themselves, and an award above `POINTS_AWARD_APPROVAL_ABOVE` waits for a second staff member (`PendingAwardsService`).
   */
  async staffAward(caller: Caller, body: StaffAwardDto, idempotencyKey: string): Promise<StaffAwardResult> {
    const member = await this.users.findActiveById(body.memberId);
    const home = member?.homePlaceId ? await this.places.findActiveById(member.homePlaceId) : null;
    if (!member || !home) throw new DomainException(ErrorCode.NotFound, '该居民不存在或未登记住址');
    this.access.assertAllowed(caller.grants ?? [], Permission.PointsAward, home.path);
    if (member.id === caller.userId) throw new DomainException(ErrorCode.SelfAward, '不能给自己奖励积分');
    const communityId = home.path.split('/')[1];
    if (body.amount > this.config.points.awardApprovalAbove) {
      return this.pendingAwards.propose({
        caller,
        memberId: member.id,
        homeId: home.id,
        communityId,
        amount: body.amount,
        reason: body.reason,
        idempotencyKey,
      });
    }
    const key = `staff:${caller.userId}:${idempotencyKey}`;
    const result = await this.ledger.award({
      memberId: member.id,
      source: PointsSource.StaffAward,
      sourceId: caller.userId,
      idempotencyKey: key,
      communityId,
      points: body.amount,
      actorId: caller.userId,
      reason: body.reason,
    });
    if (result.entry.amount !== body.amount || result.entry.reason !== body.reason) {
      throw new DomainException(ErrorCode.IdempotencyKeyReused, '该请求编号已用于另一次奖励');
    }
    if (result.created) {
      await this.audit.record({
        actorId: caller.userId,
        action: 'points.award',
        targetType: 'user',
        targetId: member.id,
        placeId: home.id,
        details: { amount: body.amount, reason: body.reason, entryId: result.entry.id },
      });
    }
    return toEntryView(result.entry);
  }

  /** Corrects an entry with its opposite (once), audited. */
  async reverse(caller: Caller, entryId: string, reason: string): Promise<PointsEntryView> {
    const { entry, created } = await this.ledger.reverse(entryId, caller.userId, reason);
    if (created) {
      await this.audit.record({
        actorId: caller.userId,
        action: 'points.reverse',
        targetType: 'points_entry',
        targetId: entryId,
        placeId: entry.communityId,
        details: { reason, amount: entry.amount },
      });
    }
    return toEntryView(entry);
  }

  async leaderboard(memberId: string | null, query: LeaderboardQueryDto): Promise<Leaderboard> {
    const place = await this.places.findActiveById(query.placeId);
    if (!place || (place.level !== 'community' && place.level !== 'grid')) {
      throw new DomainException(ErrorCode.PlaceNotFound, '请选择社区或网格');
    }
    const periodKey = query.period === 'all' ? ALL_TIME : monthKey(new Date());
    const top = (await this.points.findTop(place.id, periodKey, query.limit)).map((row, i) =>
      toLeaderboardRow(row, i + 1),
    );
    let me: LeaderboardRow | null = null;
    if (memberId) {
      const tally = await this.points.findTally(place.id, periodKey, memberId);
      if (tally && tally.points > 0) {
        const user = await this.users.findActiveById(memberId);
        const ahead = await this.points.countAhead(place.id, periodKey, tally.points);
        me = toLeaderboardRow({ memberId, nickname: user?.nickname ?? '', points: tally.points }, ahead + 1);
      }
    }
    return toLeaderboard({ place, period: query.period, periodKey, top, me });
  }

  /** 积分对账 of one community (street admins, the guard checks the community is theirs). */
  async reconcileCommunity(query: ReconciliationQueryDto): Promise<CommunityReconciliation> {
    const community = await this.community(query.communityId);
    const { members, rows, total } = await this.points.findDriftIn({
      communityId: community.id,
      communityPath: community.path,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return {
      ...toPage(rows, total, query),
      communityId: community.id,
      communityName: community.name,
      members,
      checkedAt: new Date().toISOString(),
    };
  }

  /** Every member of every community (the `points:reconcile` command). */
  async reconcile(): Promise<ReconciliationReport> {
    return toReconciliationReport(await this.points.findDrift(), new Date());
  }

  private async community(communityId: string) {
    const place = await this.places.findActiveById(communityId);
    if (!place || place.level !== 'community') throw new DomainException(ErrorCode.PlaceNotFound, '社区不存在');
    return place;
  }
}

function ruleTerms(rule: PointsRuleView) {
  return { points: rule.points, dailyCap: rule.dailyCap, monthlyCap: rule.monthlyCap, enabled: rule.enabled };
}

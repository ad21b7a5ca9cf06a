import {
  type Leaderboard,
  type LeaderboardRow,
  PendingAwardStatus,
  type PendingAwardView,
  type PointsBalance,
  type PointsEntryView,
  type PointsRuleView,
  type ReconciliationReport,
} from '@tongxin/types';

import type { Place } from '../places/place.entity';
import type { PendingAwardRow } from './pending-awards.repository';
import { ALL_TIME } from './periods';
import type { BoardEntryRow, DriftRow } from './points.repository';
import type { PointsEntry } from './points-entry.entity';
import type { PointsRule } from './points-rule.entity';
import type { PointsTally } from './points-tally.entity';

export function toEntryView(entry: PointsEntry): PointsEntryView {
  return {
    id: entry.id,
    amount: entry.amount,
    source: entry.source,
    sourceId: entry.sourceId,
    reason: entry.reason,
    createdAt: entry.createdAt.toISOString(),
  };
}

/** A stored rule, or the default one a community pays until its staff set their own. */
export function toRuleView(
  rule: Pick<PointsRule, 'communityId' | 'source' | 'points' | 'dailyCap' | 'monthlyCap' | 'enabled'>,
): PointsRuleView {
  return {
    communityId: rule.communityId,
    source: rule.source,
    points: rule.points,
    dailyCap: rule.dailyCap,
    monthlyCap: rule.monthlyCap,
    enabled: rule.enabled,
  };
}

/** `monthTally` is the member's tally on their community's board this month, if they have one. */
export function toPointsBalance(memberId: string, balance: number, monthTally: PointsTally | null): PointsBalance {
  return { memberId, balance, earnedThisMonth: monthTally?.points ?? 0 };
}

export function toLeaderboardRow(row: BoardEntryRow, rank: number): LeaderboardRow {
  return { rank, memberId: row.memberId, nickname: row.nickname, points: row.points };
}

/** `periodKey` is the stored key (`all` or M2026-11); clients see `all` or 2026-11. */
export function toLeaderboard(board: {
  place: Place;
  period: Leaderboard['period'];
  periodKey: string;
  top: LeaderboardRow[];
  me: LeaderboardRow | null;
}): Leaderboard {
  return {
    placeId: board.place.id,
    placeName: board.place.name,
    period: board.period,
    periodKey: board.periodKey === ALL_TIME ? 'all' : board.periodKey.slice(1),
    top: board.top,
    me: board.me,
  };
}

export function toReconciliationReport(drift: DriftRow, checkedAt: Date): ReconciliationReport {
  return { members: drift.members, drifted: drift.drifted, checkedAt: checkedAt.toISOString() };
}

/** `canDecide`: the caller may approve or reject it (pending, and neither its proposer nor its member). */
export function toPendingAwardView(row: PendingAwardRow, callerId: string): PendingAwardView {
  return {
    id: row.id,
    communityId: row.communityId,
    memberId: row.memberId,
    memberName: row.memberName ?? '',
    amount: row.amount,
    reason: row.reason,
    status: row.status,
    proposedBy: row.proposedBy,
    proposedByName: row.proposedByName ?? '',
    createdAt: row.createdAt.toISOString(),
    decidedBy: row.decidedBy,
    decidedByName: row.decidedByName,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionNote: row.decisionNote,
    entryId: row.entryId,
    canDecide: row.status === PendingAwardStatus.Pending && row.proposedBy !== callerId && row.memberId !== callerId,
  };
}

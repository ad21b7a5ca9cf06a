import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventStatus, ReportKind, Role } from '@tongxin/types';
import type { DataSource } from 'typeorm';

import { queryRaw, toDate } from '../../infra/database/raw';
import { closeStep, ISSUED_SOURCES, type Metric, REDEEMED_SOURCES, type UniqueMetric } from './figure-metrics';

/** One counted fact: `value` of `metric` at the place where it happened (grid, community, building or street). */
export interface FactRow {
  placeId: string;
  metric: Metric;
  value: number;
}

/** One member counted by a unique metric at a place. */
export interface MemberFact {
  placeId: string;
  metric: UniqueMetric;
  memberId: string;
}

export interface Span {
  from: Date;
  to: Date;
}

/** Steps whose `late` says whether a stage beat its deadline, by the state they leave. */
const TIMED_STEPS = ['grabbed', 'assigned', 'reassigned', 'started', 'released', 'finished'];
const COUNTED_STEPS = [...TIMED_STEPS, 'confirmed', 'auto_confirmed', 'cancelled', 'reopened'];

const RIDER_AT_STEP =
  `EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = h.actor_id AND g.role = '${Role.PartTimeGridMember}' ` +
  'AND g.created_at <= h.created_at AND (g.revoked_at IS NULL OR g.revoked_at > h.created_at))';

interface StepRow {
  action: string;
  fromStatus: string | null;
  late: number | boolean | null;
  at: unknown;
  reportedAt: unknown;
  gridId: string;
  kind: ReportKind;
  rating: number | null;
  rider: number | boolean;
}

/**
 * The history the figures are counted from, one span (a China day) at a time. Every fact is dated by when it
 * happened and never moves, so a span counted twice gives the same rows: the sweep and the recompute command read
 * the same way. Read-only; only the figures sweep calls it.
 */
@Injectable()
export class FigureSourcesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Everything summed for one span. */
  async sums(span: Span, now: Date): Promise<FactRow[]> {
    const parts = await Promise.all([
      this.events(span, now),
      this.reportsOpened(span),
      this.orderSteps(span),
      this.points(span),
      this.newMembers(span),
      this.homesVerified(span),
      this.mediation(span),
      this.careVisits(span),
    ]);
    return parts.flat();
  }

  /** Members counted once per place over a span (a calendar period). */
  async members(span: Span, now: Date): Promise<MemberFact[]> {
    const m = this.dataSource.manager;
    const params = { from: span.from, to: span.to, now, published: EventStatus.Published };
    const [attendees, riders] = await Promise.all([
      queryRaw<{ placeId: string; memberId: string }>(
        m,
        `SELECT DISTINCT e.place_id AS placeId, r.member_id AS memberId FROM events e
         JOIN event_checkins c ON c.event_id = e.id AND c.undone_at IS NULL
         JOIN event_registrations r ON r.id = c.registration_id
         WHERE e.status = :published AND e.starts_at >= :from AND e.starts_at < :to AND e.starts_at < :now`,
        params,
      ),
      queryRaw<{ placeId: string; memberId: string }>(
        m,
        `SELECT DISTINCT o.grid_id AS placeId, h.actor_id AS memberId FROM order_history h
         JOIN grid_orders o ON o.id = h.order_id
         WHERE h.action = 'finished' AND h.created_at >= :from AND h.created_at < :to AND ${RIDER_AT_STEP}`,
        params,
      ),
    ]);
    return [
      ...attendees.map((row) => ({ ...row, metric: 'unique_attendees' as const })),
      ...riders.map((row) => ({ ...row, metric: 'active_riders' as const })),
    ];
  }

  /** Households on the 帮扶台账 now, and those whose visit is overdue, per grid (counts only). */
  async careNow(now: Date): Promise<FactRow[]> {
    const rows = await queryRaw<{ placeId: string; n: number | string; overdue: number | string }>(
      this.dataSource.manager,
      `SELECT grid_id AS placeId, COUNT(*) AS n,
         SUM(CASE WHEN next_visit_due_at < :now THEN 1 ELSE 0 END) AS overdue
       FROM care_records WHERE status = 'active' GROUP BY grid_id`,
      { now },
    );
    return rows.flatMap((r) => [
      { placeId: r.placeId, metric: 'care_records' as const, value: Number(r.n) },
      { placeId: r.placeId, metric: 'care_overdue' as const, value: Number(r.overdue) },
    ]);
  }

  /** Verified homes now (a verified home is a resident role on its building): the stock read into today's rows. */
  async homesNow(): Promise<FactRow[]> {
    const rows = await queryRaw<{ placeId: string; n: number | string }>(
      this.dataSource.manager,
      `SELECT place_id AS placeId, COUNT(*) AS n FROM role_grants WHERE role = :resident AND revoked_at IS NULL
       GROUP BY place_id`,
      { resident: Role.Resident },
    );
    return rows.map((row) => ({ placeId: row.placeId, metric: 'homes_total', value: Number(row.n) }));
  }

  /** The first day anything was recorded (where a recompute starts), or null on an empty database. */
  async firstFactAt(): Promise<Date | null> {
    const rows = await queryRaw<{ at: unknown }>(
      this.dataSource.manager,
      `SELECT MIN(at) AS at FROM (
         SELECT MIN(created_at) AS at FROM role_grants
         UNION ALL SELECT MIN(created_at) FROM reports
         UNION ALL SELECT MIN(starts_at) FROM events
         UNION ALL SELECT MIN(created_at) FROM points_entries
         UNION ALL SELECT MIN(created_at) FROM mediation_cases
         UNION ALL SELECT MIN(visited_at) FROM care_visits
       ) firsts`,
    );
    return rows[0]?.at ? toDate(rows[0].at) : null;
  }

  /** Events held (published, started) in the span: 场次, 人次 (check-ins not undone), volunteer minutes. */
  private async events(span: Span, now: Date): Promise<FactRow[]> {
    const rows = await queryRaw<{ placeId: string; attendance: number | string; minutes: number | string }>(
      this.dataSource.manager,
      `SELECT e.place_id AS placeId,
         (SELECT COUNT(*) FROM event_checkins c WHERE c.event_id = e.id AND c.undone_at IS NULL) AS attendance,
         (SELECT COALESCE(SUM(v.minutes), 0) FROM volunteer_hours v WHERE v.event_id = e.id) AS minutes
       FROM events e
       WHERE e.status = :published AND e.starts_at >= :from AND e.starts_at < :to AND e.starts_at < :now`,
      { from: span.from, to: span.to, now, published: EventStatus.Published },
    );
    const residents = await queryRaw<{ placeId: string; n: number | string }>(
      this.dataSource.manager,
      `SELECT u.home_place_id AS placeId, COUNT(*) AS n FROM events e
       JOIN event_checkins c ON c.event_id = e.id AND c.undone_at IS NULL
       JOIN event_registrations r ON r.id = c.registration_id
       JOIN users u ON u.id = r.member_id
       WHERE e.status = :published AND e.starts_at >= :from AND e.starts_at < :to AND e.starts_at < :now
         AND u.home_place_id IS NOT NULL
       GROUP BY u.home_place_id`,
      { from: span.from, to: span.to, now, published: EventStatus.Published },
    );
    return [
      ...residents.map((row): FactRow => ({
        placeId: row.placeId,
        metric: 'resident_attendance',
        value: Number(row.n),
      })),
      ...rows.flatMap((row) => [
        { placeId: row.placeId, metric: 'events_held' as const, value: 1 },
        { placeId: row.placeId, metric: 'attendance' as const, value: Number(row.attendance) },
        { placeId: row.placeId, metric: 'volunteer_minutes' as const, value: Number(row.minutes) },
      ]),
    ];
  }

  private async reportsOpened(span: Span): Promise<FactRow[]> {
    const rows = await queryRaw<{ placeId: string; kind: ReportKind; n: number | string }>(
      this.dataSource.manager,
      `SELECT grid_id AS placeId, kind, COUNT(*) AS n FROM reports
       WHERE created_at >= :from AND created_at < :to GROUP BY grid_id, kind`,
      { from: span.from, to: span.to },
    );
    return rows.map((row) => ({
      placeId: row.placeId,
      metric: row.kind === ReportKind.Need ? 'needs_opened' : 'problems_opened',
      value: Number(row.n),
    }));
  }

  /** Order steps: closures (with time to close and rating), cancellations, finishes, reopenings, stage timeliness. */
  private async orderSteps(span: Span): Promise<FactRow[]> {
    const rows = await queryRaw<StepRow>(
      this.dataSource.manager,
      `SELECT h.action, h.from_status AS fromStatus, h.late, h.created_at AS at, r.created_at AS reportedAt,
         o.grid_id AS gridId, r.kind, o.rating,
         CASE WHEN h.action = 'finished' AND ${RIDER_AT_STEP} THEN 1 ELSE 0 END AS rider
       FROM order_history h
       JOIN grid_orders o ON o.id = h.order_id
       JOIN reports r ON r.id = o.report_id
       WHERE h.created_at >= :from AND h.created_at < :to AND h.action IN (:...steps)`,
      { from: span.from, to: span.to, steps: COUNTED_STEPS },
    );
    return rows.flatMap((row) => stepFacts(row));
  }

  private async points(span: Span): Promise<FactRow[]> {
    const rows = await queryRaw<{ placeId: string; earned: number | string | null; spent: number | string | null }>(
      this.dataSource.manager,
      `SELECT community_id AS placeId,
         SUM(CASE WHEN source IN (:...earned) THEN amount ELSE 0 END) AS earned,
         SUM(CASE WHEN source IN (:...spent) THEN amount ELSE 0 END) AS spent
       FROM points_entries WHERE created_at >= :from AND created_at < :to GROUP BY community_id`,
      { from: span.from, to: span.to, earned: ISSUED_SOURCES, spent: REDEEMED_SOURCES },
    );
    return rows.flatMap((row) => [
      { placeId: row.placeId, metric: 'points_issued' as const, value: Number(row.earned ?? 0) },
      { placeId: row.placeId, metric: 'points_redeemed' as const, value: -Number(row.spent ?? 0) },
    ]);
  }

  /** A member is new where they got their first role (a verified home is a resident role on the building). */
  private async newMembers(span: Span): Promise<FactRow[]> {
    const rows = await queryRaw<{ placeId: string; n: number | string }>(
      this.dataSource.manager,
      `SELECT g.place_id AS placeId, COUNT(*) AS n FROM role_grants g
       WHERE g.created_at >= :from AND g.created_at < :to AND NOT EXISTS (
         SELECT 1 FROM role_grants e WHERE e.user_id = g.user_id
           AND (e.created_at < g.created_at OR (e.created_at = g.created_at AND e.id < g.id)))
       GROUP BY g.place_id`,
      { from: span.from, to: span.to },
    );
    return rows.map((row) => ({ placeId: row.placeId, metric: 'new_members', value: Number(row.n) }));
  }

  /** 入户走访 made in the span, per grid of the household. */
  private async careVisits(span: Span): Promise<FactRow[]> {
    const rows = await queryRaw<{ placeId: string; n: number | string }>(
      this.dataSource.manager,
      `SELECT r.grid_id AS placeId, COUNT(*) AS n FROM care_visits v JOIN care_records r ON r.id = v.record_id
       WHERE v.visited_at >= :from AND v.visited_at < :to GROUP BY r.grid_id`,
      span,
    );
    return rows.map((r) => ({ placeId: r.placeId, metric: 'care_visits' as const, value: Number(r.n) }));
  }

  /** 石榴调解 counts only: cases asked for in the span, and cases closed in it by outcome, per community. */
  private async mediation(span: Span): Promise<FactRow[]> {
    const [asked, closed] = await Promise.all([
      queryRaw<{ placeId: string; n: number | string }>(
        this.dataSource.manager,
        `SELECT community_id AS placeId, COUNT(*) AS n FROM mediation_cases
         WHERE created_at >= :from AND created_at < :to GROUP BY community_id`,
        span,
      ),
      queryRaw<{ placeId: string; outcome: string; n: number | string }>(
        this.dataSource.manager,
        `SELECT community_id AS placeId, outcome, COUNT(*) AS n FROM mediation_cases
         WHERE resolved_at >= :from AND resolved_at < :to AND outcome IS NOT NULL GROUP BY community_id, outcome`,
        span,
      ),
    ]);
    return [
      ...asked.map((r): FactRow => ({ placeId: r.placeId, metric: 'mediation_requested', value: Number(r.n) })),
      ...closed.map((r): FactRow => ({
        placeId: r.placeId,
        metric: `mediation_${r.outcome}` as Metric,
        value: Number(r.n),
      })),
    ];
  }

  /** Homes verified in the span: resident roles granted (one moved out of later still counts when it was granted). */
  private async homesVerified(span: Span): Promise<FactRow[]> {
    const rows = await queryRaw<{ placeId: string; n: number | string }>(
      this.dataSource.manager,
      `SELECT place_id AS placeId, COUNT(*) AS n FROM role_grants
       WHERE created_at >= :from AND created_at < :to AND role = :resident GROUP BY place_id`,
      { from: span.from, to: span.to, resident: Role.Resident },
    );
    return rows.map((row) => ({ placeId: row.placeId, metric: 'homes_verified', value: Number(row.n) }));
  }
}

const STAGE_OF: Record<string, 'open' | 'claimed' | 'work' | undefined> = {
  open: 'open',
  claimed: 'claimed',
  in_progress: 'work',
};

/** The facts one order step counts for. */
function stepFacts(row: StepRow): FactRow[] {
  const at = (metric: Metric, value = 1): FactRow => ({ placeId: row.gridId, metric, value });
  const facts: FactRow[] = [];
  const need = row.kind === ReportKind.Need;
  if (TIMED_STEPS.includes(row.action) && row.late !== null && row.fromStatus) {
    const stage = STAGE_OF[row.fromStatus];
    if (stage) {
      facts.push(at(`ontime_${stage}_n`));
      if (!Number(row.late)) facts.push(at(`ontime_${stage}_ok`));
    }
  }
  switch (row.action) {
    case 'confirmed':
    case 'auto_confirmed': {
      facts.push(at(need ? 'needs_closed' : 'problems_closed'));
      const hours = (toDate(row.at).getTime() - toDate(row.reportedAt).getTime()) / 3_600_000;
      facts.push(at(`close_h${closeStep(hours)}`));
      if (row.action === 'confirmed' && row.rating !== null) {
        facts.push(at('rating_count'), at('rating_sum', Number(row.rating)));
        if (Number(row.rating) >= 4) facts.push(at('rating_good'));
      }
      break;
    }
    case 'cancelled':
      facts.push(at('cancelled'));
      break;
    case 'reopened':
      facts.push(at('reopened'));
      break;
    case 'finished':
      facts.push(at('orders_finished'));
      if (Number(row.rider)) facts.push(at('rider_orders'));
      break;
  }
  return facts;
}

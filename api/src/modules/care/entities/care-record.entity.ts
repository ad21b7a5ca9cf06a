import { type CareConsentBy } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn, UpdatedAtColumn } from '../../../infra/database/columns';

/**
 * A household or person on the 帮扶台账 of a grid. Sensitive personal information (PIPL art. 28): kept with the
 * consent's giver and date; the name, phone, needs and situation sealed with the PII cipher; read only by the grid's
 * workers and 帮扶专干 (every read audited); anonymised once closed for CARE_RETENTION_DAYS.
 */
@Entity('care_records')
@Index('idx_care_records_grid_due', ['gridId', 'status', 'nextVisitDueAt'])
@Index('idx_care_records_community_due', ['communityId', 'status', 'nextVisitDueAt'])
@Index('idx_care_records_member', ['memberId'])
@Index('idx_care_records_safety', ['safetyCheck', 'status'])
@Index('idx_care_records_closed', ['status', 'closedAt'])
@Index('idx_care_records_escalate', ['status', 'escalateAt'])
export class CareRecord {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'community_id' })
  communityId: string;

  @RefColumn({ name: 'grid_id' })
  gridId: string;

  @RefColumn({ name: 'building_id', nullable: true })
  buildingId: string | null;

  @Column({ type: 'varchar', length: 32 })
  household: string;

  @Column({ name: 'person_name_cipher', type: 'varchar', length: 200 })
  personNameCipher: string;

  /** The name as lists show it (王*兰). */
  @Column({ name: 'person_name_mask', type: 'varchar', length: 16 })
  personNameMask: string;

  @Column({ name: 'phone_cipher', type: 'varchar', length: 200, nullable: true })
  phoneCipher: string | null;

  @RefColumn({ name: 'member_id', nullable: true })
  memberId: string | null;

  @Column({ name: 'category_ids', type: 'simple-json' })
  categoryIds: string[];

  @Column({ name: 'needs_cipher', type: 'text' })
  needsCipher: string;

  @Column({ name: 'situation_cipher', type: 'text', nullable: true })
  situationCipher: string | null;

  @RefColumn({ name: 'responsible_id', nullable: true })
  responsibleId: string | null;

  @RefColumn({ name: 'helper_member_id', nullable: true })
  helperMemberId: string | null;

  @Column({ name: 'helper_name', type: 'varchar', length: 32, nullable: true })
  helperName: string | null;

  /** `YYYY-MM-DD`. */
  @Column({ name: 'review_on', type: 'varchar', length: 10, nullable: true })
  reviewOn: string | null;

  @Column({ name: 'consent_by', type: 'varchar', length: 8 })
  consentBy: CareConsentBy;

  @Column({ name: 'consent_on', type: 'varchar', length: 10 })
  consentOn: string;

  @Column({ name: 'safety_check', type: 'boolean', default: false })
  safetyCheck: boolean;

  /** The China day of the last 平安打卡 (or of enrolment, before the first). */
  @Column({ name: 'last_safe_day', type: 'varchar', length: 10, nullable: true })
  lastSafeDay: string | null;

  /** 0: checked in; 1: a day missed, helper told; 2: two days missed, door-knock need filed. */
  @Column({ name: 'safety_stage', type: 'smallint', default: 0 })
  safetyStage: number;

  @Column({ name: 'safety_report_id', type: 'varchar', length: 36, nullable: true })
  safetyReportId: string | null;

  @Column({ type: 'varchar', length: 8 })
  status: 'active' | 'closed';

  @Column({ name: 'closed_reason', type: 'varchar', length: 200, nullable: true })
  closedReason: string | null;

  @DateTimeColumn({ name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @DateTimeColumn({ name: 'anonymised_at', nullable: true })
  anonymisedAt: Date | null;

  @DateTimeColumn({ name: 'last_visit_at', nullable: true })
  lastVisitAt: Date | null;

  @DateTimeColumn({ name: 'next_visit_due_at', nullable: true })
  nextVisitDueAt: Date | null;

  /** The shortest visit interval of its categories, in days. */
  @Column({ name: 'visit_days', type: 'smallint' })
  visitDays: number;

  /** When an unmade visit counts as long overdue (a whole interval past due) and the community is told. */
  @DateTimeColumn({ name: 'escalate_at', nullable: true })
  escalateAt: Date | null;

  /** When the community was told the visit is long overdue (cleared by the next visit). */
  @DateTimeColumn({ name: 'overdue_told_at', nullable: true })
  overdueToldAt: Date | null;

  @RefColumn({ name: 'created_by' })
  createdBy: string;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}

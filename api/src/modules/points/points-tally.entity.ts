import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Points earned per member per place (community or grid) per period ('all' or M2026-11): the leaderboards. */
@Entity('points_tallies')
@Index('idx_points_tallies_board', ['placeId', 'periodKey', 'points'])
/** A member's own months (我的本月). */
@Index('idx_points_tallies_member', ['memberId', 'periodKey'])
export class PointsTally {
  @PrimaryColumn({ name: 'place_id', type: 'varchar', length: 36 })
  placeId: string;

  @PrimaryColumn({ name: 'period_key', type: 'varchar', length: 12 })
  periodKey: string;

  @PrimaryColumn({ name: 'member_id', type: 'varchar', length: 36 })
  memberId: string;

  @Column({ type: 'int', default: 0 })
  points: number;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One figure of one place for one period: `day` and `month` rows of sums (and stocks), `week`/`month`/`quarter`/
 * `year` rows of unique counts. Kept for streets, communities and grids by the figures sweep, so dashboards read a
 * handful of rows instead of the history. The primary key serves "this place, this grain, these periods".
 */
@Entity('figure_rollups')
@Index('idx_figure_rollups_period', ['grain', 'periodStart'])
export class FigureRollup {
  @PrimaryColumn({ name: 'place_id', type: 'varchar', length: 36 })
  placeId: string;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  grain: string;

  /** `YYYY-MM-DD`, China time: the day, or the first day of the week, month, quarter or year. */
  @PrimaryColumn({ name: 'period_start', type: 'varchar', length: 10 })
  periodStart: string;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  metric: string;

  @Column({ type: 'int' })
  value: number;
}

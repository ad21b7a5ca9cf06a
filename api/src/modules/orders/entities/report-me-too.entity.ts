import { Entity, PrimaryColumn } from 'typeorm';

import { CreatedAtColumn } from '../../../infra/database/columns';

/** "Me too" on someone else's report instead of filing a duplicate; one per member per report. */
@Entity('report_me_toos')
export class ReportMeToo {
  @PrimaryColumn({ name: 'report_id', type: 'varchar', length: 36 })
  reportId: string;

  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @CreatedAtColumn()
  createdAt: Date;
}

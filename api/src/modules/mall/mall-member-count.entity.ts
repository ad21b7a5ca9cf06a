import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Live (awaiting or collected) redemptions of one item by one member; the per-member limit is checked on it. */
@Entity('mall_member_counts')
export class MallMemberCount {
  @PrimaryColumn({ name: 'item_id', type: 'varchar', length: 36 })
  itemId: string;

  @PrimaryColumn({ name: 'member_id', type: 'varchar', length: 36 })
  memberId: string;

  @Column({ type: 'int', default: 0 })
  count: number;
}

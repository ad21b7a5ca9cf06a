import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Active (claimed or in progress) orders per handler; grabs are conditional on it staying under the cap. */
@Entity('handler_loads')
export class HandlerLoad {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ type: 'int', default: 0 })
  active: number;
}

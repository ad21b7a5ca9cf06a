import type { ConsentClient, LegalDocument } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn } from '../../infra/database/columns';

/**
 * A member's agreement to one version of the 隐私政策 or 用户协议 (PIPL: the operator must be able to show it).
 * Append-only; one row per member, document and version, so agreeing twice keeps the first time.
 */
@Entity('consents')
@Index('uq_consents_member_document_version', ['memberId', 'document', 'version'], { unique: true })
@Index('idx_consents_member_accepted', ['memberId', 'acceptedAt'])
export class Consent {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'member_id' })
  memberId: string;

  @Column({ type: 'varchar', length: 16 })
  document: LegalDocument;

  @Column({ type: 'varchar', length: 32 })
  version: string;

  @DateTimeColumn({ name: 'accepted_at' })
  acceptedAt: Date;

  @Column({ type: 'varchar', length: 8 })
  client: ConsentClient;

  @CreatedAtColumn()
  createdAt: Date;
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class PendingAwards1796474957534 implements MigrationInterface {
  name = 'PendingAwards1796474957534';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "points_pending_awards" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "member_id" varchar(36) NOT NULL,
                "community_id" varchar(36) NOT NULL,
                "place_id" varchar(36) NOT NULL,
                "amount" integer NOT NULL,
                "reason" varchar(200) NOT NULL,
                "status" varchar CHECK("status" IN ('pending', 'approved', 'rejected')) NOT NULL DEFAULT ('pending'),
                "proposed_by" varchar(36) NOT NULL,
                "idempotency_key" varchar(64) NOT NULL,
                "decided_by" varchar(36),
                "decided_at" datetime(3),
                "decision_note" varchar(200),
                "entry_id" varchar(36),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_pending_awards_status_created" ON "points_pending_awards" ("status", "created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_pending_awards_proposer_key" ON "points_pending_awards" ("proposed_by", "idempotency_key")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "uq_pending_awards_proposer_key"
        `);
    await queryRunner.query(`
            DROP INDEX "idx_pending_awards_status_created"
        `);
    await queryRunner.query(`
            DROP TABLE "points_pending_awards"
        `);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class PendingAwards1796474952985 implements MigrationInterface {
  name = 'PendingAwards1796474952985';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE \`points_pending_awards\` (
                \`id\` varchar(36) NOT NULL,
                \`member_id\` varchar(36) NOT NULL,
                \`community_id\` varchar(36) NOT NULL,
                \`place_id\` varchar(36) NOT NULL,
                \`amount\` int NOT NULL,
                \`reason\` varchar(200) NOT NULL,
                \`status\` enum ('pending', 'approved', 'rejected') NOT NULL DEFAULT 'pending',
                \`proposed_by\` varchar(36) NOT NULL,
                \`idempotency_key\` varchar(64) NOT NULL,
                \`decided_by\` varchar(36) NULL,
                \`decided_at\` datetime(3) NULL,
                \`decision_note\` varchar(200) NULL,
                \`entry_id\` varchar(36) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`idx_pending_awards_status_created\` (\`status\`, \`created_at\`),
                UNIQUE INDEX \`uq_pending_awards_proposer_key\` (\`proposed_by\`, \`idempotency_key\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX \`uq_pending_awards_proposer_key\` ON \`points_pending_awards\`
        `);
    await queryRunner.query(`
            DROP INDEX \`idx_pending_awards_status_created\` ON \`points_pending_awards\`
        `);
    await queryRunner.query(`
            DROP TABLE \`points_pending_awards\`
        `);
  }
}

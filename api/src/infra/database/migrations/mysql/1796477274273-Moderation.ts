import { MigrationInterface, QueryRunner } from 'typeorm';

export class Moderation1796477274273 implements MigrationInterface {
  name = 'Moderation1796477274273';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE \`content_flags\` (
                \`id\` varchar(36) NOT NULL,
                \`record_kind\` enum (
                    'report',
                    'photo',
                    'event',
                    'honour',
                    'event_comment'
                ) NOT NULL,
                \`record_id\` varchar(36) NOT NULL,
                \`member_id\` varchar(36) NOT NULL,
                \`reason\` enum (
                    'abuse',
                    'spam',
                    'privacy',
                    'false',
                    'illegal',
                    'other'
                ) NOT NULL,
                \`note\` varchar(200) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                UNIQUE INDEX \`uq_content_flags_member\` (\`record_kind\`, \`record_id\`, \`member_id\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`media_checks\` (
                \`trace_id\` varchar(64) NOT NULL,
                \`photo_id\` varchar(36) NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                PRIMARY KEY (\`trace_id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`moderation_cases\` (
                \`id\` varchar(36) NOT NULL,
                \`record_kind\` enum (
                    'report',
                    'photo',
                    'event',
                    'honour',
                    'event_comment'
                ) NOT NULL,
                \`record_id\` varchar(36) NOT NULL,
                \`place_id\` varchar(36) NOT NULL,
                \`author_id\` varchar(36) NULL,
                \`state\` enum ('held', 'hidden', 'passed', 'removed') NOT NULL,
                \`source\` enum (
                    'keyword',
                    'wechat_text',
                    'wechat_media',
                    'flags'
                ) NOT NULL,
                \`excerpt\` varchar(200) NOT NULL,
                \`flag_count\` int NOT NULL DEFAULT '0',
                \`decided_by\` varchar(36) NULL,
                \`decided_at\` datetime(3) NULL,
                \`decision_reason\` varchar(200) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`idx_moderation_cases_place_state\` (\`place_id\`, \`state\`, \`created_at\`),
                UNIQUE INDEX \`uq_moderation_cases_record\` (\`record_kind\`, \`record_id\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`moderation_words\` (
                \`id\` varchar(36) NOT NULL,
                \`street_id\` varchar(36) NOT NULL,
                \`word\` varchar(32) NOT NULL,
                \`created_by\` varchar(36) NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                UNIQUE INDEX \`uq_moderation_words_street_word\` (\`street_id\`, \`word\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX \`uq_moderation_words_street_word\` ON \`moderation_words\`
        `);
    await queryRunner.query(`
            DROP TABLE \`moderation_words\`
        `);
    await queryRunner.query(`
            DROP INDEX \`uq_moderation_cases_record\` ON \`moderation_cases\`
        `);
    await queryRunner.query(`
            DROP INDEX \`idx_moderation_cases_place_state\` ON \`moderation_cases\`
        `);
    await queryRunner.query(`
            DROP TABLE \`moderation_cases\`
        `);
    await queryRunner.query(`
            DROP TABLE \`media_checks\`
        `);
    await queryRunner.query(`
            DROP INDEX \`uq_content_flags_member\` ON \`content_flags\`
        `);
    await queryRunner.query(`
            DROP TABLE \`content_flags\`
        `);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class Moderation1796477277688 implements MigrationInterface {
  name = 'Moderation1796477277688';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "content_flags" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "record_kind" varchar CHECK(
                    "record_kind" IN (
                        'report',
                        'photo',
                        'event',
                        'honour',
                        'event_comment'
                    )
                ) NOT NULL,
                "record_id" varchar(36) NOT NULL,
                "member_id" varchar(36) NOT NULL,
                "reason" varchar CHECK(
                    "reason" IN (
                        'abuse',
                        'spam',
                        'privacy',
                        'false',
                        'illegal',
                        'other'
                    )
                ) NOT NULL,
                "note" varchar(200),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_content_flags_member" ON "content_flags" ("record_kind", "record_id", "member_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "media_checks" (
                "trace_id" varchar(64) PRIMARY KEY NOT NULL,
                "photo_id" varchar(36) NOT NULL,
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "moderation_cases" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "record_kind" varchar CHECK(
                    "record_kind" IN (
                        'report',
                        'photo',
                        'event',
                        'honour',
                        'event_comment'
                    )
                ) NOT NULL,
                "record_id" varchar(36) NOT NULL,
                "place_id" varchar(36) NOT NULL,
                "author_id" varchar(36),
                "state" varchar CHECK(
                    "state" IN ('held', 'hidden', 'passed', 'removed')
                ) NOT NULL,
                "source" varchar CHECK(
                    "source" IN ('keyword', 'wechat_text', 'wechat_media', 'flags')
                ) NOT NULL,
                "excerpt" varchar(200) NOT NULL,
                "flag_count" integer NOT NULL DEFAULT (0),
                "decided_by" varchar(36),
                "decided_at" datetime(3),
                "decision_reason" varchar(200),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_moderation_cases_place_state" ON "moderation_cases" ("place_id", "state", "created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_moderation_cases_record" ON "moderation_cases" ("record_kind", "record_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "moderation_words" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "street_id" varchar(36) NOT NULL,
                "word" varchar(32) NOT NULL,
                "created_by" varchar(36) NOT NULL,
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_moderation_words_street_word" ON "moderation_words" ("street_id", "word")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "uq_moderation_words_street_word"
        `);
    await queryRunner.query(`
            DROP TABLE "moderation_words"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_moderation_cases_record"
        `);
    await queryRunner.query(`
            DROP INDEX "idx_moderation_cases_place_state"
        `);
    await queryRunner.query(`
            DROP TABLE "moderation_cases"
        `);
    await queryRunner.query(`
            DROP TABLE "media_checks"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_content_flags_member"
        `);
    await queryRunner.query(`
            DROP TABLE "content_flags"
        `);
  }
}

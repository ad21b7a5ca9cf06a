import { MigrationInterface, QueryRunner } from "typeorm";

export class CareRegister1796498634935 implements MigrationInterface {
    name = 'CareRegister1796498634935'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "care_categories" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "community_id" varchar(36) NOT NULL,
                "key" varchar(32),
                "name" varchar(32) NOT NULL,
                "visit_days" smallint NOT NULL,
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_care_categories_name" ON "care_categories" ("community_id", "name")
        `);
        await queryRunner.query(`
            CREATE TABLE "care_records" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "community_id" varchar(36) NOT NULL,
                "grid_id" varchar(36) NOT NULL,
                "building_id" varchar(36),
                "household" varchar(32) NOT NULL,
                "person_name_cipher" varchar(200) NOT NULL,
                "person_name_mask" varchar(16) NOT NULL,
                "phone_cipher" varchar(200),
                "member_id" varchar(36),
                "category_ids" text NOT NULL,
                "needs_cipher" text NOT NULL,
                "situation_cipher" text,
                "responsible_id" varchar(36),
                "helper_member_id" varchar(36),
                "helper_name" varchar(32),
                "review_on" varchar(10),
                "consent_by" varchar(8) NOT NULL,
                "consent_on" varchar(10) NOT NULL,
                "safety_check" boolean NOT NULL DEFAULT (0),
                "last_safe_day" varchar(10),
                "safety_stage" smallint NOT NULL DEFAULT (0),
                "safety_report_id" varchar(36),
                "status" varchar(8) NOT NULL,
                "closed_reason" varchar(200),
                "closed_at" datetime(3),
                "anonymised_at" datetime(3),
                "last_visit_at" datetime(3),
                "next_visit_due_at" datetime(3),
                "visit_days" smallint NOT NULL,
                "escalate_at" datetime(3),
                "overdue_told_at" datetime(3),
                "created_by" varchar(36) NOT NULL,
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_care_records_escalate" ON "care_records" ("status", "escalate_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_care_records_closed" ON "care_records" ("status", "closed_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_care_records_safety" ON "care_records" ("safety_check", "status")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_care_records_member" ON "care_records" ("member_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_care_records_community_due" ON "care_records" ("community_id", "status", "next_visit_due_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_care_records_grid_due" ON "care_records" ("grid_id", "status", "next_visit_due_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "care_record_changes" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "record_id" varchar(36) NOT NULL,
                "actor_id" varchar(36),
                "action" varchar(12) NOT NULL,
                "fields" text NOT NULL,
                "created_at" datetime(3) NOT NULL
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_care_changes_record" ON "care_record_changes" ("record_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "care_visits" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "record_id" varchar(36) NOT NULL,
                "visitor_id" varchar(36) NOT NULL,
                "visited_at" datetime(3) NOT NULL,
                "findings_cipher" text NOT NULL,
                "lng" double,
                "lat" double,
                "follow_up_report_id" varchar(36),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_care_visits_record" ON "care_visits" ("record_id", "visited_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "safety_checkins" (
                "member_id" varchar(36) NOT NULL,
                "day" varchar(10) NOT NULL,
                "record_id" varchar(36) NOT NULL,
                "by" varchar(8) NOT NULL,
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                PRIMARY KEY ("member_id", "day")
            )
        `);
        await queryRunner.query(`
            DROP INDEX "idx_photos_attached"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_photos_owner_created"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_photos" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "owner_id" varchar(36) NOT NULL,
                "purpose" varchar CHECK(
                    "purpose" IN (
                        'report',
                        'order_proof',
                        'mediation_agreement',
                        'care_visit'
                    )
                ) NOT NULL,
                "attached_to" varchar(36),
                "storage_key" varchar(200) NOT NULL,
                "thumb_key" varchar(200) NOT NULL,
                "mime" varchar(20) NOT NULL,
                "width" integer NOT NULL,
                "height" integer NOT NULL,
                "bytes" integer NOT NULL,
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_photos"(
                    "id",
                    "owner_id",
                    "purpose",
                    "attached_to",
                    "storage_key",
                    "thumb_key",
                    "mime",
                    "width",
                    "height",
                    "bytes",
                    "created_at"
                )
            SELECT "id",
                "owner_id",
                "purpose",
                "attached_to",
                "storage_key",
                "thumb_key",
                "mime",
                "width",
                "height",
                "bytes",
                "created_at"
            FROM "photos"
        `);
        await queryRunner.query(`
            DROP TABLE "photos"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_photos"
                RENAME TO "photos"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_photos_attached" ON "photos" ("attached_to")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_photos_owner_created" ON "photos" ("owner_id", "created_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "idx_photos_owner_created"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_photos_attached"
        `);
        await queryRunner.query(`
            ALTER TABLE "photos"
                RENAME TO "temporary_photos"
        `);
        await queryRunner.query(`
            CREATE TABLE "photos" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "owner_id" varchar(36) NOT NULL,
                "purpose" varchar CHECK(
                    "purpose" IN ('report', 'order_proof', 'mediation_agreement')
                ) NOT NULL,
                "attached_to" varchar(36),
                "storage_key" varchar(200) NOT NULL,
                "thumb_key" varchar(200) NOT NULL,
                "mime" varchar(20) NOT NULL,
                "width" integer NOT NULL,
                "height" integer NOT NULL,
                "bytes" integer NOT NULL,
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            INSERT INTO "photos"(
                    "id",
                    "owner_id",
                    "purpose",
                    "attached_to",
                    "storage_key",
                    "thumb_key",
                    "mime",
                    "width",
                    "height",
                    "bytes",
                    "created_at"
                )
            SELECT "id",
                "owner_id",
                "purpose",
                "attached_to",
                "storage_key",
                "thumb_key",
                "mime",
                "width",
                "height",
                "bytes",
                "created_at"
            FROM "temporary_photos"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_photos"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_photos_owner_created" ON "photos" ("owner_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_photos_attached" ON "photos" ("attached_to")
        `);
        await queryRunner.query(`
            DROP TABLE "safety_checkins"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_care_visits_record"
        `);
        await queryRunner.query(`
            DROP TABLE "care_visits"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_care_changes_record"
        `);
        await queryRunner.query(`
            DROP TABLE "care_record_changes"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_care_records_grid_due"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_care_records_community_due"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_care_records_member"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_care_records_safety"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_care_records_closed"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_care_records_escalate"
        `);
        await queryRunner.query(`
            DROP TABLE "care_records"
        `);
        await queryRunner.query(`
            DROP INDEX "uq_care_categories_name"
        `);
        await queryRunner.query(`
            DROP TABLE "care_categories"
        `);
    }

}

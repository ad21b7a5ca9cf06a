import { MigrationInterface, QueryRunner } from "typeorm";

export class VolunteerHours1796485142292 implements MigrationInterface {
    name = 'VolunteerHours1796485142292'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "volunteer_certificates" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "record_number" varchar(32) NOT NULL,
                "member_id" varchar(36) NOT NULL,
                "community_id" varchar(36) NOT NULL,
                "volunteer_name" varchar(32) NOT NULL,
                "id_number_masked" varchar(32),
                "issuing_organisation" varchar(140) NOT NULL,
                "items" text NOT NULL,
                "total_minutes" integer NOT NULL,
                "period_from" varchar(10),
                "period_to" varchar(10),
                "issued_by" varchar(36) NOT NULL,
                "issued_by_name" varchar(32) NOT NULL,
                "issued_at" datetime(3) NOT NULL,
                "contact" varchar(32) NOT NULL,
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_volunteer_certificates_number" ON "volunteer_certificates" ("record_number")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_volunteer_certificates_member_issued" ON "volunteer_certificates" ("member_id", "issued_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_volunteer_certificates_community_issued" ON "volunteer_certificates" ("community_id", "issued_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "volunteer_hour_adjustments" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "hours_id" varchar(36) NOT NULL,
                "registration_id" varchar(36) NOT NULL,
                "event_id" varchar(36) NOT NULL,
                "member_id" varchar(36) NOT NULL,
                "actor_id" varchar(36) NOT NULL,
                "minutes_before" integer NOT NULL,
                "minutes_after" integer NOT NULL,
                "points_delta" integer NOT NULL DEFAULT (0),
                "reason" varchar(200) NOT NULL,
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_hour_adjustments_registration_created" ON "volunteer_hour_adjustments" ("registration_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "volunteer_hours" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "registration_id" varchar(36) NOT NULL,
                "event_id" varchar(36) NOT NULL,
                "member_id" varchar(36) NOT NULL,
                "event_starts_at" datetime(3) NOT NULL,
                "minutes" integer NOT NULL,
                "measured_minutes" integer,
                "points_paid" integer NOT NULL DEFAULT (0),
                "community_id" varchar(36),
                "revision" integer NOT NULL DEFAULT (0),
                "adjustment_reason" varchar(200),
                "adjusted_at" datetime(3),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_volunteer_hours_registration" ON "volunteer_hours" ("registration_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_volunteer_hours_event" ON "volunteer_hours" ("event_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_volunteer_hours_member_starts" ON "volunteer_hours" ("member_id", "event_starts_at")
        `);
        await queryRunner.query(`
            DROP INDEX "idx_checkins_registration"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_checkins_event_scanned"
        `);
        await queryRunner.query(`
            DROP INDEX "uq_checkins_live"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_event_checkins" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "event_id" varchar(36) NOT NULL,
                "registration_id" varchar(36) NOT NULL,
                "live_key" varchar(36),
                "scanner_id" varchar(36) NOT NULL,
                "method" varchar(8) NOT NULL,
                "scanned_at" datetime(3) NOT NULL,
                "recorded_at" datetime(3) NOT NULL,
                "undone_at" datetime(3),
                "checked_out_at" datetime(3),
                "checkout_scanner_id" varchar(36),
                "checkout_method" varchar(8)
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_event_checkins"(
                    "id",
                    "event_id",
                    "registration_id",
                    "live_key",
                    "scanner_id",
                    "method",
                    "scanned_at",
                    "recorded_at",
                    "undone_at"
                )
            SELECT "id",
                "event_id",
                "registration_id",
                "live_key",
                "scanner_id",
                "method",
                "scanned_at",
                "recorded_at",
                "undone_at"
            FROM "event_checkins"
        `);
        await queryRunner.query(`
            DROP TABLE "event_checkins"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_event_checkins"
                RENAME TO "event_checkins"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_checkins_registration" ON "event_checkins" ("registration_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_checkins_event_scanned" ON "event_checkins" ("event_id", "scanned_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_checkins_live" ON "event_checkins" ("live_key")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "uq_checkins_live"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_checkins_event_scanned"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_checkins_registration"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_checkins"
                RENAME TO "temporary_event_checkins"
        `);
        await queryRunner.query(`
            CREATE TABLE "event_checkins" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "event_id" varchar(36) NOT NULL,
                "registration_id" varchar(36) NOT NULL,
                "live_key" varchar(36),
                "scanner_id" varchar(36) NOT NULL,
                "method" varchar(8) NOT NULL,
                "scanned_at" datetime(3) NOT NULL,
                "recorded_at" datetime(3) NOT NULL,
                "undone_at" datetime(3)
            )
        `);
        await queryRunner.query(`
            INSERT INTO "event_checkins"(
                    "id",
                    "event_id",
                    "registration_id",
                    "live_key",
                    "scanner_id",
                    "method",
                    "scanned_at",
                    "recorded_at",
                    "undone_at"
                )
            SELECT "id",
                "event_id",
                "registration_id",
                "live_key",
                "scanner_id",
                "method",
                "scanned_at",
                "recorded_at",
                "undone_at"
            FROM "temporary_event_checkins"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_event_checkins"
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_checkins_live" ON "event_checkins" ("live_key")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_checkins_event_scanned" ON "event_checkins" ("event_id", "scanned_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_checkins_registration" ON "event_checkins" ("registration_id")
        `);
        await queryRunner.query(`
            DROP INDEX "idx_volunteer_hours_member_starts"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_volunteer_hours_event"
        `);
        await queryRunner.query(`
            DROP INDEX "uq_volunteer_hours_registration"
        `);
        await queryRunner.query(`
            DROP TABLE "volunteer_hours"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_hour_adjustments_registration_created"
        `);
        await queryRunner.query(`
            DROP TABLE "volunteer_hour_adjustments"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_volunteer_certificates_community_issued"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_volunteer_certificates_member_issued"
        `);
        await queryRunner.query(`
            DROP INDEX "uq_volunteer_certificates_number"
        `);
        await queryRunner.query(`
            DROP TABLE "volunteer_certificates"
        `);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

export class Events1795330686156 implements MigrationInterface {
    name = 'Events1795330686156'

    public async up(queryRunner: QueryRunner): Promise<void> {
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
            CREATE UNIQUE INDEX "uq_checkins_live" ON "event_checkins" ("live_key")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_checkins_event_scanned" ON "event_checkins" ("event_id", "scanned_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "event_ratings" (
                "event_id" varchar(36) NOT NULL,
                "member_id" varchar(36) NOT NULL,
                "rating" integer NOT NULL,
                "comment" varchar(300),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                PRIMARY KEY ("event_id", "member_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "event_registrations" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "event_id" varchar(36) NOT NULL,
                "member_id" varchar(36) NOT NULL,
                "status" varchar(20) NOT NULL,
                "live_key" varchar(80),
                "waiting_position" integer,
                "dependents" text,
                "cancelled_at" datetime(3),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_registrations_live" ON "event_registrations" ("live_key")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_registrations_member_created" ON "event_registrations" ("member_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_registrations_event_status_position" ON "event_registrations" ("event_id", "status", "waiting_position")
        `);
        await queryRunner.query(`
            CREATE TABLE "event_scans" (
                "nonce" varchar(64) PRIMARY KEY NOT NULL,
                "event_id" varchar(36) NOT NULL,
                "registration_id" varchar(36),
                "scanner_id" varchar(36) NOT NULL,
                "outcome" varchar(24) NOT NULL,
                "checkin_id" varchar(36),
                "needs_review" boolean NOT NULL DEFAULT (0),
                "scanned_at" datetime(3) NOT NULL
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_scans_event_review" ON "event_scans" ("event_id", "needs_review")
        `);
        await queryRunner.query(`
            DROP INDEX "idx_events_status_starts"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_events_status_ends"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_events_place"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_events" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "place_id" varchar(36) NOT NULL,
                "title" varchar(100) NOT NULL,
                "type" varchar CHECK(
                    "type" IN ('class', 'festival', 'care', 'talk', 'volunteer')
                ) NOT NULL,
                "description" text NOT NULL,
                "venue" varchar(200) NOT NULL,
                "starts_at" datetime(3) NOT NULL,
                "ends_at" datetime(3) NOT NULL,
                "capacity" integer NOT NULL,
                "points_reward" integer NOT NULL DEFAULT (0),
                "status" varchar CHECK("status" IN ('draft', 'published', 'cancelled')) NOT NULL DEFAULT ('draft'),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "cover_url" varchar(500),
                "signup_opens_at" datetime(3),
                "signup_closes_at" datetime(3),
                "needs_approval" boolean NOT NULL DEFAULT (0),
                "cancel_deadline_hours" integer NOT NULL DEFAULT (2),
                "confirmed_count" integer NOT NULL DEFAULT (0),
                "waiting_seq" integer NOT NULL DEFAULT (0),
                "organizer_id" varchar(36),
                CONSTRAINT "FK_047655297d772b6bfd08af7044f" FOREIGN KEY ("place_id") REFERENCES "places" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_events"(
                    "id",
                    "place_id",
                    "title",
                    "type",
                    "description",
                    "venue",
                    "starts_at",
                    "ends_at",
                    "capacity",
                    "points_reward",
                    "status",
                    "created_at",
                    "updated_at"
                )
            SELECT "id",
                "place_id",
                "title",
                "type",
                "description",
                "venue",
                "starts_at",
                "ends_at",
                "capacity",
                "points_reward",
                "status",
                "created_at",
                "updated_at"
            FROM "events"
        `);
        await queryRunner.query(`
            DROP TABLE "events"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_events"
                RENAME TO "events"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_events_status_starts" ON "events" ("status", "starts_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_events_status_ends" ON "events" ("status", "ends_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_events_place" ON "events" ("place_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "idx_events_place"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_events_status_ends"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_events_status_starts"
        `);
        await queryRunner.query(`
            ALTER TABLE "events"
                RENAME TO "temporary_events"
        `);
        await queryRunner.query(`
            CREATE TABLE "events" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "place_id" varchar(36) NOT NULL,
                "title" varchar(100) NOT NULL,
                "type" varchar CHECK(
                    "type" IN ('class', 'festival', 'care', 'talk', 'volunteer')
                ) NOT NULL,
                "description" text NOT NULL,
                "venue" varchar(200) NOT NULL,
                "starts_at" datetime(3) NOT NULL,
                "ends_at" datetime(3) NOT NULL,
                "capacity" integer NOT NULL,
                "points_reward" integer NOT NULL DEFAULT (0),
                "status" varchar CHECK("status" IN ('draft', 'published', 'cancelled')) NOT NULL DEFAULT ('draft'),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                CONSTRAINT "FK_047655297d772b6bfd08af7044f" FOREIGN KEY ("place_id") REFERENCES "places" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "events"(
                    "id",
                    "place_id",
                    "title",
                    "type",
                    "description",
                    "venue",
                    "starts_at",
                    "ends_at",
                    "capacity",
                    "points_reward",
                    "status",
                    "created_at",
                    "updated_at"
                )
            SELECT "id",
                "place_id",
                "title",
                "type",
                "description",
                "venue",
                "starts_at",
                "ends_at",
                "capacity",
                "points_reward",
                "status",
                "created_at",
                "updated_at"
            FROM "temporary_events"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_events"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_events_place" ON "events" ("place_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_events_status_ends" ON "events" ("status", "ends_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_events_status_starts" ON "events" ("status", "starts_at")
        `);
        await queryRunner.query(`
            DROP INDEX "idx_scans_event_review"
        `);
        await queryRunner.query(`
            DROP TABLE "event_scans"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_registrations_event_status_position"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_registrations_member_created"
        `);
        await queryRunner.query(`
            DROP INDEX "uq_registrations_live"
        `);
        await queryRunner.query(`
            DROP TABLE "event_registrations"
        `);
        await queryRunner.query(`
            DROP TABLE "event_ratings"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_checkins_event_scanned"
        `);
        await queryRunner.query(`
            DROP INDEX "uq_checkins_live"
        `);
        await queryRunner.query(`
            DROP TABLE "event_checkins"
        `);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

export class OrganizerMessagesReminders1796479695407 implements MigrationInterface {
    name = 'OrganizerMessagesReminders1796479695407'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "idx_events_status_ends_starts"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_events_place"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_events_status_starts"
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
                "messaged_at" datetime(3),
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
                    "updated_at",
                    "cover_url",
                    "signup_opens_at",
                    "signup_closes_at",
                    "needs_approval",
                    "cancel_deadline_hours",
                    "confirmed_count",
                    "waiting_seq",
                    "organizer_id"
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
                "updated_at",
                "cover_url",
                "signup_opens_at",
                "signup_closes_at",
                "needs_approval",
                "cancel_deadline_hours",
                "confirmed_count",
                "waiting_seq",
                "organizer_id"
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
            CREATE INDEX "idx_events_status_ends_starts" ON "events" ("status", "ends_at", "starts_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_events_place" ON "events" ("place_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_events_status_starts" ON "events" ("status", "starts_at")
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
            CREATE TABLE "temporary_event_registrations" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "event_id" varchar(36) NOT NULL,
                "member_id" varchar(36) NOT NULL,
                "status" varchar(20) NOT NULL,
                "live_key" varchar(80),
                "waiting_position" integer,
                "dependents" text,
                "cancelled_at" datetime(3),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "reminded_day_at" datetime(3),
                "reminded_hour_at" datetime(3)
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_event_registrations"(
                    "id",
                    "event_id",
                    "member_id",
                    "status",
                    "live_key",
                    "waiting_position",
                    "dependents",
                    "cancelled_at",
                    "created_at",
                    "updated_at"
                )
            SELECT "id",
                "event_id",
                "member_id",
                "status",
                "live_key",
                "waiting_position",
                "dependents",
                "cancelled_at",
                "created_at",
                "updated_at"
            FROM "event_registrations"
        `);
        await queryRunner.query(`
            DROP TABLE "event_registrations"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_event_registrations"
                RENAME TO "event_registrations"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_registrations_event_status_position" ON "event_registrations" ("event_id", "status", "waiting_position")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_registrations_member_created" ON "event_registrations" ("member_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_registrations_live" ON "event_registrations" ("live_key")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "uq_registrations_live"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_registrations_member_created"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_registrations_event_status_position"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_registrations"
                RENAME TO "temporary_event_registrations"
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
            INSERT INTO "event_registrations"(
                    "id",
                    "event_id",
                    "member_id",
                    "status",
                    "live_key",
                    "waiting_position",
                    "dependents",
                    "cancelled_at",
                    "created_at",
                    "updated_at"
                )
            SELECT "id",
                "event_id",
                "member_id",
                "status",
                "live_key",
                "waiting_position",
                "dependents",
                "cancelled_at",
                "created_at",
                "updated_at"
            FROM "temporary_event_registrations"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_event_registrations"
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
            DROP INDEX "idx_events_status_starts"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_events_place"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_events_status_ends_starts"
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
                    "updated_at",
                    "cover_url",
                    "signup_opens_at",
                    "signup_closes_at",
                    "needs_approval",
                    "cancel_deadline_hours",
                    "confirmed_count",
                    "waiting_seq",
                    "organizer_id"
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
                "updated_at",
                "cover_url",
                "signup_opens_at",
                "signup_closes_at",
                "needs_approval",
                "cancel_deadline_hours",
                "confirmed_count",
                "waiting_seq",
                "organizer_id"
            FROM "temporary_events"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_events"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_events_status_starts" ON "events" ("status", "starts_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_events_place" ON "events" ("place_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_events_status_ends_starts" ON "events" ("status", "ends_at", "starts_at")
        `);
    }

}

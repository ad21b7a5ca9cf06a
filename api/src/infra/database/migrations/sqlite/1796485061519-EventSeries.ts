import { MigrationInterface, QueryRunner } from "typeorm";

export class EventSeries1796485061519 implements MigrationInterface {
    name = 'EventSeries1796485061519'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "event_series" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "place_id" varchar(36) NOT NULL,
                "title" varchar(100) NOT NULL,
                "type" varchar CHECK(
                    "type" IN ('class', 'festival', 'care', 'talk', 'volunteer')
                ) NOT NULL,
                "weekdays" varchar(20) NOT NULL,
                "start_minute" integer NOT NULL,
                "duration_minutes" integer NOT NULL,
                "session_count" integer NOT NULL,
                "first_starts_at" datetime(3) NOT NULL,
                "last_starts_at" datetime(3) NOT NULL,
                "organizer_id" varchar(36),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_event_series_place" ON "event_series" ("place_id")
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
                "series_id" varchar(36),
                "series_index" integer,
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
                    "organizer_id",
                    "messaged_at"
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
                "organizer_id",
                "messaged_at"
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
            CREATE INDEX "idx_events_place" ON "events" ("place_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_events_status_ends_starts" ON "events" ("status", "ends_at", "starts_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_events_series_index" ON "events" ("series_id", "series_index")
        `);
        await queryRunner.query(`
            DROP INDEX "idx_event_series_place"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_event_series" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "place_id" varchar(36) NOT NULL,
                "title" varchar(100) NOT NULL,
                "type" varchar CHECK(
                    "type" IN ('class', 'festival', 'care', 'talk', 'volunteer')
                ) NOT NULL,
                "weekdays" varchar(20) NOT NULL,
                "start_minute" integer NOT NULL,
                "duration_minutes" integer NOT NULL,
                "session_count" integer NOT NULL,
                "first_starts_at" datetime(3) NOT NULL,
                "last_starts_at" datetime(3) NOT NULL,
                "organizer_id" varchar(36),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                CONSTRAINT "FK_12e384be54306b24c9435dc4d18" FOREIGN KEY ("place_id") REFERENCES "places" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_event_series"(
                    "id",
                    "place_id",
                    "title",
                    "type",
                    "weekdays",
                    "start_minute",
                    "duration_minutes",
                    "session_count",
                    "first_starts_at",
                    "last_starts_at",
                    "organizer_id",
                    "created_at",
                    "updated_at"
                )
            SELECT "id",
                "place_id",
                "title",
                "type",
                "weekdays",
                "start_minute",
                "duration_minutes",
                "session_count",
                "first_starts_at",
                "last_starts_at",
                "organizer_id",
                "created_at",
                "updated_at"
            FROM "event_series"
        `);
        await queryRunner.query(`
            DROP TABLE "event_series"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_event_series"
                RENAME TO "event_series"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_event_series_place" ON "event_series" ("place_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "idx_event_series_place"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_series"
                RENAME TO "temporary_event_series"
        `);
        await queryRunner.query(`
            CREATE TABLE "event_series" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "place_id" varchar(36) NOT NULL,
                "title" varchar(100) NOT NULL,
                "type" varchar CHECK(
                    "type" IN ('class', 'festival', 'care', 'talk', 'volunteer')
                ) NOT NULL,
                "weekdays" varchar(20) NOT NULL,
                "start_minute" integer NOT NULL,
                "duration_minutes" integer NOT NULL,
                "session_count" integer NOT NULL,
                "first_starts_at" datetime(3) NOT NULL,
                "last_starts_at" datetime(3) NOT NULL,
                "organizer_id" varchar(36),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            INSERT INTO "event_series"(
                    "id",
                    "place_id",
                    "title",
                    "type",
                    "weekdays",
                    "start_minute",
                    "duration_minutes",
                    "session_count",
                    "first_starts_at",
                    "last_starts_at",
                    "organizer_id",
                    "created_at",
                    "updated_at"
                )
            SELECT "id",
                "place_id",
                "title",
                "type",
                "weekdays",
                "start_minute",
                "duration_minutes",
                "session_count",
                "first_starts_at",
                "last_starts_at",
                "organizer_id",
                "created_at",
                "updated_at"
            FROM "temporary_event_series"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_event_series"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_event_series_place" ON "event_series" ("place_id")
        `);
        await queryRunner.query(`
            DROP INDEX "uq_events_series_index"
        `);
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
                "messaged_at" datetime(3),
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
                    "organizer_id",
                    "messaged_at"
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
                "organizer_id",
                "messaged_at"
            FROM "temporary_events"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_events"
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
            DROP INDEX "idx_event_series_place"
        `);
        await queryRunner.query(`
            DROP TABLE "event_series"
        `);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795326563349 implements MigrationInterface {
    name = 'Init1795326563349'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "places" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "level" varchar CHECK(
                    "level" IN ('street', 'community', 'grid', 'building')
                ) NOT NULL,
                "name" varchar(64) NOT NULL,
                "parent_id" varchar(36),
                "path" varchar(200) NOT NULL,
                "retired_at" datetime(3),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_places_parent" ON "places" ("parent_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_places_path" ON "places" ("path")
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
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
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
            CREATE TABLE "users" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "nickname" varchar(32) NOT NULL,
                "avatar_url" varchar(500),
                "home_place_id" varchar(36),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_users_home_place" ON "users" ("home_place_id")
        `);
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
            CREATE INDEX "idx_events_place" ON "events" ("place_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_events_status_ends" ON "events" ("status", "ends_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_events_status_starts" ON "events" ("status", "starts_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
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
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
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
            CREATE INDEX "idx_events_status_starts" ON "events" ("status", "starts_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_events_status_ends" ON "events" ("status", "ends_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_events_place" ON "events" ("place_id")
        `);
        await queryRunner.query(`
            DROP INDEX "idx_users_home_place"
        `);
        await queryRunner.query(`
            DROP TABLE "users"
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
            DROP TABLE "events"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_places_path"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_places_parent"
        `);
        await queryRunner.query(`
            DROP TABLE "places"
        `);
    }

}

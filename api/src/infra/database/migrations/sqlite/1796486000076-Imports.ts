import { MigrationInterface, QueryRunner } from "typeorm";

export class Imports1796486000076 implements MigrationInterface {
    name = 'Imports1796486000076'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "households" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "building_id" varchar(36) NOT NULL,
                "unit" varchar(8) NOT NULL,
                "room" varchar(16) NOT NULL,
                "label" varchar(32) NOT NULL,
                "import_id" varchar(36) NOT NULL,
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_households_room" ON "households" ("building_id", "unit", "room")
        `);
        await queryRunner.query(`
            CREATE TABLE "household_residents" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "household_id" varchar(36) NOT NULL,
                "phone_hash" varchar(64) NOT NULL,
                "phone_cipher" varchar(200) NOT NULL,
                "name_cipher" varchar(200) NOT NULL,
                "import_id" varchar(36) NOT NULL,
                "claimed_by" varchar(36),
                "claimed_at" datetime(3),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_household_residents_household" ON "household_residents" ("household_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_household_residents_phone" ON "household_residents" ("phone_hash")
        `);
        await queryRunner.query(`
            CREATE TABLE "imports" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "kind" varchar CHECK(
                    "kind" IN ('places', 'households', 'staff', 'units')
                ) NOT NULL,
                "status" varchar CHECK("status" IN ('applied', 'rejected')) NOT NULL,
                "scope_id" varchar(36) NOT NULL,
                "actor_id" varchar(36) NOT NULL,
                "file_name" varchar(200),
                "file_hash" varchar(64) NOT NULL,
                "row_count" integer NOT NULL,
                "created_count" integer NOT NULL,
                "changed_count" integer NOT NULL,
                "unchanged_count" integer NOT NULL,
                "error_count" integer NOT NULL,
                "breakdown" text NOT NULL,
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_imports_actor" ON "imports" ("actor_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_imports_scope_created" ON "imports" ("scope_id", "created_at")
        `);
        await queryRunner.query(`
            DROP INDEX "idx_places_level_bbox"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_places_parent"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_places_path"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_places" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "level" varchar CHECK(
                    "level" IN ('street', 'community', 'grid', 'building')
                ) NOT NULL,
                "name" varchar(64) NOT NULL,
                "parent_id" varchar(36),
                "path" varchar(200) NOT NULL,
                "retired_at" datetime(3),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "boundary" text,
                "min_lng" double,
                "min_lat" double,
                "max_lng" double,
                "max_lat" double,
                "lng" double,
                "lat" double,
                "unit_count" smallint
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_places"(
                    "id",
                    "level",
                    "name",
                    "parent_id",
                    "path",
                    "retired_at",
                    "created_at",
                    "updated_at",
                    "boundary",
                    "min_lng",
                    "min_lat",
                    "max_lng",
                    "max_lat"
                )
            SELECT "id",
                "level",
                "name",
                "parent_id",
                "path",
                "retired_at",
                "created_at",
                "updated_at",
                "boundary",
                "min_lng",
                "min_lat",
                "max_lng",
                "max_lat"
            FROM "places"
        `);
        await queryRunner.query(`
            DROP TABLE "places"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_places"
                RENAME TO "places"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_places_level_bbox" ON "places" ("level", "min_lng", "max_lng")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_places_parent" ON "places" ("parent_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_places_path" ON "places" ("path")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "idx_places_path"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_places_parent"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_places_level_bbox"
        `);
        await queryRunner.query(`
            ALTER TABLE "places"
                RENAME TO "temporary_places"
        `);
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
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "boundary" text,
                "min_lng" double,
                "min_lat" double,
                "max_lng" double,
                "max_lat" double
            )
        `);
        await queryRunner.query(`
            INSERT INTO "places"(
                    "id",
                    "level",
                    "name",
                    "parent_id",
                    "path",
                    "retired_at",
                    "created_at",
                    "updated_at",
                    "boundary",
                    "min_lng",
                    "min_lat",
                    "max_lng",
                    "max_lat"
                )
            SELECT "id",
                "level",
                "name",
                "parent_id",
                "path",
                "retired_at",
                "created_at",
                "updated_at",
                "boundary",
                "min_lng",
                "min_lat",
                "max_lng",
                "max_lat"
            FROM "temporary_places"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_places"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_places_path" ON "places" ("path")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_places_parent" ON "places" ("parent_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_places_level_bbox" ON "places" ("level", "min_lng", "max_lng")
        `);
        await queryRunner.query(`
            DROP INDEX "idx_imports_scope_created"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_imports_actor"
        `);
        await queryRunner.query(`
            DROP TABLE "imports"
        `);
        await queryRunner.query(`
            DROP INDEX "uq_household_residents_phone"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_household_residents_household"
        `);
        await queryRunner.query(`
            DROP TABLE "household_residents"
        `);
        await queryRunner.query(`
            DROP INDEX "uq_households_room"
        `);
        await queryRunner.query(`
            DROP TABLE "households"
        `);
    }

}

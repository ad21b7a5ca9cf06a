import { MigrationInterface, QueryRunner } from "typeorm";

export class Identity1795327289915 implements MigrationInterface {
    name = 'Identity1795327289915'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "role_grants" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "user_id" varchar(36) NOT NULL,
                "role" varchar CHECK(
                    "role" IN (
                        'resident',
                        'part_time_grid_member',
                        'grid_worker',
                        'organizer',
                        'community_staff',
                        'street_admin'
                    )
                ) NOT NULL,
                "place_id" varchar(36) NOT NULL,
                "active_key" varchar(120),
                "granted_by" varchar(36),
                "revoked_at" datetime(3),
                "revoked_by" varchar(36),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_role_grants_active" ON "role_grants" ("active_key")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_role_grants_place" ON "role_grants" ("place_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_role_grants_user_active" ON "role_grants" ("user_id", "revoked_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "audit_logs" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "actor_id" varchar(36) NOT NULL,
                "action" varchar(48) NOT NULL,
                "target_type" varchar(32) NOT NULL,
                "target_id" varchar(36) NOT NULL,
                "place_id" varchar(36) NOT NULL,
                "details" text,
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_audit_actor" ON "audit_logs" ("actor_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_audit_place_created" ON "audit_logs" ("place_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "refresh_tokens" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "user_id" varchar(36) NOT NULL,
                "family_id" varchar(36) NOT NULL,
                "token_hash" varchar(64) NOT NULL,
                "expires_at" datetime(3) NOT NULL,
                "rotated_at" datetime(3),
                "revoked_at" datetime(3),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_refresh_tokens_user" ON "refresh_tokens" ("user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_refresh_tokens_family" ON "refresh_tokens" ("family_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_refresh_tokens_hash" ON "refresh_tokens" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE TABLE "sms_codes" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "phone_hash" varchar(64) NOT NULL,
                "ip_hash" varchar(64) NOT NULL,
                "window_key" varchar(100) NOT NULL,
                "code_hash" varchar(64) NOT NULL,
                "expires_at" datetime(3) NOT NULL,
                "attempts" integer NOT NULL DEFAULT (0),
                "consumed_at" datetime(3),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_sms_codes_window" ON "sms_codes" ("window_key")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_sms_codes_ip_created" ON "sms_codes" ("ip_hash", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_sms_codes_phone_created" ON "sms_codes" ("phone_hash", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "residence_bindings" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "user_id" varchar(36) NOT NULL,
                "building_id" varchar(36) NOT NULL,
                "household" varchar(32) NOT NULL,
                "status" varchar CHECK(
                    "status" IN ('pending', 'verified', 'rejected', 'withdrawn')
                ) NOT NULL,
                "active_key" varchar(36),
                "reason" varchar(200),
                "reviewed_by" varchar(36),
                "reviewed_at" datetime(3),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_bindings_user" ON "residence_bindings" ("user_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_bindings_active" ON "residence_bindings" ("active_key")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_bindings_status_building" ON "residence_bindings" ("status", "building_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "place_units" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "place_id" varchar(36) NOT NULL,
                "kind" varchar CHECK(
                    "kind" IN (
                        'education_institute',
                        'education_station',
                        'service_point',
                        'service_corner',
                        'co_building_unit',
                        'business'
                    )
                ) NOT NULL,
                "name" varchar(64) NOT NULL,
                "address" varchar(200),
                "retired_at" datetime(3),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_place_units_place_kind" ON "place_units" ("place_id", "kind")
        `);
        await queryRunner.query(`
            CREATE TABLE "rider_applications" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "user_id" varchar(36) NOT NULL,
                "platform" varchar CHECK(
                    "platform" IN ('meituan', 'eleme', 'sf', 'dada', 'other')
                ) NOT NULL,
                "community_id" varchar(36) NOT NULL,
                "grid_ids" text NOT NULL,
                "statement" varchar(300) NOT NULL,
                "status" varchar CHECK(
                    "status" IN (
                        'pending',
                        'approved',
                        'rejected',
                        'revoked',
                        'withdrawn'
                    )
                ) NOT NULL,
                "pending_key" varchar(36),
                "reason" varchar(200),
                "reviewed_by" varchar(36),
                "reviewed_at" datetime(3),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_rider_apps_user" ON "rider_applications" ("user_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_rider_apps_pending" ON "rider_applications" ("pending_key")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_rider_apps_status_community" ON "rider_applications" ("status", "community_id")
        `);
        await queryRunner.query(`
            DROP INDEX "idx_places_path"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_places_parent"
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
                "max_lat" double
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
                    "updated_at"
                )
            SELECT "id",
                "level",
                "name",
                "parent_id",
                "path",
                "retired_at",
                "created_at",
                "updated_at"
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
            CREATE INDEX "idx_places_path" ON "places" ("path")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_places_parent" ON "places" ("parent_id")
        `);
        await queryRunner.query(`
            DROP INDEX "idx_users_home_place"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_users" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "nickname" varchar(32) NOT NULL,
                "avatar_url" varchar(500),
                "home_place_id" varchar(36),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "phone_cipher" varchar(200),
                "phone_hash" varchar(64),
                "wechat_openid" varchar(64),
                "deleted_at" datetime(3)
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_users"(
                    "id",
                    "nickname",
                    "avatar_url",
                    "home_place_id",
                    "created_at",
                    "updated_at"
                )
            SELECT "id",
                "nickname",
                "avatar_url",
                "home_place_id",
                "created_at",
                "updated_at"
            FROM "users"
        `);
        await queryRunner.query(`
            DROP TABLE "users"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_users"
                RENAME TO "users"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_users_home_place" ON "users" ("home_place_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_places_level_bbox" ON "places" ("level", "min_lng", "max_lng")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_phone_hash" ON "users" ("phone_hash")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_wechat_openid" ON "users" ("wechat_openid")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "uq_users_wechat_openid"
        `);
        await queryRunner.query(`
            DROP INDEX "uq_users_phone_hash"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_places_level_bbox"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_users_home_place"
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
                RENAME TO "temporary_users"
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
            INSERT INTO "users"(
                    "id",
                    "nickname",
                    "avatar_url",
                    "home_place_id",
                    "created_at",
                    "updated_at"
                )
            SELECT "id",
                "nickname",
                "avatar_url",
                "home_place_id",
                "created_at",
                "updated_at"
            FROM "temporary_users"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_users"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_users_home_place" ON "users" ("home_place_id")
        `);
        await queryRunner.query(`
            DROP INDEX "idx_places_parent"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_places_path"
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
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
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
                    "updated_at"
                )
            SELECT "id",
                "level",
                "name",
                "parent_id",
                "path",
                "retired_at",
                "created_at",
                "updated_at"
            FROM "temporary_places"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_places"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_places_parent" ON "places" ("parent_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_places_path" ON "places" ("path")
        `);
        await queryRunner.query(`
            DROP INDEX "idx_rider_apps_status_community"
        `);
        await queryRunner.query(`
            DROP INDEX "uq_rider_apps_pending"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_rider_apps_user"
        `);
        await queryRunner.query(`
            DROP TABLE "rider_applications"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_place_units_place_kind"
        `);
        await queryRunner.query(`
            DROP TABLE "place_units"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_bindings_status_building"
        `);
        await queryRunner.query(`
            DROP INDEX "uq_bindings_active"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_bindings_user"
        `);
        await queryRunner.query(`
            DROP TABLE "residence_bindings"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_sms_codes_phone_created"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_sms_codes_ip_created"
        `);
        await queryRunner.query(`
            DROP INDEX "uq_sms_codes_window"
        `);
        await queryRunner.query(`
            DROP TABLE "sms_codes"
        `);
        await queryRunner.query(`
            DROP INDEX "uq_refresh_tokens_hash"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_refresh_tokens_family"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_refresh_tokens_user"
        `);
        await queryRunner.query(`
            DROP TABLE "refresh_tokens"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_audit_place_created"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_audit_actor"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_logs"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_role_grants_user_active"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_role_grants_place"
        `);
        await queryRunner.query(`
            DROP INDEX "uq_role_grants_active"
        `);
        await queryRunner.query(`
            DROP TABLE "role_grants"
        `);
    }

}

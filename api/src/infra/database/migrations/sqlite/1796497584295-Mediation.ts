import { MigrationInterface, QueryRunner } from "typeorm";

export class Mediation1796497584295 implements MigrationInterface {
    name = 'Mediation1796497584295'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "mediation_cases" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "community_id" varchar(36) NOT NULL,
                "kind" varchar CHECK(
                    "kind" IN (
                        'neighbour',
                        'family',
                        'property',
                        'labour',
                        'consumer',
                        'other'
                    )
                ) NOT NULL,
                "status" varchar CHECK(
                    "status" IN (
                        'requested',
                        'accepted',
                        'in_mediation',
                        'resolved',
                        'declined',
                        'withdrawn'
                    )
                ) NOT NULL,
                "source" varchar CHECK("source" IN ('app', 'walk_in', 'phone')) NOT NULL,
                "requester_id" varchar(36),
                "requester_name" varchar(32),
                "requester_phone_cipher" varchar(200),
                "other_member_id" varchar(36),
                "other_name" varchar(32),
                "other_building_id" varchar(36),
                "other_phone_cipher" varchar(200),
                "account" varchar(2000) NOT NULL,
                "hopes" varchar(1000) NOT NULL,
                "preferred_times" varchar(100),
                "opened_by" varchar(36),
                "decline_reason" varchar(200),
                "mediator_id" varchar(36),
                "accept_due_at" datetime(3),
                "accepted_at" datetime(3),
                "first_session_due_at" datetime(3),
                "escalated_stage" varchar(8),
                "escalated_at" datetime(3),
                "outcome" varchar CHECK("outcome" IN ('agreed', 'partial', 'failed')),
                "agreement" varchar(2000),
                "referral" varchar(200),
                "resolved_at" datetime(3),
                "follow_up_due_at" datetime(3),
                "follow_up_held" boolean,
                "follow_up_note" varchar(500),
                "follow_up_at" datetime(3),
                "rating" smallint,
                "rating_comment" varchar(300),
                "rating_follow_up" varchar(8),
                "rating_follow_up_note" varchar(500),
                "rating_follow_up_by" varchar(36),
                "rating_follow_up_at" datetime(3),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_mediation_resolved" ON "mediation_cases" ("resolved_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_mediation_session_due" ON "mediation_cases" ("status", "first_session_due_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_mediation_accept_due" ON "mediation_cases" ("status", "accept_due_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_mediation_mediator" ON "mediation_cases" ("mediator_id", "status")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_mediation_other_member" ON "mediation_cases" ("other_member_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_mediation_requester" ON "mediation_cases" ("requester_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_mediation_community_status" ON "mediation_cases" ("community_id", "status", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "mediation_sessions" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "case_id" varchar(36) NOT NULL,
                "scheduled_at" datetime(3) NOT NULL,
                "venue" varchar(100) NOT NULL,
                "status" varchar(12) NOT NULL,
                "attendees" text,
                "notes" varchar(2000),
                "held_at" datetime(3),
                "created_by" varchar(36) NOT NULL,
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_mediation_sessions_case" ON "mediation_sessions" ("case_id", "scheduled_at")
        `);
        await queryRunner.query(`
            DROP INDEX "idx_role_grants_created"
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
            CREATE TABLE "temporary_role_grants" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "user_id" varchar(36) NOT NULL,
                "role" varchar CHECK(
                    "role" IN (
                        'resident',
                        'part_time_grid_member',
                        'grid_worker',
                        'organizer',
                        'community_staff',
                        'street_admin',
                        'mediator',
                        'mediation_admin'
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
            INSERT INTO "temporary_role_grants"(
                    "id",
                    "user_id",
                    "role",
                    "place_id",
                    "active_key",
                    "granted_by",
                    "revoked_at",
                    "revoked_by",
                    "created_at"
                )
            SELECT "id",
                "user_id",
                "role",
                "place_id",
                "active_key",
                "granted_by",
                "revoked_at",
                "revoked_by",
                "created_at"
            FROM "role_grants"
        `);
        await queryRunner.query(`
            DROP TABLE "role_grants"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_role_grants"
                RENAME TO "role_grants"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_role_grants_created" ON "role_grants" ("created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_role_grants_user_active" ON "role_grants" ("user_id", "revoked_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_role_grants_place" ON "role_grants" ("place_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_role_grants_active" ON "role_grants" ("active_key")
        `);
        await queryRunner.query(`
            DROP INDEX "idx_photos_owner_created"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_photos_attached"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_photos" (
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
            CREATE INDEX "idx_photos_owner_created" ON "photos" ("owner_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_photos_attached" ON "photos" ("attached_to")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "idx_photos_attached"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_photos_owner_created"
        `);
        await queryRunner.query(`
            ALTER TABLE "photos"
                RENAME TO "temporary_photos"
        `);
        await queryRunner.query(`
            CREATE TABLE "photos" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "owner_id" varchar(36) NOT NULL,
                "purpose" varchar CHECK("purpose" IN ('report', 'order_proof')) NOT NULL,
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
            CREATE INDEX "idx_photos_attached" ON "photos" ("attached_to")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_photos_owner_created" ON "photos" ("owner_id", "created_at")
        `);
        await queryRunner.query(`
            DROP INDEX "uq_role_grants_active"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_role_grants_place"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_role_grants_user_active"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_role_grants_created"
        `);
        await queryRunner.query(`
            ALTER TABLE "role_grants"
                RENAME TO "temporary_role_grants"
        `);
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
            INSERT INTO "role_grants"(
                    "id",
                    "user_id",
                    "role",
                    "place_id",
                    "active_key",
                    "granted_by",
                    "revoked_at",
                    "revoked_by",
                    "created_at"
                )
            SELECT "id",
                "user_id",
                "role",
                "place_id",
                "active_key",
                "granted_by",
                "revoked_at",
                "revoked_by",
                "created_at"
            FROM "temporary_role_grants"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_role_grants"
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
            CREATE INDEX "idx_role_grants_created" ON "role_grants" ("created_at")
        `);
        await queryRunner.query(`
            DROP INDEX "idx_mediation_sessions_case"
        `);
        await queryRunner.query(`
            DROP TABLE "mediation_sessions"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_mediation_community_status"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_mediation_requester"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_mediation_other_member"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_mediation_mediator"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_mediation_accept_due"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_mediation_session_due"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_mediation_resolved"
        `);
        await queryRunner.query(`
            DROP TABLE "mediation_cases"
        `);
    }

}

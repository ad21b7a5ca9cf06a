import { MigrationInterface, QueryRunner } from "typeorm";

export class PatrolsJobs1796500453503 implements MigrationInterface {
    name = 'PatrolsJobs1796500453503'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "job_seekers" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "community_id" varchar(36) NOT NULL,
                "grid_id" varchar(36) NOT NULL,
                "care_record_id" varchar(36),
                "name_cipher" varchar(200) NOT NULL,
                "name_mask" varchar(16) NOT NULL,
                "phone_cipher" varchar(200),
                "skills" varchar(300) NOT NULL,
                "wishes" varchar(300) NOT NULL,
                "status" varchar(8) NOT NULL,
                "created_by" varchar(36) NOT NULL,
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_job_seekers_grid_status" ON "job_seekers" ("grid_id", "status")
        `);
        await queryRunner.query(`
            CREATE TABLE "job_services" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "seeker_id" varchar(36) NOT NULL,
                "kind" varchar(12) NOT NULL,
                "title" varchar(100) NOT NULL,
                "provider" varchar(64) NOT NULL,
                "service_on" varchar(10) NOT NULL,
                "outcome" varchar(10) NOT NULL,
                "outcome_note" varchar(200),
                "outcome_at" datetime(3),
                "recorded_by" varchar(36) NOT NULL,
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_job_services_seeker" ON "job_services" ("seeker_id", "service_on")
        `);
        await queryRunner.query(`
            CREATE TABLE "care_patrols" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "grid_id" varchar(36) NOT NULL,
                "community_id" varchar(36) NOT NULL,
                "worker_id" varchar(36) NOT NULL,
                "note" varchar(200),
                "started_at" datetime(3) NOT NULL,
                "ended_at" datetime(3)
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_care_patrols_grid_started" ON "care_patrols" ("grid_id", "started_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "care_patrol_observations" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "patrol_id" varchar(36) NOT NULL,
                "at" datetime(3) NOT NULL,
                "text" varchar(500) NOT NULL,
                "lng" double,
                "lat" double,
                "report_id" varchar(36)
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_patrol_observations_patrol" ON "care_patrol_observations" ("patrol_id", "at")
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
                    "purpose" IN (
                        'report',
                        'order_proof',
                        'mediation_agreement',
                        'care_visit',
                        'patrol_observation'
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
            DROP INDEX "idx_patrol_observations_patrol"
        `);
        await queryRunner.query(`
            DROP TABLE "care_patrol_observations"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_care_patrols_grid_started"
        `);
        await queryRunner.query(`
            DROP TABLE "care_patrols"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_job_services_seeker"
        `);
        await queryRunner.query(`
            DROP TABLE "job_services"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_job_seekers_grid_status"
        `);
        await queryRunner.query(`
            DROP TABLE "job_seekers"
        `);
    }

}

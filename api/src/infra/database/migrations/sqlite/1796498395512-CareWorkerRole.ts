import { MigrationInterface, QueryRunner } from "typeorm";

export class CareWorkerRole1796498395512 implements MigrationInterface {
    name = 'CareWorkerRole1796498395512'

    public async up(queryRunner: QueryRunner): Promise<void> {
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
                        'mediation_admin',
                        'care_worker'
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
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
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
    }

}

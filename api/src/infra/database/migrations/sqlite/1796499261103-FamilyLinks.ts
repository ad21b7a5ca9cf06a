import { MigrationInterface, QueryRunner } from "typeorm";

export class FamilyLinks1796499261103 implements MigrationInterface {
    name = 'FamilyLinks1796499261103'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "family_links" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "parent_id" varchar(36) NOT NULL,
                "child_id" varchar(36) NOT NULL,
                "relation" varchar(16) NOT NULL,
                "status" varchar(8) NOT NULL,
                "live_key" varchar(80),
                "confirmed_by" varchar(8),
                "confirmed_by_staff" varchar(36),
                "confirmed_at" datetime(3),
                "ended_at" datetime(3),
                "ended_by" varchar(36),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_family_links_live" ON "family_links" ("live_key")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_family_links_child" ON "family_links" ("child_id", "status")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_family_links_parent" ON "family_links" ("parent_id", "status")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "idx_family_links_parent"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_family_links_child"
        `);
        await queryRunner.query(`
            DROP INDEX "uq_family_links_live"
        `);
        await queryRunner.query(`
            DROP TABLE "family_links"
        `);
    }

}

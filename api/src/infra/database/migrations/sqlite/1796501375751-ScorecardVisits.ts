import { MigrationInterface, QueryRunner } from "typeorm";

export class ScorecardVisits1796501375751 implements MigrationInterface {
    name = 'ScorecardVisits1796501375751'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "temporary_scorecard_weights" (
                "street_id" varchar(36) PRIMARY KEY NOT NULL,
                "on_time" integer NOT NULL,
                "satisfaction" integer NOT NULL,
                "reopen" integer NOT NULL,
                "participation" integer NOT NULL,
                "updated_by" varchar(36),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "visits" integer NOT NULL DEFAULT (0)
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_scorecard_weights"(
                    "street_id",
                    "on_time",
                    "satisfaction",
                    "reopen",
                    "participation",
                    "updated_by",
                    "updated_at"
                )
            SELECT "street_id",
                "on_time",
                "satisfaction",
                "reopen",
                "participation",
                "updated_by",
                "updated_at"
            FROM "scorecard_weights"
        `);
        await queryRunner.query(`
            DROP TABLE "scorecard_weights"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_scorecard_weights"
                RENAME TO "scorecard_weights"
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "scorecard_weights"
                RENAME TO "temporary_scorecard_weights"
        `);
        await queryRunner.query(`
            CREATE TABLE "scorecard_weights" (
                "street_id" varchar(36) PRIMARY KEY NOT NULL,
                "on_time" integer NOT NULL,
                "satisfaction" integer NOT NULL,
                "reopen" integer NOT NULL,
                "participation" integer NOT NULL,
                "updated_by" varchar(36),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            INSERT INTO "scorecard_weights"(
                    "street_id",
                    "on_time",
                    "satisfaction",
                    "reopen",
                    "participation",
                    "updated_by",
                    "updated_at"
                )
            SELECT "street_id",
                "on_time",
                "satisfaction",
                "reopen",
                "participation",
                "updated_by",
                "updated_at"
            FROM "temporary_scorecard_weights"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_scorecard_weights"
        `);
    }

}

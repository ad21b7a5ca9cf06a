import { MigrationInterface, QueryRunner } from "typeorm";

export class ScanNoncePerEvent1796474838101 implements MigrationInterface {
    name = 'ScanNoncePerEvent1796474838101'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "idx_scans_event_review"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_event_scans" (
                "nonce" varchar(64) NOT NULL,
                "event_id" varchar(36) NOT NULL,
                "registration_id" varchar(36),
                "scanner_id" varchar(36) NOT NULL,
                "outcome" varchar(24) NOT NULL,
                "checkin_id" varchar(36),
                "needs_review" boolean NOT NULL DEFAULT (0),
                "scanned_at" datetime(3) NOT NULL,
                PRIMARY KEY ("nonce", "event_id")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_event_scans"(
                    "nonce",
                    "event_id",
                    "registration_id",
                    "scanner_id",
                    "outcome",
                    "checkin_id",
                    "needs_review",
                    "scanned_at"
                )
            SELECT "nonce",
                "event_id",
                "registration_id",
                "scanner_id",
                "outcome",
                "checkin_id",
                "needs_review",
                "scanned_at"
            FROM "event_scans"
        `);
        await queryRunner.query(`
            DROP TABLE "event_scans"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_event_scans"
                RENAME TO "event_scans"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_scans_event_review" ON "event_scans" ("event_id", "needs_review")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "idx_scans_event_review"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_scans"
                RENAME TO "temporary_event_scans"
        `);
        await queryRunner.query(`
            CREATE TABLE "event_scans" (
                "nonce" varchar(64) PRIMARY KEY NOT NULL,
                "event_id" varchar(36) NOT NULL,
                "registration_id" varchar(36),
                "scanner_id" varchar(36) NOT NULL,
                "outcome" varchar(24) NOT NULL,
                "checkin_id" varchar(36),
                "needs_review" boolean NOT NULL DEFAULT (0),
                "scanned_at" datetime(3) NOT NULL
            )
        `);
        await queryRunner.query(`
            INSERT INTO "event_scans"(
                    "nonce",
                    "event_id",
                    "registration_id",
                    "scanner_id",
                    "outcome",
                    "checkin_id",
                    "needs_review",
                    "scanned_at"
                )
            SELECT "nonce",
                "event_id",
                "registration_id",
                "scanner_id",
                "outcome",
                "checkin_id",
                "needs_review",
                "scanned_at"
            FROM "temporary_event_scans"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_event_scans"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_scans_event_review" ON "event_scans" ("event_id", "needs_review")
        `);
    }

}

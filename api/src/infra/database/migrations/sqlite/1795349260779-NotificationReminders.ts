import { MigrationInterface, QueryRunner } from "typeorm";

export class NotificationReminders1795349260779 implements MigrationInterface {
    name = 'NotificationReminders1795349260779'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "idx_notifications_user_read"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_notifications_user_created"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_notifications" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "user_id" varchar(36) NOT NULL,
                "kind" varchar(32) NOT NULL,
                "title" varchar(64) NOT NULL,
                "body" varchar(300) NOT NULL,
                "report_id" varchar(36),
                "read_at" datetime(3),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "event_id" varchar(36),
                "push_state" varchar(16),
                "push_attempts" integer NOT NULL DEFAULT (0),
                "push_claimed_at" datetime(3)
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_notifications"(
                    "id",
                    "user_id",
                    "kind",
                    "title",
                    "body",
                    "report_id",
                    "read_at",
                    "created_at",
                    "event_id"
                )
            SELECT "id",
                "user_id",
                "kind",
                "title",
                "body",
                "report_id",
                "read_at",
                "created_at",
                "event_id"
            FROM "notifications"
        `);
        await queryRunner.query(`
            DROP TABLE "notifications"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_notifications"
                RENAME TO "notifications"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_notifications_user_read" ON "notifications" ("user_id", "read_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_notifications_user_created" ON "notifications" ("user_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_notifications_push" ON "notifications" ("push_state", "id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "idx_notifications_push"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_notifications_user_created"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_notifications_user_read"
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications"
                RENAME TO "temporary_notifications"
        `);
        await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "user_id" varchar(36) NOT NULL,
                "kind" varchar(32) NOT NULL,
                "title" varchar(64) NOT NULL,
                "body" varchar(300) NOT NULL,
                "report_id" varchar(36),
                "read_at" datetime(3),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "event_id" varchar(36)
            )
        `);
        await queryRunner.query(`
            INSERT INTO "notifications"(
                    "id",
                    "user_id",
                    "kind",
                    "title",
                    "body",
                    "report_id",
                    "read_at",
                    "created_at",
                    "event_id"
                )
            SELECT "id",
                "user_id",
                "kind",
                "title",
                "body",
                "report_id",
                "read_at",
                "created_at",
                "event_id"
            FROM "temporary_notifications"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_notifications"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_notifications_user_created" ON "notifications" ("user_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_notifications_user_read" ON "notifications" ("user_id", "read_at")
        `);
    }

}

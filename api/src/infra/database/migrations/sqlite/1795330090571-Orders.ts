import { MigrationInterface, QueryRunner } from "typeorm";

export class Orders1795330090571 implements MigrationInterface {
    name = 'Orders1795330090571'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "user_id" varchar(36) NOT NULL,
                "kind" varchar(32) NOT NULL,
                "title" varchar(64) NOT NULL,
                "body" varchar(300) NOT NULL,
                "report_id" varchar(36),
                "read_at" datetime(3),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_notifications_user_created" ON "notifications" ("user_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "follow_ups" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "report_id" varchar(36) NOT NULL,
                "community_id" varchar(36) NOT NULL,
                "rating" integer NOT NULL,
                "comment" varchar(300),
                "status" varchar(8) NOT NULL,
                "done_at" datetime(3),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_follow_ups_report" ON "follow_ups" ("report_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_follow_ups_community_status" ON "follow_ups" ("community_id", "status")
        `);
        await queryRunner.query(`
            CREATE TABLE "grid_orders" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "report_id" varchar(36) NOT NULL,
                "grid_id" varchar(36) NOT NULL,
                "community_id" varchar(36) NOT NULL,
                "status" varchar CHECK(
                    "status" IN (
                        'open',
                        'claimed',
                        'in_progress',
                        'done',
                        'confirmed',
                        'closed',
                        'cancelled'
                    )
                ) NOT NULL,
                "handler_id" varchar(36),
                "claimed_at" datetime(3),
                "deadline_at" datetime(3),
                "escalation" varchar CHECK("escalation" IN ('grid', 'community', 'street')) NOT NULL DEFAULT ('grid'),
                "reopen_count" integer NOT NULL DEFAULT (0),
                "rating" integer,
                "rating_comment" varchar(300),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_orders_report" ON "grid_orders" ("report_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_orders_community_status" ON "grid_orders" ("community_id", "status")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_orders_handler_status" ON "grid_orders" ("handler_id", "status")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_orders_status_deadline" ON "grid_orders" ("status", "deadline_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_orders_grid_status" ON "grid_orders" ("grid_id", "status")
        `);
        await queryRunner.query(`
            CREATE TABLE "handler_loads" (
                "user_id" varchar(36) PRIMARY KEY NOT NULL,
                "active" integer NOT NULL DEFAULT (0)
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "order_history" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "order_id" varchar(36) NOT NULL,
                "action" varchar(24) NOT NULL,
                "from_status" varchar CHECK(
                    "from_status" IN (
                        'open',
                        'claimed',
                        'in_progress',
                        'done',
                        'confirmed',
                        'closed',
                        'cancelled'
                    )
                ),
                "to_status" varchar CHECK(
                    "to_status" IN (
                        'open',
                        'claimed',
                        'in_progress',
                        'done',
                        'confirmed',
                        'closed',
                        'cancelled'
                    )
                ) NOT NULL,
                "actor_id" varchar(36),
                "note" varchar(300),
                "created_at" datetime(3) NOT NULL
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_order_history_order_created" ON "order_history" ("order_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "reports" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "kind" varchar CHECK("kind" IN ('report', 'need')) NOT NULL,
                "category_id" varchar(36) NOT NULL,
                "community_id" varchar(36) NOT NULL,
                "grid_id" varchar(36) NOT NULL,
                "building_id" varchar(36),
                "reporter_id" varchar(36) NOT NULL,
                "text" varchar(500) NOT NULL,
                "location_detail" varchar(100),
                "lng" double,
                "lat" double,
                "preferred_time" varchar(64),
                "me_too_count" integer NOT NULL DEFAULT (0),
                "verified_at" datetime(3),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_reports_community_created" ON "reports" ("community_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_reports_grid_category" ON "reports" ("grid_id", "category_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_reports_reporter_created" ON "reports" ("reporter_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "report_categories" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "community_id" varchar(36) NOT NULL,
                "name" varchar(32) NOT NULL,
                "kind" varchar CHECK("kind" IN ('report', 'need')) NOT NULL,
                "open_hours" integer NOT NULL,
                "claimed_hours" integer NOT NULL,
                "in_progress_hours" integer NOT NULL,
                "active" boolean NOT NULL DEFAULT (1),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_report_categories_name" ON "report_categories" ("community_id", "name")
        `);
        await queryRunner.query(`
            CREATE TABLE "report_me_toos" (
                "report_id" varchar(36) NOT NULL,
                "user_id" varchar(36) NOT NULL,
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                PRIMARY KEY ("report_id", "user_id")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "report_me_toos"
        `);
        await queryRunner.query(`
            DROP INDEX "uq_report_categories_name"
        `);
        await queryRunner.query(`
            DROP TABLE "report_categories"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_reports_reporter_created"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_reports_grid_category"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_reports_community_created"
        `);
        await queryRunner.query(`
            DROP TABLE "reports"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_order_history_order_created"
        `);
        await queryRunner.query(`
            DROP TABLE "order_history"
        `);
        await queryRunner.query(`
            DROP TABLE "handler_loads"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_orders_grid_status"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_orders_status_deadline"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_orders_handler_status"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_orders_community_status"
        `);
        await queryRunner.query(`
            DROP INDEX "uq_orders_report"
        `);
        await queryRunner.query(`
            DROP TABLE "grid_orders"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_follow_ups_community_status"
        `);
        await queryRunner.query(`
            DROP INDEX "uq_follow_ups_report"
        `);
        await queryRunner.query(`
            DROP TABLE "follow_ups"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_notifications_user_created"
        `);
        await queryRunner.query(`
            DROP TABLE "notifications"
        `);
    }

}

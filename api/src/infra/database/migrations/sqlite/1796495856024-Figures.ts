import { MigrationInterface, QueryRunner } from "typeorm";

export class Figures1796495856024 implements MigrationInterface {
    name = 'Figures1796495856024'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "figure_rollups" (
                "place_id" varchar(36) NOT NULL,
                "grain" varchar(8) NOT NULL,
                "period_start" varchar(10) NOT NULL,
                "metric" varchar(24) NOT NULL,
                "value" integer NOT NULL,
                PRIMARY KEY ("place_id", "grain", "period_start", "metric")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_figure_rollups_period" ON "figure_rollups" ("grain", "period_start")
        `);
        await queryRunner.query(`
            CREATE TABLE "figure_runs" (
                "name" varchar(24) PRIMARY KEY NOT NULL,
                "lease_until" datetime(3),
                "holder" varchar(36),
                "finished_at" datetime(3),
                "deep_day" varchar(10)
            )
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
            DROP INDEX "uq_orders_report"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_orders_community_status"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_orders_handler_status"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_orders_status_deadline"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_orders_grid_status"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_grid_orders" (
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
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "promised_at" datetime(3),
                "resolved_at" datetime(3)
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_grid_orders"(
                    "id",
                    "report_id",
                    "grid_id",
                    "community_id",
                    "status",
                    "handler_id",
                    "claimed_at",
                    "deadline_at",
                    "escalation",
                    "reopen_count",
                    "rating",
                    "rating_comment",
                    "created_at",
                    "updated_at",
                    "promised_at"
                )
            SELECT "id",
                "report_id",
                "grid_id",
                "community_id",
                "status",
                "handler_id",
                "claimed_at",
                "deadline_at",
                "escalation",
                "reopen_count",
                "rating",
                "rating_comment",
                "created_at",
                "updated_at",
                "promised_at"
            FROM "grid_orders"
        `);
        await queryRunner.query(`
            DROP TABLE "grid_orders"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_grid_orders"
                RENAME TO "grid_orders"
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
            CREATE INDEX "idx_orders_grid_status" ON "grid_orders" ("grid_id", "status", "deadline_at")
        `);
        await queryRunner.query(`
            DROP INDEX "idx_order_history_order_created"
        `);
        await queryRunner.query(`
            CREATE TABLE "temporary_order_history" (
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
                "created_at" datetime(3) NOT NULL,
                "late" boolean
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_order_history"(
                    "id",
                    "order_id",
                    "action",
                    "from_status",
                    "to_status",
                    "actor_id",
                    "note",
                    "created_at"
                )
            SELECT "id",
                "order_id",
                "action",
                "from_status",
                "to_status",
                "actor_id",
                "note",
                "created_at"
            FROM "order_history"
        `);
        await queryRunner.query(`
            DROP TABLE "order_history"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_order_history"
                RENAME TO "order_history"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_order_history_order_created" ON "order_history" ("order_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_role_grants_created" ON "role_grants" ("created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_orders_community_resolved" ON "grid_orders" ("community_id", "resolved_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_order_history_created" ON "order_history" ("created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_reports_created" ON "reports" ("created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_points_entries_created" ON "points_entries" ("created_at")
        `);
        // Orders confirmed before resolved_at was kept: the time of their confirmation step.
        await queryRunner.query(`
            UPDATE grid_orders SET resolved_at = (
                SELECT MAX(h.created_at) FROM order_history h
                WHERE h.order_id = grid_orders.id AND h.action IN ('confirmed', 'auto_confirmed')
            ) WHERE status IN ('confirmed', 'closed')
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "idx_points_entries_created"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_reports_created"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_order_history_created"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_orders_community_resolved"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_role_grants_created"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_order_history_order_created"
        `);
        await queryRunner.query(`
            ALTER TABLE "order_history"
                RENAME TO "temporary_order_history"
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
            INSERT INTO "order_history"(
                    "id",
                    "order_id",
                    "action",
                    "from_status",
                    "to_status",
                    "actor_id",
                    "note",
                    "created_at"
                )
            SELECT "id",
                "order_id",
                "action",
                "from_status",
                "to_status",
                "actor_id",
                "note",
                "created_at"
            FROM "temporary_order_history"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_order_history"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_order_history_order_created" ON "order_history" ("order_id", "created_at")
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
            ALTER TABLE "grid_orders"
                RENAME TO "temporary_grid_orders"
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
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "promised_at" datetime(3)
            )
        `);
        await queryRunner.query(`
            INSERT INTO "grid_orders"(
                    "id",
                    "report_id",
                    "grid_id",
                    "community_id",
                    "status",
                    "handler_id",
                    "claimed_at",
                    "deadline_at",
                    "escalation",
                    "reopen_count",
                    "rating",
                    "rating_comment",
                    "created_at",
                    "updated_at",
                    "promised_at"
                )
            SELECT "id",
                "report_id",
                "grid_id",
                "community_id",
                "status",
                "handler_id",
                "claimed_at",
                "deadline_at",
                "escalation",
                "reopen_count",
                "rating",
                "rating_comment",
                "created_at",
                "updated_at",
                "promised_at"
            FROM "temporary_grid_orders"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_grid_orders"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_orders_grid_status" ON "grid_orders" ("grid_id", "status", "deadline_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_orders_status_deadline" ON "grid_orders" ("status", "deadline_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_orders_handler_status" ON "grid_orders" ("handler_id", "status")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_orders_community_status" ON "grid_orders" ("community_id", "status")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_orders_report" ON "grid_orders" ("report_id")
        `);
        await queryRunner.query(`
            DROP TABLE "scorecard_weights"
        `);
        await queryRunner.query(`
            DROP TABLE "figure_runs"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_figure_rollups_period"
        `);
        await queryRunner.query(`
            DROP TABLE "figure_rollups"
        `);
    }

}

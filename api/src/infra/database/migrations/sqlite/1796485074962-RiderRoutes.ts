import { MigrationInterface, QueryRunner } from "typeorm";

export class RiderRoutes1796485074962 implements MigrationInterface {
    name = 'RiderRoutes1796485074962'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "rider_free_windows" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "user_id" varchar(36) NOT NULL,
                "start_minute" smallint NOT NULL,
                "end_minute" smallint NOT NULL,
                "weekdays" smallint NOT NULL DEFAULT (0),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_rider_free_windows_user" ON "rider_free_windows" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "rider_routes" (
                "user_id" varchar(36) PRIMARY KEY NOT NULL,
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "rider_route_places" (
                "user_id" varchar(36) NOT NULL,
                "place_id" varchar(36) NOT NULL,
                "grid_id" varchar(36) NOT NULL,
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                PRIMARY KEY ("user_id", "place_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_rider_route_places_grid" ON "rider_route_places" ("grid_id")
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
                "promised_at" datetime(3)
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
                    "updated_at"
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
                "updated_at"
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
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
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
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
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
                    "updated_at"
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
                "updated_at"
            FROM "temporary_grid_orders"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_grid_orders"
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
            DROP INDEX "idx_rider_route_places_grid"
        `);
        await queryRunner.query(`
            DROP TABLE "rider_route_places"
        `);
        await queryRunner.query(`
            DROP TABLE "rider_routes"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_rider_free_windows_user"
        `);
        await queryRunner.query(`
            DROP TABLE "rider_free_windows"
        `);
    }

}

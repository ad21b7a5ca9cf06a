import { MigrationInterface, QueryRunner } from "typeorm";

export class Points1795328083855 implements MigrationInterface {
    name = 'Points1795328083855'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "honours" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "community_id" varchar(36) NOT NULL,
                "kind" varchar CHECK("kind" IN ('person', 'business')) NOT NULL,
                "member_id" varchar(36),
                "business_unit_id" varchar(36),
                "citation" varchar(300) NOT NULL,
                "publish_days" integer NOT NULL,
                "status" varchar CHECK(
                    "status" IN ('nominated', 'published', 'rejected', 'archived')
                ) NOT NULL,
                "nominated_by" varchar(36) NOT NULL,
                "approved_by" varchar(36),
                "reason" varchar(200),
                "published_from" datetime(3),
                "published_until" datetime(3),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_honours_community_status" ON "honours" ("community_id", "status", "published_until")
        `);
        await queryRunner.query(`
            CREATE TABLE "mall_items" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "community_id" varchar(36) NOT NULL,
                "business_unit_id" varchar(36),
                "name" varchar(60) NOT NULL,
                "picture_url" varchar(500),
                "points_price" integer NOT NULL,
                "stock" integer NOT NULL,
                "per_member_limit" integer NOT NULL,
                "pickup_place" varchar(100) NOT NULL,
                "on_shelf" boolean NOT NULL DEFAULT (1),
                "created_by" varchar(36),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_mall_items_community_shelf" ON "mall_items" ("community_id", "on_shelf")
        `);
        await queryRunner.query(`
            CREATE TABLE "mall_member_counts" (
                "item_id" varchar(36) NOT NULL,
                "member_id" varchar(36) NOT NULL,
                "count" integer NOT NULL DEFAULT (0),
                PRIMARY KEY ("item_id", "member_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "mall_redemptions" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "item_id" varchar(36) NOT NULL,
                "member_id" varchar(36) NOT NULL,
                "community_id" varchar(36) NOT NULL,
                "points" integer NOT NULL,
                "status" varchar CHECK(
                    "status" IN (
                        'awaiting_pickup',
                        'collected',
                        'cancelled',
                        'expired'
                    )
                ) NOT NULL,
                "pickup_code" varchar(8) NOT NULL,
                "expires_at" datetime(3) NOT NULL,
                "collected_at" datetime(3),
                "collected_by" varchar(36),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_redemptions_pickup_code" ON "mall_redemptions" ("pickup_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_redemptions_community_status" ON "mall_redemptions" ("community_id", "status")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_redemptions_status_expires" ON "mall_redemptions" ("status", "expires_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_redemptions_member_created" ON "mall_redemptions" ("member_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "points_accounts" (
                "member_id" varchar(36) PRIMARY KEY NOT NULL,
                "balance" integer NOT NULL DEFAULT (0),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "points_cap_counters" (
                "member_id" varchar(36) NOT NULL,
                "source" varchar CHECK(
                    "source" IN (
                        'report_verified',
                        'order_completed',
                        'event_attended',
                        'volunteer_hours',
                        'quiz',
                        'video',
                        'staff_award',
                        'redemption',
                        'refund',
                        'reversal',
                        'expiry'
                    )
                ) NOT NULL,
                "period_key" varchar(12) NOT NULL,
                "total" integer NOT NULL DEFAULT (0),
                PRIMARY KEY ("member_id", "source", "period_key")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "points_entries" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "member_id" varchar(36) NOT NULL,
                "community_id" varchar(36) NOT NULL,
                "amount" integer NOT NULL,
                "source" varchar CHECK(
                    "source" IN (
                        'report_verified',
                        'order_completed',
                        'event_attended',
                        'volunteer_hours',
                        'quiz',
                        'video',
                        'staff_award',
                        'redemption',
                        'refund',
                        'reversal',
                        'expiry'
                    )
                ) NOT NULL,
                "source_id" varchar(64) NOT NULL,
                "idempotency_key" varchar(100) NOT NULL,
                "actor_id" varchar(36),
                "reason" varchar(200),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_points_entries_member_created" ON "points_entries" ("member_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_points_entries_member_key" ON "points_entries" ("member_id", "idempotency_key")
        `);
        await queryRunner.query(`
            CREATE TABLE "points_rules" (
                "community_id" varchar(36) NOT NULL,
                "source" varchar CHECK(
                    "source" IN (
                        'report_verified',
                        'order_completed',
                        'event_attended',
                        'volunteer_hours',
                        'quiz',
                        'video'
                    )
                ) NOT NULL,
                "points" integer NOT NULL,
                "daily_cap" integer,
                "monthly_cap" integer,
                "enabled" boolean NOT NULL DEFAULT (1),
                "updated_by" varchar(36),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                PRIMARY KEY ("community_id", "source")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "points_tallies" (
                "place_id" varchar(36) NOT NULL,
                "period_key" varchar(12) NOT NULL,
                "member_id" varchar(36) NOT NULL,
                "points" integer NOT NULL DEFAULT (0),
                PRIMARY KEY ("place_id", "period_key", "member_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_points_tallies_board" ON "points_tallies" ("place_id", "period_key", "points")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "idx_points_tallies_board"
        `);
        await queryRunner.query(`
            DROP TABLE "points_tallies"
        `);
        await queryRunner.query(`
            DROP TABLE "points_rules"
        `);
        await queryRunner.query(`
            DROP INDEX "uq_points_entries_member_key"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_points_entries_member_created"
        `);
        await queryRunner.query(`
            DROP TABLE "points_entries"
        `);
        await queryRunner.query(`
            DROP TABLE "points_cap_counters"
        `);
        await queryRunner.query(`
            DROP TABLE "points_accounts"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_redemptions_member_created"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_redemptions_status_expires"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_redemptions_community_status"
        `);
        await queryRunner.query(`
            DROP INDEX "uq_redemptions_pickup_code"
        `);
        await queryRunner.query(`
            DROP TABLE "mall_redemptions"
        `);
        await queryRunner.query(`
            DROP TABLE "mall_member_counts"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_mall_items_community_shelf"
        `);
        await queryRunner.query(`
            DROP TABLE "mall_items"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_honours_community_status"
        `);
        await queryRunner.query(`
            DROP TABLE "honours"
        `);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

export class Points1795328081870 implements MigrationInterface {
    name = 'Points1795328081870'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE \`honours\` (
                \`id\` varchar(36) NOT NULL,
                \`community_id\` varchar(36) NOT NULL,
                \`kind\` enum ('person', 'business') NOT NULL,
                \`member_id\` varchar(36) NULL,
                \`business_unit_id\` varchar(36) NULL,
                \`citation\` varchar(300) NOT NULL,
                \`publish_days\` int NOT NULL,
                \`status\` enum ('nominated', 'published', 'rejected', 'archived') NOT NULL,
                \`nominated_by\` varchar(36) NOT NULL,
                \`approved_by\` varchar(36) NULL,
                \`reason\` varchar(200) NULL,
                \`published_from\` datetime(3) NULL,
                \`published_until\` datetime(3) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`idx_honours_community_status\` (\`community_id\`, \`status\`, \`published_until\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`mall_items\` (
                \`id\` varchar(36) NOT NULL,
                \`community_id\` varchar(36) NOT NULL,
                \`business_unit_id\` varchar(36) NULL,
                \`name\` varchar(60) NOT NULL,
                \`picture_url\` varchar(500) NULL,
                \`points_price\` int NOT NULL,
                \`stock\` int NOT NULL,
                \`per_member_limit\` int NOT NULL,
                \`pickup_place\` varchar(100) NOT NULL,
                \`on_shelf\` tinyint NOT NULL DEFAULT 1,
                \`created_by\` varchar(36) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`idx_mall_items_community_shelf\` (\`community_id\`, \`on_shelf\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`mall_member_counts\` (
                \`item_id\` varchar(36) NOT NULL,
                \`member_id\` varchar(36) NOT NULL,
                \`count\` int NOT NULL DEFAULT '0',
                PRIMARY KEY (\`item_id\`, \`member_id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`mall_redemptions\` (
                \`id\` varchar(36) NOT NULL,
                \`item_id\` varchar(36) NOT NULL,
                \`member_id\` varchar(36) NOT NULL,
                \`community_id\` varchar(36) NOT NULL,
                \`points\` int NOT NULL,
                \`status\` enum (
                    'awaiting_pickup',
                    'collected',
                    'cancelled',
                    'expired'
                ) NOT NULL,
                \`pickup_code\` varchar(8) NOT NULL,
                \`expires_at\` datetime(3) NOT NULL,
                \`collected_at\` datetime(3) NULL,
                \`collected_by\` varchar(36) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                UNIQUE INDEX \`uq_redemptions_pickup_code\` (\`pickup_code\`),
                INDEX \`idx_redemptions_community_status\` (\`community_id\`, \`status\`),
                INDEX \`idx_redemptions_status_expires\` (\`status\`, \`expires_at\`),
                INDEX \`idx_redemptions_member_created\` (\`member_id\`, \`created_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`points_accounts\` (
                \`member_id\` varchar(36) NOT NULL,
                \`balance\` int NOT NULL DEFAULT '0',
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                PRIMARY KEY (\`member_id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`points_cap_counters\` (
                \`member_id\` varchar(36) NOT NULL,
                \`source\` enum (
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
                ) NOT NULL,
                \`period_key\` varchar(12) NOT NULL,
                \`total\` int NOT NULL DEFAULT '0',
                PRIMARY KEY (\`member_id\`, \`source\`, \`period_key\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`points_entries\` (
                \`id\` varchar(36) NOT NULL,
                \`member_id\` varchar(36) NOT NULL,
                \`community_id\` varchar(36) NOT NULL,
                \`amount\` int NOT NULL,
                \`source\` enum (
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
                ) NOT NULL,
                \`source_id\` varchar(64) NOT NULL,
                \`idempotency_key\` varchar(100) NOT NULL,
                \`actor_id\` varchar(36) NULL,
                \`reason\` varchar(200) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`idx_points_entries_member_created\` (\`member_id\`, \`created_at\`),
                UNIQUE INDEX \`uq_points_entries_member_key\` (\`member_id\`, \`idempotency_key\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`points_rules\` (
                \`community_id\` varchar(36) NOT NULL,
                \`source\` enum (
                    'report_verified',
                    'order_completed',
                    'event_attended',
                    'volunteer_hours',
                    'quiz',
                    'video'
                ) NOT NULL,
                \`points\` int NOT NULL,
                \`daily_cap\` int NULL,
                \`monthly_cap\` int NULL,
                \`enabled\` tinyint NOT NULL DEFAULT 1,
                \`updated_by\` varchar(36) NULL,
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                PRIMARY KEY (\`community_id\`, \`source\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`points_tallies\` (
                \`place_id\` varchar(36) NOT NULL,
                \`period_key\` varchar(12) NOT NULL,
                \`member_id\` varchar(36) NOT NULL,
                \`points\` int NOT NULL DEFAULT '0',
                INDEX \`idx_points_tallies_board\` (\`place_id\`, \`period_key\`, \`points\`),
                PRIMARY KEY (\`place_id\`, \`period_key\`, \`member_id\`)
            ) ENGINE = InnoDB
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX \`idx_points_tallies_board\` ON \`points_tallies\`
        `);
        await queryRunner.query(`
            DROP TABLE \`points_tallies\`
        `);
        await queryRunner.query(`
            DROP TABLE \`points_rules\`
        `);
        await queryRunner.query(`
            DROP INDEX \`uq_points_entries_member_key\` ON \`points_entries\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_points_entries_member_created\` ON \`points_entries\`
        `);
        await queryRunner.query(`
            DROP TABLE \`points_entries\`
        `);
        await queryRunner.query(`
            DROP TABLE \`points_cap_counters\`
        `);
        await queryRunner.query(`
            DROP TABLE \`points_accounts\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_redemptions_member_created\` ON \`mall_redemptions\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_redemptions_status_expires\` ON \`mall_redemptions\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_redemptions_community_status\` ON \`mall_redemptions\`
        `);
        await queryRunner.query(`
            DROP INDEX \`uq_redemptions_pickup_code\` ON \`mall_redemptions\`
        `);
        await queryRunner.query(`
            DROP TABLE \`mall_redemptions\`
        `);
        await queryRunner.query(`
            DROP TABLE \`mall_member_counts\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_mall_items_community_shelf\` ON \`mall_items\`
        `);
        await queryRunner.query(`
            DROP TABLE \`mall_items\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_honours_community_status\` ON \`honours\`
        `);
        await queryRunner.query(`
            DROP TABLE \`honours\`
        `);
    }

}

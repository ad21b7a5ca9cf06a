import { MigrationInterface, QueryRunner } from "typeorm";

export class Orders1795330088028 implements MigrationInterface {
    name = 'Orders1795330088028'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE \`notifications\` (
                \`id\` varchar(36) NOT NULL,
                \`user_id\` varchar(36) NOT NULL,
                \`kind\` varchar(32) NOT NULL,
                \`title\` varchar(64) NOT NULL,
                \`body\` varchar(300) NOT NULL,
                \`report_id\` varchar(36) NULL,
                \`read_at\` datetime(3) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`idx_notifications_user_created\` (\`user_id\`, \`created_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`follow_ups\` (
                \`id\` varchar(36) NOT NULL,
                \`report_id\` varchar(36) NOT NULL,
                \`community_id\` varchar(36) NOT NULL,
                \`rating\` int NOT NULL,
                \`comment\` varchar(300) NULL,
                \`status\` varchar(8) NOT NULL,
                \`done_at\` datetime(3) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                UNIQUE INDEX \`uq_follow_ups_report\` (\`report_id\`),
                INDEX \`idx_follow_ups_community_status\` (\`community_id\`, \`status\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`grid_orders\` (
                \`id\` varchar(36) NOT NULL,
                \`report_id\` varchar(36) NOT NULL,
                \`grid_id\` varchar(36) NOT NULL,
                \`community_id\` varchar(36) NOT NULL,
                \`status\` enum (
                    'open',
                    'claimed',
                    'in_progress',
                    'done',
                    'confirmed',
                    'closed',
                    'cancelled'
                ) NOT NULL,
                \`handler_id\` varchar(36) NULL,
                \`claimed_at\` datetime(3) NULL,
                \`deadline_at\` datetime(3) NULL,
                \`escalation\` enum ('grid', 'community', 'street') NOT NULL DEFAULT 'grid',
                \`reopen_count\` int NOT NULL DEFAULT '0',
                \`rating\` int NULL,
                \`rating_comment\` varchar(300) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                UNIQUE INDEX \`uq_orders_report\` (\`report_id\`),
                INDEX \`idx_orders_community_status\` (\`community_id\`, \`status\`),
                INDEX \`idx_orders_handler_status\` (\`handler_id\`, \`status\`),
                INDEX \`idx_orders_status_deadline\` (\`status\`, \`deadline_at\`),
                INDEX \`idx_orders_grid_status\` (\`grid_id\`, \`status\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`handler_loads\` (
                \`user_id\` varchar(36) NOT NULL,
                \`active\` int NOT NULL DEFAULT '0',
                PRIMARY KEY (\`user_id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`order_history\` (
                \`id\` varchar(36) NOT NULL,
                \`order_id\` varchar(36) NOT NULL,
                \`action\` varchar(24) NOT NULL,
                \`from_status\` enum (
                    'open',
                    'claimed',
                    'in_progress',
                    'done',
                    'confirmed',
                    'closed',
                    'cancelled'
                ) NULL,
                \`to_status\` enum (
                    'open',
                    'claimed',
                    'in_progress',
                    'done',
                    'confirmed',
                    'closed',
                    'cancelled'
                ) NOT NULL,
                \`actor_id\` varchar(36) NULL,
                \`note\` varchar(300) NULL,
                \`created_at\` datetime(3) NOT NULL,
                INDEX \`idx_order_history_order_created\` (\`order_id\`, \`created_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`reports\` (
                \`id\` varchar(36) NOT NULL,
                \`kind\` enum ('report', 'need') NOT NULL,
                \`category_id\` varchar(36) NOT NULL,
                \`community_id\` varchar(36) NOT NULL,
                \`grid_id\` varchar(36) NOT NULL,
                \`building_id\` varchar(36) NULL,
                \`reporter_id\` varchar(36) NOT NULL,
                \`text\` varchar(500) NOT NULL,
                \`location_detail\` varchar(100) NULL,
                \`lng\` double NULL,
                \`lat\` double NULL,
                \`preferred_time\` varchar(64) NULL,
                \`me_too_count\` int NOT NULL DEFAULT '0',
                \`verified_at\` datetime(3) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`idx_reports_community_created\` (\`community_id\`, \`created_at\`),
                INDEX \`idx_reports_grid_category\` (\`grid_id\`, \`category_id\`),
                INDEX \`idx_reports_reporter_created\` (\`reporter_id\`, \`created_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`report_categories\` (
                \`id\` varchar(36) NOT NULL,
                \`community_id\` varchar(36) NOT NULL,
                \`name\` varchar(32) NOT NULL,
                \`kind\` enum ('report', 'need') NOT NULL,
                \`open_hours\` int NOT NULL,
                \`claimed_hours\` int NOT NULL,
                \`in_progress_hours\` int NOT NULL,
                \`active\` tinyint NOT NULL DEFAULT 1,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                UNIQUE INDEX \`uq_report_categories_name\` (\`community_id\`, \`name\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`report_me_toos\` (
                \`report_id\` varchar(36) NOT NULL,
                \`user_id\` varchar(36) NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                PRIMARY KEY (\`report_id\`, \`user_id\`)
            ) ENGINE = InnoDB
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE \`report_me_toos\`
        `);
        await queryRunner.query(`
            DROP INDEX \`uq_report_categories_name\` ON \`report_categories\`
        `);
        await queryRunner.query(`
            DROP TABLE \`report_categories\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_reports_reporter_created\` ON \`reports\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_reports_grid_category\` ON \`reports\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_reports_community_created\` ON \`reports\`
        `);
        await queryRunner.query(`
            DROP TABLE \`reports\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_order_history_order_created\` ON \`order_history\`
        `);
        await queryRunner.query(`
            DROP TABLE \`order_history\`
        `);
        await queryRunner.query(`
            DROP TABLE \`handler_loads\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_orders_grid_status\` ON \`grid_orders\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_orders_status_deadline\` ON \`grid_orders\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_orders_handler_status\` ON \`grid_orders\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_orders_community_status\` ON \`grid_orders\`
        `);
        await queryRunner.query(`
            DROP INDEX \`uq_orders_report\` ON \`grid_orders\`
        `);
        await queryRunner.query(`
            DROP TABLE \`grid_orders\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_follow_ups_community_status\` ON \`follow_ups\`
        `);
        await queryRunner.query(`
            DROP INDEX \`uq_follow_ups_report\` ON \`follow_ups\`
        `);
        await queryRunner.query(`
            DROP TABLE \`follow_ups\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_notifications_user_created\` ON \`notifications\`
        `);
        await queryRunner.query(`
            DROP TABLE \`notifications\`
        `);
    }

}

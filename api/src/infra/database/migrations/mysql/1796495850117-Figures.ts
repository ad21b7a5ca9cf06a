import { MigrationInterface, QueryRunner } from "typeorm";

export class Figures1796495850117 implements MigrationInterface {
    name = 'Figures1796495850117'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE \`figure_rollups\` (
                \`place_id\` varchar(36) NOT NULL,
                \`grain\` varchar(8) NOT NULL,
                \`period_start\` varchar(10) NOT NULL,
                \`metric\` varchar(24) NOT NULL,
                \`value\` int NOT NULL,
                INDEX \`idx_figure_rollups_period\` (\`grain\`, \`period_start\`),
                PRIMARY KEY (\`place_id\`, \`grain\`, \`period_start\`, \`metric\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`figure_runs\` (
                \`name\` varchar(24) NOT NULL,
                \`lease_until\` datetime(3) NULL,
                \`holder\` varchar(36) NULL,
                \`finished_at\` datetime(3) NULL,
                \`deep_day\` varchar(10) NULL,
                PRIMARY KEY (\`name\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`scorecard_weights\` (
                \`street_id\` varchar(36) NOT NULL,
                \`on_time\` int NOT NULL,
                \`satisfaction\` int NOT NULL,
                \`reopen\` int NOT NULL,
                \`participation\` int NOT NULL,
                \`updated_by\` varchar(36) NULL,
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                PRIMARY KEY (\`street_id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            ALTER TABLE \`grid_orders\`
            ADD \`resolved_at\` datetime(3) NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`order_history\`
            ADD \`late\` tinyint NULL
        `);
        await queryRunner.query(`
            CREATE INDEX \`idx_role_grants_created\` ON \`role_grants\` (\`created_at\`)
        `);
        await queryRunner.query(`
            CREATE INDEX \`idx_orders_community_resolved\` ON \`grid_orders\` (\`community_id\`, \`resolved_at\`)
        `);
        await queryRunner.query(`
            CREATE INDEX \`idx_order_history_created\` ON \`order_history\` (\`created_at\`)
        `);
        await queryRunner.query(`
            CREATE INDEX \`idx_reports_created\` ON \`reports\` (\`created_at\`)
        `);
        await queryRunner.query(`
            CREATE INDEX \`idx_points_entries_created\` ON \`points_entries\` (\`created_at\`)
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
            DROP INDEX \`idx_points_entries_created\` ON \`points_entries\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_reports_created\` ON \`reports\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_order_history_created\` ON \`order_history\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_orders_community_resolved\` ON \`grid_orders\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_role_grants_created\` ON \`role_grants\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`order_history\` DROP COLUMN \`late\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`grid_orders\` DROP COLUMN \`resolved_at\`
        `);
        await queryRunner.query(`
            DROP TABLE \`scorecard_weights\`
        `);
        await queryRunner.query(`
            DROP TABLE \`figure_runs\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_figure_rollups_period\` ON \`figure_rollups\`
        `);
        await queryRunner.query(`
            DROP TABLE \`figure_rollups\`
        `);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

export class OrderAlerts1796479368148 implements MigrationInterface {
    name = 'OrderAlerts1796479368148'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE \`order_alert_members\` (
                \`user_id\` varchar(36) NOT NULL,
                \`enabled\` tinyint NOT NULL DEFAULT 1,
                \`quiet_start\` smallint NULL,
                \`quiet_end\` smallint NULL,
                \`last_pushed_at\` datetime(3) NULL,
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                PRIMARY KEY (\`user_id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`order_expiry_alerts\` (
                \`key\` varchar(64) NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                PRIMARY KEY (\`key\`)
            ) ENGINE = InnoDB
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE \`order_expiry_alerts\`
        `);
        await queryRunner.query(`
            DROP TABLE \`order_alert_members\`
        `);
    }

}

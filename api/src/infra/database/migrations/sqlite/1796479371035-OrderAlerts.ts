import { MigrationInterface, QueryRunner } from "typeorm";

export class OrderAlerts1796479371035 implements MigrationInterface {
    name = 'OrderAlerts1796479371035'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "order_alert_members" (
                "user_id" varchar(36) PRIMARY KEY NOT NULL,
                "enabled" boolean NOT NULL DEFAULT (1),
                "quiet_start" smallint,
                "quiet_end" smallint,
                "last_pushed_at" datetime(3),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "order_expiry_alerts" (
                "key" varchar(64) PRIMARY KEY NOT NULL,
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "order_expiry_alerts"
        `);
        await queryRunner.query(`
            DROP TABLE "order_alert_members"
        `);
    }

}

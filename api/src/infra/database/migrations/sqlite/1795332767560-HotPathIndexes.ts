import { MigrationInterface, QueryRunner } from "typeorm";

export class HotPathIndexes1795332767560 implements MigrationInterface {
    name = 'HotPathIndexes1795332767560'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "idx_orders_grid_status"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_checkins_registration" ON "event_checkins" ("registration_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_orders_grid_status" ON "grid_orders" ("grid_id", "status", "deadline_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "idx_orders_grid_status"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_checkins_registration"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_orders_grid_status" ON "grid_orders" ("grid_id", "status")
        `);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

export class RiderRoutes1796485038355 implements MigrationInterface {
    name = 'RiderRoutes1796485038355'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE \`rider_free_windows\` (
                \`id\` varchar(36) NOT NULL,
                \`user_id\` varchar(36) NOT NULL,
                \`start_minute\` smallint NOT NULL,
                \`end_minute\` smallint NOT NULL,
                \`weekdays\` smallint NOT NULL DEFAULT '0',
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`idx_rider_free_windows_user\` (\`user_id\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`rider_routes\` (
                \`user_id\` varchar(36) NOT NULL,
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                PRIMARY KEY (\`user_id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`rider_route_places\` (
                \`user_id\` varchar(36) NOT NULL,
                \`place_id\` varchar(36) NOT NULL,
                \`grid_id\` varchar(36) NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`idx_rider_route_places_grid\` (\`grid_id\`),
                PRIMARY KEY (\`user_id\`, \`place_id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            ALTER TABLE \`grid_orders\`
            ADD \`promised_at\` datetime(3) NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE \`grid_orders\` DROP COLUMN \`promised_at\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_rider_route_places_grid\` ON \`rider_route_places\`
        `);
        await queryRunner.query(`
            DROP TABLE \`rider_route_places\`
        `);
        await queryRunner.query(`
            DROP TABLE \`rider_routes\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_rider_free_windows_user\` ON \`rider_free_windows\`
        `);
        await queryRunner.query(`
            DROP TABLE \`rider_free_windows\`
        `);
    }

}

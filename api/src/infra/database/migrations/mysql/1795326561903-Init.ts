import { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795326561903 implements MigrationInterface {
    name = 'Init1795326561903'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE \`places\` (
                \`id\` varchar(36) NOT NULL,
                \`level\` enum ('street', 'community', 'grid', 'building') NOT NULL,
                \`name\` varchar(64) NOT NULL,
                \`parent_id\` varchar(36) NULL,
                \`path\` varchar(200) NOT NULL,
                \`retired_at\` datetime(3) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`idx_places_parent\` (\`parent_id\`),
                INDEX \`idx_places_path\` (\`path\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`events\` (
                \`id\` varchar(36) NOT NULL,
                \`place_id\` varchar(36) NOT NULL,
                \`title\` varchar(100) NOT NULL,
                \`type\` enum ('class', 'festival', 'care', 'talk', 'volunteer') NOT NULL,
                \`description\` text NOT NULL,
                \`venue\` varchar(200) NOT NULL,
                \`starts_at\` datetime(3) NOT NULL,
                \`ends_at\` datetime(3) NOT NULL,
                \`capacity\` int NOT NULL,
                \`points_reward\` int NOT NULL DEFAULT '0',
                \`status\` enum ('draft', 'published', 'cancelled') NOT NULL DEFAULT 'draft',
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`idx_events_place\` (\`place_id\`),
                INDEX \`idx_events_status_ends\` (\`status\`, \`ends_at\`),
                INDEX \`idx_events_status_starts\` (\`status\`, \`starts_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`users\` (
                \`id\` varchar(36) NOT NULL,
                \`nickname\` varchar(32) NOT NULL,
                \`avatar_url\` varchar(500) NULL,
                \`home_place_id\` varchar(36) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`idx_users_home_place\` (\`home_place_id\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\`
            ADD CONSTRAINT \`FK_047655297d772b6bfd08af7044f\` FOREIGN KEY (\`place_id\`) REFERENCES \`places\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE \`events\` DROP FOREIGN KEY \`FK_047655297d772b6bfd08af7044f\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_users_home_place\` ON \`users\`
        `);
        await queryRunner.query(`
            DROP TABLE \`users\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_events_status_starts\` ON \`events\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_events_status_ends\` ON \`events\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_events_place\` ON \`events\`
        `);
        await queryRunner.query(`
            DROP TABLE \`events\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_places_path\` ON \`places\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_places_parent\` ON \`places\`
        `);
        await queryRunner.query(`
            DROP TABLE \`places\`
        `);
    }

}

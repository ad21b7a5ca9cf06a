import { MigrationInterface, QueryRunner } from "typeorm";

export class Imports1796485992449 implements MigrationInterface {
    name = 'Imports1796485992449'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE \`households\` (
                \`id\` varchar(36) NOT NULL,
                \`building_id\` varchar(36) NOT NULL,
                \`unit\` varchar(8) NOT NULL,
                \`room\` varchar(16) NOT NULL,
                \`label\` varchar(32) NOT NULL,
                \`import_id\` varchar(36) NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                UNIQUE INDEX \`uq_households_room\` (\`building_id\`, \`unit\`, \`room\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`household_residents\` (
                \`id\` varchar(36) NOT NULL,
                \`household_id\` varchar(36) NOT NULL,
                \`phone_hash\` varchar(64) NOT NULL,
                \`phone_cipher\` varchar(200) NOT NULL,
                \`name_cipher\` varchar(200) NOT NULL,
                \`import_id\` varchar(36) NOT NULL,
                \`claimed_by\` varchar(36) NULL,
                \`claimed_at\` datetime(3) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`idx_household_residents_household\` (\`household_id\`),
                UNIQUE INDEX \`uq_household_residents_phone\` (\`phone_hash\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`imports\` (
                \`id\` varchar(36) NOT NULL,
                \`kind\` enum ('places', 'households', 'staff', 'units') NOT NULL,
                \`status\` enum ('applied', 'rejected') NOT NULL,
                \`scope_id\` varchar(36) NOT NULL,
                \`actor_id\` varchar(36) NOT NULL,
                \`file_name\` varchar(200) NULL,
                \`file_hash\` varchar(64) NOT NULL,
                \`row_count\` int NOT NULL,
                \`created_count\` int NOT NULL,
                \`changed_count\` int NOT NULL,
                \`unchanged_count\` int NOT NULL,
                \`error_count\` int NOT NULL,
                \`breakdown\` text NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`idx_imports_actor\` (\`actor_id\`),
                INDEX \`idx_imports_scope_created\` (\`scope_id\`, \`created_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            ALTER TABLE \`places\`
            ADD \`lng\` double NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`places\`
            ADD \`lat\` double NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`places\`
            ADD \`unit_count\` smallint NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE \`places\` DROP COLUMN \`unit_count\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`places\` DROP COLUMN \`lat\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`places\` DROP COLUMN \`lng\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_imports_scope_created\` ON \`imports\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_imports_actor\` ON \`imports\`
        `);
        await queryRunner.query(`
            DROP TABLE \`imports\`
        `);
        await queryRunner.query(`
            DROP INDEX \`uq_household_residents_phone\` ON \`household_residents\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_household_residents_household\` ON \`household_residents\`
        `);
        await queryRunner.query(`
            DROP TABLE \`household_residents\`
        `);
        await queryRunner.query(`
            DROP INDEX \`uq_households_room\` ON \`households\`
        `);
        await queryRunner.query(`
            DROP TABLE \`households\`
        `);
    }

}

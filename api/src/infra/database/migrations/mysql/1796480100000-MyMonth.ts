import { MigrationInterface, QueryRunner } from "typeorm";

export class MyMonth1796480100000 implements MigrationInterface {
    name = 'MyMonth1796480100000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE \`handler_months\` (
                \`handler_id\` varchar(36) NOT NULL,
                \`period_key\` varchar(12) NOT NULL,
                \`finished\` int NOT NULL DEFAULT '0',
                \`on_time\` int NOT NULL DEFAULT '0',
                \`rating_sum\` int NOT NULL DEFAULT '0',
                \`rating_count\` int NOT NULL DEFAULT '0',
                PRIMARY KEY (\`handler_id\`, \`period_key\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE INDEX \`idx_points_tallies_member\` ON \`points_tallies\` (\`member_id\`, \`period_key\`)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX \`idx_points_tallies_member\` ON \`points_tallies\`
        `);
        await queryRunner.query(`
            DROP TABLE \`handler_months\`
        `);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

export class ScorecardVisits1796501369488 implements MigrationInterface {
    name = 'ScorecardVisits1796501369488'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE \`scorecard_weights\`
            ADD \`visits\` int NOT NULL DEFAULT '0'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE \`scorecard_weights\` DROP COLUMN \`visits\`
        `);
    }

}

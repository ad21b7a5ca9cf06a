import { MigrationInterface, QueryRunner } from "typeorm";

export class ScanNoncePerEvent1796474834296 implements MigrationInterface {
    name = 'ScanNoncePerEvent1796474834296'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE \`event_scans\` DROP PRIMARY KEY
        `);
        await queryRunner.query(`
            ALTER TABLE \`event_scans\`
            ADD PRIMARY KEY (\`event_id\`, \`nonce\`)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE \`event_scans\` DROP PRIMARY KEY
        `);
        await queryRunner.query(`
            ALTER TABLE \`event_scans\`
            ADD PRIMARY KEY (\`nonce\`)
        `);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

export class Consents1796475230455 implements MigrationInterface {
    name = 'Consents1796475230455'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE \`consents\` (
                \`id\` varchar(36) NOT NULL,
                \`member_id\` varchar(36) NOT NULL,
                \`document\` varchar(16) NOT NULL,
                \`version\` varchar(32) NOT NULL,
                \`accepted_at\` datetime(3) NOT NULL,
                \`client\` varchar(8) NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`idx_consents_member_accepted\` (\`member_id\`, \`accepted_at\`),
                UNIQUE INDEX \`uq_consents_member_document_version\` (\`member_id\`, \`document\`, \`version\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX \`uq_consents_member_document_version\` ON \`consents\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_consents_member_accepted\` ON \`consents\`
        `);
        await queryRunner.query(`
            DROP TABLE \`consents\`
        `);
    }

}

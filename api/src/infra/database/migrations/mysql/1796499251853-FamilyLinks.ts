import { MigrationInterface, QueryRunner } from "typeorm";

export class FamilyLinks1796499251853 implements MigrationInterface {
    name = 'FamilyLinks1796499251853'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE \`family_links\` (
                \`id\` varchar(36) NOT NULL,
                \`parent_id\` varchar(36) NOT NULL,
                \`child_id\` varchar(36) NOT NULL,
                \`relation\` varchar(16) NOT NULL,
                \`status\` varchar(8) NOT NULL,
                \`live_key\` varchar(80) NULL,
                \`confirmed_by\` varchar(8) NULL,
                \`confirmed_by_staff\` varchar(36) NULL,
                \`confirmed_at\` datetime(3) NULL,
                \`ended_at\` datetime(3) NULL,
                \`ended_by\` varchar(36) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                UNIQUE INDEX \`uq_family_links_live\` (\`live_key\`),
                INDEX \`idx_family_links_child\` (\`child_id\`, \`status\`),
                INDEX \`idx_family_links_parent\` (\`parent_id\`, \`status\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX \`idx_family_links_parent\` ON \`family_links\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_family_links_child\` ON \`family_links\`
        `);
        await queryRunner.query(`
            DROP INDEX \`uq_family_links_live\` ON \`family_links\`
        `);
        await queryRunner.query(`
            DROP TABLE \`family_links\`
        `);
    }

}

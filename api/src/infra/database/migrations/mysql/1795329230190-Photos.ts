import { MigrationInterface, QueryRunner } from "typeorm";

export class Photos1795329230190 implements MigrationInterface {
    name = 'Photos1795329230190'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE \`photos\` (
                \`id\` varchar(36) NOT NULL,
                \`owner_id\` varchar(36) NOT NULL,
                \`purpose\` enum ('report', 'order_proof') NOT NULL,
                \`attached_to\` varchar(36) NULL,
                \`storage_key\` varchar(200) NOT NULL,
                \`thumb_key\` varchar(200) NOT NULL,
                \`mime\` varchar(20) NOT NULL,
                \`width\` int NOT NULL,
                \`height\` int NOT NULL,
                \`bytes\` int NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`idx_photos_attached\` (\`attached_to\`),
                INDEX \`idx_photos_owner_created\` (\`owner_id\`, \`created_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX \`idx_photos_owner_created\` ON \`photos\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_photos_attached\` ON \`photos\`
        `);
        await queryRunner.query(`
            DROP TABLE \`photos\`
        `);
    }

}

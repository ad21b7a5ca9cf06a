import { MigrationInterface, QueryRunner } from "typeorm";

export class NotificationEvents1795346393117 implements MigrationInterface {
    name = 'NotificationEvents1795346393117'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE \`notifications\`
            ADD \`event_id\` varchar(36) NULL
        `);
        await queryRunner.query(`
            CREATE INDEX \`idx_notifications_user_read\` ON \`notifications\` (\`user_id\`, \`read_at\`)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX \`idx_notifications_user_read\` ON \`notifications\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`notifications\` DROP COLUMN \`event_id\`
        `);
    }

}

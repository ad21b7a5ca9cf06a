import { MigrationInterface, QueryRunner } from "typeorm";

export class NotificationReminders1795349258757 implements MigrationInterface {
    name = 'NotificationReminders1795349258757'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE \`notifications\`
            ADD \`push_state\` varchar(16) NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`notifications\`
            ADD \`push_attempts\` int NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            ALTER TABLE \`notifications\`
            ADD \`push_claimed_at\` datetime(3) NULL
        `);
        await queryRunner.query(`
            CREATE INDEX \`idx_notifications_push\` ON \`notifications\` (\`push_state\`, \`id\`)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX \`idx_notifications_push\` ON \`notifications\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`notifications\` DROP COLUMN \`push_claimed_at\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`notifications\` DROP COLUMN \`push_attempts\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`notifications\` DROP COLUMN \`push_state\`
        `);
    }

}

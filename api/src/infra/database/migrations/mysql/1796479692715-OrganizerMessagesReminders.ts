import { MigrationInterface, QueryRunner } from "typeorm";

export class OrganizerMessagesReminders1796479692715 implements MigrationInterface {
    name = 'OrganizerMessagesReminders1796479692715'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE \`events\`
            ADD \`messaged_at\` datetime(3) NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`event_registrations\`
            ADD \`reminded_day_at\` datetime(3) NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`event_registrations\`
            ADD \`reminded_hour_at\` datetime(3) NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE \`event_registrations\` DROP COLUMN \`reminded_hour_at\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`event_registrations\` DROP COLUMN \`reminded_day_at\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\` DROP COLUMN \`messaged_at\`
        `);
    }

}

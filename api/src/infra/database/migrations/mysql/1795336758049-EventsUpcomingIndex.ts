import { MigrationInterface, QueryRunner } from "typeorm";

export class EventsUpcomingIndex1795336758049 implements MigrationInterface {
    name = 'EventsUpcomingIndex1795336758049'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX \`idx_events_status_ends\` ON \`events\`
        `);
        await queryRunner.query(`
            CREATE INDEX \`idx_events_status_ends_starts\` ON \`events\` (\`status\`, \`ends_at\`, \`starts_at\`)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX \`idx_events_status_ends_starts\` ON \`events\`
        `);
        await queryRunner.query(`
            CREATE INDEX \`idx_events_status_ends\` ON \`events\` (\`status\`, \`ends_at\`)
        `);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

export class EventsUpcomingIndex1795336763654 implements MigrationInterface {
    name = 'EventsUpcomingIndex1795336763654'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "idx_events_status_ends"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_events_status_ends_starts" ON "events" ("status", "ends_at", "starts_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "idx_events_status_ends_starts"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_events_status_ends" ON "events" ("status", "ends_at")
        `);
    }

}

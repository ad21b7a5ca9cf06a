import { MigrationInterface, QueryRunner } from "typeorm";

export class EventSeries1796485057282 implements MigrationInterface {
    name = 'EventSeries1796485057282'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE \`event_series\` (
                \`id\` varchar(36) NOT NULL,
                \`place_id\` varchar(36) NOT NULL,
                \`title\` varchar(100) NOT NULL,
                \`type\` enum ('class', 'festival', 'care', 'talk', 'volunteer') NOT NULL,
                \`weekdays\` varchar(20) NOT NULL,
                \`start_minute\` int NOT NULL,
                \`duration_minutes\` int NOT NULL,
                \`session_count\` int NOT NULL,
                \`first_starts_at\` datetime(3) NOT NULL,
                \`last_starts_at\` datetime(3) NOT NULL,
                \`organizer_id\` varchar(36) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`idx_event_series_place\` (\`place_id\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\`
            ADD \`series_id\` varchar(36) NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\`
            ADD \`series_index\` int NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX \`uq_events_series_index\` ON \`events\` (\`series_id\`, \`series_index\`)
        `);
        await queryRunner.query(`
            ALTER TABLE \`event_series\`
            ADD CONSTRAINT \`FK_12e384be54306b24c9435dc4d18\` FOREIGN KEY (\`place_id\`) REFERENCES \`places\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE \`event_series\` DROP FOREIGN KEY \`FK_12e384be54306b24c9435dc4d18\`
        `);
        await queryRunner.query(`
            DROP INDEX \`uq_events_series_index\` ON \`events\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\` DROP COLUMN \`series_index\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\` DROP COLUMN \`series_id\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_event_series_place\` ON \`event_series\`
        `);
        await queryRunner.query(`
            DROP TABLE \`event_series\`
        `);
    }

}

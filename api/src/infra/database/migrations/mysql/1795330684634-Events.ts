import { MigrationInterface, QueryRunner } from "typeorm";

export class Events1795330684634 implements MigrationInterface {
    name = 'Events1795330684634'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE \`event_checkins\` (
                \`id\` varchar(36) NOT NULL,
                \`event_id\` varchar(36) NOT NULL,
                \`registration_id\` varchar(36) NOT NULL,
                \`live_key\` varchar(36) NULL,
                \`scanner_id\` varchar(36) NOT NULL,
                \`method\` varchar(8) NOT NULL,
                \`scanned_at\` datetime(3) NOT NULL,
                \`recorded_at\` datetime(3) NOT NULL,
                \`undone_at\` datetime(3) NULL,
                UNIQUE INDEX \`uq_checkins_live\` (\`live_key\`),
                INDEX \`idx_checkins_event_scanned\` (\`event_id\`, \`scanned_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`event_ratings\` (
                \`event_id\` varchar(36) NOT NULL,
                \`member_id\` varchar(36) NOT NULL,
                \`rating\` int NOT NULL,
                \`comment\` varchar(300) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                PRIMARY KEY (\`event_id\`, \`member_id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`event_registrations\` (
                \`id\` varchar(36) NOT NULL,
                \`event_id\` varchar(36) NOT NULL,
                \`member_id\` varchar(36) NOT NULL,
                \`status\` varchar(20) NOT NULL,
                \`live_key\` varchar(80) NULL,
                \`waiting_position\` int NULL,
                \`dependents\` text NULL,
                \`cancelled_at\` datetime(3) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                UNIQUE INDEX \`uq_registrations_live\` (\`live_key\`),
                INDEX \`idx_registrations_member_created\` (\`member_id\`, \`created_at\`),
                INDEX \`idx_registrations_event_status_position\` (\`event_id\`, \`status\`, \`waiting_position\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`event_scans\` (
                \`nonce\` varchar(64) NOT NULL,
                \`event_id\` varchar(36) NOT NULL,
                \`registration_id\` varchar(36) NULL,
                \`scanner_id\` varchar(36) NOT NULL,
                \`outcome\` varchar(24) NOT NULL,
                \`checkin_id\` varchar(36) NULL,
                \`needs_review\` tinyint NOT NULL DEFAULT 0,
                \`scanned_at\` datetime(3) NOT NULL,
                INDEX \`idx_scans_event_review\` (\`event_id\`, \`needs_review\`),
                PRIMARY KEY (\`nonce\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\`
            ADD \`cover_url\` varchar(500) NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\`
            ADD \`signup_opens_at\` datetime(3) NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\`
            ADD \`signup_closes_at\` datetime(3) NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\`
            ADD \`needs_approval\` tinyint NOT NULL DEFAULT 0
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\`
            ADD \`cancel_deadline_hours\` int NOT NULL DEFAULT '2'
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\`
            ADD \`confirmed_count\` int NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\`
            ADD \`waiting_seq\` int NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\`
            ADD \`organizer_id\` varchar(36) NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE \`events\` DROP COLUMN \`organizer_id\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\` DROP COLUMN \`waiting_seq\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\` DROP COLUMN \`confirmed_count\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\` DROP COLUMN \`cancel_deadline_hours\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\` DROP COLUMN \`needs_approval\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\` DROP COLUMN \`signup_closes_at\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\` DROP COLUMN \`signup_opens_at\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`events\` DROP COLUMN \`cover_url\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_scans_event_review\` ON \`event_scans\`
        `);
        await queryRunner.query(`
            DROP TABLE \`event_scans\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_registrations_event_status_position\` ON \`event_registrations\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_registrations_member_created\` ON \`event_registrations\`
        `);
        await queryRunner.query(`
            DROP INDEX \`uq_registrations_live\` ON \`event_registrations\`
        `);
        await queryRunner.query(`
            DROP TABLE \`event_registrations\`
        `);
        await queryRunner.query(`
            DROP TABLE \`event_ratings\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_checkins_event_scanned\` ON \`event_checkins\`
        `);
        await queryRunner.query(`
            DROP INDEX \`uq_checkins_live\` ON \`event_checkins\`
        `);
        await queryRunner.query(`
            DROP TABLE \`event_checkins\`
        `);
    }

}

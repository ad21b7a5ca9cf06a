import { MigrationInterface, QueryRunner } from "typeorm";

export class VolunteerHours1796485139825 implements MigrationInterface {
    name = 'VolunteerHours1796485139825'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE \`volunteer_certificates\` (
                \`id\` varchar(36) NOT NULL,
                \`record_number\` varchar(32) NOT NULL,
                \`member_id\` varchar(36) NOT NULL,
                \`community_id\` varchar(36) NOT NULL,
                \`volunteer_name\` varchar(32) NOT NULL,
                \`id_number_masked\` varchar(32) NULL,
                \`issuing_organisation\` varchar(140) NOT NULL,
                \`items\` text NOT NULL,
                \`total_minutes\` int NOT NULL,
                \`period_from\` varchar(10) NULL,
                \`period_to\` varchar(10) NULL,
                \`issued_by\` varchar(36) NOT NULL,
                \`issued_by_name\` varchar(32) NOT NULL,
                \`issued_at\` datetime(3) NOT NULL,
                \`contact\` varchar(32) NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                UNIQUE INDEX \`uq_volunteer_certificates_number\` (\`record_number\`),
                INDEX \`idx_volunteer_certificates_member_issued\` (\`member_id\`, \`issued_at\`),
                INDEX \`idx_volunteer_certificates_community_issued\` (\`community_id\`, \`issued_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`volunteer_hour_adjustments\` (
                \`id\` varchar(36) NOT NULL,
                \`hours_id\` varchar(36) NOT NULL,
                \`registration_id\` varchar(36) NOT NULL,
                \`event_id\` varchar(36) NOT NULL,
                \`member_id\` varchar(36) NOT NULL,
                \`actor_id\` varchar(36) NOT NULL,
                \`minutes_before\` int NOT NULL,
                \`minutes_after\` int NOT NULL,
                \`points_delta\` int NOT NULL DEFAULT '0',
                \`reason\` varchar(200) NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`idx_hour_adjustments_registration_created\` (\`registration_id\`, \`created_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`volunteer_hours\` (
                \`id\` varchar(36) NOT NULL,
                \`registration_id\` varchar(36) NOT NULL,
                \`event_id\` varchar(36) NOT NULL,
                \`member_id\` varchar(36) NOT NULL,
                \`event_starts_at\` datetime(3) NOT NULL,
                \`minutes\` int NOT NULL,
                \`measured_minutes\` int NULL,
                \`points_paid\` int NOT NULL DEFAULT '0',
                \`community_id\` varchar(36) NULL,
                \`revision\` int NOT NULL DEFAULT '0',
                \`adjustment_reason\` varchar(200) NULL,
                \`adjusted_at\` datetime(3) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                UNIQUE INDEX \`uq_volunteer_hours_registration\` (\`registration_id\`),
                INDEX \`idx_volunteer_hours_event\` (\`event_id\`),
                INDEX \`idx_volunteer_hours_member_starts\` (\`member_id\`, \`event_starts_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            ALTER TABLE \`event_checkins\`
            ADD \`checked_out_at\` datetime(3) NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`event_checkins\`
            ADD \`checkout_scanner_id\` varchar(36) NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`event_checkins\`
            ADD \`checkout_method\` varchar(8) NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE \`event_checkins\` DROP COLUMN \`checkout_method\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`event_checkins\` DROP COLUMN \`checkout_scanner_id\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`event_checkins\` DROP COLUMN \`checked_out_at\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_volunteer_hours_member_starts\` ON \`volunteer_hours\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_volunteer_hours_event\` ON \`volunteer_hours\`
        `);
        await queryRunner.query(`
            DROP INDEX \`uq_volunteer_hours_registration\` ON \`volunteer_hours\`
        `);
        await queryRunner.query(`
            DROP TABLE \`volunteer_hours\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_hour_adjustments_registration_created\` ON \`volunteer_hour_adjustments\`
        `);
        await queryRunner.query(`
            DROP TABLE \`volunteer_hour_adjustments\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_volunteer_certificates_community_issued\` ON \`volunteer_certificates\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_volunteer_certificates_member_issued\` ON \`volunteer_certificates\`
        `);
        await queryRunner.query(`
            DROP INDEX \`uq_volunteer_certificates_number\` ON \`volunteer_certificates\`
        `);
        await queryRunner.query(`
            DROP TABLE \`volunteer_certificates\`
        `);
    }

}

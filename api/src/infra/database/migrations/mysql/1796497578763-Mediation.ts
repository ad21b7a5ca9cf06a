import { MigrationInterface, QueryRunner } from "typeorm";

export class Mediation1796497578763 implements MigrationInterface {
    name = 'Mediation1796497578763'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE \`mediation_cases\` (
                \`id\` varchar(36) NOT NULL,
                \`community_id\` varchar(36) NOT NULL,
                \`kind\` enum (
                    'neighbour',
                    'family',
                    'property',
                    'labour',
                    'consumer',
                    'other'
                ) NOT NULL,
                \`status\` enum (
                    'requested',
                    'accepted',
                    'in_mediation',
                    'resolved',
                    'declined',
                    'withdrawn'
                ) NOT NULL,
                \`source\` enum ('app', 'walk_in', 'phone') NOT NULL,
                \`requester_id\` varchar(36) NULL,
                \`requester_name\` varchar(32) NULL,
                \`requester_phone_cipher\` varchar(200) NULL,
                \`other_member_id\` varchar(36) NULL,
                \`other_name\` varchar(32) NULL,
                \`other_building_id\` varchar(36) NULL,
                \`other_phone_cipher\` varchar(200) NULL,
                \`account\` varchar(2000) NOT NULL,
                \`hopes\` varchar(1000) NOT NULL,
                \`preferred_times\` varchar(100) NULL,
                \`opened_by\` varchar(36) NULL,
                \`decline_reason\` varchar(200) NULL,
                \`mediator_id\` varchar(36) NULL,
                \`accept_due_at\` datetime(3) NULL,
                \`accepted_at\` datetime(3) NULL,
                \`first_session_due_at\` datetime(3) NULL,
                \`escalated_stage\` varchar(8) NULL,
                \`escalated_at\` datetime(3) NULL,
                \`outcome\` enum ('agreed', 'partial', 'failed') NULL,
                \`agreement\` varchar(2000) NULL,
                \`referral\` varchar(200) NULL,
                \`resolved_at\` datetime(3) NULL,
                \`follow_up_due_at\` datetime(3) NULL,
                \`follow_up_held\` tinyint NULL,
                \`follow_up_note\` varchar(500) NULL,
                \`follow_up_at\` datetime(3) NULL,
                \`rating\` smallint NULL,
                \`rating_comment\` varchar(300) NULL,
                \`rating_follow_up\` varchar(8) NULL,
                \`rating_follow_up_note\` varchar(500) NULL,
                \`rating_follow_up_by\` varchar(36) NULL,
                \`rating_follow_up_at\` datetime(3) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`idx_mediation_resolved\` (\`resolved_at\`),
                INDEX \`idx_mediation_session_due\` (\`status\`, \`first_session_due_at\`),
                INDEX \`idx_mediation_accept_due\` (\`status\`, \`accept_due_at\`),
                INDEX \`idx_mediation_mediator\` (\`mediator_id\`, \`status\`),
                INDEX \`idx_mediation_other_member\` (\`other_member_id\`, \`created_at\`),
                INDEX \`idx_mediation_requester\` (\`requester_id\`, \`created_at\`),
                INDEX \`idx_mediation_community_status\` (\`community_id\`, \`status\`, \`created_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`mediation_sessions\` (
                \`id\` varchar(36) NOT NULL,
                \`case_id\` varchar(36) NOT NULL,
                \`scheduled_at\` datetime(3) NOT NULL,
                \`venue\` varchar(100) NOT NULL,
                \`status\` varchar(12) NOT NULL,
                \`attendees\` text NULL,
                \`notes\` varchar(2000) NULL,
                \`held_at\` datetime(3) NULL,
                \`created_by\` varchar(36) NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`idx_mediation_sessions_case\` (\`case_id\`, \`scheduled_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            ALTER TABLE \`role_grants\` CHANGE \`role\` \`role\` enum (
                    'resident',
                    'part_time_grid_member',
                    'grid_worker',
                    'organizer',
                    'community_staff',
                    'street_admin',
                    'mediator',
                    'mediation_admin'
                ) NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`photos\` CHANGE \`purpose\` \`purpose\` enum ('report', 'order_proof', 'mediation_agreement') NOT NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE \`photos\` CHANGE \`purpose\` \`purpose\` enum ('report', 'order_proof') NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`role_grants\` CHANGE \`role\` \`role\` enum (
                    'resident',
                    'part_time_grid_member',
                    'grid_worker',
                    'organizer',
                    'community_staff',
                    'street_admin'
                ) NOT NULL
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_mediation_sessions_case\` ON \`mediation_sessions\`
        `);
        await queryRunner.query(`
            DROP TABLE \`mediation_sessions\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_mediation_community_status\` ON \`mediation_cases\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_mediation_requester\` ON \`mediation_cases\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_mediation_other_member\` ON \`mediation_cases\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_mediation_mediator\` ON \`mediation_cases\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_mediation_accept_due\` ON \`mediation_cases\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_mediation_session_due\` ON \`mediation_cases\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_mediation_resolved\` ON \`mediation_cases\`
        `);
        await queryRunner.query(`
            DROP TABLE \`mediation_cases\`
        `);
    }

}

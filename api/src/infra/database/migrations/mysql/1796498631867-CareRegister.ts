import { MigrationInterface, QueryRunner } from "typeorm";

export class CareRegister1796498631867 implements MigrationInterface {
    name = 'CareRegister1796498631867'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE \`care_categories\` (
                \`id\` varchar(36) NOT NULL,
                \`community_id\` varchar(36) NOT NULL,
                \`key\` varchar(32) NULL,
                \`name\` varchar(32) NOT NULL,
                \`visit_days\` smallint NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                UNIQUE INDEX \`uq_care_categories_name\` (\`community_id\`, \`name\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`care_records\` (
                \`id\` varchar(36) NOT NULL,
                \`community_id\` varchar(36) NOT NULL,
                \`grid_id\` varchar(36) NOT NULL,
                \`building_id\` varchar(36) NULL,
                \`household\` varchar(32) NOT NULL,
                \`person_name_cipher\` varchar(200) NOT NULL,
                \`person_name_mask\` varchar(16) NOT NULL,
                \`phone_cipher\` varchar(200) NULL,
                \`member_id\` varchar(36) NULL,
                \`category_ids\` text NOT NULL,
                \`needs_cipher\` text NOT NULL,
                \`situation_cipher\` text NULL,
                \`responsible_id\` varchar(36) NULL,
                \`helper_member_id\` varchar(36) NULL,
                \`helper_name\` varchar(32) NULL,
                \`review_on\` varchar(10) NULL,
                \`consent_by\` varchar(8) NOT NULL,
                \`consent_on\` varchar(10) NOT NULL,
                \`safety_check\` tinyint NOT NULL DEFAULT 0,
                \`last_safe_day\` varchar(10) NULL,
                \`safety_stage\` smallint NOT NULL DEFAULT '0',
                \`safety_report_id\` varchar(36) NULL,
                \`status\` varchar(8) NOT NULL,
                \`closed_reason\` varchar(200) NULL,
                \`closed_at\` datetime(3) NULL,
                \`anonymised_at\` datetime(3) NULL,
                \`last_visit_at\` datetime(3) NULL,
                \`next_visit_due_at\` datetime(3) NULL,
                \`visit_days\` smallint NOT NULL,
                \`escalate_at\` datetime(3) NULL,
                \`overdue_told_at\` datetime(3) NULL,
                \`created_by\` varchar(36) NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`idx_care_records_escalate\` (\`status\`, \`escalate_at\`),
                INDEX \`idx_care_records_closed\` (\`status\`, \`closed_at\`),
                INDEX \`idx_care_records_safety\` (\`safety_check\`, \`status\`),
                INDEX \`idx_care_records_member\` (\`member_id\`),
                INDEX \`idx_care_records_community_due\` (\`community_id\`, \`status\`, \`next_visit_due_at\`),
                INDEX \`idx_care_records_grid_due\` (\`grid_id\`, \`status\`, \`next_visit_due_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`care_record_changes\` (
                \`id\` varchar(36) NOT NULL,
                \`record_id\` varchar(36) NOT NULL,
                \`actor_id\` varchar(36) NULL,
                \`action\` varchar(12) NOT NULL,
                \`fields\` text NOT NULL,
                \`created_at\` datetime(3) NOT NULL,
                INDEX \`idx_care_changes_record\` (\`record_id\`, \`created_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`care_visits\` (
                \`id\` varchar(36) NOT NULL,
                \`record_id\` varchar(36) NOT NULL,
                \`visitor_id\` varchar(36) NOT NULL,
                \`visited_at\` datetime(3) NOT NULL,
                \`findings_cipher\` text NOT NULL,
                \`lng\` double NULL,
                \`lat\` double NULL,
                \`follow_up_report_id\` varchar(36) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`idx_care_visits_record\` (\`record_id\`, \`visited_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`safety_checkins\` (
                \`member_id\` varchar(36) NOT NULL,
                \`day\` varchar(10) NOT NULL,
                \`record_id\` varchar(36) NOT NULL,
                \`by\` varchar(8) NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                PRIMARY KEY (\`member_id\`, \`day\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            ALTER TABLE \`photos\` CHANGE \`purpose\` \`purpose\` enum (
                    'report',
                    'order_proof',
                    'mediation_agreement',
                    'care_visit'
                ) NOT NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE \`photos\` CHANGE \`purpose\` \`purpose\` enum ('report', 'order_proof', 'mediation_agreement') NOT NULL
        `);
        await queryRunner.query(`
            DROP TABLE \`safety_checkins\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_care_visits_record\` ON \`care_visits\`
        `);
        await queryRunner.query(`
            DROP TABLE \`care_visits\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_care_changes_record\` ON \`care_record_changes\`
        `);
        await queryRunner.query(`
            DROP TABLE \`care_record_changes\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_care_records_grid_due\` ON \`care_records\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_care_records_community_due\` ON \`care_records\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_care_records_member\` ON \`care_records\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_care_records_safety\` ON \`care_records\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_care_records_closed\` ON \`care_records\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_care_records_escalate\` ON \`care_records\`
        `);
        await queryRunner.query(`
            DROP TABLE \`care_records\`
        `);
        await queryRunner.query(`
            DROP INDEX \`uq_care_categories_name\` ON \`care_categories\`
        `);
        await queryRunner.query(`
            DROP TABLE \`care_categories\`
        `);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

export class PatrolsJobs1796500439230 implements MigrationInterface {
    name = 'PatrolsJobs1796500439230'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE \`job_seekers\` (
                \`id\` varchar(36) NOT NULL,
                \`community_id\` varchar(36) NOT NULL,
                \`grid_id\` varchar(36) NOT NULL,
                \`care_record_id\` varchar(36) NULL,
                \`name_cipher\` varchar(200) NOT NULL,
                \`name_mask\` varchar(16) NOT NULL,
                \`phone_cipher\` varchar(200) NULL,
                \`skills\` varchar(300) NOT NULL,
                \`wishes\` varchar(300) NOT NULL,
                \`status\` varchar(8) NOT NULL,
                \`created_by\` varchar(36) NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`idx_job_seekers_grid_status\` (\`grid_id\`, \`status\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`job_services\` (
                \`id\` varchar(36) NOT NULL,
                \`seeker_id\` varchar(36) NOT NULL,
                \`kind\` varchar(12) NOT NULL,
                \`title\` varchar(100) NOT NULL,
                \`provider\` varchar(64) NOT NULL,
                \`service_on\` varchar(10) NOT NULL,
                \`outcome\` varchar(10) NOT NULL,
                \`outcome_note\` varchar(200) NULL,
                \`outcome_at\` datetime(3) NULL,
                \`recorded_by\` varchar(36) NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`idx_job_services_seeker\` (\`seeker_id\`, \`service_on\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`care_patrols\` (
                \`id\` varchar(36) NOT NULL,
                \`grid_id\` varchar(36) NOT NULL,
                \`community_id\` varchar(36) NOT NULL,
                \`worker_id\` varchar(36) NOT NULL,
                \`note\` varchar(200) NULL,
                \`started_at\` datetime(3) NOT NULL,
                \`ended_at\` datetime(3) NULL,
                INDEX \`idx_care_patrols_grid_started\` (\`grid_id\`, \`started_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`care_patrol_observations\` (
                \`id\` varchar(36) NOT NULL,
                \`patrol_id\` varchar(36) NOT NULL,
                \`at\` datetime(3) NOT NULL,
                \`text\` varchar(500) NOT NULL,
                \`lng\` double NULL,
                \`lat\` double NULL,
                \`report_id\` varchar(36) NULL,
                INDEX \`idx_patrol_observations_patrol\` (\`patrol_id\`, \`at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            ALTER TABLE \`photos\` CHANGE \`purpose\` \`purpose\` enum (
                    'report',
                    'order_proof',
                    'mediation_agreement',
                    'care_visit',
                    'patrol_observation'
                ) NOT NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE \`photos\` CHANGE \`purpose\` \`purpose\` enum (
                    'report',
                    'order_proof',
                    'mediation_agreement',
                    'care_visit'
                ) NOT NULL
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_patrol_observations_patrol\` ON \`care_patrol_observations\`
        `);
        await queryRunner.query(`
            DROP TABLE \`care_patrol_observations\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_care_patrols_grid_started\` ON \`care_patrols\`
        `);
        await queryRunner.query(`
            DROP TABLE \`care_patrols\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_job_services_seeker\` ON \`job_services\`
        `);
        await queryRunner.query(`
            DROP TABLE \`job_services\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_job_seekers_grid_status\` ON \`job_seekers\`
        `);
        await queryRunner.query(`
            DROP TABLE \`job_seekers\`
        `);
    }

}

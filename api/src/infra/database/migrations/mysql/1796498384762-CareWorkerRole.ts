import { MigrationInterface, QueryRunner } from "typeorm";

export class CareWorkerRole1796498384762 implements MigrationInterface {
    name = 'CareWorkerRole1796498384762'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE \`role_grants\` CHANGE \`role\` \`role\` enum (
                    'resident',
                    'part_time_grid_member',
                    'grid_worker',
                    'organizer',
                    'community_staff',
                    'street_admin',
                    'mediator',
                    'mediation_admin',
                    'care_worker'
                ) NOT NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
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
    }

}

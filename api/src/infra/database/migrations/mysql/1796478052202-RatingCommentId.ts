import { MigrationInterface, QueryRunner } from "typeorm";

export class RatingCommentId1796478052202 implements MigrationInterface {
    name = 'RatingCommentId1796478052202'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE \`event_ratings\`
            ADD \`comment_id\` varchar(36) NULL
        `);
        await queryRunner.query(`
            CREATE INDEX \`idx_event_ratings_comment\` ON \`event_ratings\` (\`comment_id\`)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX \`idx_event_ratings_comment\` ON \`event_ratings\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`event_ratings\` DROP COLUMN \`comment_id\`
        `);
    }

}

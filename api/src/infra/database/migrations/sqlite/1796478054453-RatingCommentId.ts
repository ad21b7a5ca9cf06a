import { MigrationInterface, QueryRunner } from "typeorm";

export class RatingCommentId1796478054453 implements MigrationInterface {
    name = 'RatingCommentId1796478054453'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "temporary_event_ratings" (
                "event_id" varchar(36) NOT NULL,
                "member_id" varchar(36) NOT NULL,
                "rating" integer NOT NULL,
                "comment" varchar(300),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "comment_id" varchar(36),
                PRIMARY KEY ("event_id", "member_id")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "temporary_event_ratings"(
                    "event_id",
                    "member_id",
                    "rating",
                    "comment",
                    "created_at"
                )
            SELECT "event_id",
                "member_id",
                "rating",
                "comment",
                "created_at"
            FROM "event_ratings"
        `);
        await queryRunner.query(`
            DROP TABLE "event_ratings"
        `);
        await queryRunner.query(`
            ALTER TABLE "temporary_event_ratings"
                RENAME TO "event_ratings"
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_event_ratings_comment" ON "event_ratings" ("comment_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "idx_event_ratings_comment"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_ratings"
                RENAME TO "temporary_event_ratings"
        `);
        await queryRunner.query(`
            CREATE TABLE "event_ratings" (
                "event_id" varchar(36) NOT NULL,
                "member_id" varchar(36) NOT NULL,
                "rating" integer NOT NULL,
                "comment" varchar(300),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                PRIMARY KEY ("event_id", "member_id")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "event_ratings"(
                    "event_id",
                    "member_id",
                    "rating",
                    "comment",
                    "created_at"
                )
            SELECT "event_id",
                "member_id",
                "rating",
                "comment",
                "created_at"
            FROM "temporary_event_ratings"
        `);
        await queryRunner.query(`
            DROP TABLE "temporary_event_ratings"
        `);
    }

}

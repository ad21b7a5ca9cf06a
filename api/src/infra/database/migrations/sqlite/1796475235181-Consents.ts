import { MigrationInterface, QueryRunner } from "typeorm";

export class Consents1796475235181 implements MigrationInterface {
    name = 'Consents1796475235181'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "consents" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "member_id" varchar(36) NOT NULL,
                "document" varchar(16) NOT NULL,
                "version" varchar(32) NOT NULL,
                "accepted_at" datetime(3) NOT NULL,
                "client" varchar(8) NOT NULL,
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_consents_member_accepted" ON "consents" ("member_id", "accepted_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_consents_member_document_version" ON "consents" ("member_id", "document", "version")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "uq_consents_member_document_version"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_consents_member_accepted"
        `);
        await queryRunner.query(`
            DROP TABLE "consents"
        `);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

export class Photos1795329232957 implements MigrationInterface {
    name = 'Photos1795329232957'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "photos" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "owner_id" varchar(36) NOT NULL,
                "purpose" varchar CHECK("purpose" IN ('report', 'order_proof')) NOT NULL,
                "attached_to" varchar(36),
                "storage_key" varchar(200) NOT NULL,
                "thumb_key" varchar(200) NOT NULL,
                "mime" varchar(20) NOT NULL,
                "width" integer NOT NULL,
                "height" integer NOT NULL,
                "bytes" integer NOT NULL,
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now'))
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_photos_attached" ON "photos" ("attached_to")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_photos_owner_created" ON "photos" ("owner_id", "created_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "idx_photos_owner_created"
        `);
        await queryRunner.query(`
            DROP INDEX "idx_photos_attached"
        `);
        await queryRunner.query(`
            DROP TABLE "photos"
        `);
    }

}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionVersion1796462755627 implements MigrationInterface {
  name = 'SessionVersion1796462755627';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "uq_users_wechat_openid"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_users_phone_hash"
        `);
    await queryRunner.query(`
            DROP INDEX "idx_users_home_place"
        `);
    await queryRunner.query(`
            CREATE TABLE "temporary_users" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "nickname" varchar(32) NOT NULL,
                "avatar_url" varchar(500),
                "home_place_id" varchar(36),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "phone_cipher" varchar(200),
                "phone_hash" varchar(64),
                "wechat_openid" varchar(64),
                "deleted_at" datetime(3),
                "session_version" integer NOT NULL DEFAULT (0)
            )
        `);
    await queryRunner.query(`
            INSERT INTO "temporary_users"(
                    "id",
                    "nickname",
                    "avatar_url",
                    "home_place_id",
                    "created_at",
                    "updated_at",
                    "phone_cipher",
                    "phone_hash",
                    "wechat_openid",
                    "deleted_at"
                )
            SELECT "id",
                "nickname",
                "avatar_url",
                "home_place_id",
                "created_at",
                "updated_at",
                "phone_cipher",
                "phone_hash",
                "wechat_openid",
                "deleted_at"
            FROM "users"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
    await queryRunner.query(`
            ALTER TABLE "temporary_users"
                RENAME TO "users"
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_wechat_openid" ON "users" ("wechat_openid")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_phone_hash" ON "users" ("phone_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_users_home_place" ON "users" ("home_place_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "idx_users_home_place"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_users_phone_hash"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_users_wechat_openid"
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
                RENAME TO "temporary_users"
        `);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "nickname" varchar(32) NOT NULL,
                "avatar_url" varchar(500),
                "home_place_id" varchar(36),
                "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime(6) NOT NULL DEFAULT (datetime('now')),
                "phone_cipher" varchar(200),
                "phone_hash" varchar(64),
                "wechat_openid" varchar(64),
                "deleted_at" datetime(3)
            )
        `);
    await queryRunner.query(`
            INSERT INTO "users"(
                    "id",
                    "nickname",
                    "avatar_url",
                    "home_place_id",
                    "created_at",
                    "updated_at",
                    "phone_cipher",
                    "phone_hash",
                    "wechat_openid",
                    "deleted_at"
                )
            SELECT "id",
                "nickname",
                "avatar_url",
                "home_place_id",
                "created_at",
                "updated_at",
                "phone_cipher",
                "phone_hash",
                "wechat_openid",
                "deleted_at"
            FROM "temporary_users"
        `);
    await queryRunner.query(`
            DROP TABLE "temporary_users"
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_users_home_place" ON "users" ("home_place_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_phone_hash" ON "users" ("phone_hash")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_wechat_openid" ON "users" ("wechat_openid")
        `);
  }
}

import { MigrationInterface, QueryRunner } from "typeorm";

// TypeORM 1.1 also emitted an unnamed duplicate UNIQUE INDEX for each new unique column of `users`;
// those two statements were removed before this migration landed (the named uq_* indexes remain).
export class Identity1795327288391 implements MigrationInterface {
    name = 'Identity1795327288391'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE \`role_grants\` (
                \`id\` varchar(36) NOT NULL,
                \`user_id\` varchar(36) NOT NULL,
                \`role\` enum (
                    'resident',
                    'part_time_grid_member',
                    'grid_worker',
                    'organizer',
                    'community_staff',
                    'street_admin'
                ) NOT NULL,
                \`place_id\` varchar(36) NOT NULL,
                \`active_key\` varchar(120) NULL,
                \`granted_by\` varchar(36) NULL,
                \`revoked_at\` datetime(3) NULL,
                \`revoked_by\` varchar(36) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                UNIQUE INDEX \`uq_role_grants_active\` (\`active_key\`),
                INDEX \`idx_role_grants_place\` (\`place_id\`),
                INDEX \`idx_role_grants_user_active\` (\`user_id\`, \`revoked_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`audit_logs\` (
                \`id\` varchar(36) NOT NULL,
                \`actor_id\` varchar(36) NOT NULL,
                \`action\` varchar(48) NOT NULL,
                \`target_type\` varchar(32) NOT NULL,
                \`target_id\` varchar(36) NOT NULL,
                \`place_id\` varchar(36) NOT NULL,
                \`details\` text NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`idx_audit_actor\` (\`actor_id\`),
                INDEX \`idx_audit_place_created\` (\`place_id\`, \`created_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`refresh_tokens\` (
                \`id\` varchar(36) NOT NULL,
                \`user_id\` varchar(36) NOT NULL,
                \`family_id\` varchar(36) NOT NULL,
                \`token_hash\` varchar(64) NOT NULL,
                \`expires_at\` datetime(3) NOT NULL,
                \`rotated_at\` datetime(3) NULL,
                \`revoked_at\` datetime(3) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`idx_refresh_tokens_user\` (\`user_id\`),
                INDEX \`idx_refresh_tokens_family\` (\`family_id\`),
                UNIQUE INDEX \`uq_refresh_tokens_hash\` (\`token_hash\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`sms_codes\` (
                \`id\` varchar(36) NOT NULL,
                \`phone_hash\` varchar(64) NOT NULL,
                \`ip_hash\` varchar(64) NOT NULL,
                \`window_key\` varchar(100) NOT NULL,
                \`code_hash\` varchar(64) NOT NULL,
                \`expires_at\` datetime(3) NOT NULL,
                \`attempts\` int NOT NULL DEFAULT '0',
                \`consumed_at\` datetime(3) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                UNIQUE INDEX \`uq_sms_codes_window\` (\`window_key\`),
                INDEX \`idx_sms_codes_ip_created\` (\`ip_hash\`, \`created_at\`),
                INDEX \`idx_sms_codes_phone_created\` (\`phone_hash\`, \`created_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`residence_bindings\` (
                \`id\` varchar(36) NOT NULL,
                \`user_id\` varchar(36) NOT NULL,
                \`building_id\` varchar(36) NOT NULL,
                \`household\` varchar(32) NOT NULL,
                \`status\` enum ('pending', 'verified', 'rejected', 'withdrawn') NOT NULL,
                \`active_key\` varchar(36) NULL,
                \`reason\` varchar(200) NULL,
                \`reviewed_by\` varchar(36) NULL,
                \`reviewed_at\` datetime(3) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`idx_bindings_user\` (\`user_id\`),
                UNIQUE INDEX \`uq_bindings_active\` (\`active_key\`),
                INDEX \`idx_bindings_status_building\` (\`status\`, \`building_id\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`place_units\` (
                \`id\` varchar(36) NOT NULL,
                \`place_id\` varchar(36) NOT NULL,
                \`kind\` enum (
                    'education_institute',
                    'education_station',
                    'service_point',
                    'service_corner',
                    'co_building_unit',
                    'business'
                ) NOT NULL,
                \`name\` varchar(64) NOT NULL,
                \`address\` varchar(200) NULL,
                \`retired_at\` datetime(3) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`idx_place_units_place_kind\` (\`place_id\`, \`kind\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            CREATE TABLE \`rider_applications\` (
                \`id\` varchar(36) NOT NULL,
                \`user_id\` varchar(36) NOT NULL,
                \`platform\` enum ('meituan', 'eleme', 'sf', 'dada', 'other') NOT NULL,
                \`community_id\` varchar(36) NOT NULL,
                \`grid_ids\` text NOT NULL,
                \`statement\` varchar(300) NOT NULL,
                \`status\` enum (
                    'pending',
                    'approved',
                    'rejected',
                    'revoked',
                    'withdrawn'
                ) NOT NULL,
                \`pending_key\` varchar(36) NULL,
                \`reason\` varchar(200) NULL,
                \`reviewed_by\` varchar(36) NULL,
                \`reviewed_at\` datetime(3) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`idx_rider_apps_user\` (\`user_id\`),
                UNIQUE INDEX \`uq_rider_apps_pending\` (\`pending_key\`),
                INDEX \`idx_rider_apps_status_community\` (\`status\`, \`community_id\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
        await queryRunner.query(`
            ALTER TABLE \`places\`
            ADD \`boundary\` text NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`places\`
            ADD \`min_lng\` double NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`places\`
            ADD \`min_lat\` double NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`places\`
            ADD \`max_lng\` double NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`places\`
            ADD \`max_lat\` double NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`users\`
            ADD \`phone_cipher\` varchar(200) NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`users\`
            ADD \`phone_hash\` varchar(64) NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`users\`
            ADD \`wechat_openid\` varchar(64) NULL
        `);
        await queryRunner.query(`
            ALTER TABLE \`users\`
            ADD \`deleted_at\` datetime(3) NULL
        `);
        await queryRunner.query(`
            CREATE INDEX \`idx_places_level_bbox\` ON \`places\` (\`level\`, \`min_lng\`, \`max_lng\`)
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX \`uq_users_phone_hash\` ON \`users\` (\`phone_hash\`)
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX \`uq_users_wechat_openid\` ON \`users\` (\`wechat_openid\`)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX \`uq_users_wechat_openid\` ON \`users\`
        `);
        await queryRunner.query(`
            DROP INDEX \`uq_users_phone_hash\` ON \`users\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_places_level_bbox\` ON \`places\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`users\` DROP COLUMN \`deleted_at\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`users\` DROP COLUMN \`wechat_openid\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`users\` DROP COLUMN \`phone_hash\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`users\` DROP COLUMN \`phone_cipher\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`places\` DROP COLUMN \`max_lat\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`places\` DROP COLUMN \`max_lng\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`places\` DROP COLUMN \`min_lat\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`places\` DROP COLUMN \`min_lng\`
        `);
        await queryRunner.query(`
            ALTER TABLE \`places\` DROP COLUMN \`boundary\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_rider_apps_status_community\` ON \`rider_applications\`
        `);
        await queryRunner.query(`
            DROP INDEX \`uq_rider_apps_pending\` ON \`rider_applications\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_rider_apps_user\` ON \`rider_applications\`
        `);
        await queryRunner.query(`
            DROP TABLE \`rider_applications\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_place_units_place_kind\` ON \`place_units\`
        `);
        await queryRunner.query(`
            DROP TABLE \`place_units\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_bindings_status_building\` ON \`residence_bindings\`
        `);
        await queryRunner.query(`
            DROP INDEX \`uq_bindings_active\` ON \`residence_bindings\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_bindings_user\` ON \`residence_bindings\`
        `);
        await queryRunner.query(`
            DROP TABLE \`residence_bindings\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_sms_codes_phone_created\` ON \`sms_codes\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_sms_codes_ip_created\` ON \`sms_codes\`
        `);
        await queryRunner.query(`
            DROP INDEX \`uq_sms_codes_window\` ON \`sms_codes\`
        `);
        await queryRunner.query(`
            DROP TABLE \`sms_codes\`
        `);
        await queryRunner.query(`
            DROP INDEX \`uq_refresh_tokens_hash\` ON \`refresh_tokens\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_refresh_tokens_family\` ON \`refresh_tokens\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_refresh_tokens_user\` ON \`refresh_tokens\`
        `);
        await queryRunner.query(`
            DROP TABLE \`refresh_tokens\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_audit_place_created\` ON \`audit_logs\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_audit_actor\` ON \`audit_logs\`
        `);
        await queryRunner.query(`
            DROP TABLE \`audit_logs\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_role_grants_user_active\` ON \`role_grants\`
        `);
        await queryRunner.query(`
            DROP INDEX \`idx_role_grants_place\` ON \`role_grants\`
        `);
        await queryRunner.query(`
            DROP INDEX \`uq_role_grants_active\` ON \`role_grants\`
        `);
        await queryRunner.query(`
            DROP TABLE \`role_grants\`
        `);
    }

}

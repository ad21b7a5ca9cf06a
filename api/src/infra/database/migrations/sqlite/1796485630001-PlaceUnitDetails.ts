import { MigrationInterface, QueryRunner } from "typeorm";

export class PlaceUnitDetails1796485630001 implements MigrationInterface {
    name = 'PlaceUnitDetails1796485630001'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "place_units"
            ADD "services" varchar(500)
        `);
        await queryRunner.query(`
            ALTER TABLE "place_units"
            ADD "opening_hours" varchar(100)
        `);
        await queryRunner.query(`
            ALTER TABLE "place_units"
            ADD "contact_name" varchar(32)
        `);
        await queryRunner.query(`
            ALTER TABLE "place_units"
            ADD "contact_phone" varchar(20)
        `);
        await queryRunner.query(`
            ALTER TABLE "place_units"
            ADD "lng" double
        `);
        await queryRunner.query(`
            ALTER TABLE "place_units"
            ADD "lat" double
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "place_units" DROP COLUMN "lat"
        `);
        await queryRunner.query(`
            ALTER TABLE "place_units" DROP COLUMN "lng"
        `);
        await queryRunner.query(`
            ALTER TABLE "place_units" DROP COLUMN "contact_phone"
        `);
        await queryRunner.query(`
            ALTER TABLE "place_units" DROP COLUMN "contact_name"
        `);
        await queryRunner.query(`
            ALTER TABLE "place_units" DROP COLUMN "opening_hours"
        `);
        await queryRunner.query(`
            ALTER TABLE "place_units" DROP COLUMN "services"
        `);
    }

}

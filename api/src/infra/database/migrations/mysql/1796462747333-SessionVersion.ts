import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionVersion1796462747333 implements MigrationInterface {
  name = 'SessionVersion1796462747333';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE \`users\`
            ADD \`session_version\` int NOT NULL DEFAULT '0'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE \`users\` DROP COLUMN \`session_version\`
        `);
  }
}

#!/usr/bin/env node
// The floor for GET /api/events: bare Fastify + mysql2 issuing the same statement the API's EventsRepository
// issues for a page (captured from TypeORM's getQueryAndParameters) and answering the same JSON page. No validation, DI,
// guards or entity metadata: what is left is the database and the HTTP stack.
// Usage: DATABASE_URL=mariadb://root@127.0.0.1:3306/tongxin_bench PORT=4100 node bench/baseline-server.mjs
import Fastify from 'fastify';
import mysql from 'mysql2/promise';

const url = new URL(process.env.DATABASE_URL ?? 'mariadb://root@127.0.0.1:3306/tongxin_bench');
const db = mysql.createPool({
  host: url.hostname,
  port: Number(url.port || 3306),
  user: decodeURIComponent(url.username),
  password: decodeURIComponent(url.password),
  database: url.pathname.slice(1),
  timezone: 'Z',
  charset: 'utf8mb4_unicode_ci',
  connectionLimit: Number(process.env.DB_POOL_SIZE ?? 10), // the API's default pool size
});

const PAGE =
  'SELECT `e`.`id` AS id, `e`.`title` AS title, `e`.`type` AS type, `e`.`venue` AS venue, `e`.`starts_at` AS startsAt, ' +
  '`e`.`ends_at` AS endsAt, `e`.`capacity` AS capacity, `e`.`points_reward` AS pointsReward, `e`.`place_id` AS placeId, ' +
  '`p`.`name` AS placeName, page.total AS `total` FROM (SELECT `i`.`id` AS `id`, COUNT(*) OVER () AS `total` ' +
  'FROM `events` `i` USE INDEX (`idx_events_status_ends_starts`) WHERE `i`.`status` = ? AND `i`.`ends_at` >= ? ' +
  'ORDER BY `i`.`starts_at` ASC, `i`.`id` ASC LIMIT ? OFFSET ?) `page` INNER JOIN `events` `e` ON `e`.`id` = page.id ' +
  'INNER JOIN `places` `p` ON `p`.`id` = `e`.`place_id` ORDER BY `e`.`starts_at` ASC, `e`.`id` ASC';
const COUNT =
  'SELECT COUNT(*) AS `cnt` FROM `events` `e` USE INDEX (`idx_events_status_ends_starts`) WHERE `e`.`status` = ? AND `e`.`ends_at` >= ?';

const app = Fastify({ logger: false });

app.get('/api/health', async () => ({ status: 'ok' }));

// Only the query the bench sends (upcoming=true): enough to be the same work, no more.
app.get('/api/events', async (request) => {
  const page = Math.max(1, Number(request.query.page ?? 1) | 0);
  const pageSize = Math.min(50, Math.max(1, Number(request.query.pageSize ?? 20) | 0));
  const now = new Date();
  const [rows] = await db.query(PAGE, ['published', now, pageSize, (page - 1) * pageSize]);
  // The page's rows carry the total; a page past the end counts on its own, as the API does.
  const total =
    rows.length > 0 || page === 1
      ? Number(rows[0]?.total ?? 0)
      : Number((await db.query(COUNT, ['published', now]))[0][0].cnt);
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      type: r.type,
      venue: r.venue,
      startsAt: r.startsAt.toISOString(),
      endsAt: r.endsAt.toISOString(),
      capacity: Number(r.capacity),
      pointsReward: Number(r.pointsReward),
      placeId: r.placeId,
      placeName: r.placeName,
    })),
    total,
    page,
    pageSize,
    hasMore: page * pageSize < total,
  };
});

const port = Number(process.env.PORT ?? 4100);
await app.listen({ host: '127.0.0.1', port });
process.stdout.write(`baseline listening on http://127.0.0.1:${port}/api\n`);

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, async () => {
    await app.close();
    await db.end();
    process.exit(0);
  });
}

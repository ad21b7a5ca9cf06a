// The concurrency scenarios: check-in burst, 100 grabbers for one order, 500 redemptions of 50 in stock.
// Each run makes its own fixtures (a fresh event, order and mall item) in the seeded database, so reruns on a
// reused seed measure the same thing. Fixtures keep the invariants: ledger-backed funding, loads under the cap.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

import { accessToken, log, percentile, round1, TICKET_SIGNING_KEY } from './lib.mjs';

const require = createRequire(import.meta.url);
const { signTicket } = require('../packages/tickets/dist/index.js');

const ACTIVE_CAP = 3;

async function post(url, token, body, headers = {}, { timeoutMs = 60_000, stop } = {}) {
  const started = performance.now();
  const signals = [AbortSignal.timeout(timeoutMs), ...(stop ? [stop] : [])];
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.any(signals),
    });
    const json = await res.json().catch(() => null);
    return { status: res.status, json, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, json: { code: String(error?.name ?? error) }, ms: performance.now() - started };
  }
}

const tally = (results) =>
  results.reduce(
    (acc, r) => ({
      ...acc,
      [`${r.status} ${r.json?.outcome ?? r.json?.code ?? ''}`.trim()]:
        (acc[`${r.status} ${r.json?.outcome ?? r.json?.code ?? ''}`.trim()] ?? 0) + 1,
    }),
    {},
  );

// ---- check-in -----------------------------------------------------------------------------------------------

/** An event happening now in the bench community, with `tickets` confirmed sign-ups of distinct members. */
export async function checkinFixture(db, seed, tickets) {
  const now = Date.now();
  const eventId = randomUUID();
  const startsAt = new Date(now - 30 * 60_000);
  const endsAt = new Date(now + 3 * 3_600_000);
  const [members] = await db.query(
    `SELECT u.id FROM users u JOIN places b ON b.id = u.home_place_id
     WHERE b.path LIKE ? AND u.id NOT IN (?) ORDER BY RAND() LIMIT ?`,
    [`%/${seed.benchCommunityId}/%`, seed.organizerIds, tickets],
  );
  if (members.length < tickets) throw new Error(`only ${members.length} members in the bench community`);
  await db.query(
    `INSERT INTO events (id, place_id, title, type, description, venue, starts_at, ends_at, capacity, points_reward, status, confirmed_count, organizer_id)
     VALUES (?, ?, ?, 'festival', ?, ?, ?, ?, ?, 10, 'published', ?, ?)`,
    [
      eventId,
      seed.benchCommunityId,
      `压测活动 ${new Date(now).toISOString().slice(0, 16)}`,
      '签到压测',
      '社区广场',
      startsAt,
      endsAt,
      tickets,
      tickets,
      seed.organizerIds[0],
    ],
  );
  const registrations = members.map((m) => ({ id: randomUUID(), memberId: m.id }));
  for (let i = 0; i < registrations.length; i += 1000) {
    const chunk = registrations
      .slice(i, i + 1000)
      .map((r) => [r.id, eventId, r.memberId, 'confirmed', `${eventId}:${r.memberId}`]);
    await db.query('INSERT INTO event_registrations (id, event_id, member_id, status, live_key) VALUES ?', [chunk]);
  }
  // The same claims the API signs in GET /events/registrations/:id/ticket (window ±120 min around the event).
  const key = new Uint8Array(Buffer.from(TICKET_SIGNING_KEY, 'base64'));
  const validFrom = new Date(startsAt.getTime() - 120 * 60_000);
  const validUntil = new Date(endsAt.getTime() + 120 * 60_000);
  for (const r of registrations) r.ticket = signTicket({ eventId, registrationId: r.id, validFrom, validUntil }, key);
  return { eventId, registrations };
}

/**
 * `scanners` scanners at the door, each working through its share of the tickets with `perScanner` scans in
 * flight; `repeatShare` of the tickets are shown again (a new nonce) at the next scanner, at the same time.
 */
export async function checkinBurst(
  base,
  db,
  seed,
  { tickets = 1000, scanners = 3, perScanner = 4, repeatShare = 0.1, deadlineMs = 120_000 } = {},
) {
  const { eventId, registrations } = await checkinFixture(db, seed, tickets);
  const scannerIds = seed.organizerIds.slice(0, scanners);
  const queues = scannerIds.map(() => []);
  registrations.forEach((r, i) => queues[i % scanners].push(r));
  const repeats = registrations.filter((_, i) => i % Math.round(1 / repeatShare) === 0);
  repeats.forEach((r, i) => {
    const q = queues[(registrations.indexOf(r) + 1) % scanners];
    q.splice(Math.min(q.length, Math.floor((i / repeats.length) * q.length) + 2), 0, r); // interleaved, close behind the first scan
  });
  const results = [];
  const deadline = Date.now() + deadlineMs;
  // At the deadline the scans still waiting are abandoned (they count as sent, with their time so far).
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), deadlineMs);
  const started = performance.now();
  await Promise.all(
    scannerIds.map(async (scannerId, s) => {
      const token = accessToken(scannerId);
      const queue = queues[s];
      let next = 0;
      await Promise.all(
        Array.from({ length: perScanner }, async () => {
          while (next < queue.length && Date.now() < deadline) {
            const r = queue[next++];
            results.push(
              await post(
                `${base}/events/${eventId}/checkins`,
                token,
                { ticket: r.ticket, nonce: randomUUID().replace(/-/g, '') },
                {},
                { timeoutMs: 30_000, stop: stop.signal },
              ),
            );
          }
        }),
      );
    }),
  );
  clearTimeout(timer);
  const seconds = (performance.now() - started) / 1000;
  const drainStarted = Date.now();
  const drained = await drain(db);
  const drainSeconds = round1((Date.now() - drainStarted) / 1000);
  const [[row]] = await db.query(
    'SELECT COUNT(*) AS live, COUNT(DISTINCT registration_id) AS regs FROM event_checkins WHERE event_id = ? AND live_key IS NOT NULL',
    [eventId],
  );
  const [[dupRow]] = await db.query(
    'SELECT COUNT(*) AS n FROM (SELECT registration_id FROM event_checkins WHERE event_id = ? GROUP BY registration_id HAVING COUNT(*) > 1) d',
    [eventId],
  );
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
  const outcomes = tally(results);
  const scans = registrations.length + repeats.length;
  log(
    `check-in: ${results.length}/${scans} scans in ${seconds.toFixed(1)} s ${JSON.stringify(outcomes)}; ${row.live} live check-ins`,
  );
  return {
    accepted: Number(row.regs),
    duplicates: Number(dupRow.n) + (Number(row.live) - Number(row.regs)),
    rps: round1(results.length / seconds),
    p99: round1(percentile(latencies, 99)),
    detail: {
      scans,
      sent: results.length,
      seconds: round1(seconds),
      outcomes,
      p50_ms: round1(percentile(latencies, 50)),
      tickets: registrations.length,
      timedOut: results.length < scans,
      drained,
      drainSeconds,
    },
  };
}

/** Waits (up to `maxMs`) until the API's connections to the bench database have run nothing for 2 s. */
export async function drain(db, maxMs = 90_000) {
  const until = Date.now() + maxMs;
  let quiet = 0;
  for (;;) {
    const [[row]] = await db.query(
      "SELECT COUNT(*) AS n FROM information_schema.processlist WHERE db = DATABASE() AND command = 'Query' AND id <> CONNECTION_ID() AND info NOT LIKE '%information_schema.processlist%'",
    );
    quiet = Number(row.n) === 0 ? quiet + 1 : 0;
    if (quiet >= 8) return true;
    if (Date.now() > until) {
      log(`drain: the API was still busy ${maxMs / 1000} s after the burst`);
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

// ---- grab ---------------------------------------------------------------------------------------------------

/** A fresh open order in the bench grid and `n` part-time members of that grid who are below the active cap. */
async function grabFixture(db, seed, n) {
  const [[grid]] = await db.query('SELECT id, path FROM places WHERE id = ?', [seed.benchGridId]);
  const [[category]] = await db.query(
    "SELECT id, kind, open_hours FROM report_categories WHERE community_id = ? AND kind = 'report' ORDER BY name LIMIT 1",
    [seed.benchCommunityId],
  );
  const [[reporter]] = await db.query(
    'SELECT u.id, u.home_place_id FROM users u JOIN places b ON b.id = u.home_place_id WHERE b.parent_id = ? ORDER BY u.id DESC LIMIT 1',
    [seed.benchGridId],
  );
  const [grabbers] = await db.query(
    `SELECT g.user_id AS id FROM role_grants g LEFT JOIN handler_loads l ON l.user_id = g.user_id
     WHERE g.place_id = ? AND g.role = 'part_time_grid_member' AND g.revoked_at IS NULL AND COALESCE(l.active, 0) < ?
     ORDER BY RAND() LIMIT ?`,
    [grid.id, ACTIVE_CAP, n],
  );
  if (grabbers.length < n)
    throw new Error(`only ${grabbers.length} eligible grabbers left in the bench grid (reseed with --reseed)`);
  const reportId = randomUUID();
  const orderId = randomUUID();
  const now = new Date();
  const conn = await db.getConnection();
  try {
    await conn.beginTransaction();
    await conn.query(
      'INSERT INTO reports (id, kind, category_id, community_id, grid_id, building_id, reporter_id, text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [
        reportId,
        category.kind,
        category.id,
        seed.benchCommunityId,
        grid.id,
        reporter.home_place_id,
        reporter.id,
        '压测：楼下晾衣架坏了',
        now,
      ],
    );
    await conn.query(
      "INSERT INTO grid_orders (id, report_id, grid_id, community_id, status, deadline_at, escalation, created_at) VALUES (?, ?, ?, ?, 'open', ?, 'grid', ?)",
      [
        orderId,
        reportId,
        grid.id,
        seed.benchCommunityId,
        new Date(now.getTime() + category.open_hours * 3_600_000),
        now,
      ],
    );
    await conn.query(
      "INSERT INTO order_history (id, order_id, action, from_status, to_status, actor_id, created_at) VALUES (?, ?, 'created', NULL, 'open', ?, ?)",
      [randomUUID(), orderId, reporter.id, now],
    );
    await conn.commit();
  } finally {
    conn.release();
  }
  return { orderId, grabbers: grabbers.map((g) => g.id) };
}

export async function grabRace(base, db, seed, n = 100) {
  const { orderId, grabbers } = await grabFixture(db, seed, n);
  const tokens = grabbers.map(accessToken);
  const results = await Promise.all(tokens.map((token) => post(`${base}/orders/${orderId}/grab`, token)));
  const ok = results.filter((r) => r.status === 200);
  const [[order]] = await db.query('SELECT status, handler_id FROM grid_orders WHERE id = ?', [orderId]);
  const [[grabbed]] = await db.query(
    "SELECT COUNT(*) AS n FROM order_history WHERE order_id = ? AND action = 'grabbed'",
    [orderId],
  );
  log(
    `grab: ${ok.length} winner(s) by responses, order ${order.status}, ${grabbed.n} 'grabbed' history row(s) ${JSON.stringify(tally(results))}`,
  );
  // The worst of the two counts: 200 answers, and 'grabbed' history rows written for this order.
  return {
    winners: Math.max(ok.length, Number(grabbed.n)),
    detail: {
      byResponses: ok.length,
      historyRows: Number(grabbed.n),
      orderStatus: order.status,
      outcomes: tally(results),
    },
  };
}

// ---- redeem -------------------------------------------------------------------------------------------------

const itemName = (itemId) => `压测环保袋 ${itemId.slice(0, 8)}`;

/** A mall item with `stock` in the bench community and `n` members funded through the ledger (entry + balance + tallies). */
async function redeemFixture(db, seed, n, stock, price) {
  const itemId = randomUUID();
  await db.query(
    "INSERT INTO mall_items (id, community_id, name, points_price, stock, per_member_limit, pickup_place, on_shelf, created_by) VALUES (?, ?, ?, ?, ?, 1, '党群服务中心', 1, ?)",
    [itemId, seed.benchCommunityId, itemName(itemId), price, stock, seed.organizerIds[0]],
  );
  const [members] = await db.query(
    'SELECT u.id FROM users u JOIN places b ON b.id = u.home_place_id WHERE b.path LIKE ? ORDER BY RAND() LIMIT ?',
    [`%/${seed.benchCommunityId}/%`, n],
  );
  const month = `M${new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7)}`;
  const conn = await db.getConnection();
  try {
    await conn.beginTransaction();
    const entries = members.map((m) => [
      randomUUID(),
      m.id,
      seed.benchCommunityId,
      price,
      'staff_award',
      itemId,
      `bench-fund:${itemId}`,
      seed.organizerIds[0],
      '压测充值',
    ]);
    await conn.query(
      'INSERT INTO points_entries (id, member_id, community_id, amount, source, source_id, idempotency_key, actor_id, reason) VALUES ?',
      [entries],
    );
    await conn.query(
      'INSERT INTO points_accounts (member_id, balance) VALUES ? ON DUPLICATE KEY UPDATE balance = balance + VALUES(balance)',
      [members.map((m) => [m.id, price])],
    );
    const tallies = members.flatMap((m) => [
      [seed.benchCommunityId, 'all', m.id, price],
      [seed.benchCommunityId, month, m.id, price],
    ]);
    await conn.query(
      'INSERT INTO points_tallies (place_id, period_key, member_id, points) VALUES ? ON DUPLICATE KEY UPDATE points = points + VALUES(points)',
      [tallies],
    );
    await conn.commit();
  } catch (error) {
    await conn.rollback();
    throw error;
  } finally {
    conn.release();
  }
  return { itemId, members: members.map((m) => m.id) };
}

export async function redeemRace(base, db, seed, { n = 500, stock = 50, price = 100 } = {}) {
  const { itemId, members } = await redeemFixture(db, seed, n, stock, price);
  const tokens = members.map(accessToken);
  const started = performance.now();
  const results = await Promise.all(
    tokens.map((token) =>
      post(`${base}/mall/items/${itemId}/redeem`, token, undefined, {
        'idempotency-key': randomUUID().replace(/-/g, ''),
      }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const ok = results.filter((r) => r.status === 200 || r.status === 201).length;
  const [[item]] = await db.query('SELECT stock FROM mall_items WHERE id = ?', [itemId]);
  const [[red]] = await db.query('SELECT COUNT(*) AS n FROM mall_redemptions WHERE item_id = ?', [itemId]);
  const [[debits]] = await db.query(
    "SELECT COUNT(*) AS n FROM points_entries WHERE source = 'redemption' AND reason = ? AND member_id IN (?)",
    [itemName(itemId), members],
  );
  const sold = Math.max(ok, Number(red.n), Number(debits.n));
  const oversold = Math.max(0, sold - stock) + (item.stock < 0 ? -item.stock : 0);
  log(
    `redeem: ${ok} succeeded, ${red.n} redemption rows, ${debits.n} debits, stock left ${item.stock}, ${seconds.toFixed(1)} s ${JSON.stringify(tally(results))}`,
  );
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
  return {
    oversold,
    detail: {
      succeeded: ok,
      redemptionRows: Number(red.n),
      debits: Number(debits.n),
      stockLeft: item.stock,
      seconds: round1(seconds),
      p99_ms: round1(percentile(latencies, 99)),
      outcomes: tally(results),
    },
  };
}

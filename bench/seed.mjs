// Generates a realistic volume in tongxin_bench with multi-row INSERTs (nothing in the schema disabled):
// 2 streets, 10 communities, 100 grids, 600 buildings, 20,000 members, 2,000 events (+ sign-ups, check-ins),
// 50,000 reports with their grid orders (+ history), 500,000 ledger entries with balances, tallies and caps.
// The schema comes from the API's migrations (run.mjs starts the API once on the empty database first).
import { randomUUID } from 'node:crypto';

import { log, pool } from './lib.mjs';

export const SEED_VERSION = 1;
export const VOLUME = {
  streets: 2,
  communities: 10,
  grids: 100,
  members: 20_000,
  events: 2_000,
  orders: 50_000,
  ledger: 500_000,
};

const COMMUNITIES_PER_STREET = 5;
const GRIDS_PER_COMMUNITY = 10;
const BUILDINGS_PER_GRID = 6;
/** The first grid holds this many part-time members: the 100 grabbers of the grab test come from here. */
const BENCH_GRID_GRABBERS = 150;
const ACTIVE_CAP = 3;
const DAY = 86_400_000;

// A small deterministic PRNG so two seeds have the same shape.
let state = 0x2f6b1d3;
const rnd = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return ((state >>> 0) % 1_000_000) / 1_000_000;
};
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (list) => list[Math.floor(rnd() * list.length)];

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段';
const GIVEN = '建国秀兰桂英玉兰志强海燕丽娟晓明春梅淑珍德华文静子涵宇轩浩然欣怡其其格乌云阿娜尔巴特尔敖登格日勒萨仁';
const nickname = () =>
  SURNAMES[int(0, SURNAMES.length - 1)] + GIVEN.slice(int(0, GIVEN.length - 2), undefined).slice(0, int(1, 2));

const EVENT_TITLES = [
  '红石榴课堂·书法培训',
  '五老讲红色故事',
  '非遗丝编体验课',
  '石榴花开在青城文化节',
  '公益假期托管班',
  '“感党恩、听党话、跟党走”宣讲',
  '晾衣架志愿服务日',
  '邻里文化节',
  '益企向未来讲堂',
  '故事市集',
  '健康义诊',
  '反诈宣传进社区',
  '垃圾分类小课堂',
  '老年智能手机课',
  '亲子读书会',
];
const EVENT_TYPES = ['class', 'festival', 'care', 'talk', 'volunteer'];
const CATEGORIES = [
  ['晾衣难', 'report', 24, 4, 48],
  ['楼道堆物', 'report', 24, 4, 24],
  ['路灯损坏', 'report', 48, 8, 72],
  ['下水道堵塞', 'report', 12, 2, 24],
  ['一老一小照看', 'need', 24, 4, 24],
  ['代买代办', 'need', 12, 2, 12],
];
const REPORT_TEXTS = [
  '楼下晾衣架坏了，老人没地方晒被子',
  '楼道里堆了很多纸箱，有消防隐患',
  '小区东门路灯不亮，晚上很黑',
  '单元门口下水道堵了，雨天积水',
  '独居老人需要每天有人看一下',
  '行动不便，想请人帮忙买药',
];

function chinaKey(at, len) {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, len);
}
const monthKey = (at) => `M${chinaKey(at, 7)}`;

/** Inserts `rows` (arrays in `columns` order) in batches, `parallel` batches at a time. */
async function insert(db, table, columns, rows, { batch = 2000, parallel = 2 } = {}) {
  const sql = `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES ?`;
  const batches = [];
  for (let i = 0; i < rows.length; i += batch) batches.push(rows.slice(i, i + batch));
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < batches.length) {
        const chunk = batches[next++];
        await db.query(sql, [chunk]);
      }
    }),
  );
}

export async function seedVolume() {
  const started = Date.now();
  const db = pool(3);
  try {
    const now = new Date();
    const t = (ms) => new Date(now.getTime() + ms);

    // ---- places ------------------------------------------------------------------------------------------
    const places = [];
    const streets = [];
    const communities = [];
    const grids = [];
    const buildings = [];
    for (let s = 0; s < VOLUME.streets; s++) {
      const street = {
        id: randomUUID(),
        level: 'street',
        name: `${['环河街', '滨河街'][s] ?? `第${s + 1}`}街道`,
        parentId: null,
      };
      street.path = `${street.id}/`;
      streets.push(street);
      places.push(street);
      for (let c = 0; c < COMMUNITIES_PER_STREET; c++) {
        const community = {
          id: randomUUID(),
          level: 'community',
          name: `${['阿吉拉沁', '兴旺', '丽日', '青城', '康巴什'][c]}${s + 1}社区`,
          parentId: street.id,
          street,
        };
        community.path = `${street.path}${community.id}/`;
        communities.push(community);
        places.push(community);
        for (let g = 0; g < GRIDS_PER_COMMUNITY; g++) {
          const grid = { id: randomUUID(), level: 'grid', name: `第${g + 1}网格`, parentId: community.id, community };
          grid.path = `${community.path}${grid.id}/`;
          grids.push(grid);
          places.push(grid);
          for (let b = 0; b < BUILDINGS_PER_GRID; b++) {
            const building = {
              id: randomUUID(),
              level: 'building',
              name: `${g * BUILDINGS_PER_GRID + b + 1}号楼`,
              parentId: grid.id,
              grid,
            };
            building.path = `${grid.path}${building.id}/`;
            buildings.push(building);
            places.push(building);
          }
        }
      }
    }
    await insert(
      db,
      'places',
      ['id', 'level', 'name', 'parent_id', 'path'],
      places.map((p) => [p.id, p.level, p.name, p.parentId, p.path]),
    );
    log(`seed: ${places.length} places`);

    // ---- members and role grants --------------------------------------------------------------------------
    const members = [];
    for (let i = 0; i < VOLUME.members; i++) {
      const building = buildings[i % buildings.length];
      members.push({
        id: randomUUID(),
        nickname: nickname(),
        building,
        grid: building.grid,
        community: building.grid.community,
        createdAt: t(-int(200, 900) * DAY),
      });
    }
    await insert(
      db,
      'users',
      ['id', 'nickname', 'home_place_id', 'created_at'],
      members.map((m) => [m.id, m.nickname, m.building.id, m.createdAt]),
    );
    const grants = [];
    const grant = (member, role, place) =>
      grants.push([randomUUID(), member.id, role, place.id, `${member.id}:${role}:${place.id}`, member.createdAt]);
    for (const m of members) grant(m, 'resident', m.building);
    const byGrid = new Map(grids.map((g) => [g.id, []]));
    const byCommunity = new Map(communities.map((c) => [c.id, []]));
    for (const m of members) {
      byGrid.get(m.grid.id).push(m);
      byCommunity.get(m.community.id).push(m);
    }
    const benchGrid = grids[0];
    const gridHandlers = new Map(); // grid → members who may grab there and hold seeded orders
    const benchGrabbers = [];
    for (const grid of grids) {
      const residents = byGrid.get(grid.id);
      const handlers = [residents[0], residents[1], residents[2]];
      grant(residents[0], 'part_time_grid_member', grid);
      grant(residents[1], 'part_time_grid_member', grid);
      grant(residents[2], 'grid_worker', grid);
      gridHandlers.set(grid.id, handlers);
      if (grid === benchGrid) {
        for (const m of residents.slice(3, 3 + BENCH_GRID_GRABBERS)) {
          grant(m, 'part_time_grid_member', grid);
          benchGrabbers.push(m.id);
        }
      }
    }
    const organizers = new Map();
    for (const community of communities) {
      const residents = byCommunity.get(community.id);
      const pool3 = residents.slice(-6);
      organizers.set(community.id, pool3.slice(0, 3));
      for (const m of pool3.slice(0, 3)) grant(m, 'organizer', community);
      for (const m of pool3.slice(3, 5)) grant(m, 'community_staff', community);
    }
    for (const street of streets) {
      const admin = members.find(
        (m) => m.community.street === street && !grants.some((g) => g[1] === m.id && g[2] !== 'resident'),
      );
      grant(admin, 'street_admin', street);
    }
    await insert(db, 'role_grants', ['id', 'user_id', 'role', 'place_id', 'active_key', 'created_at'], grants);
    log(`seed: ${members.length} members, ${grants.length} role grants`);

    // ---- events, sign-ups, check-ins --------------------------------------------------------------------
    const events = [];
    const registrations = [];
    const checkins = [];
    for (let i = 0; i < VOLUME.events; i++) {
      const community = communities[i % communities.length];
      const place = rnd() < 0.7 ? community : pick(grids.filter((g) => g.community === community));
      const startsAt = t(int(-180 * 24, 60 * 24) * 3_600_000 + int(0, 59) * 60_000);
      const endsAt = new Date(startsAt.getTime() + int(1, 4) * 3_600_000);
      const roll = rnd();
      const status = roll < 0.85 ? 'published' : roll < 0.93 ? 'cancelled' : 'draft';
      const capacity = pick([20, 30, 50, 80, 100, 200]);
      const organizer = organizers.get(community.id)[0];
      const event = {
        id: randomUUID(),
        placeId: place.id,
        title: pick(EVENT_TITLES),
        type: pick(EVENT_TYPES),
        startsAt,
        endsAt,
        capacity,
        status,
        organizerId: organizer.id,
        confirmed: 0,
      };
      if (status === 'published') {
        const residents = byCommunity.get(community.id);
        const n = int(0, Math.min(capacity, 40));
        const offset = int(0, residents.length - n - 1);
        for (let k = 0; k < n; k++) {
          const member = residents[offset + k];
          const id = randomUUID();
          const createdAt = new Date(startsAt.getTime() - int(1, 14) * DAY);
          registrations.push([id, event.id, member.id, 'confirmed', `${event.id}:${member.id}`, createdAt]);
          event.confirmed += 1;
          if (endsAt < now && rnd() < 0.75) {
            const scannedAt = new Date(startsAt.getTime() + int(-30, 30) * 60_000);
            checkins.push([randomUUID(), event.id, id, id, organizer.id, 'online', scannedAt, scannedAt]);
          }
        }
      }
      events.push(event);
    }
    await insert(
      db,
      'events',
      [
        'id',
        'place_id',
        'title',
        'type',
        'description',
        'venue',
        'starts_at',
        'ends_at',
        'capacity',
        'points_reward',
        'status',
        'confirmed_count',
        'organizer_id',
        'cancel_deadline_hours',
        'needs_approval',
      ],
      events.map((e) => [
        e.id,
        e.placeId,
        e.title,
        e.type,
        `${e.title}：欢迎社区居民参加。`,
        '社区党群服务中心',
        e.startsAt,
        e.endsAt,
        e.capacity,
        pick([0, 5, 10, 20]),
        e.status,
        e.confirmed,
        e.organizerId,
        2,
        0,
      ]),
      { batch: 1000 },
    );
    await insert(
      db,
      'event_registrations',
      ['id', 'event_id', 'member_id', 'status', 'live_key', 'created_at'],
      registrations,
    );
    await insert(
      db,
      'event_checkins',
      ['id', 'event_id', 'registration_id', 'live_key', 'scanner_id', 'method', 'scanned_at', 'recorded_at'],
      checkins,
    );
    log(`seed: ${events.length} events, ${registrations.length} sign-ups, ${checkins.length} check-ins`);

    // ---- report categories, reports, grid orders, history, handler loads -------------------------------
    const categories = new Map();
    const categoryRows = [];
    for (const community of communities) {
      const list = CATEGORIES.map(([name, kind, openHours, claimedHours, inProgressHours]) => ({
        id: randomUUID(),
        name,
        kind,
        openHours,
        claimedHours,
        inProgressHours,
      }));
      categories.set(community.id, list);
      for (const c of list)
        categoryRows.push([c.id, community.id, c.name, c.kind, c.openHours, c.claimedHours, c.inProgressHours, 1]);
    }
    await insert(
      db,
      'report_categories',
      ['id', 'community_id', 'name', 'kind', 'open_hours', 'claimed_hours', 'in_progress_hours', 'active'],
      categoryRows,
    );
    const reports = [];
    const orders = [];
    const history = [];
    const loads = new Map();
    for (let i = 0; i < VOLUME.orders; i++) {
      const reporter = members[int(0, members.length - 1)];
      const category = pick(categories.get(reporter.community.id));
      const roll = rnd();
      let status =
        roll < 0.06
          ? 'open'
          : roll < 0.08
            ? 'claimed'
            : roll < 0.1
              ? 'in_progress'
              : roll < 0.13
                ? 'done'
                : roll < 0.43
                  ? 'confirmed'
                  : roll < 0.93
                    ? 'closed'
                    : 'cancelled';
      const recent = status === 'open' || status === 'claimed' || status === 'in_progress' || status === 'done';
      const createdAt = recent ? t(-int(1, 72 * 60) * 60_000) : t(-int(4 * 24 * 60, 365 * 24 * 60) * 60_000);
      let handler = null;
      if (status !== 'open' && status !== 'cancelled') {
        handler = pick(gridHandlers.get(reporter.grid.id));
        if (status === 'claimed' || status === 'in_progress') {
          const active = loads.get(handler.id) ?? 0;
          if (active >= ACTIVE_CAP - 1)
            status = 'done'; // keep every handler below the cap, with room to grab
          else loads.set(handler.id, active + 1);
        }
      }
      const claimedAt = handler ? new Date(createdAt.getTime() + int(5, 600) * 60_000) : null;
      const deadlineAt =
        status === 'open'
          ? new Date(createdAt.getTime() + category.openHours * 3_600_000)
          : status === 'claimed'
            ? new Date(claimedAt.getTime() + category.claimedHours * 3_600_000)
            : status === 'in_progress'
              ? new Date(claimedAt.getTime() + category.inProgressHours * 3_600_000)
              : status === 'done'
                ? new Date(claimedAt.getTime() + 72 * 3_600_000)
                : null;
      const rating = status === 'confirmed' || status === 'closed' ? int(3, 5) : null;
      const reportId = randomUUID();
      const orderId = randomUUID();
      const lng = 111.7 + rnd() * 0.2;
      const lat = 40.8 + rnd() * 0.1;
      reports.push([
        reportId,
        category.kind,
        category.id,
        reporter.community.id,
        reporter.grid.id,
        reporter.building.id,
        reporter.id,
        pick(REPORT_TEXTS),
        `${reporter.building.name}`,
        Math.round(lng * 1e4) / 1e4,
        Math.round(lat * 1e4) / 1e4,
        createdAt,
      ]);
      orders.push([
        orderId,
        reportId,
        reporter.grid.id,
        reporter.community.id,
        status,
        handler?.id ?? null,
        claimedAt,
        deadlineAt,
        'grid',
        0,
        rating,
        createdAt,
      ]);
      history.push([randomUUID(), orderId, 'created', null, 'open', reporter.id, createdAt]);
      if (handler) history.push([randomUUID(), orderId, 'grabbed', 'open', 'claimed', handler.id, claimedAt]);
    }
    await insert(
      db,
      'reports',
      [
        'id',
        'kind',
        'category_id',
        'community_id',
        'grid_id',
        'building_id',
        'reporter_id',
        'text',
        'location_detail',
        'lng',
        'lat',
        'created_at',
      ],
      reports,
    );
    await insert(
      db,
      'grid_orders',
      [
        'id',
        'report_id',
        'grid_id',
        'community_id',
        'status',
        'handler_id',
        'claimed_at',
        'deadline_at',
        'escalation',
        'reopen_count',
        'rating',
        'created_at',
      ],
      orders,
    );
    await insert(
      db,
      'order_history',
      ['id', 'order_id', 'action', 'from_status', 'to_status', 'actor_id', 'created_at'],
      history,
    );
    const loadRows = [...new Set([...gridHandlers.values()].flat())].map((m) => [m.id, loads.get(m.id) ?? 0]);
    await insert(db, 'handler_loads', ['user_id', 'active'], loadRows);
    log(`seed: ${reports.length} reports/orders, ${history.length} history rows`);

    // ---- points: ledger, balances, tallies, cap counters -------------------------------------------------
    const EARN = [
      ['event_attended', 10],
      ['report_verified', 10],
      ['order_completed', 20],
      ['volunteer_hours', 5],
      ['quiz', 10],
      ['video', 5],
      ['staff_award', 30],
    ];
    const perMember = Math.floor(VOLUME.ledger / members.length);
    let extra = VOLUME.ledger - perMember * members.length;
    const accounts = [];
    const tallies = new Map();
    const caps = new Map();
    const addTally = (place, period, member, amount) => {
      const key = `${place}|${period}|${member}`;
      tallies.set(key, (tallies.get(key) ?? 0) + amount);
    };
    let entries = [];
    let written = 0;
    const flush = async () => {
      await insert(
        db,
        'points_entries',
        ['id', 'member_id', 'community_id', 'amount', 'source', 'source_id', 'idempotency_key', 'created_at'],
        entries,
        { batch: 2500, parallel: 3 },
      );
      written += entries.length;
      entries = [];
    };
    for (const m of members) {
      const n = perMember + (extra-- > 0 ? 1 : 0);
      let balance = 0;
      for (let k = 0; k < n; k++) {
        // Oldest first; nothing today, so today's daily caps start empty.
        const at = t(-Math.round(((n - k) / n) * 180 * DAY) - int(1, 23) * 3_600_000);
        let source;
        let amount;
        if (k > 3 && balance >= 60 && rnd() < 0.15) {
          source = 'expiry';
          amount = -int(10, Math.min(balance, 100));
        } else {
          const [earn, points] = pick(EARN);
          source = earn;
          amount = earn === 'volunteer_hours' ? points * int(1, 4) : points;
          addTally(m.community.id, 'all', m.id, amount);
          addTally(m.grid.id, 'all', m.id, amount);
          addTally(m.community.id, monthKey(at), m.id, amount);
          addTally(m.grid.id, monthKey(at), m.id, amount);
          if (earn === 'volunteer_hours' || earn === 'video') {
            const key = `${m.id}|${earn}|${monthKey(at)}`;
            caps.set(key, (caps.get(key) ?? 0) + amount);
          }
        }
        balance += amount;
        entries.push([randomUUID(), m.id, m.community.id, amount, source, randomUUID(), `seed:${k}`, at]);
      }
      accounts.push([m.id, balance]);
      if (entries.length >= 50_000) await flush();
    }
    await flush();
    await insert(db, 'points_accounts', ['member_id', 'balance'], accounts);
    await insert(
      db,
      'points_tallies',
      ['place_id', 'period_key', 'member_id', 'points'],
      [...tallies].map(([k, v]) => [...k.split('|'), v]),
      { batch: 3000 },
    );
    await insert(
      db,
      'points_cap_counters',
      ['member_id', 'source', 'period_key', 'total'],
      [...caps].map(([k, v]) => [...k.split('|'), v]),
      { batch: 3000 },
    );
    log(
      `seed: ${written} ledger entries, ${accounts.length} accounts, ${tallies.size} tallies, ${caps.size} cap counters`,
    );

    // ---- a marker, so reruns reuse this volume --------------------------------------------------------
    const info = {
      version: SEED_VERSION,
      seededAt: now.toISOString(),
      benchCommunityId: benchGrid.community.id,
      benchGridId: benchGrid.id,
      organizerIds: organizers.get(benchGrid.community.id).map((m) => m.id),
      seconds: Math.round((Date.now() - started) / 1000),
    };
    await db.query(
      'CREATE TABLE IF NOT EXISTS `bench_seed` (`k` varchar(32) NOT NULL PRIMARY KEY, `v` text NOT NULL) ENGINE=InnoDB',
    );
    await db.query('REPLACE INTO `bench_seed` (k, v) VALUES (?, ?)', ['info', JSON.stringify(info)]);
    log(`seed: done in ${info.seconds} s`);
    return info;
  } finally {
    await db.end();
  }
}

/** The marker of a complete seed of this version whose volume is still there, or null. */
export async function readSeed(db) {
  const [tables] = await db.query("SHOW TABLES LIKE 'bench_seed'");
  if (tables.length === 0) return null;
  const [rows] = await db.query("SELECT v FROM bench_seed WHERE k = 'info'");
  if (rows.length === 0) return null;
  const info = JSON.parse(rows[0].v);
  if (info.version !== SEED_VERSION) return null;
  const [[counts]] = await db.query(
    'SELECT (SELECT COUNT(*) FROM users) AS users, (SELECT COUNT(*) FROM events) AS events, (SELECT COUNT(*) FROM grid_orders) AS orders, (SELECT COUNT(*) FROM points_entries) AS ledger',
  );
  if (
    counts.users < VOLUME.members ||
    counts.events < VOLUME.events ||
    counts.orders < VOLUME.orders ||
    counts.ledger < VOLUME.ledger
  )
    return null;
  return info;
}

// The 导入 scenario: a street admin sets up a community of real size from workbooks — its places (10 grids,
// 175 buildings of 4 units), then 3,500 households with 7,000 residents' phones — dry run, apply, and the same
// file again (which must change nothing). Names and phones are unique per run, so reruns on a reused database
// import a new community each time. Used by run.mjs (MariaDB) and by `node bench/import.mjs` (SQLite or MariaDB).
import writeExcelFile from 'write-excel-file/node';

import { log, round1 } from './lib.mjs';

export const HOUSEHOLDS = 3500;
const GRIDS = 10;
const BUILDINGS = 175;
const UNITS = 4;
const PER_BUILDING = HOUSEHOLDS / BUILDINGS; // 20: 4 units × 5 floors
const RESIDENTS = 2;

function workbook(rows) {
  const data = rows.map((row) =>
    row.map((value) => (value === null ? null : { value, type: typeof value === 'number' ? Number : String })),
  );
  return writeExcelFile(data, { sheet: '数据' }).toBuffer();
}

/** The community's places and its households, as staff would fill in the templates. */
export async function importWorkbooks(run) {
  const community = `压测社区${run}`;
  const grid = (b) => `第${(b % GRIDS) + 1}网格`;
  const building = (b) => `${b + 1}号楼`;
  const places = [['社区', '网格', '楼栋', '单元数', '经度', '纬度']];
  for (let b = 0; b < BUILDINGS; b++) {
    places.push([community, grid(b), building(b), UNITS, 109.78 + b / 10000, 39.6 + b / 10000]);
  }
  const households = [['社区', '网格', '楼栋', '单元', '房号', '居民1姓名', '居民1手机号', '居民2姓名', '居民2手机号']];
  let phone = 0;
  // 19 + a 3-digit run number + a 6-digit counter: 7,000 numbers of their own per run.
  const nextPhone = () => `19${String(run % 1000).padStart(3, '0')}${String(phone++).padStart(6, '0')}`;
  for (let h = 0; h < HOUSEHOLDS; h++) {
    const b = Math.floor(h / PER_BUILDING);
    const n = h % PER_BUILDING;
    const row = [community, grid(b), building(b), (n % UNITS) + 1, (Math.floor(n / UNITS) + 1) * 100 + 1];
    for (let r = 0; r < RESIDENTS; r++) row.push(`居民${h}-${r}`, nextPhone());
    households.push(row);
  }
  return { community, places: await workbook(places), households: await workbook(households) };
}

async function send(base, token, { kind, phase, scopeId, data }) {
  const form = new FormData();
  form.append('file', new Blob([data]), `${kind}.xlsx`);
  const started = performance.now();
  const res = await fetch(`${base}/imports/${kind}/${phase}?scopeId=${scopeId}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
    signal: AbortSignal.timeout(300_000),
  });
  const seconds = (performance.now() - started) / 1000;
  const body = await res.json();
  if (res.status >= 300) throw new Error(`${kind} ${phase}: ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
  const report = body.report ?? body;
  return { seconds, report };
}

/**
 * Runs the scenario against the API at `base` as the street admin holding `token` on `streetId`; `count(sql,
 * params)` reads the database (to check what was written). Returns the timings and what the imports wrote.
 */
export async function importScenario(base, { token, streetId, count, run = Date.now() % 1_000_000 }) {
  const books = await importWorkbooks(run);
  log(`import: places workbook (${BUILDINGS} buildings) and households workbook (${HOUSEHOLDS} rows)`);
  const places = await send(base, token, { kind: 'places', phase: 'apply', scopeId: streetId, data: books.places });
  const dry = await send(base, token, {
    kind: 'households',
    phase: 'dry-run',
    scopeId: streetId,
    data: books.households,
  });
  const apply = await send(base, token, {
    kind: 'households',
    phase: 'apply',
    scopeId: streetId,
    data: books.households,
  });
  const again = await send(base, token, {
    kind: 'households',
    phase: 'apply',
    scopeId: streetId,
    data: books.households,
  });
  const written = await count(books.community);
  const detail = {
    run,
    workbookKb: round1(books.households.length / 1024),
    places: { seconds: round1(places.seconds), counts: places.report.counts },
    dryRun: { seconds: round1(dry.seconds), counts: dry.report.counts, errors: dry.report.errorCount },
    apply: { seconds: round1(apply.seconds), counts: apply.report.counts, breakdown: apply.report.breakdown },
    again: { seconds: round1(again.seconds), counts: again.report.counts },
    written,
  };
  log(
    `import: dry run ${detail.dryRun.seconds} s, apply ${detail.apply.seconds} s, again ${detail.again.seconds} s; ` +
      `${written.households} households, ${written.residents} residents written`,
  );
  return {
    dryRunSeconds: detail.dryRun.seconds,
    applySeconds: detail.apply.seconds,
    againSeconds: detail.again.seconds,
    // Rows that were new the first time and unchanged the second: 3,500 when the import is complete and idempotent.
    idempotent: again.report.counts.unchanged === HOUSEHOLDS && again.report.counts.create === 0 ? HOUSEHOLDS : 0,
    residents: written.residents,
    detail,
  };
}

/** What the households import of `community` wrote, by SQL (the same on either driver). */
export const COUNT_SQL = {
  households:
    'SELECT COUNT(*) AS n FROM households h JOIN places b ON b.id = h.building_id JOIN places g ON g.id = b.parent_id JOIN places c ON c.id = g.parent_id WHERE c.name = ?',
  residents:
    'SELECT COUNT(*) AS n FROM household_residents r JOIN households h ON h.id = r.household_id JOIN places b ON b.id = h.building_id JOIN places g ON g.id = b.parent_id JOIN places c ON c.id = g.parent_id WHERE c.name = ?',
};

import {
  type AcceptConsentsRequest,
  type ApiErrorBody,
  type AuditLogEntry,
  type ConsentStatus,
  type ConsentView,
  ErrorCode,
  LEGAL_VERSIONS,
  LegalDocument,
  type LegalVersions,
  type Page,
  PRIVACY_POLICY_VERSION,
  USER_AGREEMENT_VERSION,
} from '@tongxin/types';

import { newId } from '../src/infra/database/ids';
import { Consent } from '../src/modules/consents/consent.entity';
import { type Api, residents } from './factories/residents';
import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

const BOTH = {
  documents: [
    { document: LegalDocument.Privacy, version: PRIVACY_POLICY_VERSION },
    { document: LegalDocument.Terms, version: USER_AGREEMENT_VERSION },
  ],
  client: 'weapp',
} satisfies AcceptConsentsRequest;

describe('consents: agreements to the 隐私政策 and 用户协议, by version', () => {
  let t: TestApp;
  let alice: { id: string; api: Api };
  let bob: { id: string; api: Api };

  beforeAll(async () => {
    t = await startTestApp();
    [alice, bob] = await residents(t, 2);
  });
  afterAll(() => t.close());

  const status = async (api: Api) => (await api.get<ConsentStatus>('/me/consents/status')).body;

  it('tells anyone the versions in force, without a login', async () => {
    const res = await client(t.baseUrl).get<LegalVersions>('/legal/versions');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(LEGAL_VERSIONS);
  });

  it('asks a new member for both documents, records the agreement with version, time and client', async () => {
    expect(await status(alice.api)).toEqual({
      current: LEGAL_VERSIONS,
      accepted: { privacy: null, terms: null },
      pending: [LegalDocument.Privacy, LegalDocument.Terms],
    });

    const before = Date.now();
    const res = await alice.api.post<ConsentStatus>('/me/consents', BOTH);
    expect(res.status).toBe(201);
    expect(res.body.pending).toEqual([]);
    expect(res.body.accepted).toEqual(LEGAL_VERSIONS);

    const mine = (await alice.api.get<Page<ConsentView>>('/me/consents')).body;
    expect(mine.total).toBe(2);
    for (const consent of mine.items) {
      expect(consent.version).toBe(LEGAL_VERSIONS[consent.document]);
      expect(consent.client).toBe('weapp');
      expect(new Date(consent.acceptedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    }
  });

  it('keeps the first agreement when the same version is agreed to again', async () => {
    const first = (await alice.api.get<Page<ConsentView>>('/me/consents')).body.items;
    const again = await alice.api.post<ConsentStatus>('/me/consents', { ...BOTH, client: 'h5' });
    expect(again.status).toBe(201);
    const after = (await alice.api.get<Page<ConsentView>>('/me/consents')).body;
    expect(after.total).toBe(2);
    expect(after.items).toEqual(first);
  });

  it('asks again when a document moves to a new version, and refuses an agreement to the old one', async () => {
    // bob agreed to last year's 隐私政策 and the current 用户协议.
    await t.dataSource.manager.insert(Consent, {
      id: newId(),
      memberId: bob.id,
      document: LegalDocument.Privacy,
      version: '2025-01-01',
      acceptedAt: new Date(Date.now() - 86_400_000),
      client: 'weapp',
    });
    await bob.api.post('/me/consents', {
      documents: [BOTH.documents[1]],
      client: 'h5',
    } satisfies AcceptConsentsRequest);
    const asked = await status(bob.api);
    expect(asked.accepted).toEqual({ privacy: '2025-01-01', terms: USER_AGREEMENT_VERSION });
    expect(asked.pending).toEqual([LegalDocument.Privacy]);

    const stale = await bob.api.post<ApiErrorBody>('/me/consents', {
      documents: [{ document: LegalDocument.Privacy, version: '2025-01-01' }],
      client: 'h5',
    } satisfies AcceptConsentsRequest);
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe(ErrorCode.ConsentVersionStale);
    expect((await status(bob.api)).pending).toEqual([LegalDocument.Privacy]);

    await bob.api.post('/me/consents', {
      documents: [BOTH.documents[0]],
      client: 'h5',
    } satisfies AcceptConsentsRequest);
    expect((await status(bob.api)).pending).toEqual([]);
    const history = (await bob.api.get<Page<ConsentView>>('/me/consents')).body;
    expect(history.items.map((c) => `${c.document}@${c.version}`)).toEqual([
      `privacy@${PRIVACY_POLICY_VERSION}`,
      `terms@${USER_AGREEMENT_VERSION}`,
      'privacy@2025-01-01',
    ]);
  });

  it('shows each member only their own agreements, a page at a time', async () => {
    const mine = (await bob.api.get<Page<ConsentView>>('/me/consents?pageSize=2')).body;
    expect(mine).toMatchObject({ total: 3, page: 1, pageSize: 2, hasMore: true });
    const aliceIds = (await alice.api.get<Page<ConsentView>>('/me/consents')).body.items.map((c) => c.id);
    const bobIds = [
      ...mine.items,
      ...(await bob.api.get<Page<ConsentView>>('/me/consents?page=2&pageSize=2')).body.items,
    ].map((c) => c.id);
    expect(bobIds).toHaveLength(3);
    expect(bobIds.filter((id) => aliceIds.includes(id))).toEqual([]);
  });

  it('refuses anonymous callers and malformed agreements', async () => {
    expect((await client(t.baseUrl).get('/me/consents')).status).toBe(401);
    expect((await client(t.baseUrl).post('/me/consents', BOTH)).status).toBe(401);
    const bad = [
      { documents: [], client: 'weapp' },
      { documents: [{ document: 'cookies', version: PRIVACY_POLICY_VERSION }], client: 'weapp' },
      { ...BOTH, client: 'ios' },
      { ...BOTH, memberId: bob.id },
    ];
    for (const body of bad) {
      const res = await alice.api.post<ApiErrorBody>('/me/consents', body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe(ErrorCode.ValidationFailed);
    }
  });

  it('writes each new agreement to the audit log of the member’s place', async () => {
    const token = (await loginAs(t.baseUrl, 'staff-ajilaqin')).accessToken;
    const audit = (await client(t.baseUrl, token).get<Page<AuditLogEntry>>('/audit-logs?pageSize=100')).body;
    const entries = audit.items.filter((e) => e.action === 'consent.accept' && e.actorId === alice.id);
    // Two documents agreed to once; the repeat agreement wrote nothing.
    expect(entries.map((e) => e.details?.document).sort()).toEqual(['privacy', 'terms']);
    expect(entries.every((e) => e.targetType === 'consent')).toBe(true);
  });
});

import { BindingStatus } from '@tongxin/types';

import { toBindingSummary } from './bindings.mapper';
import type { BindingRow } from './bindings.repository';

const row: BindingRow = {
  id: 'b1',
  userId: 'u1',
  nickname: '其其格',
  phoneCipher: 'v1:sealed',
  buildingId: 'p1',
  buildingName: '1号楼',
  household: '1单元101',
  status: BindingStatus.Pending,
  reason: null,
  createdAt: new Date('2026-11-22T06:02:00.123Z'),
};

describe('toBindingSummary', () => {
  it('shows the member their own phone and staff a masked one', () => {
    expect(toBindingSummary(row, { phone: '13800000001', forOwner: true }).phone).toBe('13800000001');
    expect(toBindingSummary(row, { phone: '13800000001', forOwner: false }).phone).toBe('138****0001');
    expect(toBindingSummary(row, { phone: null, forOwner: false }).phone).toBeNull();
  });

  it('never passes the cipher text on', () => {
    const summary = toBindingSummary(row, { phone: '13800000001', forOwner: true });
    expect(JSON.stringify(summary)).not.toContain('sealed');
    expect(summary.createdAt).toBe('2026-11-22T06:02:00.123Z');
  });
});

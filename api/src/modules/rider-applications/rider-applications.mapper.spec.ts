import { ApplicationStatus, RiderPlatform } from '@tongxin/types';

import { toRiderApplicationSummary } from './rider-applications.mapper';
import type { RiderApplicationRow } from './rider-applications.repository';

const row: RiderApplicationRow = {
  id: 'a1',
  userId: 'u1',
  nickname: '王建国',
  phoneCipher: 'v1:sealed',
  platform: RiderPlatform.Meituan,
  communityId: 'c1',
  communityName: '阿吉拉沁社区',
  gridIds: ['g1', 'g2'],
  statement: '每天送餐',
  status: ApplicationStatus.Pending,
  reason: null,
  createdAt: new Date('2026-11-22T06:02:00.000Z'),
  reviewedAt: null,
};

describe('toRiderApplicationSummary', () => {
  it('shows the rider their own phone and staff a masked one', () => {
    const grids = [{ id: 'g1', name: '第一网格' }];
    expect(toRiderApplicationSummary(row, { phone: '13800000005', forOwner: true, grids }).phone).toBe('13800000005');
    expect(toRiderApplicationSummary(row, { phone: '13800000005', forOwner: false, grids }).phone).toBe('138****0005');
  });

  it('lists the grids applied for in their order, a retired one without a name', () => {
    const summary = toRiderApplicationSummary(row, {
      phone: null,
      forOwner: false,
      grids: [
        { id: 'g2', name: '第二网格' },
        { id: 'g9', name: '别的网格' },
      ],
    });
    expect(summary.grids).toEqual([
      { id: 'g1', name: '' },
      { id: 'g2', name: '第二网格' },
    ]);
    expect(summary.reviewedAt).toBeNull();
  });
});

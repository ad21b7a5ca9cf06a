import { render, screen } from '@testing-library/react';
import type { ScanResult } from '@tongxin/types';

import { ScanResultCard } from './scan-result-card';

const attendee = { name: '其其格', phone: '138****0001', dependents: [{ name: '小明', age: 7 }] };

function result(patch: Partial<ScanResult>): ScanResult {
  return {
    nonce: 'nonce-0001',
    outcome: 'checked_in',
    registrationId: 'reg-1',
    attendee,
    checkedInAt: '2026-11-22T06:02:00.000Z',
    checkedInBy: '阿娜尔',
    needsReview: false,
    ...patch,
  };
}

describe('ScanResultCard', () => {
  it('shows a check-in big and green with the name, masked phone and dependents', () => {
    const { container } = render(<ScanResultCard display={{ kind: 'result', result: result({}), offline: false }} />);
    expect(container.querySelector('.scan-result--ok')).not.toBeNull();
    expect(screen.getByText('签到成功')).toBeTruthy();
    expect(screen.getByText('其其格')).toBeTruthy();
    expect(screen.getByText('138****0001')).toBeTruthy();
    expect(screen.getByText('随行：小明（7岁）')).toBeTruthy();
  });

  it('says when and by whom in amber for a ticket already checked in', () => {
    const display = { kind: 'result' as const, result: result({ outcome: 'already_checked_in' }), offline: false };
    const { container } = render(<ScanResultCard display={display} />);
    expect(container.querySelector('.scan-result--repeat')).not.toBeNull();
    expect(screen.getByText('已于 14:02 由 阿娜尔 签到')).toBeTruthy();
  });

  it('refuses in red with the reason', () => {
    const display = {
      kind: 'result' as const,
      result: result({ outcome: 'revoked', attendee: null, checkedInAt: null, checkedInBy: null }),
      offline: true,
    };
    const { container } = render(<ScanResultCard display={display} />);
    expect(container.querySelector('.scan-result--refused')).not.toBeNull();
    expect(screen.getByText('不能入场')).toBeTruthy();
    expect(screen.getByText('入场券已失效（报名已取消或未通过）')).toBeTruthy();
  });

  it('marks an offline check-in as waiting for upload', () => {
    render(<ScanResultCard display={{ kind: 'result', result: result({ checkedInBy: '本机' }), offline: true }} />);
    expect(screen.getByText('离线核验通过')).toBeTruthy();
    expect(screen.getByText('已记在本机，联网后自动上传')).toBeTruthy();
  });
});

import { fireEvent, render, screen } from '@testing-library/react';
import type { RosterEntry } from '@tongxin/types';

import { minutesFromHours } from './hours-dialog';
import { RosterRow } from './roster-row';

const checkedIn: RosterEntry = {
  registrationId: 'r1',
  memberId: 'm1',
  name: '巴特尔',
  phone: '138****0101',
  status: 'confirmed',
  dependents: [],
  checkinId: 'c1',
  checkedInAt: '2026-11-22T01:02:00.000Z',
  checkedInBy: '阿娜尔',
  checkedOutAt: null,
  volunteerMinutes: null,
};

function renderRow(entry: RosterEntry) {
  const handlers = { onCheckIn: jest.fn(), onUndo: jest.fn(), onApprove: jest.fn(), onReject: jest.fn() };
  const volunteer = { onCheckOut: jest.fn(), onAdjust: jest.fn() };
  render(<RosterRow entry={entry} busy={false} {...handlers} volunteer={volunteer} />);
  return { ...handlers, ...volunteer };
}

describe('roster of a volunteer event', () => {
  it('checks out by name or adjusts someone checked in and not out', () => {
    const row = renderRow(checkedIn);
    expect(screen.getByText('未签退')).toBeTruthy();
    fireEvent.click(screen.getByText('手动签退'));
    expect(row.onCheckOut).toHaveBeenCalledWith(checkedIn);
    fireEvent.click(screen.getByText('调整时长'));
    expect(row.onAdjust).toHaveBeenCalledWith(checkedIn);
    expect(screen.getByText('撤销签到')).toBeTruthy();
  });

  it('shows the 签退 and the hours, and no undo once checked out', () => {
    renderRow({ ...checkedIn, checkedOutAt: '2026-11-22T03:00:00.000Z', volunteerMinutes: 118 });
    expect(screen.getByText('已签退 11:00 · 服务时长 2.0 小时')).toBeTruthy();
    expect(screen.queryByText('手动签退')).toBeNull();
    expect(screen.queryByText('撤销签到')).toBeNull();
    expect(screen.getByText('调整时长')).toBeTruthy();
  });

  it('reads typed hours as whole minutes within the event’s length', () => {
    expect(minutesFromHours('1.5', 180)).toBe(90);
    expect(minutesFromHours('3', 180)).toBe(180);
    expect(minutesFromHours('3.1', 180)).toBeNull();
    expect(minutesFromHours('0', 180)).toBe(0);
    expect(minutesFromHours('1.25', 180)).toBeNull();
    expect(minutesFromHours('两小时', 180)).toBeNull();
  });
});

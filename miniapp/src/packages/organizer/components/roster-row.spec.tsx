import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { RosterEntry } from '@tongxin/types';

import { showModal } from '../../../../test/mocks/taro';
import { RosterRow } from './roster-row';

const pending: RosterEntry = {
  registrationId: 'r1',
  memberId: 'm1',
  name: '其其格',
  phone: '138****0001',
  status: 'pending_approval',
  dependents: [],
  checkinId: null,
  checkedInAt: null,
  checkedInBy: null,
};

function renderRow(entry: RosterEntry) {
  const handlers = { onCheckIn: jest.fn(), onUndo: jest.fn(), onApprove: jest.fn(), onReject: jest.fn() };
  render(<RosterRow entry={entry} busy={false} {...handlers} />);
  return handlers;
}

describe('RosterRow: a sign-up waiting for approval', () => {
  beforeEach(() => showModal.mockClear());

  it('approves with one tap', () => {
    const handlers = renderRow(pending);
    fireEvent.click(screen.getByText('通过报名'));
    expect(handlers.onApprove).toHaveBeenCalledWith(pending);
    expect(handlers.onReject).not.toHaveBeenCalled();
  });

  it('turns down only after the organizer confirms', async () => {
    const handlers = renderRow(pending);
    showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    fireEvent.click(screen.getByText('拒绝'));
    await waitFor(() => expect(showModal).toHaveBeenCalledTimes(1));
    expect(handlers.onReject).not.toHaveBeenCalled();

    fireEvent.click(screen.getByText('拒绝'));
    await waitFor(() => expect(handlers.onReject).toHaveBeenCalledWith(pending));
    expect(showModal.mock.calls[1][0].content).toContain('其其格');
  });

  it('offers neither to someone already confirmed', () => {
    renderRow({ ...pending, status: 'confirmed' });
    expect(screen.queryByText('通过报名')).toBeNull();
    expect(screen.queryByText('拒绝')).toBeNull();
  });
});

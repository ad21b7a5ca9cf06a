import { NotificationKind } from '@tongxin/types';

import { PagePath } from '@/routes';

import { noticeTarget } from './notice-target';

describe('noticeTarget', () => {
  const order = (kind: NotificationKind) => noticeTarget({ kind, eventId: null, reportId: 'r1' });

  it('opens 工单详情 for the handler and staff, the report for its reporter (order and moderation notices)', () => {
    for (const kind of [
      NotificationKind.OrderEscalated,
      NotificationKind.OrderAssigned,
      NotificationKind.OrderReopened,
    ]) {
      expect(order(kind)).toBe(PagePath.OrderDetail('r1'));
    }
    for (const kind of [
      NotificationKind.OrderFinished,
      NotificationKind.OrderCancelled,
      NotificationKind.ContentRemoved,
      NotificationKind.ContentPassed,
    ]) {
      expect(order(kind)).toBe(PagePath.ReportDetail('r1'));
    }
  });

  it('opens the profile for a home check, the hall or the application for a rider decision, 我的兑换 for an expiry', () => {
    const account = (kind: NotificationKind) => noticeTarget({ kind, eventId: null, reportId: null });
    expect(account(NotificationKind.BindingVerified)).toBe(PagePath.Profile);
    expect(account(NotificationKind.BindingRejected)).toBe(PagePath.Profile);
    expect(account(NotificationKind.RiderApproved)).toBe(PagePath.OrderHall);
    expect(account(NotificationKind.RiderRevoked)).toBe(PagePath.RiderApplication);
    expect(account(NotificationKind.RedemptionExpired)).toBe(PagePath.MyRedemptions);
    expect(account(NotificationKind.HonourPublished)).toBe(PagePath.Honours);
    // A poor rating opens the staff's follow-up list, where it is handled.
    expect(noticeTarget({ kind: NotificationKind.OrderFollowUp, eventId: null, reportId: 'r1' })).toBe(
      PagePath.FollowUps,
    );
  });

  it('opens the event a moderation notice is about, and nothing for one about no page', () => {
    expect(noticeTarget({ kind: NotificationKind.ContentRemoved, eventId: 'e1', reportId: null })).toBe(
      PagePath.EventDetail('e1'),
    );
    expect(noticeTarget({ kind: NotificationKind.ContentPassed, eventId: null, reportId: null })).toBeNull();
  });

  it('opens the event for event notices, and nothing when the notice points nowhere', () => {
    expect(noticeTarget({ kind: NotificationKind.EventChanged, eventId: 'e1', reportId: null })).toBe(
      PagePath.EventDetail('e1'),
    );
    expect(noticeTarget({ kind: NotificationKind.EventPromoted, eventId: null, reportId: null })).toBeNull();
  });

  it('opens the hall for 接单提醒, whichever order it names', () => {
    expect(noticeTarget({ kind: NotificationKind.OrderAvailable, eventId: null, reportId: 'r1' })).toBe(
      PagePath.OrderHall,
    );
  });
});

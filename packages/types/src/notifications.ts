/** What a notice is about; the mini-app opens the matching page. */
export const NotificationKind = {
  /** An order missed its deadline and reached the next level up (grid → community → street). */
  OrderEscalated: 'order.escalated',
  /** To the handler: staff or a grid worker gave them the order. */
  OrderAssigned: 'order.assigned',
  /** To the handler: the reporter said "not fixed", the order is theirs again. */
  OrderReopened: 'order.reopened',
  /** To the reporter: the handler finished; confirm it, or say it is not fixed. */
  OrderFinished: 'order.finished',
  /** To the reporter: staff cancelled the order, with the reason. */
  OrderCancelled: 'order.cancelled',
  /** To community staff: a reporter rated a finished order 2 or less; a follow-up is waiting. */
  OrderFollowUp: 'order.follow_up',
  /** To a grid's members: orders are waiting in the hall (new, back from a handler, or about to expire unclaimed). */
  OrderAvailable: 'order.available',
  /** To the author: a moderator removed something they wrote or uploaded, with the reason. */
  ContentRemoved: 'content.removed',
  /** To the author: something of theirs held for review is visible to others now. */
  ContentPassed: 'content.passed',
  /** Staff verified the member's home: they are a resident there now. */
  BindingVerified: 'binding.verified',
  BindingRejected: 'binding.rejected',
  /** Staff approved a rider application: the member may grab orders in its grids. */
  RiderApproved: 'rider.approved',
  RiderRejected: 'rider.rejected',
  /** Staff took the part-time grid member role back. */
  RiderRevoked: 'rider.revoked',
  /** The member's 石榴籽个人 honour was published. */
  HonourPublished: 'honour.published',
  /** A mall redemption was not picked up in time: the points came back. */
  RedemptionExpired: 'redemption.expired',
  /** Someone cancelled: the member moved from the waiting list to confirmed. */
  EventPromoted: 'event.promoted',
  /** The organizer changed the time or venue of an event the member signed up for. */
  EventChanged: 'event.changed',
  EventCancelled: 'event.cancelled',
  /** The organizer let a sign-up that needed approval in (confirmed, or on the waiting list when full). */
  EventApproved: 'event.approved',
  EventRejected: 'event.rejected',
  /** The organizer wrote to everyone confirmed (and perhaps waiting) for an event. */
  EventMessage: 'event.message',
  /** The event starts tomorrow, or within the hour. */
  EventReminder: 'event.reminder',
  /** To a mediation case's parties, mediator or 调解工作室负责人: the case moved (no details in the notice). */
  MediationUpdate: 'mediation.update',
  /** To the street's 调解工作室负责人: a case missed its deadline to be accepted or to have a session. */
  MediationEscalated: 'mediation.escalated',
  /** To an elder's paired helper and grid worker: yesterday passed without a 平安打卡. */
  SafetyMissed: 'care.safety_missed',
  /** To the community's 帮扶专干: a household's visit is a whole interval overdue. */
  CareVisitOverdue: 'care.visit_overdue',
  /** To a parent: a family member asks to act for them (亲情代办); to the family member: the parent said yes. */
  FamilyLink: 'family.link',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

/** An in-app notice in the member's inbox (消息通知), newest first. */
export interface NotificationView {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** The report (and its order) the notice is about, if any. */
  reportId: string | null;
  /** The event the notice is about, if any. */
  eventId: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface UnreadCount {
  count: number;
}

/**
 * WeChat subscribe-message templates, one per topic: a member who accepted a topic's template (one message per
 * acceptance) gets the notice in WeChat too.
 */
export const ReminderTopic = { Event: 'event', Order: 'order', Account: 'account' } as const;
export type ReminderTopic = (typeof ReminderTopic)[keyof typeof ReminderTopic];

/** The topic each kind of notice is sent under. */
export const REMINDER_TOPIC: Record<NotificationKind, ReminderTopic> = {
  'order.escalated': 'order',
  'order.assigned': 'order',
  'order.reopened': 'order',
  'order.finished': 'order',
  'order.cancelled': 'order',
  'order.follow_up': 'order',
  'order.available': 'order',
  'event.promoted': 'event',
  'event.changed': 'event',
  'event.cancelled': 'event',
  'event.approved': 'event',
  'event.rejected': 'event',
  'event.message': 'event',
  'event.reminder': 'event',
  'binding.verified': 'account',
  'binding.rejected': 'account',
  'rider.approved': 'account',
  'rider.rejected': 'account',
  'rider.revoked': 'account',
  'honour.published': 'account',
  'redemption.expired': 'account',
  'content.removed': 'account',
  'content.passed': 'account',
  'mediation.update': 'account',
  'mediation.escalated': 'account',
  'care.safety_missed': 'account',
  'care.visit_overdue': 'account',
  'family.link': 'account',
};

/** The template ids the mini-app asks the member to accept (wx.requestSubscribeMessage); none when not set up. */
export interface ReminderTemplates {
  templates: Partial<Record<ReminderTopic, string>>;
}

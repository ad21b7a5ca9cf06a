/** Paths under the API prefix, shared by the API and the mini-app's endpoint files. */
export const API_PREFIX = 'api';

export const ApiRoute = {
  Health: 'health',
  Events: 'events',
  Event: (id: string) => `events/${encodeURIComponent(id)}`,
  /** Events of the places the caller manages, any status (organizers, staff). */
  ManagedEvents: 'events/managed',
  Places: 'places',
  ClientErrors: 'client-errors',
  Auth: {
    SmsSend: 'auth/sms/send',
    SmsLogin: 'auth/sms/login',
    WechatLogin: 'auth/wechat/login',
    WechatPhone: 'auth/wechat/phone',
    Refresh: 'auth/refresh',
    Logout: 'auth/logout',
    DemoAccounts: 'auth/demo-accounts',
    DemoLogin: 'auth/demo/login',
  },
  Me: 'me',
  MyBinding: 'me/binding',
  Bindings: 'bindings',
  BindingVerify: (id: string) => `bindings/${encodeURIComponent(id)}/verify`,
  BindingReject: (id: string) => `bindings/${encodeURIComponent(id)}/reject`,
  RiderApplications: 'rider-applications',
  MyRiderApplications: 'rider-applications/mine',
  RiderApplicationApprove: (id: string) => `rider-applications/${encodeURIComponent(id)}/approve`,
  RiderApplicationReject: (id: string) => `rider-applications/${encodeURIComponent(id)}/reject`,
  RiderApplicationRevoke: (id: string) => `rider-applications/${encodeURIComponent(id)}/revoke`,
  RoleGrants: 'role-grants',
  RoleGrant: (id: string) => `role-grants/${encodeURIComponent(id)}`,
  Members: 'members',
  MemberPhone: (id: string) => `members/${encodeURIComponent(id)}/phone`,
  AuditLogs: 'audit-logs',
  Place: (id: string) => `places/${encodeURIComponent(id)}`,
  PlaceLocate: 'places/locate',
} as const;

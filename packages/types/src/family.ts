/** 亲情代办: a son or daughter far away acting for a parent, with the parent's consent. */
export const FamilyLinkStatus = { Pending: 'pending', Active: 'active', Ended: 'ended' } as const;
export type FamilyLinkStatus = (typeof FamilyLinkStatus)[keyof typeof FamilyLinkStatus];

/** The header a linked family member sends to act for the parent on the routes that allow it. */
export const ON_BEHALF_HEADER = 'x-on-behalf-of';

/** A family member asks to act for a parent, found by the parent's phone (the parent confirms on their phone). */
export interface RequestFamilyLinkRequest {
  parentPhone: string;
  /** 儿子, 女儿, 孙女 … */
  relation: string;
}

/** Staff record the parent's consent at a visit: the link is active at once. */
export interface RecordFamilyLinkRequest {
  parentId: string;
  childPhone: string;
  relation: string;
}

export interface FamilyLinkView {
  id: string;
  status: FamilyLinkStatus;
  relation: string;
  /** The other person of the link, as the caller sees them. */
  parent: { id: string; name: string };
  child: { id: string; name: string };
  /** How the parent's consent was given. */
  confirmedBy: 'parent' | 'staff' | null;
  confirmedAt: string | null;
  endedAt: string | null;
  createdAt: string;
  /** What the caller may do. */
  can: { confirm: boolean; end: boolean; actFor: boolean };
}

/** One thing done on the parent's behalf. */
export interface FamilyActView {
  at: string;
  childName: string;
  /** 代为提交需求, 代为确认完成 … */
  what: string;
}

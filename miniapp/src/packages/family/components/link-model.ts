import { type FamilyLinkStatus, type FamilyLinkView, PHONE_PATTERN } from '@tongxin/types';

import { formatDate } from '@/utils/format-date';

/** The family member is the parent's … (the API keeps up to 16 characters). */
export const RELATIONS = ['女儿', '儿子', '儿媳', '女婿', '孙女', '孙子', '其他亲属'].map((r) => ({
  value: r,
  label: r,
}));

export const FAMILY_STATUS_LABEL: Record<FamilyLinkStatus, string> = {
  pending: '待确认',
  active: '已生效',
  ended: '已结束',
};

/** What a parent's 同意 lets the family member do: the API's on-behalf routes, in the parent's words. */
export const WHAT_FAMILY_CAN_DO = [
  '帮您提交需求（帮办代办）和随手拍',
  '网格员办完后，替您确认解决或退回重办',
  '查看您的上报进度和消息通知',
  '帮您报名、取消报名社区活动',
];
export const WHAT_FAMILY_CANNOT_DO = '不能用您的积分，不能改您的资料和住址。每件代办都有记录，您随时可以结束关联。';

const STATUS_ORDER: FamilyLinkStatus[] = ['pending', 'active', 'ended'];

function byStatusThenNewest(a: FamilyLinkView, b: FamilyLinkView): number {
  const status = STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
  return status !== 0 ? status : b.createdAt.localeCompare(a.createdAt);
}

/** The caller's links as family member (for whom they act) and as parent (who acts for them): waiting first. */
export function splitLinks(links: FamilyLinkView[], myId: string) {
  return {
    asChild: links.filter((link) => link.child.id === myId).sort(byStatusThenNewest),
    asParent: links.filter((link) => link.parent.id === myId).sort(byStatusThenNewest),
  };
}

/** How consent stands, in one line: waiting for the parent, given by them or recorded by staff, or ended. */
export function consentLine(link: FamilyLinkView): string {
  if (link.status === 'ended') return link.endedAt ? `已于${formatDate(link.endedAt)}结束` : '已结束';
  if (link.status === 'pending') return `等待${link.parent.name}在自己的手机上同意`;
  const when = link.confirmedAt ? `（${formatDate(link.confirmedAt)}）` : '';
  return link.confirmedBy === 'staff' ? `社区工作人员上门登记了同意${when}` : `${link.parent.name}本人已同意${when}`;
}

export interface LinkFormErrors {
  phone?: string;
  relation?: string;
}

/** Spaces and dashes people type into a phone number. */
export function normalisePhone(phone: string): string {
  return phone.replace(/[\s-]/g, '');
}

/** A phone (the parent's, or the family member's at a visit) and the relation, before they are sent. */
export function validateLinkForm(fields: { phone: string; relation: string | null }): LinkFormErrors {
  const errors: LinkFormErrors = {};
  const phone = normalisePhone(fields.phone);
  if (!phone) errors.phone = '请填写手机号';
  else if (!PHONE_PATTERN.test(phone)) errors.phone = '请填写 11 位手机号';
  if (!fields.relation) errors.relation = '请选择关系';
  return errors;
}

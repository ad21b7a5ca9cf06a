import type { FamilyActView, FamilyLinkView } from '@tongxin/types';

export const MUM = { id: 'parent-1', name: '马桂芳' };
export const DAUGHTER = { id: 'child-1', name: '马丽娜' };

/** 马丽娜 acts for her mother 马桂芳: active, confirmed by the mother, as the daughter sees it. */
export function familyLink(patch: Partial<FamilyLinkView> = {}): FamilyLinkView {
  return {
    id: 'link-1',
    status: 'active',
    relation: '女儿',
    parent: MUM,
    child: DAUGHTER,
    confirmedBy: 'parent',
    confirmedAt: '2026-12-01T02:00:00.000Z',
    endedAt: null,
    createdAt: '2026-12-01T01:00:00.000Z',
    can: { confirm: false, end: true, actFor: true },
    ...patch,
  };
}

/** The same link waiting for the mother, as the mother sees it. */
export function askingLink(patch: Partial<FamilyLinkView> = {}): FamilyLinkView {
  return familyLink({
    status: 'pending',
    confirmedBy: null,
    confirmedAt: null,
    can: { confirm: true, end: true, actFor: false },
    ...patch,
  });
}

export function familyAct(what: string, at = '2026-12-02T03:30:00.000Z'): FamilyActView {
  return { at, childName: DAUGHTER.name, what };
}

import { askingLink, DAUGHTER, familyLink, MUM } from '../../../../test/family-fixtures';
import { consentLine, normalisePhone, splitLinks, validateLinkForm } from './link-model';

describe('亲情代办 links', () => {
  it('splits the caller’s links by side, waiting first, then active, then ended, newest first within each', () => {
    const ended = familyLink({ id: 'old', status: 'ended', createdAt: '2026-11-01T00:00:00.000Z' });
    const active = familyLink({ id: 'now' });
    const forMe = askingLink({ id: 'asked', parent: DAUGHTER, child: { id: 'grandchild', name: '小马' } });
    const pending = familyLink({ id: 'waiting', status: 'pending', createdAt: '2026-10-01T00:00:00.000Z' });
    const newerEnded = familyLink({ id: 'newer-ended', status: 'ended', createdAt: '2026-11-20T00:00:00.000Z' });

    const { asChild, asParent } = splitLinks([ended, active, forMe, pending, newerEnded], DAUGHTER.id);

    expect(asChild.map((l) => l.id)).toEqual(['waiting', 'now', 'newer-ended', 'old']);
    expect(asParent.map((l) => l.id)).toEqual(['asked']);
  });

  it('says how consent stands: waiting for the parent, given by them or at a staff visit, or ended', () => {
    expect(consentLine(askingLink())).toBe(`等待${MUM.name}在自己的手机上同意`);
    expect(consentLine(familyLink())).toBe('马桂芳本人已同意（2026年12月1日）');
    expect(consentLine(familyLink({ confirmedBy: 'staff' }))).toBe('社区工作人员上门登记了同意（2026年12月1日）');
    expect(consentLine(familyLink({ status: 'ended', endedAt: '2026-12-03T20:00:00.000Z' }))).toBe(
      '已于2026年12月4日结束',
    );
  });

  it('asks for an 11-digit mobile number and a relation', () => {
    expect(validateLinkForm({ phone: '', relation: null })).toEqual({ phone: '请填写手机号', relation: '请选择关系' });
    expect(validateLinkForm({ phone: '1380000010', relation: '女儿' })).toEqual({ phone: '请填写 11 位手机号' });
    expect(validateLinkForm({ phone: '12800000102', relation: '女儿' })).toEqual({ phone: '请填写 11 位手机号' });
    expect(validateLinkForm({ phone: '138 0000-0102', relation: '女儿' })).toEqual({});
    expect(normalisePhone(' 138 0000-0102 ')).toBe('13800000102');
  });
});

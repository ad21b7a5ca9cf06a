import type { MemberSummary } from '@tongxin/types';

import { certificateProblem } from './certificate-form';

const member = { id: 'm1', nickname: '其其格' } as MemberSummary;
const form = { member, name: '其其格', idNumber: '', contact: '0471-6612345', from: '', to: '' };

describe('出具志愿服务记录证明: the form', () => {
  it('needs a member, a real name and a contact; the ID number and the period are optional', () => {
    expect(certificateProblem(form)).toBeNull();
    expect(certificateProblem({ ...form, member: null })).toBe('请选择志愿者');
    expect(certificateProblem({ ...form, name: ' ' })).toMatch(/真实姓名/);
    expect(certificateProblem({ ...form, contact: '' })).toMatch(/联系电话/);
    expect(certificateProblem({ ...form, idNumber: '150102199001011234' })).toBeNull();
    expect(certificateProblem({ ...form, idNumber: '1501-0219' })).toMatch(/证件号码/);
  });

  it('takes dates as 2026-01-01, the end not before the start', () => {
    expect(certificateProblem({ ...form, from: '2026-01-01', to: '2026-12-31' })).toBeNull();
    expect(certificateProblem({ ...form, from: '2026/01/01' })).toMatch(/日期/);
    expect(certificateProblem({ ...form, from: '2026-12-31', to: '2026-01-01' })).toMatch(/结束日期/);
  });
});

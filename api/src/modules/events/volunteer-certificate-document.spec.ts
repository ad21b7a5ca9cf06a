import type { VolunteerCertificateView } from '@tongxin/types';

import { certificateDocument, chinaDateText } from './volunteer-certificate-document';
import { maskIdNumber } from './volunteer-hours.mapper';

const view: VolunteerCertificateView = {
  id: 'c1',
  recordNumber: 'ZYFW-20260305-7K3Q9X',
  memberId: 'm1',
  volunteerName: '其其格',
  idNumberMasked: maskIdNumber('150102199001011234'),
  communityId: 'p1',
  issuingOrganisation: '环河街街道阿吉拉沁社区',
  items: [
    {
      eventId: 'e1',
      eventTitle: '<script>alert(1)</script>课堂志愿服务',
      date: '2026-03-04T17:30:00.000Z',
      venue: '党群服务中心',
      organizer: '阿吉拉沁社区',
      minutes: 95,
      hours: 1.6,
    },
  ],
  totalMinutes: 95,
  totalHours: 1.6,
  periodFrom: '2026-03-01',
  periodTo: null,
  issuedByName: '乌云',
  issuedAt: '2026-03-05T02:00:00.000Z',
  contact: '0471-6612345',
};

describe('志愿服务记录证明 document', () => {
  it('carries the fields the national rules ask for', () => {
    const html = certificateDocument(view);
    for (const text of [
      '志愿服务记录证明',
      '证明编号：ZYFW-20260305-7K3Q9X',
      '其其格',
      '150***********1234',
      '2026年3月5日',
      '党群服务中心',
      '阿吉拉沁社区',
      '1.6 小时',
      '出具单位：环河街街道阿吉拉沁社区',
      '经办人：乌云',
      '联系电话：0471-6612345',
      '出具日期：2026年3月5日',
      '2026年3月1日 至 出具之日',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).not.toContain('150102199001011234');
  });

  it('escapes what members and staff wrote', () => {
    const html = certificateDocument(view);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;课堂志愿服务');
  });

  it('dates in China time and masks ID numbers of any length', () => {
    expect(chinaDateText('2026-03-04T16:00:00.000Z')).toBe('2026年3月5日');
    expect(chinaDateText('2026-03-04T15:59:00.000Z')).toBe('2026年3月4日');
    expect(maskIdNumber('e12345678')).toBe('E12**5678');
    expect(maskIdNumber('1234567')).toBe('1******');
  });
});

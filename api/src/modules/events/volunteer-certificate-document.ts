import type { VolunteerCertificateView } from '@tongxin/types';

import { chinaWallClock } from '../../infra/time/china-time';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** 2026年3月5日, China time. */
export function chinaDateText(iso: string): string {
  const d = chinaWallClock(new Date(iso));
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

function hoursText(hours: number): string {
  return `${hours.toFixed(1)} 小时`;
}

function periodText(view: VolunteerCertificateView): string {
  if (!view.periodFrom && !view.periodTo) return '全部记录';
  const day = (date: string | null) => (date ? chinaDateText(`${date}T00:00:00+08:00`) : '');
  return `${day(view.periodFrom) || '最早记录'} 至 ${day(view.periodTo) || '出具之日'}`;
}

const STYLE = `
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: "Noto Serif CJK SC", "Songti SC", "SimSun", serif; color: #222; margin: 0 auto; max-width: 180mm; }
  h1 { text-align: center; font-size: 22pt; letter-spacing: 0.3em; margin: 8mm 0 2mm; }
  .number { text-align: right; font-size: 10pt; color: #555; }
  table { width: 100%; border-collapse: collapse; margin: 4mm 0; font-size: 11pt; }
  th, td { border: 1px solid #444; padding: 2mm 3mm; text-align: left; vertical-align: top; }
  th { background: #f3efe9; white-space: nowrap; }
  td.hours, th.hours { text-align: right; white-space: nowrap; }
  .statement { line-height: 1.9; font-size: 12pt; text-indent: 2em; }
  .issuer { margin-top: 12mm; text-align: right; line-height: 2; font-size: 12pt; }
  .seal { display: inline-block; width: 32mm; height: 32mm; border: 1px dashed #c8323c; border-radius: 50%;
          color: #c8323c; line-height: 32mm; text-align: center; font-size: 10pt; margin-top: 4mm; }
  .note { font-size: 9pt; color: #666; margin-top: 8mm; line-height: 1.6; }
  @media print { .note { color: #444; } }
`;

/**
 * The 志愿服务记录证明 as a printable A4 page, with what 《志愿服务记录与证明出具办法（试行）》 asks for: the
 * volunteer's name and (masked) ID number, each service's date, place, content and hours, the total, the issuing
 * organisation, the issue date, a record number and a contact for checking it. Everything shown is escaped.
 */
export function certificateDocument(view: VolunteerCertificateView): string {
  const rows = view.items
    .map(
      (item, n) => `<tr>
        <td>${n + 1}</td>
        <td>${escape(chinaDateText(item.date))}</td>
        <td>${escape(item.eventTitle)}</td>
        <td>${escape(item.venue)}</td>
        <td>${escape(item.organizer)}</td>
        <td class="hours">${hoursText(item.hours)}</td>
      </tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>志愿服务记录证明 ${escape(view.recordNumber)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>志愿服务记录证明</h1>
<p class="number">证明编号：${escape(view.recordNumber)}</p>
<table class="volunteer">
  <tr><th>志愿者姓名</th><td>${escape(view.volunteerName)}</td><th>证件号码</th><td>${escape(view.idNumberMasked ?? '—')}</td></tr>
  <tr><th>记录期间</th><td colspan="3">${escape(periodText(view))}</td></tr>
</table>
<p class="statement">兹证明 ${escape(view.volunteerName)} 同志在${escape(view.issuingOrganisation)}参加志愿服务，经本单位志愿服务记录核实，累计志愿服务时长
<strong>${hoursText(view.totalHours)}</strong>，具体如下：</p>
<table class="items">
  <thead><tr><th>序号</th><th>服务日期</th><th>服务项目</th><th>服务地点</th><th>组织单位</th><th class="hours">服务时长</th></tr></thead>
  <tbody>
${rows}
  </tbody>
  <tfoot><tr><th colspan="5">合计</th><td class="hours"><strong>${hoursText(view.totalHours)}</strong></td></tr></tfoot>
</table>
<div class="issuer">
  <div>出具单位：${escape(view.issuingOrganisation)}（盖章）</div>
  <div>经办人：${escape(view.issuedByName)}</div>
  <div>联系电话：${escape(view.contact)}</div>
  <div>出具日期：${escape(chinaDateText(view.issuedAt))}</div>
  <div class="seal">（盖章处）</div>
</div>
<p class="note">本证明依据《志愿服务条例》及《志愿服务记录与证明出具办法（试行）》出具，服务时长按签到、签退时间据实记录（不超过活动时长），如有调整均留有记录。
证件号码已作脱敏处理。如需核实，请拨打上述联系电话并提供证明编号。</p>
</body>
</html>
`;
}

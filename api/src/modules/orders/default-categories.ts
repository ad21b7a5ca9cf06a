import { ReportKind } from '@tongxin/types';

/** A category every new community starts with; staff rename, retire or add to them in 分类管理. */
export interface DefaultCategory {
  key: string;
  name: string;
  kind: ReportKind;
  openHours: number;
  claimedHours: number;
  inProgressHours: number;
}

/** From what the articles say residents bring to the grid: problems (随手拍) and needs (帮办代办, 一老一小). */
export const DEFAULT_CATEGORIES: readonly DefaultCategory[] = [
  { key: 'sanitation', name: '环境卫生', kind: ReportKind.Report, openHours: 4, claimedHours: 2, inProgressHours: 24 },
  {
    key: 'facilities',
    name: '公共设施损坏',
    kind: ReportKind.Report,
    openHours: 8,
    claimedHours: 4,
    inProgressHours: 48,
  },
  { key: 'safety', name: '安全隐患', kind: ReportKind.Report, openHours: 1, claimedHours: 1, inProgressHours: 8 },
  { key: 'errand', name: '跑腿代办', kind: ReportKind.Need, openHours: 8, claimedHours: 2, inProgressHours: 24 },
  { key: 'repair', name: '上门维修', kind: ReportKind.Need, openHours: 12, claimedHours: 4, inProgressHours: 48 },
  { key: 'elder-care', name: '助老帮扶', kind: ReportKind.Need, openHours: 4, claimedHours: 2, inProgressHours: 24 },
];

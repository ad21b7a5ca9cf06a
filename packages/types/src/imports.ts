import type { PageQuery } from './pagination';

/**
 * 导入: what a community's 台账 workbook can set up. `places` — communities, grids and buildings (with units and
 * a position); `households` — rooms and the residents' phones, verified in advance; `staff` — roles by phone;
 * `units` — stations (实践教育所/站/点/角), co-building units (共建单位) and businesses.
 */
export const ImportKind = {
  Places: 'places',
  Households: 'households',
  Staff: 'staff',
  Units: 'units',
} as const;
export type ImportKind = (typeof ImportKind)[keyof typeof ImportKind];

export const IMPORT_KIND_LABEL: Record<ImportKind, string> = {
  places: '社区、网格与楼栋',
  households: '住户与居民',
  staff: '工作人员与网格员',
  units: '阵地与共建单位',
};

/** `applied`: written; `rejected`: an apply refused because of bad rows (nothing written). */
export const ImportStatus = {
  Applied: 'applied',
  Rejected: 'rejected',
} as const;
export type ImportStatus = (typeof ImportStatus)[keyof typeof ImportStatus];

export const IMPORT_STATUS_LABEL: Record<ImportStatus, string> = {
  applied: '已导入',
  rejected: '未导入',
};

/** The things an import creates or changes, for the report's breakdown. */
export const ImportThing = {
  Community: 'community',
  Grid: 'grid',
  Building: 'building',
  Household: 'household',
  Resident: 'resident',
  Member: 'member',
  Grant: 'grant',
  Unit: 'unit',
} as const;
export type ImportThing = (typeof ImportThing)[keyof typeof ImportThing];

export const IMPORT_THING_LABEL: Record<ImportThing, string> = {
  community: '社区',
  grid: '网格',
  building: '楼栋',
  household: '住户',
  resident: '居民（预认证）',
  member: '新成员',
  grant: '角色',
  unit: '阵地与单位',
};

/** Largest workbook accepted, and most data rows in one file. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 20_000;
/** Bad rows listed in one report (the count says how many there were in all). */
export const IMPORT_MAX_ERRORS = 1_000;

export interface ImportCounts {
  create: number;
  change: number;
  unchanged: number;
}

export interface ImportCountLine extends ImportCounts {
  thing: ImportThing;
}

/** One bad cell: its row as Excel numbers it (the header is row 1), its column's header, and why, in Chinese. */
export interface ImportRowError {
  row: number;
  column: string;
  reason: string;
}

/** What a dry run found, and what an apply wrote (or, refused, would have). */
export interface ImportReport {
  kind: ImportKind;
  scopeId: string;
  scopeName: string;
  /** SHA-256 of the workbook's bytes. */
  fileHash: string;
  /** Data rows read (blank rows are skipped). */
  rows: number;
  /** Rows that would create something, change something, or are already there as written. */
  counts: ImportCounts;
  breakdown: ImportCountLine[];
  /** Bad rows first by row number; at most IMPORT_MAX_ERRORS of them. */
  errors: ImportRowError[];
  errorCount: number;
}

/** One past import (applied or refused), as listed. */
export interface ImportSummary {
  id: string;
  kind: ImportKind;
  status: ImportStatus;
  scopeId: string;
  scopeName: string;
  actorId: string;
  actorName: string;
  fileName: string | null;
  fileHash: string;
  rows: number;
  counts: ImportCounts;
  breakdown: ImportCountLine[];
  errorCount: number;
  createdAt: string;
}

/** The answer to an apply that wrote: the stored import and its report. */
export interface ImportApplyResponse {
  import: ImportSummary;
  report: ImportReport;
}

/**
 * Query of a dry run or an apply (the workbook is the multipart field `file`): the street or community the rows
 * belong to. Every place a row names must be inside it.
 */
export interface ImportScopeQuery {
  scopeId: string;
}

export interface ListImportsQuery extends PageQuery {
  kind?: ImportKind;
}

import {
  IMPORT_MAX_ERRORS,
  type ImportCountLine,
  type ImportCounts,
  type ImportKind,
  type ImportReport,
  type ImportRowError,
  type ImportThing,
} from '@tongxin/types';

export type Outcome = keyof ImportCounts;

const RANK: Record<Outcome, number> = { unchanged: 0, change: 1, create: 2 };

/**
 * What a plan found, row by row: bad cells, and for each good row what it would do (a row that creates
 * anything counts as create, else one that changes anything as change). The breakdown counts things.
 */
export class ImportTally {
  private readonly errors: ImportRowError[] = [];
  private readonly badRows = new Set<number>();
  private readonly outcomes = new Map<number, Outcome>();
  private readonly things: { row: number; thing: ImportThing; outcome: Outcome }[] = [];

  constructor(private readonly columnOrder: readonly string[] = []) {}

  error(row: number, column: string, reason: string): void {
    this.errors.push({ row, column, reason });
    this.badRows.add(row);
  }

  hasErrors(row?: number): boolean {
    return row === undefined ? this.errors.length > 0 : this.badRows.has(row);
  }

  /** Counts one thing a row creates, changes or finds as written; a row that also has errors counts nothing. */
  count(row: number, thing: ImportThing, outcome: Outcome): void {
    this.things.push({ row, thing, outcome });
    this.mark(row, outcome);
  }

  mark(row: number, outcome: Outcome): void {
    const before = this.outcomes.get(row);
    if (!before || RANK[outcome] > RANK[before]) this.outcomes.set(row, outcome);
  }

  report(meta: { kind: ImportKind; scopeId: string; scopeName: string; fileHash: string; rows: number }): ImportReport {
    const counts: ImportCounts = { create: 0, change: 0, unchanged: 0 };
    for (const [row, outcome] of this.outcomes) if (!this.badRows.has(row)) counts[outcome] += 1;
    const lines = new Map<ImportThing, ImportCountLine>();
    for (const { row, thing, outcome } of this.things) {
      if (this.badRows.has(row)) continue;
      const line = lines.get(thing) ?? { thing, create: 0, change: 0, unchanged: 0 };
      line[outcome] += 1;
      lines.set(thing, line);
    }
    const breakdown = [...lines.values()];
    const column = (name: string) => {
      const i = this.columnOrder.indexOf(name);
      return i < 0 ? this.columnOrder.length : i;
    };
    const errors = [...this.errors].sort((a, b) => a.row - b.row || column(a.column) - column(b.column));
    return {
      ...meta,
      counts,
      breakdown,
      errors: errors.slice(0, IMPORT_MAX_ERRORS),
      errorCount: errors.length,
    };
  }
}

import type { GridWeekly } from '@tongxin/types';

export interface WeeklyShareCardProps {
  /** The week shown; give the component a key of grid and week so a new week drops the old image. */
  weekly: GridWeekly;
}

/** 网格周报-第一网格-2026-11-30.png */
export function shareFileName(weekly: GridWeekly): string {
  return `网格周报-${weekly.grid.name}-${weekly.week.from}.png`;
}

import { parseDecimal } from '../workbook/cells';
import type { ImportTally } from './tally';

/**
 * The 经度/纬度 cells of a row: both or neither, within mainland China's range (a swapped pair or a projected
 * coordinate falls outside). Null when both are blank or either is wrong (the error is on the tally).
 */
export function readLocation(
  row: number,
  cells: Map<string, string>,
  tally: ImportTally,
): { lng: number; lat: number } | null {
  const lngText = cells.get('经度');
  const latText = cells.get('纬度');
  if (!lngText && !latText) return null;
  if (!lngText || !latText) {
    tally.error(row, lngText ? '纬度' : '经度', '经度和纬度要同时填写');
    return null;
  }
  const lng = parseDecimal(lngText, 73, 136);
  const lat = parseDecimal(latText, 3, 54);
  if (lng === null) tally.error(row, '经度', `「${lngText}」不是 73–136 之间的经度`);
  if (lat === null) tally.error(row, '纬度', `「${latText}」不是 3–54 之间的纬度`);
  return lng === null || lat === null ? null : { lng, lat };
}

/** Text that Excel and WPS would run as a formula is defused with a leading quote (every workbook we write). */
export function defused<T extends string | number>(value: T): T | string {
  return typeof value === 'string' && /^[=+\-@]/.test(value) ? `'${value}` : value;
}

/** Width of `text` drawn in `font` (a canvas's measureText, or a fake in tests). */
export type Measure = (text: string, font: string) => number;

// A Latin word or number stays whole; every other character (Chinese) may end a line.
const UNIT = /[A-Za-z0-9][A-Za-z0-9.%\-_/]*|\s+|./gsu;
// Closing punctuation never starts a line (禁则): it hangs at the end of the line before.
const NO_LINE_START = /^[，。、；：？！）》」』”’,.;:?!)]$/u;

/** Breaks `text` into lines no wider than `maxWidth` (but hanging punctuation), for drawing on a canvas. */
export function wrapText(text: string, maxWidth: number, font: string, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const unit of text.match(UNIT) ?? []) {
    if (measure(line + unit, font) <= maxWidth || NO_LINE_START.test(unit)) {
      line += unit;
      continue;
    }
    push();
    if (/^\s+$/.test(unit)) continue;
    if (measure(unit, font) <= maxWidth) {
      line = unit;
      continue;
    }
    // A word wider than the line is broken where it must be.
    for (const char of unit) {
      if (line && measure(line + char, font) > maxWidth) push();
      line += char;
    }
  }
  push();
  return lines;
}

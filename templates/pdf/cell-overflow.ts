/**
 * react-pdf cannot split a table cell across pages: a row with one cell taller than the page is
 * drawn on a page of its own and cut off at its foot. A cell whose text would not fit in part of a
 * page therefore keeps its beginning, with a pointer, and the rest is printed under the table, where
 * text flows across pages like any paragraph. The estimate is deliberately on the safe side.
 */
import { sizes } from '#templates/theme';

/** What a table can use of the page: content width and height in points. */
export interface TableArea {
  width: number;
  height: number;
}

const TABLE_LINE = sizes.table * 1.35;
/** Average advance of a character of Noto Sans, as a share of the font size (on the wide side). */
const CHAR_WIDTH = 0.55;
const CELL_PADDING_X = 8;
/** A cell may fill this share of the page's height. */
const SHARE_OF_PAGE = 0.55;

export interface CellSplit {
  kept: string;
  rest: string | null;
}

const linesOf = (text: string, perLine: number) =>
  text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);

/** Splits `text` for a column `share` (0–1) of the table's width so that what stays fits the page. */
export function splitCell(text: string, share: number, area: TableArea): CellSplit {
  const perLine = Math.max(8, Math.floor((share * area.width - CELL_PADDING_X) / (sizes.table * CHAR_WIDTH)));
  const maxLines = Math.max(4, Math.floor((SHARE_OF_PAGE * area.height) / TABLE_LINE));
  if (linesOf(text, perLine) <= maxLines) return { kept: text, rest: null };
  // Keep whole lines while they fit, leaving one line for the pointer; cut the next one at a space.
  const kept: string[] = [];
  let used = 0;
  const lines = text.split('\n');
  let i = 0;
  for (; i < lines.length; i++) {
    const need = Math.max(1, Math.ceil(lines[i]!.length / perLine));
    if (used + need > maxLines - 1) break;
    kept.push(lines[i]!);
    used += need;
  }
  const room = (maxLines - 1 - used) * perLine;
  let restFirst = lines[i] ?? '';
  if (room > perLine && restFirst.length > 0) {
    const cut = restFirst.lastIndexOf(' ', room);
    if (cut > 0) {
      kept.push(restFirst.slice(0, cut));
      restFirst = restFirst.slice(cut + 1);
    }
  }
  const rest = [restFirst, ...lines.slice(i + 1)].join('\n').trim();
  return { kept: kept.join('\n'), rest: rest || null };
}

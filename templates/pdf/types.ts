/** The shapes the shared PDF pieces lay out. No runtime code: the browser's HTML renditions use them too. */

export interface Field {
  label: string;
  value: string;
}

export interface Column {
  header: string;
  /** Relative width; the document divides the line between the columns by these weights. */
  width: number;
  align?: 'left' | 'right';
  /** The first line of each cell is what the row is about: printed bold. */
  emphasis?: boolean;
}

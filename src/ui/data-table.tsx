import { useId } from 'react';
import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import './data-table.css';

export interface DataTableColumn {
  header: string;
  align?: 'left' | 'right';
}

export interface DataTableProps {
  /** The table's caption; '' when a heading right above already names it. */
  caption: string;
  /** The caption repeats a heading just above: read out, not shown twice. */
  captionHidden?: boolean;
  columns: readonly DataTableColumn[];
  /** Cells as text; a line break starts a new line within the cell. */
  rows: readonly (readonly string[])[];
  /** Rows (by index) to mark; the row says why in words too, so the mark is never colour alone. */
  marked?: readonly number[];
  note?: string;
}

/**
 * Figures as a table. The first cell of a row names it (a row header). On a narrow screen every row
 * becomes a small block of "header: value" lines, so the page never scrolls sideways.
 */
export function DataTable({ caption, captionHidden = false, columns, rows, marked = [], note }: DataTableProps) {
  const noteId = useId();
  return (
    <div className="sw-data-table">
      <Table aria-describedby={note ? noteId : undefined}>
        {caption && <TableCaption className={captionHidden ? 'sw-visually-hidden' : 'sw-data-caption'}>{caption}</TableCaption>}
        <TableHeader>
          <TableRow>
            {columns.map((c, i) => (
              <TableHeaderCell key={i} scope="col" className={c.align === 'right' ? 'sw-data-right' : undefined}>
                {c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, r) => (
            <TableRow key={r} className={marked.includes(r) ? 'sw-data-marked' : undefined}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <TableHeaderCell key={c} scope="row" className="sw-data-cell">
                    {cell}
                  </TableHeaderCell>
                ) : (
                  <TableCell key={c} className={`sw-data-cell${columns[c]?.align === 'right' ? ' sw-data-right' : ''}`}>
                    {/* Shown only where the rows stack: which column this value belongs to. */}
                    <span className="sw-data-label" aria-hidden="true">
                      {columns[c]?.header}
                    </span>
                    {cell}
                  </TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {note && (
        <Paragraph id={noteId} className="sw-data-note">
          {note}
        </Paragraph>
      )}
    </div>
  );
}

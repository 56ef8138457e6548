/**
 * A table of a PDF document: header row repeated on every page it runs onto, zebra rows,
 * long tables cut into parts and cells too tall for a page continued under the table.
 */
import { Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import { A4_HEIGHT, A4_WIDTH, space, styles } from '#templates/theme';
import { pdfCopy } from './copy';
import { splitCell, type TableArea } from './cell-overflow';
import type { Column } from './types';
import { Box, Paragraphs } from './text';

/** What a table may use of a portrait page (the sections) and of a landscape one (the annexes). */
export const PORTRAIT: TableArea = { width: A4_WIDTH - 2 * space.pageX, height: A4_HEIGHT - space.pageTop - space.pageBottom };
export const LANDSCAPE: TableArea = { width: A4_HEIGHT - 2 * space.pageX, height: A4_WIDTH - space.pageTop - space.pageBottom };

/**
 * A long table is laid out as consecutive tables of this many rows, each with its header row.
 * react-pdf's paginator gives up on a single table of well over a hundred tall rows and puts it on
 * one page, cut off; tables of this size split across pages as they should.
 */
const ROWS_PER_TABLE = 40;
const chunks = <T,>(xs: readonly T[], n: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

export function Table({
  label,
  columns,
  rows,
  note,
  area,
  marked = [],
}: {
  label: string;
  columns: Column[];
  rows: string[][];
  note?: string;
  area: TableArea;
  /** Rows (by index) printed with a coloured band; what the mark means must also be in the row's text. */
  marked?: readonly number[];
}) {
  const total = columns.reduce((n, c) => n + c.width, 0);
  const cellStyle = (c: Column): Style[] => [styles.cell, { width: `${(c.width / total) * 100}%`, textAlign: c.align ?? 'left' }];
  // Cells too long for a page keep their beginning; the rest follows the table (see cell-overflow.ts).
  const continued: { at: string; text: string }[] = [];
  const shown = rows.map((row) =>
    columns.map((c, i) => {
      const { kept, rest } = splitCell(row[i] ?? '', c.width / total, area);
      if (rest === null) return kept;
      const where = pdfCopy.rowRef(row[0] ?? '');
      continued.push({ at: pdfCopy.continuedAt(c.header, where), text: rest });
      return [kept, pdfCopy.continuedBelow(where)].filter(Boolean).join('\n');
    }),
  );
  const parts = chunks(shown, ROWS_PER_TABLE);
  return (
    <>
      {parts.map((part, p) => (
        <View key={p} style={p === 0 ? styles.table : [styles.table, styles.tableContinued]}>
          {p === 0 && label ? (
            <Text style={styles.label} minPresenceAhead={60}>
              {label}
            </Text>
          ) : null}
          {/* Fixed inside the table: repeated at the top of every page the table runs onto. */}
          <View style={styles.tableHeader} fixed>
            {columns.map((c, i) => (
              <Text key={i} style={cellStyle(c)}>
                {c.header}
              </Text>
            ))}
          </View>
          {part.map((row, r) => {
            const n = p * ROWS_PER_TABLE + r;
            return (
              <View
                key={n}
                style={[styles.tableRow, ...(marked.includes(n) ? [styles.tableRowMarked] : n % 2 ? [styles.tableRowAlt] : [])]}
                wrap={false}
              >
                {columns.map((c, i) => (
                  <Box
                    key={i}
                    style={cellStyle(c)}
                    text={row[i] || pdfCopy.emptyCell}
                    first={c.emphasis ? styles.cellEmphasis : undefined}
                  />
                ))}
              </View>
            );
          })}
          {p === parts.length - 1 && note ? <Text style={styles.tableNote}>{note}</Text> : null}
        </View>
      ))}
      {continued.length > 0 ? (
        <View>
          <Text style={styles.label} minPresenceAhead={40}>
            {pdfCopy.continuedTitle}
          </Text>
          {continued.map((c, i) => (
            <View key={i}>
              <Text style={styles.continuedAt} minPresenceAhead={30}>
                {c.at}
              </Text>
              <Paragraphs text={c.text} />
            </View>
          ))}
        </View>
      ) : null}
    </>
  );
}

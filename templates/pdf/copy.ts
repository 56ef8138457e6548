/** The words every PDF document adds around its content: page numbers, empty cells, long cells continued. */
export const pdfCopy = {
  page: (page: number, total: number) => `pagina ${page} van ${total}`,
  emptyCell: '–',
  continuedBelow: (where: string) => `(vervolg onder de tabel, bij ${where})`,
  continuedTitle: 'Vervolg van lange tekst uit de tabel',
  continuedAt: (header: string, row: string) => `${header}, ${row}`,
  rowRef: (first: string) => (/^\d+$/.test(first) ? `nr. ${first}` : `“${first.length > 40 ? `${first.slice(0, 39)}…` : first}”`),
};

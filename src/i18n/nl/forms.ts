/** The form primitives in src/forms: error summary, counters, repeatable rows, choices. */
export const formsNl = {
  errorSummaryTitle: (n: number) =>
    n === 1 ? 'Er is 1 punt dat u nog moet aanvullen' : `Er zijn ${n} punten die u nog moet aanvullen`,
  optional: '(niet verplicht)',
  countLeft: (left: string, max: string) => `Nog ${left} van de ${max} tekens over.`,
  countFull: (max: string) => `U heeft de ${max} tekens gebruikt die hier passen. Meer tekst wordt niet bewaard.`,
  /** After an option that is our own addition, not the plan's: an example to choose only if it fits. */
  suggestion: '(voorbeeld, niet uit het stappenplan)',
  removeRow: 'Verwijderen',
  moveUp: 'Omhoog',
  moveDown: 'Omlaag',
  moved: (position: number, total: number) => `Verplaatst naar plek ${position} van ${total}.`,
  removed: (row: string) => `${row} is verwijderd.`,
  /** Removing a row can be undone for a while. */
  removedUndo: (row: string) => `${row} is verwijderd. Onder de lijst kunt u dit nog even ongedaan maken.`,
  removedShort: (row: string) => `${row} verwijderd —`,
  undo: 'Ongedaan maken',
  undoLabel: (row: string) => `Ongedaan maken: ${row} terugzetten`,
  restored: (row: string) => `${row} staat er weer.`,
  noRows: 'Nog niets toegevoegd.',
  choose: 'Kies…',
  noPartners: 'Er zijn nog geen organisaties bekend. Die legt u vast in stap 1; daarna kunt u ze hier kiezen.',
  noPartnersOfKind: (kinds: string) =>
    `Er is nog geen ${kinds} bekend. Die legt u vast in stap 1; daarna kunt u die hier kiezen.`,
};

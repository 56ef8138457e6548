/** The step page and the flow through the steps (src/wizard, src/app/pages/step-page.tsx). */
export const wizardNl = {
  heading: (n: number, total: number, title: string) => `Stap ${n} van ${total} — ${title}`,
  prev: 'Vorige',
  next: 'Volgende',
  complete: 'Stap afronden',
  completing: 'Bezig met afronden…',
  completeFailed: 'Afronden is niet gelukt.',
  toOverview: 'Naar overzicht',
  unknownStep: 'Deze stap bestaat niet.',
  completedNote: 'Deze stap is afgerond. U kunt hem nog steeds aanpassen.',
  /** For a reading link: it cannot change the step. */
  completedNoteReadOnly: 'Deze stap is afgerond.',
  loadingForm: 'Formulier wordt geladen…',
};

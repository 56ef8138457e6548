/** How the app names the steps of the plan, their tracks and their status, wherever it refers to one. */
export const stepsNl = {
  /** "Stap 8: Maak de samenwerking bekend": in lists, choices, links, exports and the PDF. */
  label: (n: number, title: string) => `Stap ${n}: ${title}`,
  /** Who acts in a step ("Aan zet: School, Jongerenwerk"). */
  aanZet: 'Aan zet',
  tracks: {
    starten: {
      title: 'Samenwerking starten',
      intro: 'Stap 1 tot en met 8: de basis die elke samenwerking nodig heeft.',
    },
    versterken: {
      title: 'Samenwerking versterken',
      intro: 'Stap 9 tot en met 11: blijven leren, evalueren en de financiering duurzaam maken.',
    },
  },
  status: { leeg: 'Leeg', bezig: 'Bezig', afgerond: 'Afgerond' },
  /** Once the text is frozen, a step is what version n holds (not "afgerond", not "bezig"). */
  fixedIn: (version: number) => `Vastgelegd in versie ${version}`,
};

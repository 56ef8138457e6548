/** How the app names the steps of the plan, wherever it refers to one. */
export const stepsNl = {
  /** "Stap 8: Maak de samenwerking bekend": in lists, choices, links, exports and the PDF. */
  label: (n: number, title: string) => `Stap ${n}: ${title}`,
};

/** The addresses of the rounds pages inside a dossier (the router in app.tsx has the same shapes). */
const base = (dossierId: string) => `/d/${encodeURIComponent(dossierId)}/rondes`;

export const roundsPath = base;
export const roundPath = (dossierId: string, roundId: string) => `${base(dossierId)}/${encodeURIComponent(roundId)}`;
/** The results page of a closed round (built by the results pages). */
export const resultsPath = (dossierId: string, roundId: string) => `${roundPath(dossierId, roundId)}/resultaten`;
export const paperPath = (dossierId: string, roundId: string, entryId: string) =>
  `${roundPath(dossierId, roundId)}/papier/${encodeURIComponent(entryId)}`;
export const printPath = (dossierId: string, roundId: string) => `${roundPath(dossierId, roundId)}/leerlingen/afdrukken`;

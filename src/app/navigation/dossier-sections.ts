/** The parts of a dossier its header links to, in the order it shows them. */
export const DOSSIER_SECTIONS = ['overview', 'steps', 'agreement', 'partners', 'rounds', 'actions'] as const;
export type DossierSection = (typeof DOSSIER_SECTIONS)[number];

// The first path segment after /d/:id that belongs to each part (the router in app.tsx has the same shapes).
const SEGMENTS: Record<string, DossierSection> = {
  stap: 'steps',
  overeenkomst: 'agreement',
  controleren: 'agreement',
  controleer: 'agreement',
  versie: 'agreement',
  partners: 'partners',
  rondes: 'rounds',
  // Trends across the rounds belong with them.
  trends: 'rounds',
  acties: 'actions',
  // The log of knowledge activities is reached from "Samenwerking volgen" on the dossier home.
  kennis: 'overview',
};

/** Pages that belong to a part without being its own page. */
const NESTED = new Set(['controleren', 'controleer', 'kennis']);

/** Which part of the dossier a path is in, and whether it is that part's own page (or one nested in it). */
export function sectionOf(pathname: string, dossierId: string): { section: DossierSection; exact: boolean } | null {
  const prefix = `/d/${encodeURIComponent(dossierId)}`;
  if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return null;
  const rest = pathname.slice(prefix.length).split('/').filter(Boolean);
  if (rest.length === 0) return { section: 'overview', exact: true };
  const section = SEGMENTS[rest[0]!];
  if (!section) return null;
  // A step page is "the" Stappen page; the agreement's own page is /overeenkomst, its versions nest in it.
  const exact = section === 'steps' ? rest.length === 2 : rest.length === 1 && !NESTED.has(rest[0]!);
  return { section, exact };
}

/** The address of the knowledge log (the router in app.tsx has the same shape). */
const base = (dossierId: string) => `/d/${encodeURIComponent(dossierId)}`;

/** "Gehouden kennisactiviteiten": the log of step 9's activities held. */
export const knowledgePath = (dossierId: string) => `${base(dossierId)}/kennis`;

/** Addresses of the working-data pages after signing (the router in app.tsx has the same shapes). */
const base = (dossierId: string) => `/d/${encodeURIComponent(dossierId)}`;

/** "Gehouden kennisactiviteiten": the log of step 9's activities held. */
export const knowledgePath = (dossierId: string) => `${base(dossierId)}/kennis`;

/** "Actieplan volgen": each action's progress and the actions proposed since the signed version. */
export const actionsPath = (dossierId: string) => `${base(dossierId)}/acties`;

/** Addresses the results pages link to outside the rounds (the router in app.tsx has the same shapes). */
const dossierBase = (dossierId: string) => `/d/${encodeURIComponent(dossierId)}`;

export const trendsPath = (dossierId: string) => `${dossierBase(dossierId)}/trends`;
/** "Actieplan volgen": the plan with its progress and the proposed actions. */
export const actionPlanPath = (dossierId: string) => `${dossierBase(dossierId)}/acties`;
export const agreementPath = (dossierId: string) => `${dossierBase(dossierId)}/overeenkomst`;

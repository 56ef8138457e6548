/** "Actieplan volgen" of a dossier. */
export const actionsPath = (dossierId: string) => `/d/${dossierId}/acties`;

/** "Geschiedenis" under a step: who changed what, and when. */
export const historyNl = {
  title: 'Geschiedenis',
  intro: 'Wie wat heeft gewijzigd in deze stap, de nieuwste wijziging bovenaan.',
  loading: 'Geschiedenis laden…',
  empty: 'Deze stap is nog niet opgeslagen.',
  more: 'Oudere wijzigingen laden',
  failed: 'De geschiedenis kon niet worden geladen. Probeer het opnieuw.',
  unknownActor: 'Onbekend (opgeslagen voordat dit werd bijgehouden)',
  owner: 'eigenaar',
  revision: (n: number) => `Versie ${n}`,
  noChanges: 'Opgeslagen zonder inhoudelijke wijziging.',
  added: 'toegevoegd',
  removed: 'verwijderd',
  yes: 'ja',
  no: 'nee',
  from: 'was',
  to: 'wordt',
  /** Names of stored fields that no label in a step's or tool's copy names. */
  fieldNames: {
    partnerId: 'Organisatie',
  } as Record<string, string>,
  /** A field nothing names (never its stored key). */
  otherField: 'ander veld',
};

import { dossierNl } from './dossier';

/** Talking to the server: autosave, conflicts, failed requests, and live updates by others. */
export const syncNl = {
  network: 'Geen verbinding met de server.',
  status: (status: number) =>
    status === 404 || status === 401
      ? dossierNl.notFound
      : status === 413
        ? 'Dit is te veel tekst om in één keer op te slaan.'
        : status >= 500
          ? 'Er ging iets mis op de server. Probeer het zo opnieuw.'
          : `De server weigerde het verzoek (${status}).`,
  saving: 'Opslaan…',
  pendingSoon: 'Wijzigingen worden zo opgeslagen',
  savedAt: (time: string) => `Opgeslagen om ${time}`,
  notSaved: 'Niet opgeslagen',
  keptLocally: 'Uw invoer staat veilig in deze browser en wordt verstuurd zodra de server weer bereikbaar is.',
  conflictTitle: 'Iemand anders heeft dit tegelijk gewijzigd',
  conflictIntro:
    'Een andere partner heeft intussen dezelfde velden aangepast. Hun overige wijzigingen en de uwe blijven staan; kies per veld welke versie blijft, of voeg ze samen.',
  keepMine: 'Mijn versie behouden',
  takeTheirs: 'Versie van de ander overnemen',
  combine: 'Beide samenvoegen',
  combined: 'Samengevoegde tekst',
  mine: 'Uw versie',
  theirs: 'Versie van de ander',
  saveChoice: 'Keuze opslaan',
  approveUnsaved: 'Uw laatste wijzigingen zijn nog niet opgeslagen. Geef akkoord als ze zijn opgeslagen.',
  /** Live updates: who else is here, and changes by others. */
  live: {
    who: (v: { name: string | null; partnerName: string | null }) =>
      v.name && v.partnerName ? `${v.name} (${v.partnerName})` : (v.name ?? v.partnerName ?? 'Een partner'),
    alsoHere: 'Ook op deze stap:',
    editsField: (who: string) => `${who} bewerkt dit veld`,
    changedStep: (who: string) => `${who} heeft deze stap gewijzigd.`,
    loadNew: 'Nieuwe versie laden',
    loadNewWithMine: 'Uw wijzigingen worden eerst opgeslagen en samengevoegd met de nieuwe versie.',
    linkRevoked: 'Deze link is ingetrokken of niet meer geldig. Vraag de eigenaar van het dossier om een nieuwe link.',
  },
};

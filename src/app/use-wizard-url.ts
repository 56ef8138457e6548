import { useEffect, useEffectEvent } from 'react';
import { useNavigate } from 'react-router';
import type { ActorRefFrom } from 'xstate';
import { OVERVIEW, locationOf, routeTo, wizardMachine, type WizardLocation } from '#src/wizard/wizard.machine';
import type { DossierSync } from '#src/sync/dossier-sync';

export const pathFor = (dossierId: string, location: WizardLocation) =>
  location === OVERVIEW ? `/d/${dossierId}` : `/d/${dossierId}/stap/${location}`;

/**
 * Keeps the URL and the wizard machine in step: a URL change is a request sent to the machine;
 * wherever the machine ends up is written back to the URL. Leaving a step flushes its autosave.
 */
export function useWizardUrl(
  wizard: ActorRefFrom<typeof wizardMachine>,
  sync: DossierSync,
  dossierId: string,
  urlLocation: WizardLocation | null,
) {
  const navigate = useNavigate();

  useEffect(() => {
    if (urlLocation && locationOf(wizard.getSnapshot().value) !== urlLocation) wizard.send(routeTo(urlLocation));
  }, [wizard, urlLocation]);

  // Where the machine went is written to the URL, while the URL is a wizard location (as it is now).
  const followMachine = useEffectEvent((location: WizardLocation) => {
    if (urlLocation && location !== urlLocation) navigate(pathFor(dossierId, location));
  });

  useEffect(() => {
    let previous = locationOf(wizard.getSnapshot().value);
    const sub = wizard.subscribe((snapshot) => {
      const location = locationOf(snapshot.value);
      if (location !== previous && previous !== OVERVIEW) sync.flush(previous);
      previous = location;
      followMachine(location);
    });
    return () => sub.unsubscribe();
  }, [wizard, sync]);
}

import { createContext, useContext } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { Dossier } from '#src/domain/dossier';
import type { DossierSync } from '#src/sync/dossier-sync';
import type { wizardMachine } from '#src/wizard/wizard.machine';

export interface DossierContextValue {
  dossier: Dossier;
  token: string;
  sync: DossierSync;
  wizard: ActorRefFrom<typeof wizardMachine>;
}

export const DossierContext = createContext<DossierContextValue | null>(null);

export function useDossier(): DossierContextValue {
  const value = useContext(DossierContext);
  if (!value) throw new Error('useDossier outside a dossier');
  return value;
}

import { createContext, useContext } from 'react';
import type { Partner } from '../domain/partners';
import type { WarningContext } from '../domain/step';

/** What a step form may know about the rest of the dossier: the partners and other steps' saved data. */
export interface StepFormContext extends WarningContext {
  partners: Partner[];
}

export const emptyStepContext: StepFormContext = { partners: [], steps: {} };

export const StepContext = createContext<StepFormContext>(emptyStepContext);
export const useStepContext = () => useContext(StepContext);

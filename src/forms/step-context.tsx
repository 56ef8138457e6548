import { createContext, useContext } from 'react';
import type { WarningContext } from '../domain/step';

/** What a step form may know about the rest of the dossier: the partners and other steps' saved data. */
export type StepFormContext = Required<WarningContext>;

export const emptyStepContext: StepFormContext = { partners: [], steps: {} };

export const StepContext = createContext<StepFormContext>(emptyStepContext);
export const useStepContext = () => useContext(StepContext);

import { createContext, useContext } from 'react';
import type { WarningContext } from '../domain/step';
import type { ActionRow } from '../tools/action-plan/schema';

/** What a step form may know about the rest of the dossier: the partners and other steps' saved data. */
export type StepFormContext = Required<WarningContext> & {
  /** Appends rows to the action plan of step 5 (from a factor priority, an agreement, an evaluation). */
  addActionRows?: (rows: ActionRow[]) => void;
};

export const emptyStepContext: StepFormContext = { partners: [], steps: {} };

export const StepContext = createContext<StepFormContext>(emptyStepContext);
export const useStepContext = () => useContext(StepContext);

import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { StepId, WarningContext } from '#src/domain/step';
import type { ActionRow } from '#src/tools/action-plan/schema';

/** What a step form may know about the rest of the dossier: the partners and other steps' saved data. */
export type StepFormContext = Required<WarningContext> & {
  /** Appends rows to the action plan of step 5 (from a factor priority, an agreement, an evaluation). */
  addActionRows?: (rows: ActionRow[]) => void;
  /** The open dossier, e.g. to name a downloaded file. */
  dossier?: { id: string; title: string };
  /**
   * A link to another step of this dossier. The app passes one that asks the wizard to go there;
   * without it, forms fall back to a plain relative link.
   */
  StepLink?: ComponentType<{ stepId: StepId; children: ReactNode }>;
};

export const emptyStepContext: StepFormContext = { partners: [], steps: {} };

export const StepContext = createContext<StepFormContext>(emptyStepContext);
export const useStepContext = () => useContext(StepContext);

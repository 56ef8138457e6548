import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { StepId, StepInfo, WarningContext } from '#src/domain/step';

/** A new row for a list in another step (an action for the action plan); `id` keeps it apart when merged. */
export type NewRow = { id: string } & Record<string, unknown>;

/**
 * What a step form, and the tools in it, may know about the rest of the dossier: the partners, other
 * steps' saved data, and the steps themselves. Tools know no step of their own: which step they sit in,
 * how steps are named and where the action plan lives all come in here, from the app.
 */
export type StepFormContext = Required<WarningContext> & {
  /** The step this form belongs to, e.g. to record where an action for the action plan came from. */
  stepId?: StepId;
  /** Every step in order with its number and title, for choices, links and exports that name a step. */
  stepList?: readonly StepInfo[];
  /** The rows of the action plan as saved, wherever the plan lives, to see what is in it already. */
  actionRows?: unknown;
  /** Appends rows to the action plan (from a factor priority, an agreement, an evaluation). */
  addActionRows?: (rows: NewRow[]) => void;
  /** The open dossier, e.g. to name a downloaded file. */
  dossier?: { id: string; title: string };
  /**
   * A link to another step of this dossier. The app passes one that asks the wizard to go there;
   * without it, forms fall back to a plain relative link.
   */
  StepLink?: ComponentType<{ stepId: StepId; children: ReactNode }>;
  /**
   * The app's panel for step 4's baseline round (nulmeting), where each person scores the working
   * factors for themselves: the tool shows it; without it (tests, another host) there is none.
   */
  BaselineRounds?: ComponentType;
};

export const emptyStepContext: StepFormContext = { partners: [], steps: {} };

export const StepContext = createContext<StepFormContext>(emptyStepContext);
export const useStepContext = () => useContext(StepContext);

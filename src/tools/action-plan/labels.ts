/**
 * How the action plan names what other steps stored: choices of steps 1, 4, 6 and 10 (from the
 * catalogue, where those steps take them too), and the steps themselves (from the registry).
 */
import { OCCASIONS } from '#src/domain/catalogue/occasions';
import {
  COLLABORATION_TYPE_CHOICES,
  EVALUATION_FREQUENCY_CHOICES,
  MEETING_FREQUENCY_CHOICES,
  SCHOOL_LEVEL_CHOICES,
} from '#src/domain/catalogue/choices';
import { STEPS } from '#steps/index';
import type { StepId } from '#src/domain/step';
import { actionPlanCopy } from './copy';
import type { PrefillLabels } from './prefill';

const lookup = (options: readonly { value: string; label: string }[]) => {
  const byValue = new Map(options.map((o) => [o.value, o.label]));
  // An unknown value (an older list) is shown as stored rather than dropped.
  return (value: string) => byValue.get(value) ?? value;
};

export const prefillLabels: PrefillLabels = {
  occasion: lookup(OCCASIONS),
  collaborationType: lookup(COLLABORATION_TYPE_CHOICES),
  level: lookup(SCHOOL_LEVEL_CHOICES),
  meetingFrequency: lookup(MEETING_FREQUENCY_CHOICES),
  evaluationFrequency: lookup(EVALUATION_FREQUENCY_CHOICES),
};

export const stepNumber = (id: StepId) => STEPS.find((s) => s.id === id)?.number ?? 0;
export const stepTitle = (id: StepId) => STEPS.find((s) => s.id === id)?.copy.title ?? '';

/** "Stap 8: Maak de samenwerking bekend", for choices, links and the CSV. */
export const stepLabel = (id: string) => {
  const step = STEPS.find((s) => s.id === id);
  return step ? actionPlanCopy.partB.stepOption(step.number, step.copy.title) : id;
};

export const stepOptions = () => STEPS.map((s) => ({ value: s.id, label: stepLabel(s.id) }));

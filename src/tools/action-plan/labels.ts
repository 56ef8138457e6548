/**
 * How the action plan names what other steps stored: choices of steps 1, 4, 6 and 10 (from the
 * catalogue, where those steps take them too), and the steps themselves (from the step context: the
 * action plan knows no step of its own).
 */
import { OCCASIONS } from '#src/domain/catalogue/occasions';
import {
  COLLABORATION_TYPE_CHOICES,
  EVALUATION_FREQUENCY_CHOICES,
  MEETING_FREQUENCY_CHOICES,
  SCHOOL_LEVEL_CHOICES,
} from '#src/domain/catalogue/choices';
import type { StepInfo } from '#src/domain/step';
import { stepsNl } from '#src/i18n/nl/steps';
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

/** "Stap 8: Maak de samenwerking bekend" for a stored step id; an id no step has is shown as stored. */
export function stepLabelIn(steps: readonly StepInfo[], id: string): string {
  const step = steps.find((s) => s.id === id);
  return step ? stepsNl.label(step.number, step.title) : id;
}

/** The steps as choices of a select. */
export const stepOptionsOf = (steps: readonly StepInfo[]) =>
  steps.map((s) => ({ value: s.id, label: stepsNl.label(s.number, s.title) }));

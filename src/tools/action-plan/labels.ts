/**
 * How the action plan names what other steps stored: choices of steps 1, 4, 6 and 10, and the steps
 * themselves. Read-only display of their data, so it reads their copy (the registry does the same);
 * no step logic is imported. Lists that live in the catalogue come from there.
 */
import { OCCASIONS } from '../../domain/catalogue/occasions';
import { STEPS } from '../../../steps/index';
import { copy as initiatiefCopy } from '../../../steps/01-initiatief/copy';
import { copy as visieCopy } from '../../../steps/04-visie/copy';
import { copy as signalenCopy } from '../../../steps/06-signalen/copy';
import { copy as evaluatieCopy } from '../../../steps/10-evaluatie/copy';
import type { StepId } from '../../domain/step';
import { actionPlanCopy } from './copy';
import type { PrefillLabels } from './prefill';

const lookup = (options: readonly { value: string; label: string }[]) => {
  const byValue = new Map(options.map((o) => [o.value, o.label]));
  // An unknown value (an older list) is shown as stored rather than dropped.
  return (value: string) => byValue.get(value) ?? value;
};

export const prefillLabels: PrefillLabels = {
  occasion: lookup(OCCASIONS),
  collaborationType: lookup(initiatiefCopy.collaborationTypes),
  level: lookup(visieCopy.levelOptions),
  meetingFrequency: lookup(signalenCopy.frequencies),
  evaluationFrequency: lookup(evaluatieCopy.frequencies),
};

export const stepNumber = (id: StepId) => STEPS.find((s) => s.id === id)?.number ?? 0;
export const stepTitle = (id: StepId) => STEPS.find((s) => s.id === id)?.copy.title ?? '';

/** "Stap 8: Maak de samenwerking bekend", for choices, links and the CSV. */
export const stepLabel = (id: string) => {
  const step = STEPS.find((s) => s.id === id);
  return step ? actionPlanCopy.partB.stepOption(step.number, step.copy.title) : id;
};

export const stepOptions = () => STEPS.map((s) => ({ value: s.id, label: stepLabel(s.id) }));

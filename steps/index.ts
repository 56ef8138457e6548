/**
 * The ordered registry of the 11 steps: metadata, copy and schemas. Safe to import on the server;
 * the React forms are registered separately in `forms.ts` so the server never loads them.
 * "Aan zet" follows ../shared/domain/stappenplan.md.
 */
import { defineStep, STEP_IDS, type StepDefinition, type StepId, type StepInfo } from '#src/domain/step';
import { stepsNl } from '#src/i18n/nl/steps';
import { copy as initiatiefCopy } from './01-initiatief/copy';
import { build as initiatiefBuild } from './01-initiatief/schema';
import { copy as aanspreekpuntenCopy } from './02-aanspreekpunten/copy';
import { build as aanspreekpuntenBuild, warnings as aanspreekpuntenWarnings } from './02-aanspreekpunten/schema';
import { copy as financieringCopy } from './03-financiering/copy';
import { build as financieringBuild, warnings as financieringWarnings } from './03-financiering/schema';
import { copy as visieCopy } from './04-visie/copy';
import { build as visieBuild } from './04-visie/schema';
import { copy as taakverdelingCopy } from './05-taakverdeling/copy';
import { build as taakverdelingBuild, warnings as taakverdelingWarnings } from './05-taakverdeling/schema';
import { copy as signalenCopy } from './06-signalen/copy';
import { build as signalenBuild } from './06-signalen/schema';
import { copy as faciliteitenCopy } from './07-faciliteiten/copy';
import { build as faciliteitenBuild, warnings as faciliteitenWarnings } from './07-faciliteiten/schema';
import { copy as bekendheidCopy } from './08-bekendheid/copy';
import { build as bekendheidBuild, warnings as bekendheidWarnings } from './08-bekendheid/schema';
import { copy as kennisdelenCopy } from './09-kennisdelen/copy';
import { build as kennisdelenBuild, warnings as kennisdelenWarnings } from './09-kennisdelen/schema';
import { copy as evaluatieCopy } from './10-evaluatie/copy';
import { buildSchedule, build as evaluatieBuild, warnings as evaluatieWarnings } from './10-evaluatie/schema';
import { copy as structureleFinancieringCopy } from './11-structurele-financiering/copy';
import {
  build as structureleFinancieringBuild,
  warnings as structureleFinancieringWarnings,
} from './11-structurele-financiering/schema';

// Step 10 is required for the agreement only as far as its evaluation schedule goes.
const evaluatieSchedule = buildSchedule('complete');

// Each step's data type differs; the registry treats them uniformly.
export const STEPS: readonly StepDefinition[] = [
  defineStep({
    id: 'initiatief',
    number: 1,
    track: 'starten',
    aanZet: ['gemeente', 'school', 'jongerenwerk'],
    copy: initiatiefCopy,
    build: initiatiefBuild,
    agreement: { role: 'required' },
  }),
  defineStep({
    id: 'aanspreekpunten',
    number: 2,
    track: 'starten',
    aanZet: ['gemeente', 'school', 'jongerenwerk'],
    copy: aanspreekpuntenCopy,
    build: aanspreekpuntenBuild,
    warnings: aanspreekpuntenWarnings,
    agreement: { role: 'required' },
  }),
  defineStep({
    id: 'financiering',
    number: 3,
    track: 'starten',
    aanZet: ['gemeente'],
    copy: financieringCopy,
    build: financieringBuild,
    warnings: financieringWarnings,
    agreement: { role: 'required' },
  }),
  defineStep({
    id: 'visie',
    number: 4,
    track: 'starten',
    aanZet: ['gemeente', 'school', 'jongerenwerk'],
    copy: visieCopy,
    build: visieBuild,
    agreement: { role: 'required' },
  }),
  defineStep({
    id: 'taakverdeling',
    number: 5,
    track: 'starten',
    aanZet: ['gemeente', 'school', 'jongerenwerk'],
    copy: taakverdelingCopy,
    build: taakverdelingBuild,
    warnings: taakverdelingWarnings,
    agreement: { role: 'required' },
  }),
  defineStep({
    id: 'signalen',
    number: 6,
    track: 'starten',
    aanZet: ['school', 'jongerenwerk'],
    copy: signalenCopy,
    build: signalenBuild,
    agreement: { role: 'required' },
  }),
  defineStep({
    id: 'faciliteiten',
    number: 7,
    track: 'starten',
    aanZet: ['school'],
    copy: faciliteitenCopy,
    build: faciliteitenBuild,
    warnings: faciliteitenWarnings,
    agreement: { role: 'required' },
  }),
  defineStep({
    id: 'bekendheid',
    number: 8,
    track: 'starten',
    aanZet: ['jongerenwerk'],
    copy: bekendheidCopy,
    build: bekendheidBuild,
    warnings: bekendheidWarnings,
    agreement: { role: 'required' },
  }),
  defineStep({
    id: 'kennisdelen',
    number: 9,
    track: 'versterken',
    aanZet: ['school', 'jongerenwerk'],
    copy: kennisdelenCopy,
    build: kennisdelenBuild,
    warnings: kennisdelenWarnings,
    agreement: { role: 'optional' },
  }),
  defineStep({
    id: 'evaluatie',
    number: 10,
    track: 'versterken',
    aanZet: ['school', 'jongerenwerk'],
    copy: evaluatieCopy,
    build: evaluatieBuild,
    warnings: evaluatieWarnings,
    agreement: { role: 'required', requiredSchema: evaluatieSchedule, operationalKeys: ['checkpoints'] },
  }),
  defineStep({
    id: 'structurele-financiering',
    number: 11,
    track: 'versterken',
    aanZet: ['gemeente'],
    copy: structureleFinancieringCopy,
    build: structureleFinancieringBuild,
    warnings: structureleFinancieringWarnings,
    agreement: { role: 'optional' },
  }),
] as unknown as readonly StepDefinition[];

const byId = new Map(STEPS.map((s) => [s.id, s]));
export function getStep(id: StepId): StepDefinition {
  const step = byId.get(id);
  if (!step) throw new Error(`Unknown step ${id}`);
  return step;
}

/** Every step in order with its number and title, as tools get it through the step context. */
export const STEP_LIST: readonly StepInfo[] = STEPS.map(({ id, number, copy }) => ({ id, number, title: copy.title }));

/** "Stap 8: Maak de samenwerking bekend" for a stored step id; an id no step has is shown as stored. */
export function stepLabel(id: string): string {
  const step = byId.get(id as StepId);
  return step ? stepsNl.label(step.number, step.copy.title) : id;
}

/**
 * The step that holds the action plan (under the action-plan tool's own key). Tools in other steps
 * read and extend it through the step context, so no tool needs to know which step this is.
 */
export const ACTION_PLAN_HOST: StepId = 'taakverdeling';

export { STEP_IDS };

/**
 * The ordered registry of the 11 steps: metadata, copy and schemas. Safe to import on the server;
 * the React forms are registered separately in `forms.ts` so the server never loads them.
 */
import { defineStep, STEP_IDS, type StepDefinition, type StepId } from '../src/domain/step';
import { copy as initiatiefCopy } from './01-initiatief/copy';
import { build as initiatiefBuild } from './01-initiatief/schema';

export const STEPS: readonly StepDefinition[] = [
  defineStep({ id: 'initiatief', number: 1, track: 'starten', aanZet: ['gemeente', 'school', 'jongerenwerk'], copy: initiatiefCopy, build: initiatiefBuild }),
] as unknown as readonly StepDefinition[];

const byId = new Map(STEPS.map((s) => [s.id, s]));
export function getStep(id: StepId): StepDefinition {
  const step = byId.get(id);
  if (!step) throw new Error(`Unknown step ${id}`);
  return step;
}

export { STEP_IDS };

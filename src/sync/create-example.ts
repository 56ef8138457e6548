import { STEP_IDS, type StepId } from '#src/domain/step';
import type { Api } from './api';

/** A dossier to create: its title and gemeente, and every step's data (steps/example-dossier.ts). */
export interface ExampleDossier {
  title: string;
  gemeente: string;
  steps: Record<StepId, Record<string, unknown>>;
}

/**
 * Creates the example dossier through the public API, exactly as partners would fill it in,
 * so the example always passes the same validation as real input. Used by the start page and
 * by `npm run demo`, which hand in the example (it lives with the steps, above this layer).
 */
export async function createExampleDossier(
  api: Api,
  example: ExampleDossier,
  onProgress?: (done: number, total: number) => void,
) {
  const { title, gemeente, steps } = example;
  const created = await api.createDossier({ title, gemeente });
  const dossier = await api.getDossier(created.id, created.token);
  let done = 0;
  for (const stepId of STEP_IDS) {
    await api.putStep(created.id, created.token, stepId, {
      data: steps[stepId],
      baseRevision: dossier.steps[stepId].revision,
      complete: true,
    });
    onProgress?.(++done, STEP_IDS.length);
  }
  return { ...created, title };
}

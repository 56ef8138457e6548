import { EXAMPLE_DOSSIER } from '#src/domain/example-dossier';
import { STEP_IDS } from '#src/domain/step';
import type { Api } from './api';

/**
 * Creates the example dossier through the public API, exactly as partners would fill it in,
 * so the example always passes the same validation as real input. Used by the start page and
 * by `npm run demo`.
 */
export async function createExampleDossier(api: Api, onProgress?: (done: number, total: number) => void) {
  const { title, gemeente, steps } = EXAMPLE_DOSSIER;
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

import { describe, expect, it } from 'vitest';
import { getStep } from './index';
import { EXAMPLE_DOSSIER } from './example-dossier';
import { createDossierBody, partnersFromInitiatief } from '#src/domain/dossier';
import { STEP_IDS, type WarningContext } from '#src/domain/step';

const { steps } = EXAMPLE_DOSSIER;
const partners = partnersFromInitiatief(steps.initiatief);
const ctx: WarningContext = { steps, partners };

type Visit = (key: string, value: unknown, path: string) => void;

/** Calls `visit` for every property of every object nested anywhere in `value`. */
function walk(value: unknown, visit: Visit, path = ''): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, visit, `${path}[${i}]`));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      visit(k, v, `${path}.${k}`);
      walk(v, visit, `${path}.${k}`);
    }
  }
}

const isPartnerRefKey = (key: string) => key.endsWith('partnerId') || key === 'partner';

describe('example dossier', () => {
  it('has a title and gemeente the create form accepts', () => {
    expect(createDossierBody.safeParse({ title: EXAMPLE_DOSSIER.title, gemeente: EXAMPLE_DOSSIER.gemeente }).success).toBe(true);
  });

  it('has data for every step and nothing else', () => {
    expect(Object.keys(steps).sort()).toEqual([...STEP_IDS].sort());
    for (const id of STEP_IDS) expect(Object.keys(steps[id]).length, id).toBeGreaterThan(0);
  });

  it.each(STEP_IDS)('step %s parses with its complete schema, unchanged', (id) => {
    const result = getStep(id).schema.safeParse(steps[id]);
    expect(result.error?.issues ?? []).toEqual([]);
    // Unknown keys would be stripped: equality shows every field name matches the schema.
    expect(result.data).toEqual(steps[id]);
  });

  it.each(STEP_IDS)('step %s shows no warnings', (id) => {
    const warnings = getStep(id).warnings?.(steps[id], ctx) ?? [];
    expect(warnings).toEqual([]);
  });

  it('shows no warnings either when partners are read from step 1 by the step itself', () => {
    for (const id of STEP_IDS) expect(getStep(id).warnings?.(steps[id], { steps }) ?? [], id).toEqual([]);
  });

  it('names the gemeente, two schools and one youth-work organisation', () => {
    expect(partners.map((p) => p.kind).sort()).toEqual(['gemeente', 'jongerenwerk', 'school', 'school']);
    expect(new Set(partners.map((p) => p.id)).size).toBe(partners.length);
  });

  it('refers only to partners of step 1', () => {
    const ids = new Set(partners.map((p) => p.id));
    const refs: { path: string; value: unknown }[] = [];
    for (const id of STEP_IDS) {
      walk(steps[id], (key, value, path) => {
        if (isPartnerRefKey(key)) refs.push({ path: `${id}${path}`, value });
      });
    }
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ids.has(ref.value as string), `${ref.path} = ${String(ref.value)}`).toBe(true);
  });

  it('uses a unique id for every row within its list', () => {
    let lists = 0;
    for (const id of STEP_IDS) {
      walk(steps[id], (key, value, path) => {
        if (!Array.isArray(value) || !value.some((v) => v && typeof v === 'object')) return;
        lists++;
        const rowIds = value.map((row) => (row as { id?: unknown }).id);
        for (const rowId of rowIds)
          expect(typeof rowId === 'string' && rowId.length > 0, `${id}${path}: row without id`).toBe(true);
        expect(new Set(rowIds).size, `${id}${path}: duplicate row ids`).toBe(rowIds.length);
      });
    }
    expect(lists).toBeGreaterThanOrEqual(10);
  });
});

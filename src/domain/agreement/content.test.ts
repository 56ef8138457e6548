import { describe, expect, it } from 'vitest';
import { STEPS } from '#steps/index';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { partnersFromInitiatief } from '#src/domain/dossier';
import { canonicalJson, sha256Hex } from './canonical';
import { agreementContent, diffContent, missingForFreeze } from './content';

const partners = partnersFromInitiatief(EXAMPLE_DOSSIER.steps.initiatief);
const meta = { title: EXAMPLE_DOSSIER.title, gemeente: EXAMPLE_DOSSIER.gemeente, partners };

describe('agreement content', () => {
  it('nothing is missing in the complete example', () => {
    expect(missingForFreeze(STEPS, EXAMPLE_DOSSIER.steps)).toEqual([]);
  });

  it('lists what blocks freezing, per step and field; optional steps never block', () => {
    const steps = {
      ...EXAMPLE_DOSSIER.steps,
      visie: { ...EXAMPLE_DOSSIER.steps.visie, vision: '' },
      kennisdelen: {},
      'structurele-financiering': {},
    };
    const missing = missingForFreeze(STEPS, steps);
    expect(missing.map((m) => [m.stepId, m.path.join('.')])).toEqual([['visie', 'vision']]);
  });

  it("blocks on anything filled in wrongly, also in optional steps and beyond step 10's schedule", () => {
    const steps = {
      ...EXAMPLE_DOSSIER.steps,
      kennisdelen: { activities: [{ id: 'k1', topic: 'Training', nextDate: '05-10-2026' }] },
      'structurele-financiering': { searchStart: '1901-01-01' },
      evaluatie: { ...EXAMPLE_DOSSIER.steps.evaluatie, studentInvolvement: 'x'.repeat(20), firstDate: '2027-02-30' },
    };
    expect(missingForFreeze(STEPS, steps).map((m) => [m.stepId, m.path.join('.'), m.message])).toEqual([
      ['kennisdelen', 'activities.0.nextDate', 'Vul een geldige datum in.'],
      ['evaluatie', 'firstDate', 'Vul een geldige datum in.'],
      ['structurele-financiering', 'searchStart', 'Vul een datum tussen 2000 en 2100 in.'],
    ]);
  });

  it('needs only the evaluation schedule of step 10', () => {
    const schedule = EXAMPLE_DOSSIER.steps.evaluatie;
    const onlySchedule = Object.fromEntries(['frequency', 'firstDate', 'participants'].map((k) => [k, schedule[k]]));
    expect(missingForFreeze(STEPS, { ...EXAMPLE_DOSSIER.steps, evaluatie: onlySchedule })).toEqual([]);
    expect(missingForFreeze(STEPS, { ...EXAMPLE_DOSSIER.steps, evaluatie: {} }).every((m) => m.stepId === 'evaluatie')).toBe(
      true,
    );
  });

  it('prints optional steps only when filled', () => {
    const content = agreementContent(STEPS, meta, { ...EXAMPLE_DOSSIER.steps, kennisdelen: { activities: [] } });
    expect(content.steps.kennisdelen).toBeUndefined();
    expect(content.steps['structurele-financiering']).toBeDefined();
  });

  it('hashes the same whatever the key order', async () => {
    const a = agreementContent(STEPS, meta, EXAMPLE_DOSSIER.steps);
    const reordered = JSON.parse(JSON.stringify(a), (_k, v) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    );
    expect(await sha256Hex(canonicalJson(reordered))).toBe(await sha256Hex(canonicalJson(a)));
  });

  it('diffs two versions per step', () => {
    const a = agreementContent(STEPS, meta, EXAMPLE_DOSSIER.steps);
    const b = agreementContent(STEPS, meta, {
      ...EXAMPLE_DOSSIER.steps,
      visie: { ...EXAMPLE_DOSSIER.steps.visie, vision: 'Nieuwe visie.' },
    });
    expect(diffContent(a, b).map((d) => [d.stepId, d.keys])).toEqual([['visie', ['vision']]]);
  });
});

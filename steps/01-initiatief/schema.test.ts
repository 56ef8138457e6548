import { describe, expect, it } from 'vitest';
import { build } from './schema';

const issuePaths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => (r.error?.issues ?? []).map((i) => i.path.join('.'));

const complete = build('complete');
const draft = build('draft');

const valid = {
  initiator: 'gemeente',
  occasions: ['polarisatie', 'welzijn'],
  occasionExplanation: 'Spanningen op het schoolplein na incidenten in de wijk.',
  partners: [
    { id: 'g', kind: 'gemeente', name: 'Gemeente Zaanstad' },
    { id: 's', kind: 'school', name: 'Zaanlands Lyceum', schoolType: 'vo', locations: 'Hoofdgebouw' },
    { id: 'j', kind: 'jongerenwerk', name: 'Stichting Jongerenwerk Zaanstad' },
  ],
  collaborationType: 'in_school',
  intendedStart: '2027-02-01',
};

describe('step 1 schema', () => {
  it('accepts an empty draft', () => {
    expect(draft.safeParse({}).success).toBe(true);
  });

  it('accepts a complete, valid step', () => {
    expect(complete.safeParse(valid).success).toBe(true);
  });

  it('requires a gemeente, a school and a youth-work organisation', () => {
    const result = complete.safeParse({
      ...valid,
      partners: [...valid.partners.slice(0, 2), { id: 'x', kind: 'school', name: 'Tweede school', schoolType: 'po' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join()).toContain('jongerenwerk');
  });

  it('requires the school type of a school', () => {
    const partners = valid.partners.map((p) => (p.kind === 'school' ? { ...p, schoolType: '' } : p));
    const result = complete.safeParse({ ...valid, partners });
    expect(result.error?.issues.some((i) => i.path.join('.') === 'partners.1.schoolType')).toBe(true);
  });

  it('asks to describe "anders"', () => {
    const result = complete.safeParse({ ...valid, occasions: ['anders'] });
    expect(result.error?.issues[0].path).toEqual(['occasionOther']);
  });

  it('checks types and lengths even in a draft', () => {
    expect(draft.safeParse({ occasionExplanation: 'x'.repeat(10_001) }).success).toBe(false);
    expect(draft.safeParse({ initiator: 'provincie' }).success).toBe(false);
  });

  it('keeps a wrong format in a draft and names it when complete', () => {
    expect(draft.safeParse({ intendedStart: '2027-13-45' }).success).toBe(true);
    expect(issuePaths(complete.safeParse({ intendedStart: '2027-13-45' }))).toContain('intendedStart');
  });

  it('rejects a blank required text when complete', () => {
    expect(complete.safeParse({ ...valid, occasionExplanation: '   ' }).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { build, warnings } from './schema';

const issuePaths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => (r.error?.issues ?? []).map((i) => i.path.join('.'));

const complete = build('complete');
const draft = build('draft');

const source = {
  id: 'b1',
  name: 'Begroting jeugd 2027',
  kind: 'gemeentelijk_budget' as const,
  amount: 85000,
  from: '2027-01-01',
  to: '2027-12-31',
  structural: false,
};
const valid = { sources: [source], startsAsPilot: false, pilotExplanation: '', structuralSearchStart: '2027-03-01' };
const paths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('step 3 schema', () => {
  it('accepts an empty draft', () => {
    expect(draft.safeParse({}).success).toBe(true);
    expect(
      draft.safeParse({ sources: [{ id: 'x', name: '', kind: '', amount: null, from: '', to: '', structural: null }] }).success,
    ).toBe(true);
  });

  it('accepts a complete, valid step', () => {
    expect(complete.safeParse(valid).success).toBe(true);
    expect(complete.safeParse({ ...valid, startsAsPilot: true, pilotExplanation: 'Eerst één vmbo-locatie.' }).success).toBe(true);
  });

  it('requires at least one source and the pilot answer', () => {
    expect(paths(complete.safeParse({ ...valid, sources: [] }))).toEqual(['sources']);
    expect(paths(complete.safeParse({ ...valid, startsAsPilot: null }))).toEqual(['startsAsPilot']);
  });

  it.each(['name', 'kind', 'amount', 'from', 'structural'])('requires %s of a source', (field) => {
    const empty = { name: '', kind: '', amount: null, from: '', structural: null }[field];
    expect(paths(complete.safeParse({ ...valid, sources: [{ ...source, [field]: empty }] }))).toContain(`sources.0.${field}`);
  });

  it('requires an end date unless the money is structural', () => {
    expect(paths(complete.safeParse({ ...valid, sources: [{ ...source, to: '' }] }))).toEqual(['sources.0.to']);
    const structural = { ...source, to: '', structural: true };
    expect(complete.safeParse({ ...valid, sources: [structural], structuralSearchStart: '' }).success).toBe(true);
  });

  it('refuses an end date before the start date, but accepts a one-day period', () => {
    const result = complete.safeParse({ ...valid, sources: [{ ...source, to: '2026-12-31' }] });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['sources', 0, 'to'],
      message: 'De einddatum ligt vóór de begindatum.',
    });
    expect(complete.safeParse({ ...valid, sources: [{ ...source, to: '2027-01-01' }] }).success).toBe(true);
  });

  it('requires the search date while some money is temporary', () => {
    expect(paths(complete.safeParse({ ...valid, structuralSearchStart: '' }))).toEqual(['structuralSearchStart']);
  });

  it('checks types and lengths even in a draft', () => {
    expect(draft.safeParse({ sources: [{ id: 'x', kind: 'loterij' }] }).success).toBe(false);
    expect(draft.safeParse({ pilotExplanation: 'x'.repeat(10_001) }).success).toBe(false);
    expect(draft.safeParse({ startsAsPilot: 'ja' }).success).toBe(false);
  });

  it('keeps a wrong format in a draft and names it when complete', () => {
    expect(draft.safeParse({ sources: [{ id: 'x', amount: -5 }] }).success).toBe(true);
    expect(issuePaths(complete.safeParse({ sources: [{ id: 'x', amount: -5 }] }))).toContain('sources.0.amount');
    expect(draft.safeParse({ sources: [{ id: 'x', amount: 'veel' }] }).success).toBe(true);
    expect(issuePaths(complete.safeParse({ sources: [{ id: 'x', amount: 'veel' }] }))).toContain('sources.0.amount');
    expect(draft.safeParse({ sources: [{ id: 'x', from: '2027-02-30' }] }).success).toBe(true);
    expect(issuePaths(complete.safeParse({ sources: [{ id: 'x', from: '2027-02-30' }] }))).toContain('sources.0.from');
    expect(draft.safeParse({ structuralSearchStart: '1-3-2027' }).success).toBe(true);
    expect(issuePaths(complete.safeParse({ structuralSearchStart: '1-3-2027' }))).toContain('structuralSearchStart');
  });

  it('does not check date order in a draft', () => {
    expect(draft.safeParse({ sources: [{ ...source, to: '2026-01-01' }] }).success).toBe(true);
  });
});

describe('step 3 warnings', () => {
  const ids = (data: Parameters<typeof warnings>[0]) => warnings(data, { steps: {} }).map((w) => w.id);

  it('is silent without dates', () => {
    expect(ids({})).toEqual([]);
    expect(ids({ sources: [{ ...source, from: '', to: '' }] })).toEqual([]);
  });

  it('accepts exactly twelve months of funding', () => {
    expect(ids({ sources: [source] })).not.toContain('korter-dan-een-jaar');
  });

  it('warns one day short of a year and names the months', () => {
    const result = warnings({ sources: [{ ...source, to: '2027-12-30' }] }, { steps: {} });
    expect(result.map((w) => w.id)).toContain('korter-dan-een-jaar');
    expect(result[0].message).toContain('11 maanden');
  });

  it('counts adjacent periods together but not periods with a gap', () => {
    const first = { ...source, to: '2027-06-30' };
    expect(ids({ sources: [first, { ...source, id: 'b2', from: '2027-07-01', to: '2027-12-31' }] })).not.toContain(
      'korter-dan-een-jaar',
    );
    expect(ids({ sources: [first, { ...source, id: 'b2', from: '2027-08-01', to: '2028-12-31' }] })).toContain(
      'korter-dan-een-jaar',
    );
  });

  it('treats structural money without an end date as continuing', () => {
    expect(ids({ sources: [{ ...source, to: '', structural: true }] })).toEqual([]);
  });

  it('accepts a search that starts exactly six months before temporary money ends', () => {
    expect(ids({ sources: [source], structuralSearchStart: '2027-06-30' })).toEqual([]);
  });

  it('warns when the search starts later, naming the latest advisable date', () => {
    const result = warnings({ sources: [source], structuralSearchStart: '2027-07-01' }, { steps: {} });
    expect(result).toEqual([{ id: 'zoeken-te-laat', message: expect.stringContaining('30 juni 2027') }]);
    expect(result[0].message).toContain('31 december 2027');
  });

  it('looks at the latest temporary end date, not at structural money', () => {
    const later = { ...source, id: 'b2', from: '2028-01-01', to: '2028-12-31' };
    expect(ids({ sources: [source, later], structuralSearchStart: '2028-06-30' })).toEqual([]);
    const structural = { ...source, id: 'b3', from: '2028-01-01', to: '2030-12-31', structural: true };
    expect(ids({ sources: [source, structural], structuralSearchStart: '2027-07-01' })).toEqual(['zoeken-te-laat']);
  });
});

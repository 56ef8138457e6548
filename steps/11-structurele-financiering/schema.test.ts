import { describe, expect, it } from 'vitest';
import { build, effectiveSearchStart, warnings } from './schema';

const issuePaths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => (r.error?.issues ?? []).map((i) => i.path.join('.'));

const complete = build('complete');
const draft = build('draft');

const route = {
  id: 'r1',
  kind: 'gemeentelijke_begroting',
  kindOther: '',
  description: 'Vaste post schooljongerenwerk in de begroting 2028.',
  responsible: 'Beleidsadviseur jeugd, gemeente',
  deadline: '2027-06-01',
  status: 'bezig',
};
const valid = {
  routes: [
    route,
    { ...route, id: 'r2', kind: 'fonds', description: 'Regionaal fonds tegen schooluitval', status: 'nog_niet_gestart' },
  ],
  searchStart: '2027-01-01',
  responsible: 'Wethouder jeugd, met de beleidsadviseur als trekker',
};

const paths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('step 11 schema', () => {
  it('accepts an empty draft', () => {
    expect(draft.safeParse({}).success).toBe(true);
    expect(draft.safeParse({ routes: [{ id: 'x', kind: '', deadline: '', status: '' }], searchStart: '' }).success).toBe(true);
  });

  it('accepts a complete, valid step, also without its own search start', () => {
    expect(complete.safeParse(valid).success).toBe(true);
    expect(complete.safeParse({ ...valid, searchStart: '' }).success).toBe(true);
  });

  it('requires at least one route and an overall responsible person', () => {
    expect(paths(complete.safeParse({ ...valid, routes: [], responsible: '' }))).toEqual(['routes', 'responsible']);
  });

  it('requires every part of a route except the other-kind text', () => {
    const result = paths(
      complete.safeParse({
        ...valid,
        routes: [{ id: 'x', kind: '', description: '', responsible: '', deadline: '', status: '' }],
      }),
    );
    expect(result.sort()).toEqual(
      ['routes.0.deadline', 'routes.0.description', 'routes.0.kind', 'routes.0.responsible', 'routes.0.status'].sort(),
    );
  });

  it('asks to describe "anders"', () => {
    expect(paths(complete.safeParse({ ...valid, routes: [{ ...route, kind: 'anders' }] }))).toEqual(['routes.0.kindOther']);
    expect(
      complete.safeParse({ ...valid, routes: [{ ...route, kind: 'anders', kindOther: 'Bijdrage woningcorporatie' }] }).success,
    ).toBe(true);
  });

  it('checks types and lengths even in a draft', () => {
    expect(draft.safeParse({ routes: [{ id: 'x', status: 'lopend' }] }).success).toBe(false);
    expect(draft.safeParse({ routes: [{ id: 'x', kind: 'loterij' }] }).success).toBe(false);
    expect(draft.safeParse({ routes: [{ id: 'x', description: 'x'.repeat(10_001) }] }).success).toBe(false);
    expect(draft.safeParse({ responsible: 'x'.repeat(201) }).success).toBe(false);
  });

  it('keeps a wrong format in a draft and names it when complete', () => {
    expect(draft.safeParse({ searchStart: '1-1-2027' }).success).toBe(true);
    expect(issuePaths(complete.safeParse({ searchStart: '1-1-2027' }))).toContain('searchStart');
    expect(draft.safeParse({ routes: [{ id: 'x', deadline: '2027-04-31' }] }).success).toBe(true);
    expect(issuePaths(complete.safeParse({ routes: [{ id: 'x', deadline: '2027-04-31' }] }))).toContain('routes.0.deadline');
  });
});

describe('step 11 search start and warnings', () => {
  // Temporary money ends 31 Dec 2027 (the structural source does not count): latest start 30 June 2027.
  const step3 = (extra: Record<string, unknown> = {}) => ({
    partners: [],
    steps: {
      financiering: {
        sources: [
          { id: 'a', to: '2027-06-30', structural: false },
          { id: 'b', to: '2027-12-31', structural: null },
          { id: 'c', to: '2030-12-31', structural: true },
        ],
        ...extra,
      },
    },
  });
  const ids = (data: object, ctx: ReturnType<typeof step3>) => warnings(data as never, ctx).map((w) => w.id);

  it('falls back to step 3 only when its own date is empty', () => {
    expect(effectiveSearchStart({ searchStart: '2027-01-01' }, step3({ structuralSearchStart: '2027-09-01' }))).toEqual({
      date: '2027-01-01',
      fromStep3: false,
    });
    expect(effectiveSearchStart({ searchStart: '' }, step3({ structuralSearchStart: '2027-09-01' }))).toEqual({
      date: '2027-09-01',
      fromStep3: true,
    });
    expect(effectiveSearchStart({}, step3({ structuralSearchStart: 'morgen' }))).toEqual({ date: undefined, fromStep3: false });
  });

  it('accepts a start exactly six months before the end, warns one day later', () => {
    expect(ids({ searchStart: '2027-06-30' }, step3())).toEqual([]);
    const [w] = warnings({ searchStart: '2027-07-01' }, step3());
    expect(w.id).toBe('zoektocht-te-laat');
    expect(w.message).toContain('30 juni 2027');
    expect(w.message).toContain('31 december 2027');
    expect(w.message).not.toContain('stap 3');
  });

  it('warns on a late date from step 3 and says where it came from', () => {
    const [w] = warnings({}, step3({ structuralSearchStart: '2027-10-01' }));
    expect(w.message).toContain('(datum uit stap 3)');
    expect(w.message).toContain('1 oktober 2027');
  });

  it('prefers its own early date over a late one in step 3', () => {
    expect(ids({ searchStart: '2027-03-01' }, step3({ structuralSearchStart: '2027-10-01' }))).toEqual([]);
  });

  it('is quiet without temporary funding or without any start date', () => {
    expect(warnings({ searchStart: '2030-01-01' }, { partners: [], steps: {} })).toEqual([]);
    expect(
      warnings(
        { searchStart: '2030-01-01' },
        { partners: [], steps: { financiering: { sources: [{ to: '2027-12-31', structural: true }] } } },
      ),
    ).toEqual([]);
    expect(warnings({ searchStart: '2030-01-01' }, { partners: [], steps: { financiering: { sources: 'kapot' } } })).toEqual([]);
    expect(ids({}, step3())).toEqual([]);
  });

  it('points at open routes whose deadline falls after the temporary money ends', () => {
    const routes = [
      { ...route, id: 'r1', deadline: '2027-12-31' },
      { ...route, id: 'r2', deadline: '2028-01-01' },
      { ...route, id: 'r3', deadline: '2028-03-01', status: 'toegekend' },
      { ...route, id: 'r4', deadline: '' },
    ];
    const found = warnings({ searchStart: '2027-01-01', routes } as never, step3());
    expect(found.map((w) => w.id)).toEqual(['deadline-na-einde-r2']);
    expect(found[0].message).toContain('route 2');
  });
});

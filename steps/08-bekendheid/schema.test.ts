import { describe, expect, it } from 'vitest';
import { build, warnings } from './schema';

const issuePaths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => (r.error?.issues ?? []).map((i) => i.path.join('.'));

const complete = build('complete');
const draft = build('draft');

const action = {
  id: 'a1',
  kind: 'klassenbezoek',
  audiences: ['leerlingen'],
  date: '2026-09-07',
  moment: '',
  partnerId: 'j',
  person: 'Samira, jongerenwerker',
  notes: '',
};
const valid = {
  actions: [
    action,
    {
      id: 'a2',
      kind: 'teamvergadering',
      audiences: ['docenten', 'overig_personeel'],
      moment: 'Eerste teamvergadering',
      partnerId: 'j',
    },
  ],
  keepVisible: 'Elk schooljaar opnieuw voorstellen in de eerste week en maandelijks een stukje in de nieuwsbrief.',
};

const paths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('step 8 schema', () => {
  it('accepts an empty draft', () => {
    expect(draft.safeParse({}).success).toBe(true);
    expect(draft.safeParse({ actions: [{ id: 'x', kind: '', audiences: [], date: '', partnerId: '' }] }).success).toBe(true);
  });

  it('accepts a complete, valid step', () => {
    expect(complete.safeParse(valid).success).toBe(true);
  });

  it('requires at least one action', () => {
    expect(paths(complete.safeParse({ ...valid, actions: [] }))).toEqual(['actions']);
  });

  it('requires kind, audience and organisation per action', () => {
    const result = paths(
      complete.safeParse({ ...valid, actions: [{ id: 'x', kind: '', audiences: [], date: '2026-09-01', partnerId: '' }] }),
    );
    expect(result).toEqual(expect.arrayContaining(['actions.0.kind', 'actions.0.audiences', 'actions.0.partnerId']));
    expect(result).not.toContain('actions.0.person');
  });

  it('requires the way visibility is kept up', () => {
    expect(paths(complete.safeParse({ ...valid, keepVisible: ' ' }))).toEqual(['keepVisible']);
  });

  it('needs a date or a described moment, either one suffices', () => {
    const only = (extra: object) => complete.safeParse({ ...valid, actions: [{ ...action, date: '', moment: '', ...extra }] });
    expect(paths(only({}))).toEqual(['actions.0.date']);
    expect(paths(only({ moment: '   ' }))).toEqual(['actions.0.date']);
    expect(only({ moment: 'Ouderavond in oktober' }).success).toBe(true);
    expect(only({ date: '2026-10-01' }).success).toBe(true);
  });

  it('asks to describe "anders"', () => {
    const result = complete.safeParse({ ...valid, actions: [{ ...action, kind: 'anders' }] });
    expect(paths(result)).toEqual(['actions.0.kindOther']);
    expect(complete.safeParse({ ...valid, actions: [{ ...action, kind: 'anders', kindOther: 'Sporttoernooi' }] }).success).toBe(
      true,
    );
  });

  it('checks types and lengths even in a draft', () => {
    expect(draft.safeParse({ actions: [{ id: 'x', kind: 'flyeren' }] }).success).toBe(false);
    expect(draft.safeParse({ actions: [{ id: 'x', audiences: ['buren'] }] }).success).toBe(false);
    expect(draft.safeParse({ actions: [{ id: 'x', notes: 'x'.repeat(10_001) }] }).success).toBe(false);
    expect(draft.safeParse({ keepVisible: 'x'.repeat(10_001) }).success).toBe(false);
    expect(draft.safeParse({ actions: Array.from({ length: 51 }, (_, i) => ({ id: `r${i}` })) }).success).toBe(false);
  });

  it('keeps a wrong format in a draft and names it when complete', () => {
    expect(draft.safeParse({ actions: [{ id: 'x', date: '2026-02-30x' }] }).success).toBe(true);
    expect(issuePaths(complete.safeParse({ actions: [{ id: 'x', date: '2026-02-30x' }] }))).toContain('actions.0.date');
  });
});

describe('step 8 warnings', () => {
  const ctx = { partners: [], steps: {} };

  it('says nothing before any action is planned', () => {
    expect(warnings({}, ctx)).toEqual([]);
    expect(warnings({ actions: [] }, ctx)).toEqual([]);
  });

  it('names the groups that no action reaches yet', () => {
    const [w] = warnings({ actions: [{ ...action, audiences: ['leerlingen', 'docenten'] }] } as never, ctx);
    expect(w.message).toBe('Nog geen actie gepland voor: ouders, overig schoolpersoneel.');
  });

  it('is quiet once all four groups are reached, across several actions', () => {
    const actions = [
      { ...action, audiences: ['leerlingen', 'ouders'] },
      { ...action, id: 'a2', audiences: ['docenten', 'overig_personeel'] },
    ];
    expect(warnings({ actions } as never, ctx)).toEqual([]);
  });

  it('copes with half-filled rows', () => {
    expect(warnings({ actions: [{ id: 'x' }] } as never, ctx)).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { FACTORS } from '#src/domain/catalogue/factors';
import {
  answeredCount,
  applicableFactors,
  compareFactors,
  comparedPartners,
  factorIdsInActionPlan,
  gap,
  isPriority,
  knownFactorIds,
  mean,
  priorityList,
  scoreValue,
  type AssessedFactor,
  type RespondentInput,
} from './compute';

const factor = (id: string): AssessedFactor => ({ id, label: id, explanation: '', cluster: '', provenance: null });
const A = factor('a');
const B = factor('b');
const C = factor('c');

const respondent = (partnerId: string, scores: RespondentInput['scores']): RespondentInput => ({
  id: `${partnerId}-r`,
  partnerId,
  name: 'x',
  scores,
});

describe('applicable factors', () => {
  it('offers the room factor only to a partnership in school', () => {
    const ids = (type?: string) => applicableFactors(type, []).map((f) => f.id);
    expect(ids('in_school')).toContain('eigen-ruimte');
    expect(ids('wijkgericht')).not.toContain('eigen-ruimte');
    expect(ids(undefined)).not.toContain('eigen-ruimte');
    expect(ids('in_school')).toHaveLength(FACTORS.length);
    expect(ids('wijkgericht')).toHaveLength(FACTORS.length - 1);
  });

  it('adds the partners’ own named factors after the catalogue, with their cluster if valid', () => {
    const factors = applicableFactors('wijkgericht', [
      {
        id: 'eigen-1',
        label: '  Ouders betrekken ',
        cluster: 'werkrelatie',
        explanation: 'Ouders weten wie de jongerenwerker is.',
      },
      { id: 'eigen-2', label: '', cluster: '' },
      { id: 'eigen-3', label: 'Sportaanbod', cluster: 'onbekend' },
      { label: 'Zonder id' },
    ]);
    const own = factors.slice(-2);
    expect(own).toEqual([
      {
        id: 'eigen-1',
        label: 'Ouders betrekken',
        explanation: 'Ouders weten wie de jongerenwerker is.',
        cluster: 'werkrelatie',
        provenance: null,
      },
      { id: 'eigen-3', label: 'Sportaanbod', explanation: '', cluster: '', provenance: null },
    ]);
  });

  it('knows every catalogue id and every own factor, named or not', () => {
    const known = knownFactorIds(['x', 'y'], [{ id: 'eigen', label: '' }, {}]);
    expect([...known]).toEqual(['x', 'y', 'eigen']);
  });
});

describe('scores and gaps', () => {
  it('reads only whole numbers 1 to 5', () => {
    expect([1, 3, 5].map(scoreValue)).toEqual([1, 3, 5]);
    expect([0, 6, 2.5, '3', 'weet_niet', null, undefined].map(scoreValue)).toEqual(Array(7).fill(undefined));
  });

  it('computes importance − presence, or nothing when either is missing or "weet niet"', () => {
    expect(gap({ importance: 5, presence: 2 })).toBe(3);
    expect(gap({ importance: 2, presence: 4 })).toBe(-2);
    expect(gap({ importance: 'weet_niet', presence: 2 })).toBeUndefined();
    expect(gap({ importance: 4, presence: null })).toBeUndefined();
    expect(gap({ importance: 4 })).toBeUndefined();
    expect(gap(undefined)).toBeUndefined();
  });

  it.each([
    [3, 1, true, 'gap of exactly 2'],
    [5, 2, true, 'gap of 3'],
    [4, 2, true, 'important and hardly present'],
    [4, 3, false, 'gap of 1'],
    [3, 2, false, 'gap of 1, importance below 4'],
    [5, 5, false, 'no gap'],
    [1, 4, false, 'negative gap'],
    [4.5, 2.5, true, 'means: gap of 2'],
    [4, 2.5, false, 'means: gap below 2, presence above 2'],
    [11 / 3, 5 / 3, true, 'means of thirds: gap of 2 within rounding'],
  ])('importance %s, presence %s: priority %s (%s)', (importance, presence, expected) => {
    expect(isPriority(importance, presence)).toBe(expected);
  });

  it('is never a priority without both scores', () => {
    expect(isPriority(5, undefined)).toBe(false);
    expect(isPriority(undefined, 1)).toBe(false);
  });

  it('averages, or gives nothing for no values', () => {
    expect(mean([1, 2, 4])).toBeCloseTo(7 / 3);
    expect(mean([])).toBeUndefined();
  });

  it('counts factors with both scores answered, "weet niet" included', () => {
    const scores = {
      a: { importance: 3, presence: 'weet_niet' },
      b: { importance: 3, presence: null },
      c: { importance: '', presence: 2 },
    };
    expect(answeredCount(scores, ['a', 'b', 'c', 'd'])).toBe(1);
    expect(answeredCount(undefined, ['a'])).toBe(0);
  });
});

describe('comparing partners', () => {
  it('gives nothing to compare, no differences and no priorities when nobody scored', () => {
    const result = compareFactors([A, B], [respondent('p1', {}), respondent('p2', null)], ['p1', 'p2']);
    for (const c of result) {
      expect(c.byPartner).toEqual(
        [{ priority: false }, { priority: false }].map((p) => ({
          importance: undefined,
          presence: undefined,
          gap: undefined,
          ...p,
        })),
      );
      expect(c.joint.gap).toBeUndefined();
      expect(c.differences).toEqual([]);
    }
    expect(priorityList(result)).toEqual([]);
  });

  it('ignores "weet niet": a factor everyone answered with "weet niet" has no score', () => {
    const dontKnow = { importance: 'weet_niet', presence: 'weet_niet' };
    const [c] = compareFactors([A], [respondent('p1', { a: dontKnow }), respondent('p2', { a: dontKnow })], ['p1', 'p2']);
    expect(c.joint).toEqual({ importance: undefined, presence: undefined, gap: undefined, priority: false });
    expect(c.differences).toEqual([]);
  });

  it('averages the respondents of each partner, leaving out their "weet niet"', () => {
    const [c] = compareFactors(
      [A],
      [
        respondent('p1', { a: { importance: 5, presence: 1 } }),
        respondent('p1', { a: { importance: 4, presence: 'weet_niet' } }),
        respondent('p1', { a: { importance: 'weet_niet', presence: 2 } }),
        respondent('p2', { a: { importance: 3, presence: 3 } }),
      ],
      ['p1', 'p2'],
    );
    expect(c.byPartner[0]).toEqual({ importance: 4.5, presence: 1.5, gap: 3, priority: true });
    expect(c.byPartner[1]).toEqual({ importance: 3, presence: 3, gap: 0, priority: false });
  });

  it('weighs each partner the same in the joint score, however many of its people scored', () => {
    const [c] = compareFactors(
      [A],
      [
        respondent('p1', { a: { importance: 5, presence: 1 } }),
        respondent('p1', { a: { importance: 5, presence: 1 } }),
        respondent('p1', { a: { importance: 5, presence: 1 } }),
        respondent('p2', { a: { importance: 3, presence: 3 } }),
      ],
      ['p1', 'p2'],
    );
    expect(c.joint).toEqual({ importance: 4, presence: 2, gap: 2, priority: true });
  });

  it('flags a difference of 2 or more between partners, on importance and on presence separately', () => {
    const result = compareFactors(
      [A, B, C],
      [
        respondent('p1', {
          a: { importance: 5, presence: 3 },
          b: { importance: 4, presence: 1 },
          c: { importance: 3, presence: 3 },
        }),
        respondent('p2', {
          a: { importance: 3, presence: 4 },
          b: { importance: 3, presence: 4 },
          c: { importance: 4, presence: 2 },
        }),
        respondent('p3', { a: { importance: 4, presence: 3 } }),
      ],
      ['p1', 'p2', 'p3'],
    );
    expect(result.map((c) => c.differences)).toEqual([['importance'], ['presence'], []]);
  });

  it('flags no difference with only one partner, or when the others did not score', () => {
    const one = compareFactors([A], [respondent('p1', { a: { importance: 5, presence: 1 } })], ['p1']);
    expect(one[0].differences).toEqual([]);
    expect(one[0].joint.priority).toBe(true);
    const silent = compareFactors(
      [A],
      [respondent('p1', { a: { importance: 5, presence: 1 } }), respondent('p2', {})],
      ['p1', 'p2'],
    );
    expect(silent[0].differences).toEqual([]);
  });

  it('leaves out respondents of partners that are not compared', () => {
    const [c] = compareFactors(
      [A],
      [respondent('p1', { a: { importance: 2, presence: 2 } }), respondent('weg', { a: { importance: 5, presence: 1 } })],
      ['p1'],
    );
    expect(c.joint.priority).toBe(false);
  });

  it('compares the partners of step 1 that have respondents, in their order, and counts the rest', () => {
    const partners = [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }];
    const { partners: compared, withoutPartner } = comparedPartners(partners, [
      respondent('p3', {}),
      respondent('p1', {}),
      respondent('', {}),
      respondent('verwijderd', {}),
    ]);
    expect(compared.map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(withoutPartner).toBe(2);
    expect(comparedPartners(partners, undefined)).toEqual({ partners: [], withoutPartner: 0 });
  });
});

describe('priority list', () => {
  const scored = (scores: Record<string, [number, number]>) =>
    respondent(
      'p1',
      Object.fromEntries(Object.entries(scores).map(([id, [importance, presence]]) => [id, { importance, presence }])),
    );

  it('puts the largest gap first and leaves out non-priorities', () => {
    const result = compareFactors([A, B, C], [scored({ a: [4, 2], b: [5, 1], c: [3, 3] })], ['p1']);
    expect(priorityList(result).map((c) => c.factor.id)).toEqual(['b', 'a']);
  });

  it('breaks ties on gap by higher importance, then keeps catalogue order', () => {
    const D = factor('d');
    const result = compareFactors([A, B, C, D], [scored({ a: [3, 1], b: [5, 3], c: [3, 1], d: [4, 2] })], ['p1']);
    expect(priorityList(result).map((c) => c.factor.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('includes an important factor that is hardly present even with a small gap', () => {
    const result = compareFactors([A, B], [scored({ a: [4, 2], b: [3, 2] })], ['p1']);
    expect(priorityList(result).map((c) => c.factor.id)).toEqual(['a']);
  });
});

describe('factors already in the action plan', () => {
  it('reads factor links from saved rows and ignores anything else', () => {
    expect([...factorIdsInActionPlan([{ factorId: 'a' }, { factorId: '' }, { what: 'x' }, null, 'x', { factorId: 3 }])]).toEqual([
      'a',
    ]);
    expect(factorIdsInActionPlan(undefined).size).toBe(0);
    expect(factorIdsInActionPlan({ factorId: 'a' }).size).toBe(0);
  });
});

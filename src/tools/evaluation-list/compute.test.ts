import { describe, expect, it } from 'vitest';
import {
  baselinePresence,
  checkpointFactors,
  factorRows,
  formatChange,
  formatScore,
  percentage,
  reviewableActions,
  studentResults,
} from './compute';

describe('percentage', () => {
  it.each([
    [30, 70, 43],
    [27, 70, 39],
    [17, 70, 24],
    [12, 70, 17],
    [0, 70, 0],
    [70, 70, 100],
    [1, 8, 13], // 12.5 rounds half up
    [29, 200, 15], // 14.5 exactly, where floating point gives 14.4999…
    [1, 3, 33],
    [2, 3, 67],
  ])('%i of %i is %i%', (count, n, expected) => {
    expect(percentage(count, n)).toBe(expected);
  });

  it('is null when there is nothing to divide by or the count cannot be true', () => {
    expect(percentage(0, 0)).toBeNull();
    expect(percentage(5, 0)).toBeNull();
    expect(percentage(71, 70)).toBeNull();
    expect(percentage(-1, 70)).toBeNull();
    expect(percentage(2.5, 70)).toBeNull();
    expect(percentage(null, 70)).toBeNull();
    expect(percentage(3, null)).toBeNull();
    expect(percentage('3', 70)).toBeNull();
  });
});

describe('student results', () => {
  it('gives yes-counts and percentages per question (seed 000, n = 70)', () => {
    const result = studentResults({ respondents: 70, visible: 30, knowWhatFor: 27, hadContact: 17, gotHelp: 12 });
    expect(result.respondents).toBe(70);
    expect(result.rows.map((r) => [r.question, r.yes, r.percent, r.impossible])).toEqual([
      ['visible', 30, 43, false],
      ['knowWhatFor', 27, 39, false],
      ['hadContact', 17, 24, false],
      ['gotHelp', 12, 17, false],
    ]);
  });

  it('with n = 0 or no n gives no percentages', () => {
    expect(studentResults({ respondents: 0, visible: 0 }).rows[0]).toEqual({
      question: 'visible',
      yes: 0,
      percent: null,
      impossible: false,
    });
    expect(studentResults({ visible: 3 }).rows[0].percent).toBeNull();
    expect(studentResults(undefined).rows.every((r) => r.percent === null && r.yes === undefined)).toBe(true);
  });

  it('flags a count larger than n', () => {
    expect(studentResults({ respondents: 10, gotHelp: 11 }).rows[3]).toEqual({
      question: 'gotHelp',
      yes: 11,
      percent: null,
      impossible: true,
    });
  });
});

describe('baseline and factor rows', () => {
  const assessment = {
    customFactors: [{ id: 'eigen-1', cluster: 'leren', label: 'Samen trainen', explanation: '' }],
    respondents: [
      {
        id: 'a',
        partnerId: 's',
        name: 'Zorgcoördinator',
        scores: { 'vast-team': { importance: 5, presence: 2 }, 'eigen-1': { presence: 4 } },
      },
      {
        id: 'b',
        partnerId: 'j',
        name: 'Jongerenwerker',
        scores: { 'vast-team': { importance: 4, presence: 3 }, capaciteit: { presence: 'weet_niet' } },
      },
      { id: 'c', partnerId: 'g', name: 'Beleid', scores: { 'vast-team': { presence: null } } },
    ],
  };

  it('takes the mean presence per factor over the respondents who scored it', () => {
    const baseline = baselinePresence(assessment, ['vast-team', 'capaciteit', 'eigen-1', 'zichtbaar']);
    expect(baseline.get('vast-team')).toEqual({ mean: 2.5, n: 2 });
    expect(baseline.get('capaciteit')).toEqual({ mean: undefined, n: 0 });
    expect(baseline.get('eigen-1')).toEqual({ mean: 4, n: 1 });
    expect(baseline.get('zichtbaar')).toEqual({ mean: undefined, n: 0 });
  });

  it('survives a missing or malformed step 4', () => {
    expect(baselinePresence(undefined, ['vast-team']).get('vast-team')).toEqual({ mean: undefined, n: 0 });
    expect(baselinePresence({ respondents: 'x' }, ['vast-team']).get('vast-team')).toEqual({ mean: undefined, n: 0 });
    expect(baselinePresence({ respondents: [null, 3, { scores: null }] }, ['vast-team']).get('vast-team')).toEqual({
      mean: undefined,
      n: 0,
    });
  });

  it('lists the catalogue for the collaboration type and the partners’ own factors', () => {
    const inSchool = checkpointFactors('in_school', assessment).map((f) => f.id);
    expect(inSchool).toContain('eigen-ruimte');
    expect(inSchool.at(-1)).toBe('eigen-1');
    expect(checkpointFactors('wijkgericht', undefined).map((f) => f.id)).not.toContain('eigen-ruimte');
  });

  it('puts presence now next to the baseline with the change', () => {
    const factors = checkpointFactors('in_school', assessment);
    const rows = factorRows(
      factors,
      baselinePresence(
        assessment,
        factors.map((f) => f.id),
      ),
      { 'vast-team': 4, capaciteit: 'weet_niet', zichtbaar: null, 'eigen-1': 7 },
    );
    const byId = Object.fromEntries(rows.map((r) => [r.factor.id, r]));
    expect(byId['vast-team']).toMatchObject({ now: 4, change: 1.5, baseline: { mean: 2.5, n: 2 } });
    expect(byId.capaciteit).toMatchObject({ now: 'weet_niet', change: undefined });
    expect(byId.zichtbaar.now).toBeUndefined();
    expect(byId['eigen-1']).toMatchObject({ now: undefined, change: undefined });
  });
});

describe('reviewable actions', () => {
  it('keeps rows with an id, in plan order', () => {
    expect(
      reviewableActions([{ id: 'a', what: ' Posters ', status: 'bezig' }, { what: 'zonder id' }, null, { id: 'b' }]),
    ).toEqual([
      { id: 'a', what: 'Posters', status: 'bezig' },
      { id: 'b', what: '', status: '' },
    ]);
    expect(reviewableActions(undefined)).toEqual([]);
  });
});

describe('formatting', () => {
  it('writes means and changes the Dutch way', () => {
    expect(formatScore(3.4)).toBe('3,4');
    expect(formatScore(4)).toBe('4,0');
    expect(formatChange(0.6)).toBe('+0,6');
    expect(formatChange(-1)).toBe('−1,0');
    expect(formatChange(0.01)).toBe('0,0');
  });
});

import { describe, expect, it } from 'vitest';
import { EXAMPLE_ROUNDS } from './example-rounds';
import { evaluationResults } from './results';
import { trends } from './trends';

const results = EXAMPLE_ROUNDS.map((r) => evaluationResults(r.round, r.snapshot, r.responses));
const baseline = { date: '2027-01-20', presence: EXAMPLE_ROUNDS[0]!.snapshot.baseline };

describe('trends across closed rounds', () => {
  // Given in the wrong order on purpose: trends sort by the rounds' dates.
  const series = trends([...results].reverse(), baseline);
  const byId = (id: string) => series.find((s) => s.id === id)!;

  it('puts the step-4 baseline first, then every round in date order', () => {
    const zichtbaar = byId('presence:zichtbaar');
    expect(zichtbaar).toMatchObject({
      group: 'presence',
      unit: 'score',
      title: 'Aanwezig: Aanwezig, zichtbaar en benaderbaar in de school',
    });
    expect(zichtbaar.points).toEqual([
      { roundId: null, label: 'Nulmeting (stap 4)', date: '2027-01-20', value: 1.5, n: 4 },
      { roundId: 'voorbeeld-ronde-1', label: 'Ronde 1', date: '2027-06-15', value: 2.75, n: 4 },
      { roundId: 'voorbeeld-ronde-2', label: 'Ronde 2', date: '2027-12-15', value: 3.75, n: 4 },
    ]);
  });

  it('has a series per perspective, reach figure and question, with the counts behind each point', () => {
    expect(byId('experience:leerlingen').points.map((p) => [p.value, p.n])).toEqual([
      [3, 4],
      [11 / 3, 3],
    ]);
    expect(byId('reach:studentsPerWeek')).toMatchObject({ unit: 'count' });
    expect(byId('reach:studentsPerWeek').points.map((p) => p.value)).toEqual([71.25, 95]);
    // Meetings work: 2 of 4 said ja in round 1, 3 of 4 in round 2.
    expect(byId('agreements:meetings')).toMatchObject({ unit: 'percent' });
    expect(byId('agreements:meetings').points.map((p) => [p.value, p.n])).toEqual([
      [50, 4],
      [75, 4],
    ]);
    expect(byId('goal:doel-bereik').points.map((p) => p.value)).toEqual([75, 100]);
  });

  it('follows the students’ percentages, the share of actions done and the response rate', () => {
    expect(byId('students:visible').points.map((p) => [p.value, p.n])).toEqual([
      [43, 70],
      [63, 80],
    ]);
    expect(byId('students:gotHelp').points.map((p) => p.value)).toEqual([17, 21]);
    expect(byId('actions:done').points.map((p) => [p.value, p.n])).toEqual([
      [60, 5],
      [80, 5],
    ]);
    expect(byId('response:rate').points.map((p) => p.value)).toEqual([57, 57]);
  });

  it('leaves out rounds without an answer to a measure, and measures nobody ever answered', () => {
    // Capacity was scored by the youth workers only: one answer per round.
    expect(byId('presence:capaciteit').points.map((p) => [p.roundId, p.n])).toEqual([
      [null, 4],
      ['voorbeeld-ronde-1', 1],
      ['voorbeeld-ronde-2', 1],
    ]);
    // Nobody scored this factor, nor did the baseline: no series at all.
    expect(series.find((s) => s.id === 'presence:belang-jongere')).toBeUndefined();
    // A partner nobody answered for still leaves the other answers in the mean.
    expect(byId('experience:docenten').points.map((p) => p.n)).toEqual([1, 1]);
    expect(series.every((s) => s.points.length > 0)).toBe(true);
  });

  it('works without rounds, and without a baseline', () => {
    expect(trends([], baseline)).toEqual([]);
    expect(trends(results)[0]!.points[0]!.roundId).toBe('voorbeeld-ronde-1');
  });
});

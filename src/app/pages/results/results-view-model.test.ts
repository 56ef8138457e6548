import { describe, expect, it } from 'vitest';
import type { EvaluationResults } from '#src/domain/evaluation/api';
import { EXAMPLE_ROUNDS } from '#src/domain/evaluation/example-rounds';
import { evaluationResults } from '#src/domain/evaluation/results';
import { trends } from '#src/domain/evaluation/trends';
import { experienceFigure, factorsFigure, resultsSections, studentsFigure, type ViewPart } from './results-view-model';

const [first, second] = EXAMPLE_ROUNDS.map((r) => evaluationResults(r.round, r.snapshot, r.responses)) as [
  EvaluationResults,
  EvaluationResults,
];
const series = trends([first, second], { date: '2027-01-10', presence: EXAMPLE_ROUNDS[0]!.snapshot.baseline });
const figures = (parts: ViewPart[]) => parts.flatMap((p) => (p.kind === 'figure' ? [p.figure] : []));

describe('the results of a round as the page shows them', () => {
  it('draws each organisation’s mean per perspective, the same figures as its table', () => {
    const figure = experienceFigure(second)!;
    const answered = second.numeric.filter((q) => q.group === 'experience' && q.all.n > 0);
    expect(figure.chart.series.map((s) => s.name)).toEqual(second.partners.map((p) => p.name));
    expect(figure.chart.rows.map((r) => r.label)).toEqual(answered.map((q) => q.title));
    expect(figure.table.rows.map((r) => r[0])).toEqual(answered.map((q) => q.title));
    // Every bar is in the table, in Dutch notation, under its organisation.
    answered.forEach((q, row) =>
      second.partners.forEach((p, col) => {
        const mean = q.byPartner.find((b) => b.partnerId === p.id)!;
        const drawn = figure.chart.rows[row]!.values[figure.chart.series[col]!.key];
        const cell = figure.table.rows[row]![3 + col]!;
        if (mean.n === 0) {
          expect(drawn).toBeNull();
          expect(cell).toBe('–');
        } else {
          expect(drawn).toBe(mean.mean);
          expect(cell).toBe(`${mean.mean!.toFixed(1).replace('.', ',')} (${mean.n})`);
        }
      }),
    );
    expect(figure.summary).toMatch(
      /^Het hoogst gewaardeerd: ervaring van .+ \(\d,\d\)\. Het laagst: ervaring van .+ \(\d,\d\)\./,
    );
  });

  it('has no experience chart when nobody gave a mark', () => {
    const none = { ...second, numeric: second.numeric.map((q) => ({ ...q, all: { ...q.all, n: 0 } })) };
    expect(experienceFigure(none)).toBeNull();
  });

  it('sets factor presence against the step-4 baseline, and says how many factors moved', () => {
    const figure = factorsFigure(second)!;
    const presence = second.numeric.filter((q) => q.group === 'presence' && (q.all.n > 0 || q.baseline?.mean != null));
    expect(figure.chart.series.map((s) => s.name)).toEqual(['Nulmeting (stap 4)', 'Deze ronde']);
    expect(figure.chart.rows).toHaveLength(presence.length);
    expect(figure.table.rows).toHaveLength(presence.length);
    presence.forEach((q, i) => {
      expect(figure.chart.rows[i]!.values).toEqual({ s0: q.baseline?.mean ?? null, s1: q.all.mean });
    });
    const up = presence.filter((q) => q.change != null && Math.round(q.change * 10) > 0).length;
    expect(up).toBeGreaterThan(0);
    expect(figure.summary).toContain('tegen');
    expect(figure.summary).toContain(`${up} ${up === 1 ? 'factor is' : 'factoren zijn'} sterker aanwezig`);
  });

  it('shows students only as shares of everyone who answered, one row per question', () => {
    const students = second.students!;
    const figure = studentsFigure(second, { label: '', columns: [], rows: [] })!;
    expect(figure.chart.kind).toBe('stacked');
    expect(figure.chart.rows).toHaveLength(students.questions.length);
    for (const row of figure.chart.rows) {
      const total = Object.values(row.values).reduce<number>((sum, v) => sum + (v ?? 0), 0);
      // Whole percentages, rounded each: together 100 give or take the rounding.
      expect(Math.abs(total - 100)).toBeLessThanOrEqual(2);
    }
    expect(figure.chart.rows[0]!.values.s0).toBe(students.questions[0]!.percentJa);
    expect(figure.summary).toContain(`${students.respondents} leerlingen vulden de vragenlijst in`);
    expect(studentsFigure({ ...second, students: null }, { label: '', columns: [], rows: [] })).toBeNull();
  });

  it('lays the page out in the report’s sections, with a chart where it helps and differences said in words', () => {
    const sections = resultsSections(second, series);
    expect(sections.map((s) => s.id)).toEqual([
      'samenvatting',
      'vragen',
      'factoren',
      'teksten',
      'bereik',
      'acties',
      'doelen',
      'leerlingen',
    ]);
    const byId = Object.fromEntries(sections.map((s) => [s.id, s]));
    expect(figures(byId.vragen!.parts).map((f) => f.id)).toEqual(['grafiek-ervaring']);
    expect(figures(byId.factoren!.parts).map((f) => f.id)).toEqual(['grafiek-factoren']);
    expect(figures(byId.leerlingen!.parts).map((f) => f.id)).toEqual(['grafiek-leerlingen']);
    // The students' first table became the chart's table; the needs table stays below it.
    const studentsParts = byId.leerlingen!.parts;
    const at = studentsParts.findIndex((p) => p.kind === 'figure');
    expect(studentsParts.slice(at + 1).some((p) => p.kind === 'table')).toBe(true);

    const marked = byId.vragen!.parts.flatMap((p) => (p.kind === 'table' && p.marked ? p.marked.map((i) => p.rows[i]![0]!) : []));
    const differing = second.numeric.filter((q) => q.group === 'presence' && q.difference);
    expect(marked).toHaveLength(differing.length);
    for (const cell of marked) expect(cell).toContain('Let op: organisaties liggen 2 of meer uit elkaar');
  });

  it('says there were no students when the round had no survey', () => {
    const sections = resultsSections({ ...second, students: null }, series);
    const students = sections.find((s) => s.id === 'leerlingen')!;
    expect(figures(students.parts)).toEqual([]);
    expect(students.parts).toEqual([{ kind: 'paragraph', text: 'Bij deze ronde is geen peiling onder leerlingen gehouden.' }]);
  });
});

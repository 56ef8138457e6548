import { describe, expect, it } from 'vitest';
import { EXAMPLE_ROUNDS, type ExampleRound } from '#src/domain/evaluation/example-rounds';
import { evaluationResults, type ResponseInput } from '#src/domain/evaluation/results';
import { trends } from '#src/domain/evaluation/trends';
import type { EvaluationResults } from '#src/domain/evaluation/api';
import { niceMax } from './evaluation-report/trends-data';
import { whoList } from './evaluation-report/who';
import {
  toEvaluationReportData,
  type Chart,
  type EvaluationReportData,
  type Part,
  type ReportTable,
} from './to-evaluation-report-data';

const META = {
  dossierId: 'dossier-1',
  title: 'Jongerenwerk op school in Westerhaven (voorbeeld)',
  gemeente: 'Gemeente Westerhaven',
  generatedAt: '2028-01-15T23:30:00.000Z',
};
const BASELINE = { date: '2027-01-10', presence: EXAMPLE_ROUNDS[0]!.snapshot.baseline };

const resultsOf = (r: ExampleRound, responses: readonly ResponseInput[] = r.responses) =>
  evaluationResults(r.round, r.snapshot, responses);
const [first, second] = EXAMPLE_ROUNDS.map((r) => resultsOf(r)) as [EvaluationResults, EvaluationResults];

function report(results: EvaluationResults = second, history: EvaluationResults[] = [first, second]): EvaluationReportData {
  return toEvaluationReportData(results, trends(history, BASELINE), META);
}

const section = (data: EvaluationReportData, id: string) => {
  const found = data.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};
const tables = (parts: Part[]) => parts.filter((p): p is Extract<Part, { kind: 'table' }> => p.kind === 'table');
const table = (parts: Part[], label: string): ReportTable => {
  const found = tables(parts).find((t) => t.label === label);
  if (!found) throw new Error(`no table "${label}"`);
  return found;
};
const charts = (data: EvaluationReportData): Chart[] =>
  section(data, 'ontwikkeling').parts.flatMap((p) => (p.kind === 'chart' ? [p.chart] : []));
/** Every string the document prints (the chart positions are numbers, not printed). */
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
const printed = (data: EvaluationReportData) => strings(data).join('\n');

describe('toEvaluationReportData', () => {
  it('puts the round, its dates, its kind and who answered per organisation on the cover', () => {
    const data = report();
    const facts = Object.fromEntries(data.cover.facts.map((f) => [f.label, f.value]));
    expect(data.cover.kicker).toBe('Evaluatieverslag ronde 2');
    expect(facts).toMatchObject({
      Samenwerking: META.title,
      Ronde: 'Ronde 2',
      'Datum van de ronde': '15 december 2027',
      'Soort evaluatie': 'Effectevaluatie',
      'Wie antwoordden': '4 van de 7 uitgenodigden',
      Leerlingen: '80 leerlingen vulden de korte vragenlijst in',
    });
    expect(data.cover.organisations.rows.map((r) => [r[0], r[2]])).toEqual([
      ['Gemeente Westerhaven', '1'],
      ['Het Zeekompas', '1'],
      ['Kustlanden College', '1'],
      ['Stichting Welzijn Westerhaven, team Jongerenwerk', '1'],
    ]);
    // Round 1 also had a paper form, typed in by an editing link.
    const facts1 = report(first, [first]).cover.facts;
    expect(facts1.find((f) => f.label === 'Wie antwoordden')!.value).toBe('4 van de 7 uitgenodigden, en 1 papieren formulier');
  });

  it('prints dates as the Netherlands sees them: a closing late in the evening (UTC) is the next day', () => {
    const late = { ...second, round: { ...second.round, closedAt: '2028-06-29T22:30:00.000Z' } };
    const data = report(late);
    expect(data.cover.facts.find((f) => f.label === 'Gesloten op')!.value).toBe('30 juni 2028');
    expect(data.running.edition).toBe('Ronde gesloten op 30 juni 2028');
    // Made at 23:30 UTC in January: 00:30 the next day in Amsterdam (winter time).
    expect(data.cover.facts.find((f) => f.label === 'Gemaakt op')!.value).toBe('16 januari 2028, 00:30');
  });

  it('names the file "evaluatieverslag-ronde-<n>-<dossier>.pdf" and fills in the PDF metadata', () => {
    const data = report();
    expect(data.fileName).toBe('evaluatieverslag-ronde-2-jongerenwerk-op-school-in-westerhaven-voorbeeld.pdf');
    expect(data.metadata).toMatchObject({ title: `Evaluatieverslag ronde 2 — ${META.title}`, language: 'nl' });
    expect(data.metadata.keywords).toContain('dossier:dossier-1');
    expect(data.metadata.keywords).toContain('ronde:2');
  });

  it('shows per question the mean, spread and count of everyone and each organisation side by side, marking differences of 2 or more', () => {
    const questions = section(report(), 'vragen').parts;
    const presence = table(questions, 'Hoe aanwezig zijn de werkzame factoren?');
    expect(presence.columns.map((c) => c.header)).toEqual([
      'Werkzame factor',
      'Iedereen',
      'Spreiding',
      'Gemeente Westerhaven',
      'Het Zeekompas',
      'Kustlanden College',
      'Stichting Welzijn Westerhaven, team Jongerenwerk',
    ]);
    const team = presence.rows.find((r) => r[0]!.startsWith('Een vast, gespecialiseerd team'))!;
    // 4, 5, 3 and 4: mean 4,0 of 4 answers, 3–5; the organisations 2 apart.
    expect(team).toEqual([
      'Een vast, gespecialiseerd team jongerenwerkers\nLet op: organisaties liggen 2 of meer uit elkaar',
      '4,0 (4)',
      '3–5',
      '4,0 (1)',
      '5,0 (1)',
      '3,0 (1)',
      '4,0 (1)',
    ]);
    const differing = second.numeric.filter((q) => q.group === 'presence' && q.difference && q.all.n > 0).length;
    expect(differing).toBeGreaterThan(0);
    expect(presence.marked).toHaveLength(differing);
    expect(presence.marked!.every((i) => presence.rows[i]![0]!.includes('Let op'))).toBe(true);
    // Nobody from an organisation answered: a dash, not a zero.
    expect(presence.rows.find((r) => r[0] === 'Voldoende capaciteit in uren')).toEqual([
      'Voldoende capaciteit in uren',
      '3,0 (1)',
      '3',
      '–',
      '–',
      '–',
      '3,0 (1)',
    ]);

    const agreements = table(questions, 'Werken de afspraken?');
    expect(agreements.rows.find((r) => r[0] === 'De overleggen werken')).toEqual([
      'De overleggen werken',
      '3',
      '1',
      '0',
      '75%',
      '1 ja',
      '1 ja',
      '1 deels',
      '1 ja',
    ]);
  });

  it('sets factor presence against the step-4 baseline, with the change signed', () => {
    const [factors] = tables(section(report(), 'factoren').parts);
    expect(factors!.columns.map((c) => c.header)).toEqual(['Werkzame factor', 'Nulmeting (stap 4)', 'Deze ronde', 'Verandering']);
    expect(factors!.rows).toContainEqual(['Een vast, gespecialiseerd team jongerenwerkers', '2,8', '4,0', '+1,3']);
    // A factor with a baseline that nobody scored this round.
    expect(factors!.rows).toContainEqual(['Samen evalueren en bijsturen', '1,5', '–', '–']);
  });

  it('groups what people wrote, with who said it; the same text once with every name; a knelpunt with its oplossing', () => {
    const [owner, ...others] = EXAMPLE_ROUNDS[1]!.responses;
    const responses: ResponseInput[] = [
      owner!,
      ...others,
      // The same top as the owner's, in other spacing and case, from someone without a name.
      {
        respondentKey: 'invite:extra',
        partnerId: 'p-school-1',
        person: null,
        answers: {
          tops: '  meer studenten weten de jongerenwerkers   te vinden. ',
          knelpunten: [{ id: 'k', knelpunt: 'Te weinig uren op vrijdag.', oplossing: '' }],
        },
      },
    ];
    const texts = section(report(resultsOf(EXAMPLE_ROUNDS[1]!, responses)), 'teksten').parts;
    const tops = texts.find((p) => p.kind === 'quotes' && p.label === 'Tops: wat gaat goed?');
    expect(tops).toMatchObject({
      items: expect.arrayContaining([
        {
          text: 'Meer studenten weten de jongerenwerkers te vinden.',
          who: 'Gemeente Westerhaven: Fatima El Amrani; Het Zeekompas: iemand zonder naam',
        },
      ]),
    });
    const knelpunten = table(texts, 'Knelpunten en voorgestelde oplossingen');
    // Partner by partner, in step 1's order: Het Zeekompas before the Kustlanden College.
    expect(knelpunten.rows).toEqual([
      ['Te weinig uren op vrijdag.', 'nog geen oplossing genoemd', 'Iemand van Het Zeekompas'],
      [
        'Het overleg botst nog met roosters.',
        'Overleg verplaatsen naar vrijdagmiddag.',
        'Anouk van den Berg (Kustlanden College)',
      ],
    ]);
  });

  it('names many people who wrote the same per organisation, each once, paper forms marked', () => {
    const who = (partnerName: string, person: string | null, paper = false) => ({ partnerId: 'p', partnerName, person, paper });
    expect(
      whoList([
        who('Het Zeekompas', 'Marieke Bos'),
        who('Gemeente Westerhaven', 'Fatima El Amrani'),
        who('Het Zeekompas', 'Ahmed Yilmaz', true),
        who('Het Zeekompas', 'Marieke Bos'),
        who('Gemeente Westerhaven', null),
      ]),
    ).toBe(
      'Het Zeekompas: Marieke Bos en Ahmed Yilmaz (papieren formulier); Gemeente Westerhaven: Fatima El Amrani en iemand zonder naam',
    );
    expect(whoList([who('Het Zeekompas', 'Marieke Bos'), who('Het Zeekompas', 'Marieke Bos')])).toBe(
      'Marieke Bos (Het Zeekompas)',
    );
  });

  it('says which answers came from a paper form', () => {
    const paper = EXAMPLE_ROUNDS[0]!.responses.find((r) => r.respondentKey.startsWith('paper:'))!;
    expect(printed(report(first, [first]))).toContain(`${paper.person} (Het Zeekompas), papieren formulier`);
  });

  it('shows the action plan’s progress: done, overdue, and what respondents reported', () => {
    const actions = section(report(), 'acties').parts;
    expect(actions[0]).toEqual({
      kind: 'paragraph',
      text: '4 van de 5 acties zijn gereed (80%). 1 actie is over de uiterste datum en nog niet gereed.',
    });
    const [plan] = tables(actions);
    expect(plan!.rows).toContainEqual(['4', 'Training signaleren voor mentoren', 'Gereed', '16 april 2027', 'Gereed: 1']);
    expect(plan!.rows).toContainEqual([
      '5',
      'Jongerenwerkers in de pauzes op het stationsplein',
      'Bezig\nover de uiterste datum',
      '9 juli 2027',
      '',
    ]);
  });

  it('shows per goal its indicator and what was measured, and whether every organisation still stands behind goals and vision', () => {
    const goals = section(report(), 'doelen').parts;
    const behind = table(goals, 'Staan de partners er nog achter?');
    expect(behind.rows[0]).toEqual(['De visie (stap 4)', '1 ja', '1 ja', '1 ja', '1 ja', 'Ja']);
    expect(behind.rows).toHaveLength(1 + second.goals.length);
    expect(goals).toContainEqual({
      kind: 'fields',
      fields: [{ label: 'Indicator', value: second.goals[0]!.indicator }],
    });
    expect(printed(report())).toContain('63% vindt de jongerenwerkers zichtbaar (peiling december 2027).');
  });

  it('shows the students as counts and percentages only', () => {
    const students = section(report(), 'leerlingen').parts;
    const [questions, needs] = tables(students);
    expect(questions!.rows[0]).toEqual(['Zie je de jongerenwerkers op school?', '50 (63%)', '26 (33%)', '4 (5%)', '0 (0%)']);
    expect(questions!.rows).toHaveLength(4);
    expect(needs!.rows).toContainEqual(['Activiteiten, zoals een sporttoernooi', '30', '38%']);
    // Without a survey: said so, and no chart of student figures.
    const without = { ...second, students: null };
    const data = report(without, [{ ...first, students: null }, without]);
    expect(section(data, 'leerlingen').parts).toEqual([
      { kind: 'paragraph', text: 'Bij deze ronde is geen peiling onder leerlingen gehouden.' },
    ]);
    expect(charts(data).map((c) => c.id)).not.toContain('trend-leerlingen');
  });

  it('summarises the round in words, compared with the round before', () => {
    const [summary] = section(report(), 'samenvatting').parts;
    expect(summary).toMatchObject({ kind: 'bullets' });
    const items = (summary as Extract<Part, { kind: 'bullets' }>).items;
    expect(items).toContain('4 van de 7 uitgenodigden vulden de vragenlijst in (57%).');
    expect(items).toContain('Iedereen die antwoordde staat nog achter de visie.');
    expect(items).toContain('80 leerlingen vulden de korte vragenlijst in; 63% ziet de jongerenwerkers op school.');
    expect(items.find((i) => i.startsWith('Bij 1 vraag liggen de gemiddelden'))).toContain(
      'Een vast, gespecialiseerd team jongerenwerkers',
    );
    expect(items.at(-1)).toBe(
      'Vergeleken met ronde 1: acties uit het actieplan die gereed zijn van 60% naar 80% en leerlingen die de jongerenwerkers op school zien van 43% naar 63%.',
    );
  });

  it('charts the main measures across the rounds up to this one, each with the same figures as a table', () => {
    const all = charts(report());
    expect(all.map((c) => c.title)).toEqual([
      'Respons en acties gereed',
      'Leerlingen die ja zeiden',
      'Ervaring van de betrokkenen (1 tot en met 5)',
      'Werkzame factoren: gemiddelde aanwezigheid (1 tot en met 5)',
      'Bereik, gemiddeld per invuller',
      'Staan nog achter visie en doelen',
      'Afspraken die werken',
    ]);
    for (const chart of all) {
      expect(chart.table.columns.slice(1).map((c) => c.header)).toEqual(chart.xLabels);
      expect(chart.table.rows.map((r) => r[0])).toEqual(chart.series.map((s) => s.name));
      chart.series.forEach((s, k) => {
        for (const p of s.points) {
          expect(p.y).toBeGreaterThanOrEqual(0);
          expect(p.y).toBeLessThanOrEqual(1);
          // The table prints exactly what the chart shows.
          expect(chart.table.rows[k]![p.x + 1]).toBe(p.label);
        }
      });
      expect(chart.summary).not.toBe('');
    }
    const students = all.find((c) => c.id === 'trend-leerlingen')!;
    expect(students.xLabels).toEqual(['Ronde 1', 'Ronde 2']);
    expect(students.table.rows[0]).toEqual(['Leerlingen die de jongerenwerkers op school zien', '43%', '63%']);
    expect(students.series[0]!.points.map((p) => p.y)).toEqual([0.43, 0.63]);
    // The factors' mean starts at step 4's baseline.
    const presence = all.find((c) => c.id === 'trend-factoren')!;
    expect(presence.xLabels).toEqual(['Nulmeting (stap 4)', 'Ronde 1', 'Ronde 2']);
    expect(presence.table.rows).toEqual([['Gemiddelde van alle werkzame factoren', '1,9', '2,6', '3,7']]);
    expect(presence.summary).toBe('Sterkste stijging: gemiddelde van alle werkzame factoren, van 1,9 naar 3,7.');
  });

  it('leaves later rounds out of the trends when given only the rounds up to this one, and says a first round has one measurement', () => {
    const data = report(first, [first]);
    const response = charts(data).find((c) => c.id === 'trend-respons')!;
    expect(response.xLabels).toEqual(['Ronde 1']);
    expect(response.summary).toBe('Nog maar één meting: de lijn verschijnt vanaf de volgende ronde.');
    expect(section(data, 'samenvatting').parts[0]).not.toMatchObject({
      items: expect.arrayContaining([expect.stringMatching(/^Vergeleken met/)]),
    });
  });

  it('runs every chart over the same rounds: a round without students leaves a gap in the students chart', () => {
    const third = { ...second, round: { ...second.round, id: 'ronde-3', number: 3, date: '2028-06-15' }, students: null };
    const students = charts(report(third, [first, second, third])).find((c) => c.id === 'trend-leerlingen')!;
    expect(students.xLabels).toEqual(['Ronde 1', 'Ronde 2', 'Ronde 3']);
    expect(students.table.rows[0]).toEqual(['Leerlingen die de jongerenwerkers op school zien', '43%', '63%', '–']);
    expect(students.series[0]!.points.map((p) => p.x)).toEqual([0, 1]);
  });

  it('scales count axes to round numbers', () => {
    expect(niceMax(95)).toEqual({ top: 100, step: 25 });
    expect(niceMax(13.8)).toEqual({ top: 15, step: 5 });
    expect(niceMax(0)).toEqual({ top: 1, step: 0.25 });
    expect(niceMax(1234)).toEqual({ top: 1500, step: 500 });
  });

  it('never fails on a round nobody answered, and says so', () => {
    const empty = resultsOf(EXAMPLE_ROUNDS[1]!, []);
    const data = toEvaluationReportData({ ...empty, students: null }, [], META);
    expect(strings(data.sections)).toEqual(
      expect.arrayContaining([
        'Niemand heeft de vragenlijst van deze ronde ingevuld.',
        'In deze ronde heeft niemand een vraag met een score of met ja, deels of nee beantwoord.',
        'In deze ronde is geen tekst ingevuld.',
        'Er zijn nog geen cijfers om een ontwikkeling te laten zien.',
      ]),
    );
    expect(data.cover.facts.find((f) => f.label === 'Wie antwoordden')!.value).toBe('0 van de 7 uitgenodigden');
  });

  it('prints numbers the Dutch way: a decimal comma, never a decimal point', () => {
    const text = printed(report());
    // Means and changes: "3,7", "+1,3"; a point between digits would be an English decimal (no thousands here).
    expect(text).toMatch(/\b3,7\b/);
    expect(text).not.toMatch(/\d\.\d/);
  });
});

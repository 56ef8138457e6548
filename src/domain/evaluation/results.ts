import {
  ACTION_STATUSES,
  AGREEMENT_TOPICS,
  PARTNER_DIFFERENCE,
  PERSPECTIVES,
  REACH_FIGURES,
  STUDENT_QUESTIONS,
  WORKS,
  type Works,
} from './atoms';
import type {
  BaselineResults,
  ChoiceQuestion,
  EvaluationResults,
  NumericQuestion,
  StudentResults,
  TextAnswer,
  Who,
  WorksCounts,
} from './api';
import { evaluationNl } from '#src/i18n/nl/evaluation';
import { hasAnyAnswer } from './answers';
import { isPaperKey, type RoundKind, type RoundSnapshot } from './rounds';
import { apart, countValue, percentOf, scaleValue, stats } from './stats';
import { STUDENT_NEEDS, type StudentTally } from './student-survey';

/**
 * The results of a closed round: pure functions of its snapshot and its stored responses. Answers are
 * stored drafts, so every field may be missing, half filled in or text where a number belongs; what
 * is not a valid answer is left out of the counts, never an error.
 */

export interface RoundInput {
  id: string;
  kind: RoundKind;
  number: number | null;
  /** The round's date (its planned day). */
  plannedOn: string;
  focus: EvaluationResults['round']['focus'];
  closedAt: string | null;
}

export interface ResponseInput {
  respondentKey: string;
  partnerId: string | null;
  person: string | null;
  answers: unknown;
}

type Obj = Record<string, unknown>;
const asObject = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const rowsOf = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(asObject) : []);
const textOf = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const worksOf = (v: unknown): Works | undefined => ((WORKS as readonly unknown[]).includes(v) ? (v as Works) : undefined);

interface Respondent {
  who: Who;
  answers: Obj;
}

function respondentsOf(snapshot: RoundSnapshot, responses: readonly ResponseInput[]): Respondent[] {
  const names = new Map(snapshot.partners.map((p) => [p.id, p.name]));
  const order = new Map(snapshot.partners.map((p, i) => [p.id, i]));
  return (
    responses
      .filter((r) => hasAnyAnswer(r.answers))
      .map((r) => {
        const answers = asObject(r.answers);
        return {
          who: {
            partnerId: r.partnerId,
            partnerName: (r.partnerId && names.get(r.partnerId)) || '',
            person: r.person ?? (textOf(answers.name) || null),
            paper: isPaperKey(r.respondentKey),
          },
          answers,
        };
      })
      .map((r, i) => ({ r, i }))
      // Partner by partner, in step 1's order; within a partner in the order they first answered.
      .sort((a, b) => (order.get(a.r.who.partnerId ?? '') ?? 1e6) - (order.get(b.r.who.partnerId ?? '') ?? 1e6) || a.i - b.i)
      .map(({ r }) => r)
  );
}

function responseSummary(snapshot: RoundSnapshot, respondents: readonly Respondent[]) {
  return {
    invitees: snapshot.invitees,
    responded: respondents.filter((r) => !r.who.paper).length,
    paper: respondents.filter((r) => r.who.paper).length,
    byPartner: snapshot.partners.map((p) => ({ partnerId: p.id, n: respondents.filter((r) => r.who.partnerId === p.id).length })),
  };
}

const roundRef = (round: RoundInput) => ({
  id: round.id,
  kind: round.kind,
  number: round.number,
  date: round.plannedOn,
  focus: round.focus,
  closedAt: round.closedAt,
});

/** Mean, spread and count over everyone, and the mean per partner. */
function numeric(
  snapshot: RoundSnapshot,
  respondents: readonly Respondent[],
  q: Pick<NumericQuestion, 'id' | 'group' | 'title' | 'unit'>,
  read: (answers: Obj) => number | undefined,
): NumericQuestion {
  const values = (rs: readonly Respondent[]) => rs.flatMap((r) => (read(r.answers) === undefined ? [] : [read(r.answers)!]));
  const byPartner = snapshot.partners.map((p) => {
    const s = stats(values(respondents.filter((r) => r.who.partnerId === p.id)));
    return { partnerId: p.id, n: s.n, mean: s.mean };
  });
  return {
    ...q,
    all: stats(values(respondents)),
    byPartner,
    difference:
      q.unit === 'score' &&
      apart(
        byPartner.map((b) => b.mean),
        PARTNER_DIFFERENCE,
      ),
  };
}

const emptyCounts = (): WorksCounts => ({ ja: 0, deels: 0, nee: 0 });

function choice(
  snapshot: RoundSnapshot,
  respondents: readonly Respondent[],
  q: Pick<ChoiceQuestion, 'id' | 'group' | 'title'>,
  read: (answers: Obj) => Works | undefined,
): ChoiceQuestion {
  const tally = (rs: readonly Respondent[]) => {
    const counts = emptyCounts();
    let n = 0;
    for (const r of rs) {
      const v = read(r.answers);
      if (v) {
        counts[v]++;
        n++;
      }
    }
    return { counts, n };
  };
  const all = tally(respondents);
  return {
    ...q,
    n: all.n,
    counts: all.counts,
    percentJa: percentOf(all.counts.ja, all.n),
    byPartner: snapshot.partners.map((p) => ({ partnerId: p.id, ...tally(respondents.filter((r) => r.who.partnerId === p.id)) })),
    allJa: all.n > 0 && all.counts.ja === all.n,
  };
}

function texts(respondents: readonly Respondent[], read: (answers: Obj) => unknown): TextAnswer[] {
  return respondents.flatMap((r) => {
    const text = textOf(read(r.answers));
    return text ? [{ ...r.who, text }] : [];
  });
}

/** The student survey as counts and percentages of the students who answered; never one student's row. */
export function studentResults(tally: StudentTally | null): StudentResults | null {
  if (!tally) return null;
  const n = tally.respondents;
  return {
    respondents: n,
    questions: STUDENT_QUESTIONS.map((id) => {
      const q = tally.questions[id];
      return {
        id,
        title: evaluationNl.measures.students[id],
        ja: q.ja,
        nee: q.nee,
        weetNiet: q.weet_niet,
        unanswered: n - q.ja - q.nee - q.weet_niet,
        percentJa: percentOf(q.ja, n),
        percentNee: percentOf(q.nee, n),
        percentWeetNiet: percentOf(q.weet_niet, n),
      };
    }),
    needs: STUDENT_NEEDS.map((need) => ({
      value: need.value,
      label: need.label,
      count: tally.needs[need.value],
      percent: percentOf(tally.needs[need.value], n),
    })),
  };
}

/** Results of a closed evaluation round. */
export function evaluationResults(
  round: RoundInput,
  snapshot: RoundSnapshot,
  responses: readonly ResponseInput[],
): EvaluationResults {
  const rs = respondentsOf(snapshot, responses);
  const presence = snapshot.factors.map((f) => {
    const q = numeric(
      snapshot,
      rs,
      { id: `presence:${f.id}`, group: 'presence', title: evaluationNl.measures.presence(f.label), unit: 'score' },
      (a) => scaleValue(asObject(a.presence)[f.id]),
    );
    const baseline = snapshot.baseline[f.id] ?? { mean: null, n: 0 };
    const change = q.all.mean !== null && baseline.mean !== null ? q.all.mean - baseline.mean : null;
    return { ...q, baseline, change };
  });
  const experiences = PERSPECTIVES.map((p) =>
    numeric(
      snapshot,
      rs,
      { id: `experience:${p}`, group: 'experience', title: evaluationNl.measures.experience[p], unit: 'score' },
      (a) => scaleValue(asObject(asObject(a.experiences)[p]).rating),
    ),
  );
  const reach = REACH_FIGURES.map((f) =>
    numeric(snapshot, rs, { id: `reach:${f}`, group: 'reach', title: evaluationNl.measures.reach[f], unit: 'count' }, (a) =>
      countValue(asObject(a.reach)[f]),
    ),
  );

  const goalChoices = snapshot.goals.map((g) =>
    choice(snapshot, rs, { id: `goal:${g.id}`, group: 'goal', title: evaluationNl.measures.goal(g.goal) }, (a) =>
      worksOf(asObject(asObject(a.goals)[g.id]).behind),
    ),
  );
  const choices = [
    ...AGREEMENT_TOPICS.map((t) =>
      choice(snapshot, rs, { id: `agreements:${t}`, group: 'agreements', title: evaluationNl.measures.agreements[t] }, (a) =>
        worksOf(asObject(a.agreements)[t]),
      ),
    ),
    choice(snapshot, rs, { id: 'signals', group: 'signals', title: evaluationNl.measures.signals }, (a) =>
      worksOf(asObject(a.signals).works),
    ),
    choice(snapshot, rs, { id: 'vision', group: 'vision', title: evaluationNl.measures.vision }, (a) => worksOf(a.behindVision)),
    ...goalChoices,
  ];

  const actionRows = snapshot.actions.map((action) => {
    const review = (a: Obj) => asObject(asObject(a.actions)[action.id]);
    const reported = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<(typeof ACTION_STATUSES)[number], number>;
    for (const r of rs) {
      const s = review(r.answers).status;
      if (typeof s === 'string' && s in reported) reported[s as keyof typeof reported]++;
    }
    const overdue =
      action.status !== 'gereed' && /^\d{4}-\d{2}-\d{2}$/.test(action.deadline) && action.deadline < round.plannedOn;
    return {
      ...action,
      overdue,
      reported,
      wentWell: texts(rs, (a) => review(a).wentWell),
      couldBeBetter: texts(rs, (a) => review(a).couldBeBetter),
    };
  });
  const done = actionRows.filter((a) => a.status === 'gereed').length;

  return {
    kind: 'evaluatie',
    round: roundRef(round),
    response: responseSummary(snapshot, rs),
    partners: snapshot.partners,
    numeric: [...presence, ...experiences, ...reach],
    choices,
    texts: {
      tops: texts(rs, (a) => a.tops),
      tips: texts(rs, (a) => a.tips),
      externalFactors: texts(rs, (a) => a.externalFactors),
      agreementNotes: texts(rs, (a) => asObject(a.agreements).notes),
      signalNotes: texts(rs, (a) => asObject(a.signals).notes),
      experienceNotes: Object.fromEntries(
        PERSPECTIVES.map((p) => [p, texts(rs, (a) => asObject(asObject(a.experiences)[p]).notes)]),
      ) as EvaluationResults['texts']['experienceNotes'],
    },
    knelpunten: rs.flatMap((r) =>
      rowsOf(r.answers.knelpunten).flatMap((row) => {
        const knelpunt = textOf(row.knelpunt);
        const oplossing = textOf(row.oplossing);
        return knelpunt || oplossing ? [{ ...r.who, knelpunt, oplossing }] : [];
      }),
    ),
    newActions: rs.flatMap((r) =>
      rowsOf(r.answers.newActions).flatMap((row) => {
        const what = textOf(row.what);
        return what
          ? [{ ...r.who, what, leadPartnerId: textOf(row.leadPartnerId) || null, deadline: textOf(row.deadline) || null }]
          : [];
      }),
    ),
    actions: {
      total: actionRows.length,
      done,
      percentDone: percentOf(done, actionRows.length),
      overdue: actionRows.filter((a) => a.overdue).length,
      rows: actionRows,
    },
    goals: snapshot.goals.map((g) => ({
      ...g,
      measured: texts(rs, (a) => asObject(asObject(a.goals)[g.id]).measured),
      behindQuestionId: `goal:${g.id}`,
    })),
    students: studentResults(snapshot.students),
  };
}

/** Results of a closed baseline round: per factor importance and presence, side by side per partner. */
export function baselineResults(
  round: RoundInput,
  snapshot: RoundSnapshot,
  responses: readonly ResponseInput[],
): BaselineResults {
  const rs = respondentsOf(snapshot, responses);
  const values = (group: readonly Respondent[], factorId: string, dim: 'importance' | 'presence') =>
    group.flatMap((r) => {
      const v = scaleValue(asObject(asObject(r.answers.scores)[factorId])[dim]);
      return v === undefined ? [] : [v];
    });
  return {
    kind: 'nulmeting',
    round: roundRef(round),
    response: responseSummary(snapshot, rs),
    partners: snapshot.partners,
    factors: snapshot.factors.map((f) => {
      const byPartner = snapshot.partners.map((p) => {
        const group = rs.filter((r) => r.who.partnerId === p.id);
        const i = stats(values(group, f.id, 'importance'));
        const pr = stats(values(group, f.id, 'presence'));
        return {
          partnerId: p.id,
          importance: { partnerId: p.id, n: i.n, mean: i.mean },
          presence: { partnerId: p.id, n: pr.n, mean: pr.mean },
        };
      });
      return {
        ...f,
        importance: stats(values(rs, f.id, 'importance')),
        presence: stats(values(rs, f.id, 'presence')),
        byPartner,
        differences: (['importance', 'presence'] as const).filter((dim) =>
          apart(
            byPartner.map((b) => b[dim].mean),
            PARTNER_DIFFERENCE,
          ),
        ),
      };
    }),
  };
}

export function roundResults(round: RoundInput, snapshot: RoundSnapshot, responses: readonly ResponseInput[]) {
  return round.kind === 'evaluatie' ? evaluationResults(round, snapshot, responses) : baselineResults(round, snapshot, responses);
}

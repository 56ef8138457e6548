/** The report in a few sentences: response, differences between partners, factors, vision, goals, actions, students. */
import type { EvaluationResults, TrendSeries } from '#src/domain/evaluation/api';
import { percentOf } from '#src/domain/evaluation/stats';
import { decimal, joinNl, percent } from '#templates/format';
import { reportCopy } from './copy';
import { change, factorName } from './questions-data';
import { valueOf } from './trends-data';

const sm = reportCopy.summary;
/** How many questions with differences the summary names before "en nog n andere". */
const NAMED_DIFFERENCES = 3;
/** The measures compared with the previous round, when both have them. */
const COMPARED = ['actions:done', 'students:visible', 'response:rate'];

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

function sincePrevious(results: EvaluationResults, trends: readonly TrendSeries[]): string {
  let previous = '';
  const changes = COMPARED.flatMap((id) => {
    const s = trends.find((x) => x.id === id);
    const at = s?.points.findIndex((p) => p.roundId === results.round.id) ?? -1;
    const before = at > 0 ? s!.points.slice(0, at).findLast((p) => p.roundId !== null) : undefined;
    if (!s || !before) return [];
    const [from, to] = [valueOf(s.unit, before.value), valueOf(s.unit, s.points[at]!.value)];
    if (from === to) return [];
    previous ||= before.label;
    return [sm.change(s.title, from, to)];
  });
  return changes.length ? sm.since(previous, joinNl(changes)) : '';
}

export function summaryItems(results: EvaluationResults, trends: readonly TrendSeries[]): string[] {
  const { response, numeric, choices, goals, actions, students, knelpunten } = results;
  const answered = response.responded + response.paper;
  const differing = numeric.filter((q) => q.difference);
  const named = differing.slice(0, NAMED_DIFFERENCES).map((q) => factorName(q.title));
  const which = joinNl(
    differing.length > NAMED_DIFFERENCES ? [...named, sm.moreDifferences(differing.length - NAMED_DIFFERENCES)] : named,
  );
  const presence = numeric.filter((q) => q.group === 'presence');
  const now = mean(presence.flatMap((q) => (q.all.mean === null ? [] : [q.all.mean])));
  const baseline = mean(presence.flatMap((q) => (q.baseline?.mean == null ? [] : [q.baseline.mean])));
  const best = presence
    .filter((q) => (q.change ?? 0) > 0)
    .reduce<(typeof presence)[number] | null>((b, q) => (!b || q.change! > b.change! ? q : b), null);
  const vision = choices.find((c) => c.id === 'vision');
  const goalChoices = goals.map((g) => choices.find((c) => c.id === g.behindQuestionId)).filter((c) => c && c.n > 0);
  const visible = students?.questions.find((q) => q.id === 'visible');

  return [
    answered === 0
      ? sm.noAnswers
      : sm.response(
          response.responded,
          response.invitees,
          percent(percentOf(Math.min(response.responded, response.invitees), response.invitees) ?? 0),
          response.paper,
        ),
    answered === 0 ? '' : differing.length ? sm.differences(differing.length, which) : sm.noDifferences,
    now === null ? '' : baseline === null ? sm.presenceNoBaseline(decimal(now)) : sm.presence(decimal(now), decimal(baseline)),
    best ? sm.mostImproved(factorName(best.title), change(best.change)) : '',
    !vision || vision.n === 0
      ? ''
      : vision.allJa
        ? sm.visionAll
        : sm.vision(vision.counts.ja, vision.n, vision.counts.deels, vision.counts.nee),
    goalChoices.length ? sm.goals(goalChoices.filter((c) => c!.allJa).length, goalChoices.length) : '',
    actions.total === 0
      ? sm.noActions
      : sm.actions(actions.done, actions.total, percent(actions.percentDone ?? 0), actions.overdue),
    knelpunten.length ? sm.knelpunten(knelpunten.length, knelpunten.filter((k) => k.oplossing).length) : '',
    students && visible && visible.percentJa !== null ? sm.students(students.respondents, percent(visible.percentJa)) : '',
    sincePrevious(results, trends),
  ].filter(Boolean);
}

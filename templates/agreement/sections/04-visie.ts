import { copy } from '#steps/04-visie/copy';
import { THEMES } from '#src/tools/conversation-card/themes';
import { workingFactorsCopy, formatScore } from '#src/tools/working-factors/copy';
import {
  applicableFactors,
  comparedPartners,
  compareFactors,
  priorityList,
  type CustomFactorInput,
  type RespondentInput,
} from '#src/tools/working-factors/compute';
import { actionPlanCopy } from '#src/tools/action-plan/copy';
import { agreementCopy } from '#templates/agreement/copy';
import {
  fields,
  heading,
  joinNl,
  list,
  note,
  optionLabels,
  record,
  rows,
  str,
  table,
  text,
  type Block,
  type SectionBuilder,
  type SectionContext,
} from '#templates/agreement/blocks';

/** The agreements written on the conversation card, per theme (the notes are working notes, not agreements). */
function conversationAgreements(conversation: unknown): Block[] {
  const themes = record(record(conversation).themes);
  const out: Block[] = [];
  for (const theme of THEMES) {
    const agreements = rows(record(themes[theme.id]).agreements)
      .map((a) => str(a.text))
      .filter(Boolean);
    out.push(...list(theme.title, agreements));
  }
  return out.length ? [...heading(agreementCopy.sections.conversation), ...out] : [];
}

/** The joint priorities of the working-factors assessment, largest gap first. */
export function factorPriorities(factors: unknown, ctx: SectionContext): Block[] {
  const assessment = record(factors);
  const respondents = rows(assessment.respondents) as RespondentInput[];
  if (respondents.length === 0) return [];
  const collaborationType = str(ctx.content.steps.initiatief?.collaborationType) || undefined;
  const applicable = applicableFactors(collaborationType, rows(assessment.customFactors) as CustomFactorInput[]);
  const { partners } = comparedPartners(ctx.partners, respondents);
  const counted = respondents.filter((r) => partners.some((p) => p.id === r.partnerId)).length;
  const priorities = priorityList(
    compareFactors(
      applicable,
      respondents,
      partners.map((p) => p.id),
    ),
  );
  const c = workingFactorsCopy.comparison;
  const score = (n: number | undefined) => (n === undefined ? '' : formatScore(n));
  const p = workingFactorsCopy.priorities;
  return [
    ...heading(actionPlanCopy.partA.priorities),
    ...note(`${p.intro} ${agreementCopy.sections.prioritiesNote(partners.length, counted)}`),
    ...(priorities.length
      ? table(
          p.heading,
          [
            { header: c.factor, width: 5 },
            { header: workingFactorsCopy.score.importance, width: 1.2, align: 'right' },
            { header: workingFactorsCopy.score.presence, width: 1.5, align: 'right' },
            { header: c.gap('').trim(), width: 1, align: 'right' },
          ],
          priorities.map((pr) => [pr.factor.label, score(pr.joint.importance), score(pr.joint.presence), score(pr.joint.gap)]),
          c.explanation,
        )
      : note(p.none)),
  ];
}

export const visieSection: SectionBuilder = {
  keys: ['vision', 'contribution', 'goals', 'schoolYears', 'levels', 'targetGroupNotes', 'conversation', 'factors'],
  build(data, ctx) {
    const g = copy.goals;
    const t = copy.targetGroup;
    return [
      ...text(copy.vision.label, data.vision),
      ...text(copy.contribution.label, data.contribution),
      ...table(
        g.legend,
        [
          { header: g.goal.label, width: 1 },
          { header: g.indicator.label, width: 1 },
        ],
        rows(data.goals).map((r) => [str(r.goal), str(r.indicator)]),
      ),
      ...heading(t.legend),
      ...fields(
        [t.schoolYears.label, str(data.schoolYears)],
        [t.levels.label, joinNl(optionLabels(copy.levelOptions, data.levels))],
      ),
      ...text(t.notes.label, data.targetGroupNotes),
      ...conversationAgreements(data.conversation),
      ...factorPriorities(data.factors, ctx),
    ];
  },
};

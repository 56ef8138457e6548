import { copy } from '#steps/10-evaluatie/copy';
import { MONTHS_BETWEEN_ROUNDS } from '#steps/10-evaluatie/schema';
import { repeatDates } from '#src/domain/dates';
import { agreementCopy } from '#templates/agreement/copy';
import {
  date,
  fields,
  list,
  optionLabel,
  optionLabels,
  rows,
  str,
  table,
  text,
  type SectionBuilder,
} from '#templates/agreement/blocks';

/** The schedule printed in the agreement: the evaluation moments of the first two years. */
const SCHEDULE_YEARS = 2;

export function evaluationDates(firstDate: unknown, frequency: unknown): string[] {
  const months = MONTHS_BETWEEN_ROUNDS[str(frequency) as keyof typeof MONTHS_BETWEEN_ROUNDS];
  if (!months || !str(firstDate)) return [];
  return repeatDates(str(firstDate), months, Math.ceil((SCHEDULE_YEARS * 12) / months)).map(date);
}

export const evaluatieSection: SectionBuilder = {
  keys: ['frequency', 'firstDate', 'participants', 'studentInvolvement', 'evaluationTypes', 'bottlenecks'],
  build(data, ctx) {
    const p = copy.participants;
    return [
      ...fields(
        [copy.frequency.label, optionLabel(copy.frequencies, data.frequency)],
        [copy.firstDate.label, date(data.firstDate)],
      ),
      ...list(agreementCopy.sections.evaluationDates(SCHEDULE_YEARS), evaluationDates(data.firstDate, data.frequency)),
      ...table(
        p.legend,
        [
          { header: p.partner.label, width: 1 },
          { header: p.person.label, width: 1.4 },
        ],
        rows(data.participants).map((r) => [ctx.partnerName(r.partnerId), str(r.person)]),
      ),
      ...text(copy.studentInvolvement.label, data.studentInvolvement),
      ...list(copy.evaluationTypes.label, optionLabels(copy.evaluationTypeOptions, data.evaluationTypes)),
      ...text(copy.bottlenecks.label, data.bottlenecks),
    ];
  },
};

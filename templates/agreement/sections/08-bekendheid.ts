import { copy } from '#steps/08-bekendheid/copy';
import { INTRODUCTION_ACTIONS } from '#src/domain/catalogue/introduction-actions';
import {
  date,
  joinNl,
  lines,
  optionLabel,
  optionLabels,
  rows,
  str,
  table,
  text,
  type SectionBuilder,
} from '#templates/agreement/blocks';

export const bekendheidSection: SectionBuilder = {
  keys: ['actions', 'keepVisible'],
  build(data, ctx) {
    const a = copy.actions;
    return [
      ...table(
        a.legend,
        [
          { header: a.kind.label, width: 2.4 },
          { header: a.audiences.label, width: 1.7 },
          { header: a.moment.label, width: 2.2 },
          { header: a.person.label, width: 2.2 },
          { header: a.notes.label, width: 3 },
        ],
        rows(data.actions).map((r) => [
          r.kind === 'anders' && str(r.kindOther) ? str(r.kindOther) : optionLabel(INTRODUCTION_ACTIONS, r.kind),
          joinNl(optionLabels(copy.audienceOptions, r.audiences)),
          lines(date(r.date), str(r.moment)),
          lines(ctx.partnerName(r.partnerId), str(r.person)),
          str(r.notes),
        ]),
      ),
      ...text(copy.keepVisible.label, data.keepVisible),
    ];
  },
};

import { copy } from '#steps/09-kennisdelen/copy';
import { date, optionLabel, rows, str, table, type SectionBuilder } from '#templates/agreement/blocks';

export const kennisdelenSection: SectionBuilder = {
  keys: ['activities'],
  build(data, ctx) {
    const a = copy.activities;
    return table(
      a.legend,
      [
        { header: a.kind.label, width: 1.8 },
        { header: a.topic.label, width: 3.4 },
        { header: a.partner.label, width: 2 },
        { header: a.audience.label, width: 2.4 },
        { header: a.frequency.label, width: 1.3 },
        { header: a.nextDate.label, width: 1.6 },
      ],
      rows(data.activities).map((r) => [
        r.kind === 'anders' && str(r.kindOther) ? str(r.kindOther) : optionLabel(copy.activityKinds, r.kind),
        str(r.topic),
        ctx.partnerName(r.partnerId),
        str(r.audience),
        optionLabel(copy.frequencies, r.frequency),
        date(r.nextDate),
      ]),
    );
  },
};

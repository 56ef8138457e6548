import { copy } from '#steps/07-faciliteiten/copy';
import {
  fields,
  joinNl,
  list,
  num,
  number,
  optionLabel,
  optionLabels,
  rows,
  str,
  table,
  text,
  type SectionBuilder,
} from '#templates/agreement/blocks';

export const faciliteitenSection: SectionBuilder = {
  keys: ['presence', 'spot', 'spotDescription', 'access', 'accessNotes', 'independentPosition'],
  build(data, ctx) {
    const p = copy.presence;
    const independent =
      data.independentPosition === true ? copy.independent.yes : data.independentPosition === false ? copy.independent.no : '';
    return [
      ...table(
        p.legend,
        [
          { header: p.partner.label, width: 2.2 },
          { header: p.location.label, width: 2 },
          { header: p.days.label, width: 1.8 },
          { header: p.hours.label, width: 1.1, align: 'right' },
          { header: p.regularity.label, width: 3.2 },
        ],
        rows(data.presence).map((r) => [
          ctx.partnerName(r.partnerId),
          str(r.location),
          joinNl(optionLabels(copy.weekdays, r.days).map((d) => d.toLowerCase())),
          num(r.hoursPerWeek) === undefined ? '' : number(num(r.hoursPerWeek)!),
          str(r.regularity),
        ]),
      ),
      ...fields([copy.spot.label, optionLabel(copy.spotKinds, data.spot)]),
      ...text(copy.spotDescription.label, data.spotDescription),
      ...list(copy.access.label, optionLabels(copy.accessOptions, data.access)),
      ...text(copy.accessNotes.label, data.accessNotes),
      ...fields([copy.independent.label, independent]),
    ];
  },
};

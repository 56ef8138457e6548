import { copy } from '#steps/02-aanspreekpunten/copy';
import { lines, rows, str, table, text, type SectionBuilder } from '#templates/agreement/blocks';

const person = (r: Record<string, unknown>, prefix: 'contact' | 'standIn') =>
  lines(str(r[`${prefix}Name`]), str(r[`${prefix}JobTitle`]), str(r[`${prefix}Email`]), str(r[`${prefix}Phone`]));

export const aanspreekpuntenSection: SectionBuilder = {
  keys: ['contacts', 'handover'],
  build(data, ctx) {
    const c = copy.contacts;
    return [
      ...table(
        c.legend,
        [
          { header: c.partnerId.label, width: 2.4 },
          { header: c.contactGroup, width: 3 },
          { header: c.standInGroup, width: 3 },
        ],
        rows(data.contacts).map((r) => [ctx.partnerName(r.partnerId), person(r, 'contact'), person(r, 'standIn')]),
      ),
      ...text(copy.handover.label, data.handover),
    ];
  },
};

import { copy } from '#steps/03-financiering/copy';
import { agreementCopy } from '#templates/agreement/copy';
import {
  date,
  euro,
  fields,
  num,
  optionLabel,
  rows,
  str,
  table,
  text,
  yesNo,
  type SectionBuilder,
} from '#templates/agreement/blocks';

export const financieringSection: SectionBuilder = {
  keys: ['sources', 'startsAsPilot', 'pilotExplanation', 'structuralSearchStart'],
  build(data) {
    const s = copy.sources;
    const sources = rows(data.sources);
    const amounts = sources.map((r) => num(r.amount)).filter((n): n is number => n !== undefined);
    const body = sources.map((r) => {
      const from = date(r.from);
      const to = date(r.to);
      return [
        str(r.name),
        optionLabel(copy.kinds, r.kind),
        num(r.amount) === undefined ? '' : euro(num(r.amount)!),
        to ? `${from} –\n${to}` : from ? agreementCopy.cover.fundingFrom(from) : '',
        yesNo(r.structural),
      ];
    });
    if (amounts.length > 1) body.push([agreementCopy.sections.total, '', euro(amounts.reduce((a, b) => a + b, 0)), '', '']);
    return [
      ...table(
        s.legend,
        [
          { header: s.name.label, width: 4 },
          { header: s.kind.label, width: 1.8 },
          { header: s.amount.label, width: 1.3, align: 'right' },
          { header: agreementCopy.sections.period, width: 1.9 },
          { header: agreementCopy.sections.structural, width: 1.1 },
        ],
        body,
        s.amount.hint,
      ),
      ...fields(
        [copy.startsAsPilot.label, yesNo(data.startsAsPilot)],
        [copy.structuralSearchStart.label, date(data.structuralSearchStart)],
      ),
      ...text(copy.pilotExplanation.label, data.pilotExplanation),
    ];
  },
};

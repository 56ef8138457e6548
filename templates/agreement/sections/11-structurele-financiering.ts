import { copy } from '#steps/11-structurele-financiering/copy';
import { FUNDING_ROUTES } from '#src/domain/catalogue/funding-routes';
import { agreementCopy } from '#templates/agreement/copy';
import { date, fields, optionLabel, rows, str, table, type SectionBuilder } from '#templates/agreement/blocks';

export const structureleFinancieringSection: SectionBuilder = {
  keys: ['routes', 'searchStart', 'responsible'],
  build(data, ctx) {
    const r = copy.routes;
    const own = date(data.searchStart);
    const fromStep3 = date(ctx.content.steps.financiering?.structuralSearchStart);
    return [
      ...table(
        r.legend,
        [
          { header: r.kind.label, width: 2.2 },
          { header: r.description.label, width: 4.2 },
          { header: r.responsible.label, width: 2.2 },
          { header: r.deadline.label, width: 1.5 },
          { header: r.status.label, width: 1.5 },
        ],
        rows(data.routes).map((row) => [
          row.kind === 'anders' && str(row.kindOther) ? str(row.kindOther) : optionLabel(FUNDING_ROUTES, row.kind),
          str(row.description),
          str(row.responsible),
          date(row.deadline),
          optionLabel(copy.routeStatuses, row.status),
        ]),
      ),
      ...fields(
        [copy.searchStart.label, own || (fromStep3 ? agreementCopy.sections.searchStartFromStep3(fromStep3) : '')],
        [copy.responsible.label, str(data.responsible)],
      ),
    ];
  },
};

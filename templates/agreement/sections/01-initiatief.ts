import { copy } from '#steps/01-initiatief/copy';
import { OCCASIONS } from '#src/domain/catalogue/occasions';
import {
  date,
  fields,
  list,
  optionLabel,
  rows,
  str,
  strings,
  table,
  text,
  type SectionBuilder,
} from '#templates/agreement/blocks';

export const initiatiefSection: SectionBuilder = {
  keys: ['initiator', 'occasions', 'occasionOther', 'occasionExplanation', 'partners', 'collaborationType', 'intendedStart'],
  build(data) {
    const other = str(data.occasionOther);
    const occasions = strings(data.occasions).map((o) =>
      o === 'anders' && other ? `${optionLabel(OCCASIONS, o)}: ${other}` : optionLabel(OCCASIONS, o),
    );
    const p = copy.partners;
    return [
      ...fields(
        [copy.initiator.label, optionLabel(copy.initiatorKinds, data.initiator)],
        [copy.collaborationType.label, optionLabel(copy.collaborationTypes, data.collaborationType)],
        [copy.intendedStart.label, date(data.intendedStart)],
      ),
      ...list(copy.occasions.label, occasions),
      ...text(copy.occasionExplanation.label, data.occasionExplanation),
      ...table(
        p.legend,
        [
          { header: p.name.label, width: 3 },
          { header: p.kind.label, width: 1.4 },
          { header: p.schoolType.label, width: 1.8 },
          { header: p.locations.label, width: 3.2 },
        ],
        rows(data.partners).map((r) => [
          str(r.name),
          optionLabel(copy.partnerKinds, r.kind),
          optionLabel(copy.schoolTypes, r.schoolType),
          str(r.locations),
        ]),
      ),
    ];
  },
};

import { Paragraph } from '@utrecht/component-library-react';
import { PARTNER_KIND_LABELS, type PartnerKind } from '#src/domain/partners';
import { partnerOptions } from '#src/domain/partner-rows';
import { SelectField, type FieldProps } from './fields';
import { formsNl } from '#src/i18n/nl/forms';
import { useStepContext } from './step-context';

function noPartnersText(kinds: readonly PartnerKind[] | undefined): string {
  if (!kinds) return formsNl.noPartners;
  return formsNl.noPartnersOfKind(kinds.map((k) => PARTNER_KIND_LABELS[k].toLowerCase()).join(' of '));
}

/**
 * Chooses one of the partner organisations of step 1 (stored by id), optionally only those of some
 * kinds. While there are none to choose, its hint says where they come from.
 */
export function PartnerSelectField({
  kinds,
  hint,
  noPartnersHint = true,
  ...props
}: FieldProps & {
  kinds?: readonly PartnerKind[];
  /** False where the form already says so above the list (`NoPartnersNote`), so it is not said twice. */
  noPartnersHint?: boolean;
}) {
  const { partners } = useStepContext();
  const options = partnerOptions(kinds ? partners.filter((p) => kinds.includes(p.kind)) : partners);
  const empty = options.length === 0 && noPartnersHint;
  return <SelectField {...props} hint={empty ? noPartnersText(kinds) : hint} options={options} />;
}

/** Above a list whose rows each belong to a partner: says where partners come from while step 1 has none. */
export function NoPartnersNote() {
  const { partners } = useStepContext();
  return partners.length === 0 ? <Paragraph>{formsNl.noPartners}</Paragraph> : null;
}

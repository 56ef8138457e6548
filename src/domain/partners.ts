import { partnersNl } from '#src/i18n/nl/partners';

export const PARTNER_KINDS = ['gemeente', 'school', 'jongerenwerk'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = partnersNl.kinds;

export interface Partner {
  id: string;
  kind: PartnerKind;
  name: string;
}

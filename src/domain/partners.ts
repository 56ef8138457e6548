export const PARTNER_KINDS = ['gemeente', 'school', 'jongerenwerk'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  gemeente: 'Gemeente',
  school: 'School',
  jongerenwerk: 'Jongerenwerk',
};

export interface Partner {
  id: string;
  kind: PartnerKind;
  name: string;
}

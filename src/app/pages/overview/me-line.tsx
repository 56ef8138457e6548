import { Paragraph } from '@utrecht/component-library-react';
import type { Me } from '#src/domain/access';
import { nl } from '#src/i18n/nl';
import './overview.css';

const t = nl.access.me;

/** Who this link is in the dossier, in one sentence: for which organisation, with which rights. */
export function meText(me: Me): string {
  const partner = me.partnerName || t.unknownPartner;
  const base = me.kind === 'owner' ? t.owner(partner) : me.role === 'lezen' ? t.lezen(partner) : t.bewerken(partner);
  return [base, me.name ? t.person(me.name) : '', me.tekenbevoegd ? t.signs : ''].filter(Boolean).join(' ');
}

/** Who this link is, in a few words, for choosing between links ("Sanne de Wit, Het Stedelijk Lyceum"). */
export function meShort(me: Me): string {
  const partner = me.partnerName || t.unknownPartner;
  if (me.kind === 'owner') return t.ownerShort(partner);
  const rights = [me.role === 'lezen' ? t.readOnlyShort : '', me.tekenbevoegd ? t.signsShort : ''].filter(Boolean).join(', ');
  return `${[me.name, partner].filter(Boolean).join(', ')}${rights ? ` (${rights})` : ''}`;
}

export const MeLine = ({ me }: { me: Me }) => <Paragraph className="sw-me">{meText(me)}</Paragraph>;

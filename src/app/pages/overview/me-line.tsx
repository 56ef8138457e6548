import { Paragraph } from '@utrecht/component-library-react';
import type { Me } from '#src/domain/access';
import { accessNl } from '#src/i18n/nl/access';
import './overview.css';

/** Who this link is in the dossier, in one sentence: for which organisation, with which rights. */
export function meText(me: Me): string {
  const partner = me.partnerName || accessNl.me.unknownPartner;
  const base =
    me.kind === 'owner'
      ? accessNl.me.owner(partner)
      : me.role === 'lezen'
        ? accessNl.me.lezen(partner)
        : accessNl.me.bewerken(partner);
  return [base, me.name ? accessNl.me.person(me.name) : '', me.tekenbevoegd ? accessNl.me.signs : ''].filter(Boolean).join(' ');
}

/** Who this link is, in a few words, for choosing between links ("Sanne de Wit, Het Stedelijk Lyceum"). */
export function meShort(me: Me): string {
  const partner = me.partnerName || accessNl.me.unknownPartner;
  if (me.kind === 'owner') return accessNl.me.ownerShort(partner);
  const rights = [me.role === 'lezen' ? accessNl.me.readOnlyShort : '', me.tekenbevoegd ? accessNl.me.signsShort : '']
    .filter(Boolean)
    .join(', ');
  return `${[me.name, partner].filter(Boolean).join(', ')}${rights ? ` (${rights})` : ''}`;
}

export const MeLine = ({ me }: { me: Me }) => <Paragraph className="sw-me">{meText(me)}</Paragraph>;

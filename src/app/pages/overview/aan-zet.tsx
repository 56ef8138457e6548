import { Link as RouterLink } from 'react-router';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { STEPS, getStep } from '#steps/index';
import { waitingFor } from '#src/domain/approvals';
import { partnerLabel } from '#src/domain/partner-rows';
import type { Approval } from '#src/domain/access';
import type { Partner } from '#src/domain/partners';
import { useAgreement, useApprovalState, usePartners } from '#src/sync/use-step-state';
import { allows } from '#src/domain/agreement/lifecycle.machine';
import { useDossier } from '#src/app/dossier-context';
import { accessNl } from '#src/i18n/nl/access';
import { stepsNl } from '#src/i18n/nl/steps';
import './overview.css';

/** Per partner, the steps that wait for it: its kind is aan zet there and it has not given akkoord. */
export function AanZet() {
  const { dossier, sync } = useDossier();
  const partners = usePartners(sync);
  const state = useApprovalState(sync);
  const { lifecycle } = useAgreement(sync);
  // Akkoord is asked on a text being drafted; a fixed text is signed, so nobody is "aan zet" for akkoord.
  if (partners.length === 0 || !allows(lifecycle, { type: 'EDIT' })) return null;
  return (
    <section aria-labelledby="aan-zet" className="sw-aan-zet-overview">
      <Heading2 id="aan-zet">{stepsNl.aanZet}</Heading2>
      <Paragraph>{accessNl.aanZetIntro}</Paragraph>
      <ul className="sw-aan-zet-partners">
        {partners.map((partner) => {
          const waiting = waitingFor(partner, STEPS, state);
          return (
            <li key={partner.id}>
              <strong>{partnerLabel(partner)}</strong>
              {waiting.length === 0 ? (
                <Paragraph className="sw-muted">{accessNl.waitingNone}</Paragraph>
              ) : (
                <ul className="sw-aan-zet-steps">
                  {waiting.map((stepId) => (
                    <li key={stepId}>
                      <RouterLink to={`/d/${dossier.id}/stap/${stepId}`} className="utrecht-link">
                        {accessNl.waitingStep(getStep(stepId).number, getStep(stepId).copy.title)}
                      </RouterLink>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The names of the partners whose akkoord counts for a step now, or "nog niemand". */
export function approvalNames(approvals: readonly Approval[], partners: readonly Partner[]): string {
  const names = approvals.flatMap((a) => {
    const p = partners.find((x) => x.id === a.partnerId);
    return p ? [partnerLabel(p)] : [];
  });
  return names.length ? names.join(', ') : accessNl.approvalsNone;
}

import { useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { STEPS, getStep } from '#steps/index';
import { STEP_IDS, type StepId } from '#src/domain/step';
import { missingForFreeze } from '#src/domain/agreement/content';
import { missingApprovals, type MissingApproval } from '#src/domain/approvals';
import { can, overrideSchema } from '#src/domain/access';
import { partnerLabel } from '#src/domain/partner-rows';
import type { Partner } from '#src/domain/partners';
import type { LifecycleState } from '#src/domain/agreement/lifecycle.machine';
import { StepForm } from '#src/forms/step-form';
import { TextAreaField } from '#src/forms/fields';
import { SubmitBar } from '#src/forms/submit-bar';
import { api } from '#src/sync/client';
import { useApprovalState, usePartners } from '#src/sync/use-step-state';
import { useDossier } from '#src/app/dossier-context';
import { nl } from '#src/i18n/nl';

const t = nl.agreement;

/**
 * Freezing the text as the next version: what is still incomplete, whose akkoord is still missing,
 * and for the owner the override with a recorded reason.
 */
export function FreezeSection({
  lifecycle,
  nextVersion,
  busy,
  act,
  draftPdf,
}: {
  lifecycle: LifecycleState;
  nextVersion: number;
  busy: boolean;
  act: (action: () => Promise<unknown>, done: string) => Promise<void>;
  draftPdf: () => void;
}) {
  const { dossier, token, sync } = useDossier();
  const partners = usePartners(sync);
  const approvals = useApprovalState(sync);
  const missing = useMemo(
    () => missingForFreeze(STEPS, Object.fromEntries(STEP_IDS.map((id) => [id, sync.valuesFor(id)]))),
    [sync],
  );
  const unapproved = missingApprovals(STEPS, partners, approvals);
  const complete = missing.length === 0;
  const freeze = (override?: { reason: string }) =>
    act(() => api.freeze(dossier.id, token, override ? { override } : undefined), t.frozen(nextVersion));

  return (
    <section aria-labelledby="vastleggen">
      <Heading2 id="vastleggen">{lifecycle === 'wijziging' ? t.amend : t.freeze}</Heading2>
      {lifecycle === 'wijziging' && <Paragraph>{t.amendStarted}</Paragraph>}
      <Paragraph>
        {complete ? t.readyToFreeze : t.missing(new Set(missing.map((m) => `${m.stepId}:${m.path.join('.')}`)).size)}
      </Paragraph>
      {complete && unapproved.length > 0 && <MissingApprovals unapproved={unapproved} partners={partners} />}
      <ButtonGroup>
        <RouterLink
          to={`/d/${dossier.id}/controleren`}
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
        >
          {t.reviewLink}
        </RouterLink>
        {can.edit(sync.me) && (
          <Button
            type="button"
            appearance="primary-action-button"
            disabled={busy || !complete || unapproved.length > 0}
            onClick={() => freeze()}
          >
            {t.freeze}
          </Button>
        )}
        <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={draftPdf}>
          {t.draftPdf}
        </Button>
      </ButtonGroup>
      {complete && unapproved.length > 0 && can.override(sync.me) && (
        <Override busy={busy} onOverride={(reason) => freeze({ reason })} />
      )}
    </section>
  );
}

/** Per required step, the partners whose akkoord on its current text is still missing. */
function MissingApprovals({ unapproved, partners }: { unapproved: MissingApproval[]; partners: Partner[] }) {
  const { dossier } = useDossier();
  const byStep = new Map<StepId, string[]>();
  for (const m of unapproved) {
    const p = partners.find((x) => x.id === m.partnerId);
    byStep.set(m.stepId, [...(byStep.get(m.stepId) ?? []), p ? partnerLabel(p) : m.partnerId]);
  }
  return (
    <>
      <Heading3>{t.missingApprovalsTitle}</Heading3>
      <Paragraph>{t.missingApprovals(unapproved.length)}</Paragraph>
      <ul className="sw-missing-approvals">
        {[...byStep].map(([stepId, names]) => {
          const step = getStep(stepId);
          return (
            <li key={stepId}>
              <RouterLink to={`/d/${dossier.id}/stap/${stepId}`} className="utrecht-link">
                {t.missingApprovalItem(nl.dossier.stepLink(step.number, step.copy.title), names.join(', '))}
              </RouterLink>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Override({ busy, onOverride }: { busy: boolean; onOverride: (reason: string) => Promise<void> }) {
  return (
    <div className="sw-override">
      <Heading3>{t.overrideTitle}</Heading3>
      <Paragraph>{t.overrideText}</Paragraph>
      <StepForm
        schema={overrideSchema}
        defaultValues={{ reason: '' }}
        onSubmit={(values) => onOverride(overrideSchema.parse(values).reason)}
        actions={<SubmitBar label={t.overrideSubmit} busy={busy} busyText={t.freezing} error="" />}
      >
        <TextAreaField name="reason" label={t.overrideReason} rows={3} />
      </StepForm>
    </div>
  );
}

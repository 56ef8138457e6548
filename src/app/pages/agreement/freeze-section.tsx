import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { STEPS, getStep } from '#steps/index';
import type { StepId } from '#src/domain/step';
import { missingForFreeze } from '#src/domain/agreement/content';
import { missingApprovals, type MissingApproval } from '#src/domain/approvals';
import { can, overrideSchema } from '#src/domain/access';
import { partnerLabel } from '#src/domain/partner-rows';
import type { Partner } from '#src/domain/partners';
import type { LifecycleState } from '#src/domain/agreement/lifecycle.machine';
import { StepForm } from '#src/forms/step-form';
import { TextAreaField } from '#src/forms/fields';
import { SubmitBar } from '#src/forms/submit-bar';
import { useApprovalState, usePartners } from '#src/sync/use-step-state';
import { useDossier } from '#src/app/dossier-context';
import type { useAction } from '#src/app/use-action';
import { agreementNl } from '#src/i18n/nl/agreement';
import { stepsNl } from '#src/i18n/nl/steps';
import { commonNl } from '#src/i18n/nl/common';
import { ConfirmDialog } from '#src/ui/confirm-dialog';
import { MissingList } from './missing-list';

/**
 * Freezing the text as the next version: what is still incomplete, whose akkoord is still missing,
 * and for the owner the override with a recorded reason.
 */
export function FreezeSection({
  lifecycle,
  nextVersion,
  busy,
  run,
  draftPdf,
}: {
  lifecycle: LifecycleState;
  nextVersion: number;
  busy: boolean;
  run: ReturnType<typeof useAction>['run'];
  draftPdf: () => void;
}) {
  const { dossier, sync } = useDossier();
  const partners = usePartners(sync);
  const approvals = useApprovalState(sync);
  const missing = useMemo(() => missingForFreeze(STEPS, sync.allValues()), [sync]);
  const unapproved = missingApprovals(STEPS, partners, approvals);
  const complete = missing.length === 0;
  const [confirming, setConfirming] = useState(false);
  const freeze = (override?: { reason: string }) =>
    run(async () => {
      await sync.freeze(override ? { override } : undefined);
      return agreementNl.frozen(nextVersion);
    });

  return (
    <section aria-labelledby="vastleggen">
      <Heading2 id="vastleggen">{lifecycle === 'wijziging' ? agreementNl.amend : agreementNl.freeze}</Heading2>
      {lifecycle === 'wijziging' && <Paragraph>{agreementNl.amendStarted}</Paragraph>}
      <Paragraph>
        {!complete
          ? agreementNl.missing(new Set(missing.map((m) => `${m.stepId}:${m.path.join('.')}`)).size)
          : unapproved.length > 0
            ? agreementNl.completeButApprovals
            : can.edit(sync.me)
              ? agreementNl.readyToFreeze
              : agreementNl.nothingMissing}
      </Paragraph>
      {!complete && <MissingList dossierId={dossier.id} missing={missing} />}
      {complete && unapproved.length > 0 && <MissingApprovals unapproved={unapproved} partners={partners} />}
      <ButtonGroup>
        <RouterLink
          to={`/d/${dossier.id}/controleren`}
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
        >
          {agreementNl.review}
        </RouterLink>
        {can.edit(sync.me) && (
          <Button
            type="button"
            appearance="primary-action-button"
            disabled={busy || !complete || unapproved.length > 0}
            onClick={() => setConfirming(true)}
          >
            {agreementNl.freeze}
          </Button>
        )}
        <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={draftPdf}>
          {agreementNl.draftPdf}
        </Button>
      </ButtonGroup>
      <ConfirmDialog
        open={confirming}
        title={agreementNl.freezeTitle(nextVersion)}
        confirmLabel={agreementNl.freezeYes}
        cancelLabel={commonNl.cancel}
        busy={busy}
        busyText={agreementNl.freezing}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void freeze().finally(() => setConfirming(false))}
      >
        {agreementNl.freezeConfirm(nextVersion)}
      </ConfirmDialog>
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
      <Heading3>{agreementNl.missingApprovalsTitle}</Heading3>
      <Paragraph>{agreementNl.missingApprovals(unapproved.length)}</Paragraph>
      <ul className="sw-missing-approvals">
        {[...byStep].map(([stepId, names]) => {
          const step = getStep(stepId);
          return (
            <li key={stepId}>
              <RouterLink to={`/d/${dossier.id}/stap/${stepId}`} className="utrecht-link">
                {agreementNl.missingApprovalItem(stepsNl.label(step.number, step.copy.title), names.join(', '))}
              </RouterLink>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Override({ busy, onOverride }: { busy: boolean; onOverride: (reason: string) => Promise<unknown> }) {
  return (
    <div className="sw-override">
      <Heading3>{agreementNl.overrideTitle}</Heading3>
      <Paragraph>{agreementNl.overrideText}</Paragraph>
      <StepForm
        schema={overrideSchema}
        defaultValues={{ reason: '' }}
        onSubmit={(values) => onOverride(overrideSchema.parse(values).reason)}
        actions={<SubmitBar label={agreementNl.overrideSubmit} busy={busy} busyText={agreementNl.freezing} error="" />}
      >
        <TextAreaField name="reason" label={agreementNl.overrideReason} rows={3} />
      </StepForm>
    </div>
  );
}

import { Suspense } from 'react';
import { useParams } from 'react-router';
import { useSelector } from '@xstate/react';
import { Alert, Button, ButtonGroup, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { STEPS, getStep } from '#steps/index';
import { isStepId, TRACKS, type StepId } from '#src/domain/step';
import { allows, LIFECYCLE_LABELS } from '#src/domain/agreement/lifecycle.machine';
import { fixedVersion } from '#src/domain/agreement/progress';
import { PARTNER_KIND_LABELS } from '#src/domain/partners';
import { accessNl } from '#src/i18n/nl/access';
import { agreementNl } from '#src/i18n/nl/agreement';
import { stepsNl } from '#src/i18n/nl/steps';
import { wizardNl } from '#src/i18n/nl/wizard';
import { useDossier } from '#src/app/dossier-context';
import { useAgreement } from '#src/sync/use-step-state';
import { PageHeading } from '#src/ui/page-heading';
import { useFocusFromHash } from '#src/ui/use-focus-from-hash';
import { Loading } from '#src/ui/loading';
import { AutosaveStatus } from './step/autosave-status';
import { ConflictPanel } from './step/conflict-panel';
import { NotFoundPage } from './not-found-page';
import { StepApproval } from './step/step-approval';
import { StepFormHost } from './step/step-form-host';
import { StepHistory } from './step/step-history';
import { LiveStep } from './step/live-step';
import { StepNavigator } from '#src/app/navigation/step-navigator';
import { WorkingDataPointer } from './follow-up/working-data-pointer';

export default function StepPage() {
  const { stepId } = useParams();
  if (!isStepId(stepId)) return <NotFoundPage />;
  return (
    <>
      <StepNavigator current={stepId} />
      <StepView key={stepId} stepId={stepId} />
    </>
  );
}

function StepView({ stepId }: { stepId: StepId }) {
  const { sync, wizard } = useDossier();
  const { lifecycle, versions } = useAgreement(sync);
  const fixed = fixedVersion(lifecycle, versions);
  // The text is frozen outside drafting (ter ondertekening, getekend, actief): the machine says so.
  const locked = !allows(lifecycle, { type: 'EDIT' });
  // A `lezen` link sees everything and changes nothing.
  const readOnly = locked || sync.readOnly;
  const step = getStep(stepId);
  const actor = sync.actors[stepId];
  const replaced = useSelector(actor, (s) => s.context.replaced);
  const status = useSelector(actor, (s) => s.context.server.status);
  const completing = useSelector(wizard, (s) => s.matches({ [stepId]: 'completing' } as never));
  const wizardError = useSelector(wizard, (s) => s.context.error);

  // Vorige and Volgende exist where the machine can take them: not before the first step, not after the last.
  const canPrev = useSelector(wizard, (s) => s.can({ type: 'PREV' }));
  const canNext = useSelector(wizard, (s) => s.can({ type: 'NEXT' }));

  useFocusFromHash(stepId);

  return (
    <article aria-labelledby="stap-titel" className="sw-step">
      <PreHeading>{TRACKS[step.track].title}</PreHeading>
      <div id="stap-titel">
        <PageHeading focusKey={stepId}>{wizardNl.heading(step.number, STEPS.length, step.copy.title)}</PageHeading>
      </div>
      <Paragraph className="sw-intro">{step.copy.intro}</Paragraph>
      <Paragraph className="sw-aan-zet">
        <strong>{stepsNl.aanZet}:</strong> {step.aanZet.map((k) => PARTNER_KIND_LABELS[k]).join(', ')}
      </Paragraph>
      <AutosaveStatus actor={actor} />
      {/* One truth: a fixed text says which version holds it; "afgerond" only while drafting. */}
      {fixed !== undefined ? (
        <Alert type="info">
          <Paragraph>{agreementNl.lockedNotice(fixed, LIFECYCLE_LABELS[lifecycle])}</Paragraph>
        </Alert>
      ) : (
        status === 'afgerond' && (
          <Alert type="ok">
            <Paragraph>{readOnly ? wizardNl.completedNoteReadOnly : wizardNl.completedNote}</Paragraph>
          </Alert>
        )
      )}
      {sync.readOnly && (
        <Alert type="info">
          <Paragraph>{accessNl.readOnlyNotice}</Paragraph>
        </Alert>
      )}
      <WorkingDataPointer stepId={stepId} />
      <ConflictPanel actor={actor} />
      {wizardError && (
        <Alert type="error" role="alert">
          <Paragraph>{wizardError}</Paragraph>
        </Alert>
      )}
      <LiveStep stepId={stepId}>
        <Suspense fallback={<Loading text={wizardNl.loadingForm} reserve="screen" />}>
          <StepFormHost
            key={`${replaced}-${readOnly}`}
            stepId={stepId}
            readOnly={readOnly}
            actions={
              <div className="sw-wizard-actions">
                {completing && <Loading text={wizardNl.completing} />}
                <ButtonGroup>
                  {canPrev && (
                    <Button type="button" appearance="secondary-action-button" onClick={() => wizard.send({ type: 'PREV' })}>
                      {wizardNl.prev}
                    </Button>
                  )}
                  {!readOnly && (
                    <Button type="submit" appearance="primary-action-button" disabled={completing}>
                      {wizardNl.complete}
                    </Button>
                  )}
                  {canNext && (
                    <Button type="button" appearance="secondary-action-button" onClick={() => wizard.send({ type: 'NEXT' })}>
                      {wizardNl.next}
                    </Button>
                  )}
                  <Button type="button" appearance="subtle-button" onClick={() => wizard.send({ type: 'OVERVIEW' })}>
                    {wizardNl.toOverview}
                  </Button>
                </ButtonGroup>
              </div>
            }
          />
        </Suspense>
      </LiveStep>
      <StepApproval stepId={stepId} />
      <StepHistory stepId={stepId} />
    </article>
  );
}

import { Link as RouterLink } from 'react-router';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { STEPS } from '#steps/index';
import type { StepDefinition, StepId, Track } from '#src/domain/step';
import { TRACKS } from '#src/domain/step';
import { PARTNER_KIND_LABELS } from '#src/domain/partners';
import { useDossier } from '#src/app/dossier-context';
import { useAgreement, useApprovalState, usePartners, useStepServerState, useStepStatuses } from '#src/sync/use-step-state';
import { can } from '#src/domain/access';
import { AanZet, approvalNames } from './overview/aan-zet';
import { MeLine } from './overview/me-line';
import { OtherLinks } from './overview/other-links';
import { BulkApproval } from './overview/bulk-approval';
import { LIFECYCLE_LABELS } from '#src/domain/agreement/lifecycle.machine';
import { fixedVersion } from '#src/domain/agreement/progress';
import { absoluteLink } from '#src/sync/token-store';
import { PageHeading } from '#src/ui/page-heading';
import { StatusBadge } from '#src/ui/status-badge';
import { CopyLink } from '#src/ui/copy-link';
import { accessNl } from '#src/i18n/nl/access';
import { agreementNl } from '#src/i18n/nl/agreement';
import { dossierNl } from '#src/i18n/nl/dossier';
import { formatNl } from '#src/i18n/nl/format';
import { stepsNl } from '#src/i18n/nl/steps';
import { useLive } from '#src/sync/use-live';
import { syncNl } from '#src/i18n/nl/sync';
import { useWorkAllowed } from './rounds/use-rounds-data';
import { FollowUpHome } from './follow-up/follow-up-home';

export default function OverviewPage() {
  const { dossier, token, sync } = useDossier();
  const owner = can.manageAccess(sync.me);
  const partners = usePartners(sync);
  const approvals = useApprovalState(sync);
  const marks = (stepId: StepId) => approvalNames(approvals[stepId].approvals, partners);
  // Once an agreement is in force the home leads with "Samenwerking volgen"; the steps stay below.
  const following = useWorkAllowed(sync, 'evaluation');
  return (
    <>
      <PageHeading focusKey="overzicht">{dossier.title}</PageHeading>
      <Paragraph className="sw-muted">
        {dossierNl.gemeente}: {dossier.gemeente}
      </Paragraph>
      <MeLine me={sync.me} />
      <OtherLinks id={dossier.id} token={token} />
      <ProgressLine />
      <AgreementLine />
      {following && <FollowUpHome />}
      <BulkApproval />
      {(Object.keys(TRACKS) as Track[]).map((track) => (
        <section key={track} aria-labelledby={`spoor-${track}`} className="sw-track">
          <Heading2 id={`spoor-${track}`}>{TRACKS[track].title}</Heading2>
          <Paragraph>{TRACKS[track].intro}</Paragraph>
          <ol className="sw-step-list">
            {STEPS.filter((s) => s.track === track).map((step) => (
              <StepItem key={step.id} step={step} approvedBy={marks(step.id)} />
            ))}
          </ol>
        </section>
      ))}
      <AanZet />
      {owner ? (
        <section aria-labelledby="delen" className="sw-share">
          <Heading2 id="delen">{dossierNl.shareTitle}</Heading2>
          <Paragraph>{dossierNl.shareText}</Paragraph>
          <Paragraph>
            <RouterLink to={`/d/${dossier.id}/partners`} className="utrecht-link">
              {accessNl.title}
            </RouterLink>
          </Paragraph>
          <CopyLink link={absoluteLink(dossier.id, token)} label={dossierNl.ownLinkLabel} />
        </section>
      ) : (
        <section aria-labelledby="delen" className="sw-share">
          <Heading2 id="delen">{dossierNl.yourLinkTitle}</Heading2>
          <Paragraph>{dossierNl.yourLinkText}</Paragraph>
          <CopyLink link={absoluteLink(dossier.id, token)} label={dossierNl.yourLinkLabel} />
        </section>
      )}
    </>
  );
}

function AgreementLine() {
  const { dossier, sync } = useDossier();
  const { lifecycle, versions } = useAgreement(sync);
  return (
    <Paragraph className="sw-agreement-line">
      {agreementNl.state}: <strong>{LIFECYCLE_LABELS[lifecycle]}</strong>
      {versions.length > 0 && ` (${agreementNl.versionTitle(versions.at(-1)!.number).toLowerCase()})`} ·{' '}
      <RouterLink to={`/d/${dossier.id}/overeenkomst`} className="utrecht-link">
        {agreementNl.navLink}
      </RouterLink>
    </Paragraph>
  );
}

function ProgressLine() {
  const { sync } = useDossier();
  const statuses = useStepStatuses(sync);
  const fixed = useFixedVersion();
  // After freezing, a step a co-edit put back to "bezig" is still what the version holds: no count then.
  if (fixed !== undefined) return <Paragraph className="sw-progress">{dossierNl.progressFixed(fixed)}</Paragraph>;
  const done = Object.values(statuses).filter((s) => s === 'afgerond').length;
  return (
    <Paragraph className="sw-progress">
      <progress max={STEPS.length} value={done} aria-hidden="true" /> {dossierNl.progress(done, STEPS.length)}
    </Paragraph>
  );
}

function useFixedVersion() {
  const { sync } = useDossier();
  const { lifecycle, versions } = useAgreement(sync);
  return fixedVersion(lifecycle, versions);
}

function StepItem({ step, approvedBy }: { step: StepDefinition; approvedBy: string }) {
  const { dossier, sync } = useDossier();
  const server = useStepServerState(sync.actors[step.id]);
  // Who else has this step open right now (live presence), so partners can see where work happens.
  const hereNow = useLive(sync.live).viewers.filter((v) => v.stepId === step.id);
  const fixed = useFixedVersion();
  const headingId = `stap-${step.id}`;
  return (
    <li className="sw-step-item" aria-labelledby={headingId}>
      <Heading3 id={headingId} className="sw-step-item-title">
        <RouterLink to={`/d/${dossier.id}/stap/${step.id}`} className="utrecht-link">
          {stepsNl.label(step.number, step.copy.title)}
        </RouterLink>
      </Heading3>
      <Paragraph className="sw-step-item-summary">{step.copy.summary}</Paragraph>
      <dl className="sw-step-meta">
        <div>
          <dt>{dossierNl.statusLabel}</dt>
          <dd>
            <StatusBadge status={server.status} fixed={fixed} />
          </dd>
        </div>
        <div>
          <dt>{stepsNl.aanZet}</dt>
          <dd>{step.aanZet.map((k) => PARTNER_KIND_LABELS[k]).join(', ')}</dd>
        </div>
        {/* Akkoord is given on a text being drafted; a fixed text is signed instead. */}
        {fixed === undefined && (
          <div>
            <dt>{accessNl.approval}</dt>
            <dd>{approvedBy}</dd>
          </div>
        )}
        <div>
          <dt>{dossierNl.changedLabel}</dt>
          <dd>{server.updatedAt ? formatNl.time(server.updatedAt) : dossierNl.neverChanged}</dd>
        </div>
        {hereNow.length > 0 && (
          <div className="sw-step-here">
            <dt>{dossierNl.hereNowLabel}</dt>
            <dd>{hereNow.map(syncNl.live.who).join(', ')}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}

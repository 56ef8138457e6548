import { useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { diffContent } from '#src/domain/agreement/content';
import { useDossier } from '#src/app/dossier-context';
import { useAgreement } from '#src/sync/use-step-state';
import { PageHeading } from '#src/ui/page-heading';
import { Loading } from '#src/ui/loading';
import { SectionView } from '#templates/agreement/html-rendition';
import { agreementCrumbs, versionCrumb } from '#src/app/navigation/crumbs';
import { Breadcrumbs } from '#src/ui/breadcrumbs';
import { useVersionAgreement } from './agreement/use-agreement-data';
import { useVersionContent } from './agreement/use-version-content';
import { KnownVersion, VersionFailed } from './agreement/version-missing';
import { agreementNl } from '#src/i18n/nl/agreement';
import { navigationNl } from '#src/i18n/nl/navigation';
import '#templates/agreement/html-rendition.css';

/** Per step, what an amendment changed: the old and the new text side by side. */
export default function DiffPage() {
  return <KnownVersion render={(n) => <DiffView n={n} />} />;
}

function DiffView({ n }: { n: number }) {
  const { dossier, sync } = useDossier();
  const { versions } = useAgreement(sync);
  const prevNumber = versions.find((v) => v.number === n)?.replaces ?? undefined;
  const current = useVersionContent(n);
  const previous = useVersionContent(prevNumber);
  const { data: after, failed: afterFailed, retry: retryAfter } = useVersionAgreement(n);
  const { data: before, failed: beforeFailed, retry: retryBefore } = useVersionAgreement(prevNumber);
  const changed = useMemo(() => (current && previous ? diffContent(previous.content, current.content) : []), [current, previous]);

  return (
    <>
      <Breadcrumbs items={[...agreementCrumbs(dossier), versionCrumb(dossier.id, n), { label: navigationNl.changesCrumb }]} />
      <PageHeading focusKey={`wijzigingen-${n}`}>
        {prevNumber ? agreementNl.diffTitle(n) : agreementNl.versionPageTitle(n)}
      </PageHeading>
      <Paragraph>
        <RouterLink to={`/d/${dossier.id}/overeenkomst`} className="utrecht-link">
          {agreementNl.toAgreement}
        </RouterLink>
      </Paragraph>
      {!prevNumber ? (
        <Paragraph>{agreementNl.noPrevious}</Paragraph>
      ) : afterFailed || beforeFailed ? (
        <VersionFailed
          retry={() => {
            retryAfter();
            retryBefore();
          }}
        />
      ) : !after || !before ? (
        <Loading text={agreementNl.loadingVersion} />
      ) : (
        <>
          <Paragraph>{agreementNl.diffIntro(n, prevNumber)}</Paragraph>
          {changed.length === 0 && <Paragraph>{agreementNl.diffNone}</Paragraph>}
          {changed.map((c) => {
            const old = before.sections.find((s) => s.stepId === c.stepId);
            const now = after.sections.find((s) => s.stepId === c.stepId);
            return (
              <section key={c.stepId} aria-labelledby={`diff-${c.stepId}`} className="sw-diff">
                <Heading2 id={`diff-${c.stepId}`}>{(now ?? old)!.title}</Heading2>
                <div className="sw-diff-columns">
                  <div>
                    <p className="sw-agreement-label">{agreementNl.versionTitle(prevNumber)}</p>
                    {old ? <SectionView section={old} id={`oud-${c.stepId}`} /> : <Paragraph>—</Paragraph>}
                  </div>
                  <div>
                    <p className="sw-agreement-label">{agreementNl.versionTitle(n)}</p>
                    {now ? <SectionView section={now} id={`nieuw-${c.stepId}`} /> : <Paragraph>—</Paragraph>}
                  </div>
                </div>
              </section>
            );
          })}
        </>
      )}
    </>
  );
}

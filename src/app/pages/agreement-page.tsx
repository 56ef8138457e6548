import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { LIFECYCLE_LABELS } from '#src/domain/agreement/lifecycle.machine';
import { shortHash } from '#src/domain/agreement/canonical';
import type { Version } from '#src/domain/agreement/api';
import { useVersionContent } from './agreement/use-version-content';
import { useDossier } from '#src/app/dossier-context';
import { useAgreement } from '#src/sync/use-step-state';
import { api } from '#src/sync/client';
import { PageHeading } from '#src/ui/page-heading';
import { saveBlob } from '#src/ui/save-blob';
import { SignForm } from './agreement/sign-form';
import { FreezeSection } from './agreement/freeze-section';
import { can } from '#src/domain/access';
import { useAction } from './agreement/use-action';
import { ActionStatus } from './agreement/action-status';
import { nl } from '#src/i18n/nl';
import './agreement/agreement.css';

const t = nl.agreement;

const fileName = (title: string, suffix: string) =>
  `${
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'overeenkomst'
  }-${suffix}.pdf`;

export default function AgreementPage() {
  const { dossier, token, sync } = useDossier();
  const { lifecycle, versions } = useAgreement(sync);
  const { busy, message, run } = useAction();
  const drafting = lifecycle === 'concept' || lifecycle === 'wijziging';
  const current = versions.at(-1);
  const lastSigned = [...versions].reverse().find((v) => v.status === 'getekend');

  const act = (action: () => Promise<unknown>, done: string) =>
    run(async () => {
      await action();
      await sync.refreshAgreement();
      return done;
    });

  return (
    <>
      <PageHeading focusKey="overeenkomst">{t.title}</PageHeading>
      <Paragraph>{t.intro}</Paragraph>
      <Paragraph>
        <strong>{t.state}:</strong> {LIFECYCLE_LABELS[lifecycle]}
      </Paragraph>
      <ActionStatus busy={busy} busyText={t.downloading} message={message} />

      {drafting && (
        <FreezeSection
          lifecycle={lifecycle}
          nextVersion={(current?.number ?? 0) + 1}
          busy={busy}
          act={act}
          draftPdf={() => run(async () => saveBlob(await api.draftPdf(dossier.id, token), fileName(dossier.title, 'concept')))}
        />
      )}

      {current && current.status === 'ter-ondertekening' && <Signing version={current} act={act} busy={busy} run={run} />}

      {(lifecycle === 'getekend' || lifecycle === 'actief') && lastSigned && (
        <section aria-labelledby="getekend">
          <Heading2 id="getekend">{t.versionStatus.getekend}</Heading2>
          <Paragraph>{t.allSigned}</Paragraph>
          <ButtonGroup>
            <Button
              type="button"
              appearance="primary-action-button"
              disabled={busy}
              onClick={() =>
                run(async () =>
                  saveBlob(
                    await api.versionPdf(dossier.id, token, lastSigned.number),
                    fileName(dossier.title, `versie-${lastSigned.number}`),
                  ),
                )
              }
            >
              {t.sealedPdf(lastSigned.number)}
            </Button>
            {lifecycle === 'getekend' && can.edit(sync.me) && (
              <Button
                type="button"
                appearance="secondary-action-button"
                disabled={busy}
                onClick={() => act(() => api.lifecycle(dossier.id, token, 'ACTIVATE'), t.activateHint)}
              >
                {t.activate}
              </Button>
            )}
            {can.edit(sync.me) && (
              <Button
                type="button"
                appearance="secondary-action-button"
                disabled={busy}
                onClick={() => act(() => api.lifecycle(dossier.id, token, 'AMEND'), t.amendStarted)}
              >
                {t.amend}
              </Button>
            )}
          </ButtonGroup>
        </section>
      )}

      <section aria-labelledby="versies">
        <Heading2 id="versies">{t.historyTitle}</Heading2>
        {versions.length === 0 ? (
          <Paragraph>{t.noVersions}</Paragraph>
        ) : (
          <ol className="sw-version-list" reversed>
            {[...versions].reverse().map((v) => (
              <VersionItem key={v.number} version={v} previous={versions.find((p) => p.number === v.replaces)} />
            ))}
          </ol>
        )}
        <Paragraph>
          <RouterLink to={`/d/${dossier.id}/controleer`} className="utrecht-link">
            {t.verifyLink}
          </RouterLink>
        </Paragraph>
      </section>
    </>
  );
}

function Signing({
  version,
  act,
  busy,
  run,
}: {
  version: Version;
  act: (a: () => Promise<unknown>, done: string) => Promise<void>;
  busy: boolean;
  run: ReturnType<typeof useAction>['run'];
}) {
  const { dossier, token, sync } = useDossier();
  const [confirming, setConfirming] = useState(false);
  const content = useVersionPartners(version);
  const active = version.signatures.filter((s) => !s.voidedAt);
  const unsigned = content.filter((p) => !active.some((s) => s.organisation === p.id));
  // Only a signing link of the organisation itself signs for it; everyone else sees who still has to.
  const mine = unsigned.filter((p) => can.signFor(sync.me, p.id));
  const ownSigned = sync.me.tekenbevoegd && active.some((s) => s.organisation === sync.me.partnerId);
  return (
    <section aria-labelledby="ondertekenen">
      <Heading2 id="ondertekenen">
        {t.versionTitle(version.number)} — {t.versionStatus['ter-ondertekening']}
      </Heading2>
      <Paragraph>
        {t.hashLabel}: <code className="sw-hash">{version.hash}</code>
      </Paragraph>
      <Heading3>{t.signaturesTitle}</Heading3>
      <ul className="sw-signature-list">
        {content.map((p) => {
          const s = active.find((x) => x.organisation === p.id);
          return (
            <li key={p.id}>
              <strong>{p.name}</strong>: {s ? t.signedBy(s.name, s.function, nl.time(s.signedAt)) : t.notSigned}
            </li>
          );
        })}
      </ul>
      {unsigned.length > 0 && mine.length === 0 && !ownSigned && (
        <Alert type="info">
          <Paragraph>{sync.me.kind === 'owner' ? t.ownerCannotSign : t.cannotSign}</Paragraph>
        </Alert>
      )}
      {mine.length > 0 && (
        <>
          <Heading3>{t.signTitle}</Heading3>
          <Paragraph>{t.signIntro}</Paragraph>
          <SignForm
            key={active.length}
            partners={mine}
            onSign={(body) =>
              act(
                () => api.sign(dossier.id, token, version.number, body),
                t.signed(mine.find((p) => p.id === body.organisation)?.name ?? ''),
              )
            }
          />
        </>
      )}
      <ButtonGroup>
        <Button
          type="button"
          appearance="secondary-action-button"
          disabled={busy}
          onClick={() =>
            run(async () => saveBlob(await api.versionPdf(dossier.id, token, version.number), `versie-${version.number}.pdf`))
          }
        >
          {t.versionPdf(version.number)}
        </Button>
        {!confirming && can.edit(sync.me) && (
          <Button type="button" appearance="subtle-button" onClick={() => setConfirming(true)}>
            {t.withdraw}
          </Button>
        )}
      </ButtonGroup>
      {confirming && (
        <Alert type="warning" role="none">
          <Paragraph>{t.withdrawConfirm}</Paragraph>
          <ButtonGroup>
            <Button
              type="button"
              appearance="primary-action-button"
              autoFocus
              onClick={() => {
                setConfirming(false);
                void act(() => api.withdraw(dossier.id, token, version.number), t.withdrawn);
              }}
            >
              {t.withdrawYes}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(false)}>
              {t.withdrawNo}
            </Button>
          </ButtonGroup>
        </Alert>
      )}
    </section>
  );
}

/** The partners as frozen in the version, who must each sign it. */
function useVersionPartners(version: Version) {
  const content = useVersionContent(version.number);
  return content?.content.partners ?? [];
}

function VersionItem({ version, previous }: { version: Version; previous?: Version }) {
  const { dossier } = useDossier();
  return (
    <li className="sw-version-item">
      <Heading3>
        {t.versionTitle(version.number)} — {t.versionStatus[version.status]}
      </Heading3>
      <Paragraph>
        {t.frozenAt} {nl.time(version.frozenAt)} · {t.hashLabel}: <code className="sw-hash">{shortHash(version.hash)}</code>
        {version.replaces ? ` · ${t.replaces(version.replaces)}` : ''}
      </Paragraph>
      {version.overrideReason && <Paragraph>{t.overrideNote(version.overrideReason)}</Paragraph>}
      <Paragraph>
        <RouterLink to={`/d/${dossier.id}/versie/${version.number}`} className="utrecht-link">
          {t.view(version.number)}
        </RouterLink>
        {previous && (
          <>
            {' · '}
            <RouterLink to={`/d/${dossier.id}/versie/${version.number}/wijzigingen`} className="utrecht-link">
              {t.changes(version.number, previous.number)}
            </RouterLink>
          </>
        )}
      </Paragraph>
    </li>
  );
}

import { useState } from 'react';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { can } from '#src/domain/access';
import { WITHDRAW_REASON_MAX, type Version } from '#src/domain/agreement/api';
import { allows } from '#src/domain/agreement/lifecycle.machine';
import { agreementNl } from '#src/i18n/nl/agreement';
import { commonNl } from '#src/i18n/nl/common';
import { formatNl } from '#src/i18n/nl/format';
import { useDossier } from '#src/app/dossier-context';
import type { useAction } from '#src/app/use-action';
import { useAgreement } from '#src/sync/use-step-state';
import { saveBlob } from '#src/ui/save-blob';
import { ConfirmDialog } from '#src/ui/confirm-dialog';
import { SignForm } from './sign-form';
import { contactOf } from '#src/domain/step-readers';
import type { Me } from '#src/domain/access';
import { useVersionContent } from './use-version-content';

/** A version out for signing: who signed, signing for one's own organisation, its PDF, withdrawing it. */
export function SigningSection({
  version,
  busy,
  run,
}: {
  version: Version;
  busy: boolean;
  run: ReturnType<typeof useAction>['run'];
}) {
  const { sync } = useDossier();
  const { lifecycle } = useAgreement(sync);
  const [confirming, setConfirming] = useState(false);
  // The partners as frozen in the version, who must each sign it.
  const partners = useVersionContent(version.number)?.content.partners ?? [];
  const active = version.signatures.filter((s) => !s.voidedAt);
  const unsigned = partners.filter((p) => !active.some((s) => s.organisation === p.id));
  // Only a signing link of the organisation itself signs for it; everyone else sees who still has to.
  const mine = unsigned.filter((p) => can.signFor(sync.me, p.id));
  const ownSigned = sync.me.tekenbevoegd && active.some((s) => s.organisation === sync.me.partnerId);
  const mayWithdraw = can.withdraw(sync.me) && allows(lifecycle, { type: 'WITHDRAW' });
  return (
    <section aria-labelledby="ondertekenen">
      <Heading2 id="ondertekenen">
        {agreementNl.versionTitle(version.number)} — {agreementNl.versionStatus['ter-ondertekening']}
      </Heading2>
      <Paragraph>
        {agreementNl.hashLabel}: <code className="sw-hash">{version.hash}</code>
      </Paragraph>
      <Heading3>{agreementNl.signaturesTitle}</Heading3>
      <ul className="sw-signature-list">
        {partners.map((p) => {
          const s = active.find((x) => x.organisation === p.id);
          return (
            <li key={p.id}>
              <strong>{p.name}</strong>:{' '}
              {s ? agreementNl.signedBy(s.name, s.function, formatNl.time(s.signedAt)) : agreementNl.notSigned}
            </li>
          );
        })}
      </ul>
      {unsigned.length > 0 && mine.length === 0 && !ownSigned && (
        <Alert type="info">
          <Paragraph>{sync.me.kind === 'owner' ? agreementNl.ownerCannotSign : agreementNl.cannotSign}</Paragraph>
        </Alert>
      )}
      {mine.length > 0 && (
        <>
          <Heading3>{agreementNl.signTitle}</Heading3>
          <Paragraph>{agreementNl.signIntro}</Paragraph>
          <SignForm
            key={active.length}
            partners={mine}
            signer={expectedSigner(sync.me, contactOf(sync.allValues(), sync.me.partnerId))}
            onSign={(body) =>
              run(async () => {
                await sync.sign(version.number, body);
                return agreementNl.signed(mine.find((p) => p.id === body.organisation)?.name ?? '');
              })
            }
          />
        </>
      )}
      <ButtonGroup>
        <Button
          type="button"
          appearance="secondary-action-button"
          disabled={busy}
          onClick={() => run(async () => saveBlob(await sync.versionPdf(version.number), `versie-${version.number}.pdf`))}
        >
          {agreementNl.versionPdf(version.number)}
        </Button>
        {mayWithdraw && (
          <Button type="button" appearance="subtle-button" disabled={busy} onClick={() => setConfirming(true)}>
            {agreementNl.withdraw}
          </Button>
        )}
      </ButtonGroup>
      <ConfirmDialog
        open={confirming}
        title={agreementNl.withdrawTitle(version.number)}
        confirmLabel={agreementNl.withdrawYes}
        cancelLabel={commonNl.cancel}
        busy={busy}
        busyText={agreementNl.withdrawing}
        reason={{
          label: agreementNl.withdrawReason,
          hint: agreementNl.withdrawReasonHint,
          requiredText: agreementNl.withdrawErrors.reason,
          maxLength: WITHDRAW_REASON_MAX,
        }}
        onCancel={() => setConfirming(false)}
        onConfirm={(reason) =>
          void run(async () => {
            try {
              await sync.withdraw(version.number, reason!);
            } finally {
              setConfirming(false);
            }
            return agreementNl.withdrawn;
          })
        }
      >
        {agreementNl.withdrawConfirm}
      </ConfirmDialog>
    </section>
  );
}

/**
 * Who is expected to sign: the person the signing link was made for, else step 2's contact of the
 * organisation. The function comes from step 2 only when it is about that same person.
 */
function expectedSigner(me: Pick<Me, 'name'>, contact: { name?: string; jobTitle?: string } | undefined) {
  const name = me.name?.trim() || contact?.name;
  const jobTitle = contact?.name && contact.name === name ? contact.jobTitle : undefined;
  return { name, jobTitle };
}

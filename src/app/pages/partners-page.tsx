import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, Button, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { can, type Invite, type InviteForm as InviteValues } from '#src/domain/access';
import type { Partner } from '#src/domain/partners';
import { partnerLabel } from '#src/domain/partner-rows';
import { fieldId } from '#src/forms/field-id';
import { absoluteLink } from '#src/sync/token-store';
import { usePartners } from '#src/sync/use-step-state';
import { CopyLink, CopyText } from '#src/ui/copy-link';
import { ConfirmDialog } from '#src/ui/confirm-dialog';
import { Loading } from '#src/ui/loading';
import { PageHeading } from '#src/ui/page-heading';
import { useDossier } from '#src/app/dossier-context';
import { pathFor } from '#src/app/use-wizard-url';
import { useAction } from '#src/app/use-action';
import { ActionStatus } from '#src/ui/action-status';
import { AuditDownload } from './partners/audit-download';
import { InviteForm } from './partners/invite-form';
import { inviteHolder, InviteList, RevokedInvites } from './partners/invite-list';
import { accessNl } from '#src/i18n/nl/access';
import { commonNl } from '#src/i18n/nl/common';
import './partners/partners.css';

/** "Partners en toegang": the organisations of step 1 and, for the owner, every link into the dossier. */
export default function PartnersPage() {
  const { dossier, sync } = useDossier();
  const partners = usePartners(sync);
  const owner = can.manageAccess(sync.me);
  return (
    <>
      <PageHeading focusKey="partners">{accessNl.title}</PageHeading>
      {owner ? (
        <>
          <Paragraph>{accessNl.intro}</Paragraph>
          <AccessManager partners={partners} />
          <AuditDownload />
        </>
      ) : (
        <>
          <Alert type="info">
            <Paragraph>{accessNl.notOwner}</Paragraph>
          </Alert>
          <Heading2>{accessNl.partnersTitle}</Heading2>
          {partners.length === 0 ? (
            <Paragraph>{accessNl.noPartners}</Paragraph>
          ) : (
            <UnorderedList>
              {partners.map((p) => (
                <UnorderedListItem key={p.id}>{partnerLabel(p)}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </>
      )}
      <section aria-labelledby="toetreding">
        <Heading2 id="toetreding">{accessNl.joinTitle}</Heading2>
        <Paragraph>{accessNl.joinText}</Paragraph>
        <Paragraph>
          <RouterLink to={pathFor(dossier.id, 'initiatief')} className="utrecht-link">
            {accessNl.joinLink}
          </RouterLink>
        </Paragraph>
      </section>
    </>
  );
}

interface Created {
  partnerId: string;
  who: string;
  /** The person's name as given for the link, if any (the invitation greets them). */
  name?: string;
  role: InviteValues['role'];
  signs: boolean;
  link: string;
}

/** A revoke or re-issue waiting for its confirmation. */
interface Asking {
  kind: 'revoke' | 'reissue';
  invite: Invite;
  partner?: Partner;
}

function AccessManager({ partners }: { partners: Partner[] }) {
  const { dossier, sync } = useDossier();
  const [invites, setInvites] = useState<Invite[] | null>(null);
  const [loadError, setLoadError] = useState('');
  const [formFor, setFormFor] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [asking, setAsking] = useState<Asking | null>(null);
  const { busy, message, run } = useAction();

  useEffect(() => {
    let live = true;
    sync.invites().then(
      (list) => live && setInvites(list),
      (e: unknown) => live && setLoadError(e instanceof Error ? e.message : accessNl.linksFailed),
    );
    return () => {
      live = false;
    };
  }, [sync]);
  const reload = async () => setInvites(await sync.invites());

  const create = async (partner: Partner, values: InviteValues) => {
    const res = await sync.createInvite({ partner: partner.id, ...values });
    setFormFor(null);
    setCreated({
      partnerId: partner.id,
      who: values.name || partnerLabel(partner),
      name: values.name || undefined,
      role: values.role,
      signs: !!values.tekenbevoegd,
      link: absoluteLink(dossier.id, res.token),
    });
    await reload();
  };
  const revoke = (invite: Invite) =>
    run(async () => {
      setCreated(null);
      await sync.revokeInvite(invite.id);
      await reload();
      return accessNl.revoked(inviteHolder(invite));
    });
  // Re-issue: the old link stops working, a new one with the same rights takes its place.
  const reissue = (invite: Invite, partner: Partner) =>
    run(async () => {
      setCreated(null);
      await sync.revokeInvite(invite.id);
      await create(partner, { name: invite.name ?? undefined, role: invite.role, tekenbevoegd: invite.tekenbevoegd });
    });

  const confirmAsked = () => {
    const asked = asking!;
    setAsking(null);
    void (asked.kind === 'revoke' ? revoke(asked.invite) : reissue(asked.invite, asked.partner!));
  };

  const known = new Set(partners.map((p) => p.id));
  const orphans = (invites ?? []).filter((i) => !known.has(i.partnerId) && !i.revokedAt);

  return (
    <>
      <ActionStatus busy={busy} busyText={accessNl.busy} message={message} />
      {loadError && (
        <Alert type="error" role="alert">
          <Paragraph>{loadError}</Paragraph>
        </Alert>
      )}
      {partners.length === 0 && <Paragraph>{accessNl.noPartners}</Paragraph>}
      {partners.map((partner, index) => {
        const mine = (invites ?? []).filter((i) => i.partnerId === partner.id);
        const headingId = `partner-${index}`;
        return (
          <section key={partner.id} aria-labelledby={headingId} className="sw-partner">
            <Heading2 id={headingId}>{partnerLabel(partner)}</Heading2>
            {created?.partnerId === partner.id && <CreatedLink created={created} partner={partnerLabel(partner)} />}
            {invites === null ? (
              !loadError && <Loading text={accessNl.linksLoading} />
            ) : (
              <InviteList
                invites={mine.filter((i) => !i.revokedAt)}
                busy={busy}
                onRevoke={(invite) => setAsking({ kind: 'revoke', invite })}
                onReissue={(invite) => setAsking({ kind: 'reissue', invite, partner })}
              />
            )}
            <RevokedInvites invites={mine.filter((i) => i.revokedAt)} />
            {formFor === partner.id ? (
              <NewInvite
                title={accessNl.newLink(partnerLabel(partner))}
                onCreate={(values) => create(partner, values)}
                onCancel={() => setFormFor(null)}
              />
            ) : (
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => {
                  setCreated(null);
                  setFormFor(partner.id);
                }}
              >
                {accessNl.newLink(partnerLabel(partner))}
              </Button>
            )}
          </section>
        );
      })}
      {orphans.length > 0 && (
        <section aria-labelledby="partner-weg" className="sw-partner">
          <Heading2 id="partner-weg">{accessNl.orphansTitle}</Heading2>
          <Paragraph>{accessNl.orphansText}</Paragraph>
          <InviteList invites={orphans} busy={busy} onRevoke={(invite) => setAsking({ kind: 'revoke', invite })} />
        </section>
      )}
      <ConfirmDialog
        open={asking !== null}
        title={asking ? accessNl[`${asking.kind}Title`](inviteHolder(asking.invite)) : ''}
        confirmLabel={asking?.kind === 'reissue' ? accessNl.reissueYes : accessNl.revokeYes}
        cancelLabel={commonNl.cancel}
        onCancel={() => setAsking(null)}
        onConfirm={confirmAsked}
      >
        {asking ? accessNl[`${asking.kind}Confirm`](inviteHolder(asking.invite)) : ''}
      </ConfirmDialog>
    </>
  );
}

/** The one invite form on the page (field ids are per page), opened in the section of one partner. */
function NewInvite({
  title,
  onCreate,
  onCancel,
}: {
  title: string;
  onCreate: (v: InviteValues) => Promise<void>;
  onCancel: () => void;
}) {
  useEffect(() => {
    document.getElementById(fieldId('name'))?.focus();
  }, []);
  return (
    <div className="sw-new-invite">
      <Heading3>{title}</Heading3>
      <InviteForm onCreate={onCreate} />
      <Button type="button" appearance="subtle-button" onClick={onCancel}>
        {commonNl.cancel}
      </Button>
    </div>
  );
}

/** The new link, shown once: copy it now. Focus moves here so the result is read out. */
function CreatedLink({ created, partner }: { created: Created; partner: string }) {
  const { dossier } = useDossier();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), [created.link]);
  return (
    <div className="sw-created-link">
      <Heading3 ref={ref} tabIndex={-1}>
        {accessNl.newLink(created.who)}
      </Heading3>
      <CopyLink link={created.link} label={accessNl.createdLabel(created.who)} />
      <Alert type="warning">
        <Paragraph>{accessNl.createdWarning(partner)}</Paragraph>
      </Alert>
      <CopyText
        label={accessNl.invitationLabel(created.who)}
        copyLabel={accessNl.invitationCopy}
        text={accessNl.invitation({
          who: created.name,
          partner,
          dossier: dossier.title,
          role: created.role,
          signs: created.signs,
          link: created.link,
        })}
      />
    </div>
  );
}

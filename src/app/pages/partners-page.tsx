import { useCallback, useEffect, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, Button, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { can, type Invite, type InviteForm as InviteValues } from '#src/domain/access';
import type { Partner } from '#src/domain/partners';
import { partnerLabel } from '#src/domain/partner-rows';
import { fieldId } from '#src/forms/field-id';
import { api } from '#src/sync/client';
import { absoluteLink } from '#src/sync/token-store';
import { usePartners } from '#src/sync/use-step-state';
import { CopyLink } from '#src/ui/copy-link';
import { Loading } from '#src/ui/loading';
import { PageHeading } from '#src/ui/page-heading';
import { useDossier } from '#src/app/dossier-context';
import { pathFor } from '#src/app/use-wizard-url';
import { useAction } from './agreement/use-action';
import { ActionStatus } from './agreement/action-status';
import { AuditDownload } from './partners/audit-download';
import { InviteForm } from './partners/invite-form';
import { inviteHolder, InviteList, RevokedInvites } from './partners/invite-list';
import { nl } from '#src/i18n/nl';
import './partners/partners.css';

const t = nl.access;

/** "Partners en toegang": the organisations of step 1 and, for the owner, every link into the dossier. */
export default function PartnersPage() {
  const { dossier, sync } = useDossier();
  const partners = usePartners(sync);
  const owner = can.manageAccess(sync.me);
  return (
    <>
      <PageHeading focusKey="partners">{t.title}</PageHeading>
      {owner ? (
        <>
          <Paragraph>{t.intro}</Paragraph>
          <AccessManager partners={partners} />
          <AuditDownload />
        </>
      ) : (
        <>
          <Alert type="info">
            <Paragraph>{t.notOwner}</Paragraph>
          </Alert>
          <Heading2>{t.partnersTitle}</Heading2>
          {partners.length === 0 ? (
            <Paragraph>{t.noPartners}</Paragraph>
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
        <Heading2 id="toetreding">{t.joinTitle}</Heading2>
        <Paragraph>{t.joinText}</Paragraph>
        <Paragraph>
          <RouterLink to={pathFor(dossier.id, 'initiatief')} className="utrecht-link">
            {t.joinLink}
          </RouterLink>
        </Paragraph>
      </section>
    </>
  );
}

interface Created {
  partnerId: string;
  who: string;
  link: string;
}

function AccessManager({ partners }: { partners: Partner[] }) {
  const { dossier, token } = useDossier();
  const [invites, setInvites] = useState<Invite[] | null>(null);
  const [loadError, setLoadError] = useState('');
  const [formFor, setFormFor] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const { busy, message, run } = useAction();

  const load = useCallback(async () => setInvites((await api.invites(dossier.id, token)).invites), [dossier.id, token]);
  useEffect(() => {
    load().catch((e: unknown) => setLoadError(e instanceof Error ? e.message : t.linksFailed));
  }, [load]);

  const create = async (partner: Partner, values: InviteValues) => {
    const res = await api.createInvite(dossier.id, token, { partner: partner.id, ...values });
    setFormFor(null);
    setCreated({ partnerId: partner.id, who: values.name || partnerLabel(partner), link: absoluteLink(dossier.id, res.token) });
    await load();
  };
  const revoke = (invite: Invite) =>
    run(async () => {
      setCreated(null);
      await api.revokeInvite(dossier.id, token, invite.id);
      await load();
      return t.revoked(inviteHolder(invite));
    });
  // Re-issue: the old link stops working, a new one with the same rights takes its place.
  const reissue = (invite: Invite, partner: Partner) =>
    run(async () => {
      setCreated(null);
      await api.revokeInvite(dossier.id, token, invite.id);
      await create(partner, { name: invite.name ?? undefined, role: invite.role, tekenbevoegd: invite.tekenbevoegd });
    });

  const known = new Set(partners.map((p) => p.id));
  const orphans = (invites ?? []).filter((i) => !known.has(i.partnerId) && !i.revokedAt);

  return (
    <>
      <ActionStatus busy={busy} busyText={t.busy} message={message} />
      {loadError && (
        <Alert type="error" role="alert">
          <Paragraph>{loadError}</Paragraph>
        </Alert>
      )}
      {partners.length === 0 && <Paragraph>{t.noPartners}</Paragraph>}
      {partners.map((partner, index) => {
        const mine = (invites ?? []).filter((i) => i.partnerId === partner.id);
        const headingId = `partner-${index}`;
        return (
          <section key={partner.id} aria-labelledby={headingId} className="sw-partner">
            <Heading2 id={headingId}>{partnerLabel(partner)}</Heading2>
            {created?.partnerId === partner.id && <CreatedLink created={created} partner={partnerLabel(partner)} />}
            {invites === null ? (
              !loadError && <Loading text={t.linksLoading} />
            ) : (
              <InviteList
                invites={mine.filter((i) => !i.revokedAt)}
                busy={busy}
                onRevoke={revoke}
                onReissue={(invite) => reissue(invite, partner)}
              />
            )}
            <RevokedInvites invites={mine.filter((i) => i.revokedAt)} />
            {formFor === partner.id ? (
              <NewInvite
                title={t.newLink(partnerLabel(partner))}
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
                {t.newLink(partnerLabel(partner))}
              </Button>
            )}
          </section>
        );
      })}
      {orphans.length > 0 && (
        <section aria-labelledby="partner-weg" className="sw-partner">
          <Heading2 id="partner-weg">{t.orphansTitle}</Heading2>
          <Paragraph>{t.orphansText}</Paragraph>
          <InviteList invites={orphans} busy={busy} onRevoke={revoke} />
        </section>
      )}
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
        {t.cancel}
      </Button>
    </div>
  );
}

/** The new link, shown once: copy it now. Focus moves here so the result is read out. */
function CreatedLink({ created, partner }: { created: Created; partner: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), [created.link]);
  return (
    <div className="sw-created-link">
      <Heading3 ref={ref} tabIndex={-1}>
        {t.createdTitle(created.who)}
      </Heading3>
      <CopyLink link={created.link} label={t.createdLabel(created.who)} />
      <Alert type="warning">
        <Paragraph>{t.createdWarning(partner)}</Paragraph>
      </Alert>
    </div>
  );
}

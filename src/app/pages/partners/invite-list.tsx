import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { ROLE_LABELS, type Invite } from '#src/domain/access';
import { nl } from '#src/i18n/nl';

const t = nl.access;

export const inviteHolder = (invite: Pick<Invite, 'name'>) => invite.name || t.unnamed;

/** A partner's live links: who, what they may do, since when; revoke or re-issue each. */
export function InviteList({
  invites,
  busy,
  onRevoke,
  onReissue,
}: {
  invites: Invite[];
  busy: boolean;
  onRevoke: (invite: Invite) => void;
  /** Left out where a new link cannot be made (the organisation left step 1). */
  onReissue?: (invite: Invite) => void;
}) {
  if (invites.length === 0) return <Paragraph className="sw-muted">{t.noLinks}</Paragraph>;
  return (
    <ul className="sw-invite-list">
      {invites.map((invite) => {
        const who = inviteHolder(invite);
        return (
          <li key={invite.id} className="sw-invite">
            <Paragraph className="sw-invite-who">
              <strong>{who}</strong>
            </Paragraph>
            <dl className="sw-invite-meta">
              <div>
                <dt>{t.colRole}</dt>
                <dd>{ROLE_LABELS[invite.role]}</dd>
              </div>
              <div>
                <dt>{t.colSign}</dt>
                <dd>{invite.tekenbevoegd ? t.signs : t.doesNotSign}</dd>
              </div>
              <div>
                <dt>{t.colCreated}</dt>
                <dd>{nl.time(invite.createdAt)}</dd>
              </div>
            </dl>
            <ButtonGroup>
              {onReissue && (
                <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={() => onReissue(invite)}>
                  {t.reissue}
                  <span className="sw-visually-hidden"> ({t.linkOf(who)})</span>
                </Button>
              )}
              <Button type="button" appearance="subtle-button" disabled={busy} onClick={() => onRevoke(invite)}>
                {t.revoke}
                <span className="sw-visually-hidden"> ({t.linkOf(who)})</span>
              </Button>
            </ButtonGroup>
          </li>
        );
      })}
    </ul>
  );
}

/** Links that no longer work, kept for the record. */
export function RevokedInvites({ invites }: { invites: Invite[] }) {
  if (invites.length === 0) return null;
  return (
    <details className="sw-revoked">
      <summary>{t.revokedTitle(invites.length)}</summary>
      <ul>
        {invites.map((i) => (
          <li key={i.id}>{t.revokedOn(`${inviteHolder(i)} (${ROLE_LABELS[i.role].toLowerCase()})`, nl.time(i.revokedAt!))}</li>
        ))}
      </ul>
    </details>
  );
}

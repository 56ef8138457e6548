import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { ROLE_LABELS, type Invite } from '#src/domain/access';
import { accessNl } from '#src/i18n/nl/access';
import { commonNl } from '#src/i18n/nl/common';
import { formatNl } from '#src/i18n/nl/format';

export const inviteHolder = (invite: Pick<Invite, 'name'>) => invite.name || accessNl.unnamed;

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
  if (invites.length === 0) return <Paragraph className="sw-muted">{accessNl.noLinks}</Paragraph>;
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
                <dt>{accessNl.colRole}</dt>
                <dd>{ROLE_LABELS[invite.role]}</dd>
              </div>
              <div>
                <dt>{accessNl.colSign}</dt>
                <dd>{invite.tekenbevoegd ? accessNl.signs : commonNl.no}</dd>
              </div>
              <div>
                <dt>{accessNl.colCreated}</dt>
                <dd>{formatNl.time(invite.createdAt)}</dd>
              </div>
            </dl>
            <ButtonGroup>
              {onReissue && (
                <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={() => onReissue(invite)}>
                  {accessNl.reissue}
                  <span className="sw-visually-hidden"> ({accessNl.linkOf(who)})</span>
                </Button>
              )}
              <Button type="button" appearance="subtle-button" disabled={busy} onClick={() => onRevoke(invite)}>
                {accessNl.revoke}
                <span className="sw-visually-hidden"> ({accessNl.linkOf(who)})</span>
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
      <summary>{accessNl.revokedTitle(invites.length)}</summary>
      <ul>
        {invites.map((i) => (
          <li key={i.id}>
            {accessNl.revokedOn(`${inviteHolder(i)} (${ROLE_LABELS[i.role].toLowerCase()})`, formatNl.time(i.revokedAt!))}
          </li>
        ))}
      </ul>
    </details>
  );
}

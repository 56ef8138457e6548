import { Fragment, useMemo } from 'react';
import { Link as RouterLink } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { linksFor } from '#src/sync/token-store';
import { accessNl } from '#src/i18n/nl/access';

/**
 * The other links to this dossier kept in this browser, to switch to (opening one makes it the link
 * in use). One line under "who you are"; nothing when there are none.
 */
export function OtherLinks({ id, token }: { id: string; token: string }) {
  // Read from storage once per link in use, not on every re-render of the overview (live updates).
  const others = useMemo(() => linksFor(id).filter((d) => d.token !== token), [id, token]);
  if (others.length === 0) return null;
  return (
    <Paragraph className="sw-other-links">
      {accessNl.me.otherLinksIntro}{' '}
      {others.map((d, i) => (
        <Fragment key={d.token}>
          {i > 0 && ' · '}
          <RouterLink to={`/d/${id}#${d.token}`} className="utrecht-link">
            {accessNl.me.workAs(d.who ?? accessNl.me.unknownWho)}
          </RouterLink>
        </Fragment>
      ))}
    </Paragraph>
  );
}

import { Link as RouterLink } from 'react-router';
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { linksFor } from '../../../sync/token-store';
import { nl } from '../../../i18n/nl';

const t = nl.access.me;

/**
 * The other links to this dossier kept in this browser, to switch to (opening one makes it the link
 * in use). Nothing when there are none.
 */
export function OtherLinks({ id, token }: { id: string; token: string }) {
  const others = linksFor(id).filter((d) => d.token !== token);
  if (others.length === 0) return null;
  return (
    <section aria-labelledby="andere-links" className="sw-other-links">
      <Heading2 id="andere-links">{t.otherLinksTitle}</Heading2>
      <Paragraph>{t.otherLinksIntro}</Paragraph>
      <UnorderedList>
        {others.map((d) => (
          <UnorderedListItem key={d.token}>
            <RouterLink to={`/d/${id}#${d.token}`} className="utrecht-link">
              {t.workAs(d.who ?? t.unknownWho)}
            </RouterLink>{' '}
            <span className="sw-muted">({t.openedAt(nl.time(d.openedAt))})</span>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}

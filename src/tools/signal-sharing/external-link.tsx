import type { ReactNode } from 'react';
import { Link } from '@utrecht/component-library-react';
import { checklistCopy } from './copy';

/**
 * A link to another website. It opens in the same tab like any link, says in words that it leaves the
 * app, and sends no referrer (the dossier link must never travel to another host).
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} rel="external noopener noreferrer" referrerPolicy="no-referrer">
      {children} <span className="sw-external-marker">{checklistCopy.external}</span>
    </Link>
  );
}

import type { ReactNode } from 'react';
import { Outlet, useMatch, Link as RouterLink } from 'react-router';
import { Page, PageContent, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { navigationNl } from '#src/i18n/nl/navigation';
import { shellNl } from '#src/i18n/nl/shell';

/** The page around every page; `children` instead of the route's page when the router shows an error. */
export function Shell({ children }: { children?: ReactNode }) {
  // Inside a dossier the logo leads to its overview (where people expect "home" to be); the start
  // page stays one link away.
  const dossierId = useMatch('/d/:id/*')?.params.id;
  return (
    <>
      <SkipLink href="#inhoud">{shellNl.skipLink}</SkipLink>
      <Page className="sw-page">
        <PageHeader className="sw-header">
          <RouterLink to={dossierId ? `/d/${dossierId}` : '/'} className="sw-brand">
            <span className="sw-brand-name">{shellNl.appName}</span>
            <span className="sw-brand-tagline">{shellNl.tagline}</span>
          </RouterLink>
          {dossierId && (
            <RouterLink to="/" className="utrecht-link sw-header-start">
              {navigationNl.toStart}
            </RouterLink>
          )}
        </PageHeader>
        <PageContent>
          <main id="inhoud" tabIndex={-1} className="sw-main">
            {children ?? <Outlet />}
          </main>
        </PageContent>
        <PageFooter className="sw-footer">
          <Paragraph>{shellNl.footer}</Paragraph>
        </PageFooter>
      </Page>
    </>
  );
}

import { Outlet, Link as RouterLink } from 'react-router';
import { Page, PageContent, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { nl } from '#src/i18n/nl';

export function Shell() {
  return (
    <>
      <SkipLink href="#inhoud">{nl.skipLink}</SkipLink>
      <Page className="sw-page">
        <PageHeader className="sw-header">
          <RouterLink to="/" className="sw-brand">
            <span className="sw-brand-name">{nl.appName}</span>
            <span className="sw-brand-tagline">{nl.tagline}</span>
          </RouterLink>
        </PageHeader>
        <PageContent>
          <main id="inhoud" tabIndex={-1} className="sw-main">
            <Outlet />
          </main>
        </PageContent>
        <PageFooter className="sw-footer">
          <Paragraph>{nl.footer}</Paragraph>
        </PageFooter>
      </Page>
    </>
  );
}

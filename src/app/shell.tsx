import { Outlet, Link as RouterLink } from 'react-router';
import { Page, PageContent, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { shellNl } from '#src/i18n/nl/shell';

export function Shell() {
  return (
    <>
      <SkipLink href="#inhoud">{shellNl.skipLink}</SkipLink>
      <Page className="sw-page">
        <PageHeader className="sw-header">
          <RouterLink to="/" className="sw-brand">
            <span className="sw-brand-name">{shellNl.appName}</span>
            <span className="sw-brand-tagline">{shellNl.tagline}</span>
          </RouterLink>
        </PageHeader>
        <PageContent>
          <main id="inhoud" tabIndex={-1} className="sw-main">
            <Outlet />
          </main>
        </PageContent>
        <PageFooter className="sw-footer">
          <Paragraph>{shellNl.footer}</Paragraph>
        </PageFooter>
      </Page>
    </>
  );
}

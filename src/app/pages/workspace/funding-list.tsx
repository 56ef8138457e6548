import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { formatDateNl } from '#src/domain/funding';
import type { PortfolioRow } from '#src/domain/workspace/api';
import { fundingEvents } from '#src/domain/workspace/portfolio-view';
import { workspaceNl } from '#src/i18n/nl/workspace';

const t = workspaceNl.funding;

/** The funding of every dossier on one line of time, as a list in date order. */
export function FundingList({ rows }: { rows: readonly PortfolioRow[] }) {
  const events = fundingEvents(rows);
  return (
    <section aria-labelledby="financiering" className="sw-workspace-section">
      <Heading2 id="financiering">{t.title}</Heading2>
      <Paragraph>{t.intro}</Paragraph>
      {events.length === 0 ? (
        <Paragraph>{t.empty}</Paragraph>
      ) : (
        <UnorderedList>
          {events.map((e) => (
            <UnorderedListItem key={`${e.dossierId}-${e.kind}`}>
              <strong>{formatDateNl(e.date)}</strong> — {e.kind === 'einde' ? t.ends(e.title) : t.search(e.title)}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}

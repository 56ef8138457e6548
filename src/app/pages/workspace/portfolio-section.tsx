import { useMemo, useState } from 'react';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useAction } from '#src/app/use-action';
import { DEFAULT_VIEW, viewRows } from '#src/domain/workspace/portfolio-view';
import { workspaceNl } from '#src/i18n/nl/workspace';
import type { WorkspaceSync } from '#src/sync/workspace-sync';
import { ActionStatus } from '#src/ui/action-status';
import { Loading } from '#src/ui/loading';
import { saveBlob } from '#src/ui/save-blob';
import { FundingList } from './funding-list';
import { PortfolioControls } from './portfolio-controls';
import { PortfolioTable } from './portfolio-table';
import { useLoaded } from './use-loaded';

const t = workspaceNl.portfolio;
const csvFailed = () => t.csvFailed;

/** The workspace home's main part: every dossier in one table, narrowed and sorted, and the same as CSV. */
export function PortfolioSection({ sync, version }: { sync: WorkspaceSync; version: number }) {
  const { data, error, loading } = useLoaded(() => sync.portfolio(), [sync.id, version]);
  const [view, setView] = useState(DEFAULT_VIEW);
  const rows = useMemo(() => viewRows(data?.rows ?? [], view), [data, view]);
  const csv = useAction({ failed: csvFailed });

  return (
    <>
      <section aria-labelledby="portfolio" className="sw-workspace-section">
        <Heading2 id="portfolio">{t.title}</Heading2>
        {loading && !data && <Loading text={t.loading} />}
        {error && (
          <Alert type="error">
            <Paragraph>{error}</Paragraph>
          </Alert>
        )}
        {data && data.rows.length === 0 && <Paragraph>{t.empty}</Paragraph>}
        {data && data.rows.length > 0 && (
          <>
            <PortfolioControls view={view} onChange={setView} />
            <Paragraph role="status">{t.shown(rows.length, data.rows.length)}</Paragraph>
            {rows.length === 0 ? <Paragraph>{t.none}</Paragraph> : <PortfolioTable rows={rows} dossierPath={sync.dossierPath} />}
            <ButtonGroup>
              <Button
                type="button"
                appearance="secondary-action-button"
                disabled={csv.busy}
                onClick={() =>
                  csv.run(async () => saveBlob(await sync.portfolioCsv(), `${workspaceNl.csv.fileName}-${data.today}.csv`))
                }
              >
                {t.csv}
              </Button>
            </ButtonGroup>
            <ActionStatus busy={csv.busy} busyText={t.csvBusy} message={csv.message} />
          </>
        )}
      </section>
      {data && data.rows.length > 0 && <FundingList rows={data.rows} />}
    </>
  );
}

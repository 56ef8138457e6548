import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { formatDateNl } from '#src/domain/funding';
import { workspaceNl } from '#src/i18n/nl/workspace';
import type { WorkspaceSync } from '#src/sync/workspace-sync';
import { Loading } from '#src/ui/loading';
import { useLoaded } from './use-loaded';

const t = workspaceNl.results;

/**
 * The latest closed evaluation round of every dossier side by side: one row per measure, one column per
 * dossier; at 320 px each measure becomes a block of "dossier: value" lines (workspace.css).
 */
export function ResultsSection({ sync, version }: { sync: WorkspaceSync; version: number }) {
  const { data, error, loading } = useLoaded(() => sync.results(), [sync.id, version]);
  const held = data?.dossiers.filter((d) => d.round) ?? [];
  const columns = data ? data.dossiers.map((d, i) => ({ ...d, i })).filter((d) => d.round) : [];
  return (
    <section aria-labelledby="uitkomsten" className="sw-workspace-section">
      <Heading2 id="uitkomsten">{t.title}</Heading2>
      <Paragraph>{t.intro}</Paragraph>
      {loading && !data && <Loading text={t.loading} />}
      {error && (
        <Alert type="error">
          <Paragraph>{t.failed}</Paragraph>
        </Alert>
      )}
      {data && held.length === 0 && <Paragraph>{t.empty}</Paragraph>}
      {data && held.length > 0 && (
        <table className="sw-portfolio-table">
          <caption className="sw-visually-hidden">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.measure}</th>
              {columns.map((d) => (
                <th key={d.id} scope="col">
                  {d.title}
                  <br />
                  <span className="sw-muted">{t.round(d.round!.number, formatDateNl(d.round!.date))}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.measures.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.title}</th>
                {columns.map((d) => {
                  const v = m.values[d.i];
                  return (
                    <td key={d.id} data-label={d.title} data-number="">
                      {v ? t.value(m.unit, v.value, v.n) : t.none}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

import { Link as RouterLink } from 'react-router';
import { LIFECYCLE_LABELS } from '#src/domain/agreement/lifecycle.machine';
import { formatDateNl } from '#src/domain/funding';
import type { PortfolioRow } from '#src/domain/workspace/api';
import { workspaceNl } from '#src/i18n/nl/workspace';

const t = workspaceNl.portfolio;
const c = t.columns;
const count = new Intl.NumberFormat('nl-NL');

function funding(r: PortfolioRow): string {
  if (r.fundingMonthsLeft === null) return r.hasStructural ? t.structural : t.noEnd;
  return r.fundingMonthsLeft === 0 ? t.ended : t.months(r.fundingMonthsLeft);
}

/**
 * One row per dossier. Wide screens see columns; narrow ones (320 px) a block per dossier with each
 * value labelled (workspace.css), so nothing scrolls sideways.
 */
export function PortfolioTable({ rows, dossierPath }: { rows: readonly PortfolioRow[]; dossierPath: (id: string) => string }) {
  return (
    <table className="sw-portfolio-table">
      <caption className="sw-visually-hidden">{t.caption}</caption>
      <thead>
        <tr>
          {[c.title, c.schools, c.lifecycle, c.steps, c.aanZet, c.nextRound, c.overdue, c.funding, c.search].map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <RouterLink to={dossierPath(r.id)} className="utrecht-link">
                {r.title}
              </RouterLink>
            </th>
            <td data-label={c.schools}>{r.schools.join(', ') || '—'}</td>
            <td data-label={c.lifecycle}>{LIFECYCLE_LABELS[r.lifecycle]}</td>
            <td data-label={c.steps} data-number="">
              {t.steps(r.stepsDone, r.stepsTotal)}
            </td>
            <td data-label={c.aanZet}>{r.aanZet.join(', ') || t.nobody}</td>
            <td data-label={c.nextRound}>
              {r.nextRound ? t.round(r.nextRound.number, formatDateNl(r.nextRound.date)) : t.noRound}
            </td>
            <td data-label={c.overdue} data-number="">
              {count.format(r.overdueActions)}
            </td>
            <td data-label={c.funding}>{funding(r)}</td>
            <td data-label={c.search}>{r.searchStarted ? t.searchStarted : t.searchNotStarted}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

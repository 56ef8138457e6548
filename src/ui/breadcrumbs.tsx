import { Link as RouterLink } from 'react-router';
import { navigationNl } from '#src/i18n/nl/navigation';
import './breadcrumbs.css';

export interface Crumb {
  label: string;
  /** Absent for the page one is on (the last crumb). */
  to?: string;
}

/** Where a nested page sits: "Dossier › Overeenkomst › Versie 2", each level a link back up. */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  return (
    <nav aria-label={navigationNl.breadcrumbs} className="sw-breadcrumbs sw-no-print">
      <ol>
        {items.map((item) => (
          <li key={item.label}>
            {item.to ? (
              <RouterLink to={item.to} className="utrecht-link">
                {item.label}
              </RouterLink>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

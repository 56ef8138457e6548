import { useLocation, Link as RouterLink } from 'react-router';
import { STEPS } from '#steps/index';
import { allows, LIFECYCLE_LABELS } from '#src/domain/agreement/lifecycle.machine';
import { useDossier } from '#src/app/dossier-context';
import { pathFor } from '#src/app/use-wizard-url';
import { useAgreement, useStepStatuses } from '#src/sync/use-step-state';
import { navigationNl } from '#src/i18n/nl/navigation';
import { DOSSIER_SECTIONS, sectionOf, type DossierSection } from './dossier-sections';
import './navigation.css';

/**
 * On every dossier page: which dossier this is, its state in words, and the way to each part of it,
 * the part one is in marked. Evaluation rounds and following the action plan appear once the
 * lifecycle allows working data (after signing).
 */
export function DossierHeader() {
  const { dossier, sync } = useDossier();
  const { lifecycle, versions } = useAgreement(sync);
  const statuses = useStepStatuses(sync);
  const { pathname } = useLocation();
  const here = sectionOf(pathname, dossier.id);
  const working = allows(
    lifecycle,
    { type: 'WORK', kind: 'evaluation' },
    { hasSignedVersion: versions.some((v) => v.status === 'getekend') },
  );
  // "Stappen" opens the first step not yet finished: where the work is.
  const nextStep = STEPS.find((s) => statuses[s.id] !== 'afgerond') ?? STEPS[0]!;
  const base = `/d/${dossier.id}`;
  const targets: Record<DossierSection, string | null> = {
    overview: base,
    steps: pathFor(dossier.id, nextStep.id),
    agreement: `${base}/overeenkomst`,
    partners: `${base}/partners`,
    rounds: working ? `${base}/rondes` : null,
    actions: working ? `${base}/acties` : null,
  };

  return (
    <div className="sw-dossier-header sw-no-print">
      <p className="sw-dossier-header-title">
        <span className="sw-dossier-header-label">{navigationNl.dossierLabel}</span> <strong>{dossier.title}</strong>
        <span className="sw-dossier-header-state">
          {navigationNl.stateLabel}: {LIFECYCLE_LABELS[lifecycle]}
        </span>
      </p>
      <nav aria-label={navigationNl.dossierMenu}>
        <ul className="sw-dossier-menu">
          {DOSSIER_SECTIONS.map((section) => {
            const to = targets[section];
            if (!to) return null;
            const current = here?.section === section ? (here.exact ? 'page' : 'true') : undefined;
            return (
              <li key={section}>
                <RouterLink to={to} aria-current={current} className="sw-dossier-menu-link">
                  {navigationNl.links[section]}
                </RouterLink>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}

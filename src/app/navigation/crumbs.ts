import type { Crumb } from '#src/ui/breadcrumbs';
import { roundsPath } from '#src/app/pages/rounds/paths';
import { navigationNl } from '#src/i18n/nl/navigation';

type DossierRef = { id: string; title: string };

/** The first crumbs of a page nested in the agreement: the dossier, then Overeenkomst. */
export const agreementCrumbs = (dossier: DossierRef): Crumb[] => [
  { label: dossier.title, to: `/d/${dossier.id}` },
  { label: navigationNl.links.agreement, to: `/d/${dossier.id}/overeenkomst` },
];

/** The first crumbs of a page nested in the evaluation rounds: the dossier, then Evaluatierondes. */
export const roundsCrumbs = (dossier: DossierRef): Crumb[] => [
  { label: dossier.title, to: `/d/${dossier.id}` },
  { label: navigationNl.links.rounds, to: roundsPath(dossier.id) },
];

/** A version's page, as a crumb to go back to. */
export const versionCrumb = (dossierId: string, n: number): Crumb => ({
  label: navigationNl.versionCrumb(n),
  to: `/d/${dossierId}/versie/${n}`,
});

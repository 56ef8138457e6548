import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { STEPS } from '#steps/index';
import { TRACKS, type StepId, type Track } from '#src/domain/step';
import { useDossier } from '#src/app/dossier-context';
import { pathFor } from '#src/app/use-wizard-url';
import { useStepStatuses } from '#src/sync/use-step-state';
import { navigationNl } from '#src/i18n/nl/navigation';
import { stepsNl } from '#src/i18n/nl/steps';

// Wide enough for the list beside the step: open from the start; on a phone it starts folded.
const WIDE = '(min-width: 48em)';

/**
 * On a step page: every step of the plan, grouped by track, with its status, to jump to (a URL
 * change the wizard may refuse, like every other). A disclosure, so on a phone it takes one line.
 */
export function StepNavigator({ current }: { current: StepId }) {
  const { dossier, sync } = useDossier();
  const statuses = useStepStatuses(sync);
  const [open] = useState(() => typeof window !== 'undefined' && window.matchMedia?.(WIDE).matches === true);
  const number = STEPS.find((s) => s.id === current)?.number ?? 1;
  const tracks = Object.keys(TRACKS) as Track[];
  return (
    <nav aria-labelledby="stappen-navigatie" className="sw-step-nav sw-no-print">
      <details open={open}>
        <summary id="stappen-navigatie">{navigationNl.stepNavigator.summary(number, STEPS.length)}</summary>
        <div className="sw-step-nav-groups">
          {tracks.map((track) => (
            <div key={track} className="sw-step-nav-group">
              <p className="sw-step-nav-track" id={`stappen-${track}`}>
                {TRACKS[track].title}
              </p>
              <ol aria-labelledby={`stappen-${track}`} className="sw-step-nav-list">
                {STEPS.filter((s) => s.track === track).map((step) => (
                  <li key={step.id}>
                    <RouterLink
                      to={pathFor(dossier.id, step.id)}
                      aria-current={step.id === current ? 'step' : undefined}
                      className="sw-step-nav-link"
                    >
                      {stepsNl.label(step.number, step.copy.title)}{' '}
                      <span className={`sw-step-nav-status sw-step-nav-status--${statuses[step.id]}`}>
                        {navigationNl.stepNavigator.status(stepsNl.status[statuses[step.id]])}
                      </span>
                    </RouterLink>
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </div>
      </details>
    </nav>
  );
}

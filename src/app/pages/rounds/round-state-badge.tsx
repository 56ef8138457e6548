import { StatusBadge } from '@utrecht/component-library-react';
import type { RoundState } from '#src/domain/evaluation/rounds';
import { roundsNl } from '#src/i18n/nl/rounds';

const KIND: Record<RoundState, string> = { gepland: 'neutral', open: 'warning', gesloten: 'safe' };

/** Gepland, Open or Gesloten, in words (the colour only repeats them). */
export function RoundStateBadge({ state }: { state: RoundState }) {
  return (
    <StatusBadge status={KIND[state]} className={`sw-status sw-round-state sw-round-state--${state}`}>
      {roundsNl.states[state]}
    </StatusBadge>
  );
}

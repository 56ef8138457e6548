import { useCallback, useEffect, useState } from 'react';
import type { WorkEvent } from '#src/domain/live';
import type { DossierSync } from '#src/sync/dossier-sync';
import { useRoundsData } from '#src/app/pages/rounds/use-rounds-data';

/**
 * Working data loaded through the door, loaded again when it changes elsewhere: a round (its count of
 * answers, its date) or other working data (`areas`: progress, knowledge activities, the calendar
 * feed). While it reloads, what was there stays on screen.
 */
export function useWorkData<T>(sync: DossierSync, load: () => Promise<T>, fallback: string, areas: readonly WorkEvent['area'][]) {
  const [changes, setChanges] = useState(0);
  const key = areas.join(',');
  useEffect(
    () =>
      sync.live.onWork((event) => {
        // null: events were missed, so anything may have changed.
        if (!event || key.split(',').includes(event.area)) setChanges((n) => n + 1);
      }),
    [sync, key],
  );
  // A new loader after each change makes the rounds hook load again.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `changes` is the reason to load again
  const reloading = useCallback(() => load(), [load, changes]);
  return useRoundsData(sync, reloading, fallback);
}

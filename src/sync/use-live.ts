import { useSyncExternalStore } from 'react';
import type { LiveSync } from './live-sync';

/** Live connection state, who else is in the dossier, and others' versions held back behind a notice. */
export function useLive(live: LiveSync) {
  const status = useSyncExternalStore(live.subscribe, live.getStatus);
  const viewers = useSyncExternalStore(live.subscribe, live.getViewers);
  const remote = useSyncExternalStore(live.subscribe, live.getRemote);
  return { status, viewers, remote };
}

import { useEffect, useState } from 'react';
import type { Version } from '#src/domain/agreement/api';
import type { AgreementContent } from '#src/domain/agreement/content';
import { api } from '#src/sync/client';
import { useDossier } from '#src/app/dossier-context';

export type VersionWithContent = Version & { content: AgreementContent };

// Frozen versions never change, so one fetch per version and page load is enough.
const cache = new Map<string, Promise<VersionWithContent>>();

/** The frozen text of version `n` (undefined while loading); `error` when it could not be loaded. */
export function useVersionContent(n: number | undefined) {
  const { dossier, token } = useDossier();
  const [state, setState] = useState<{ value?: VersionWithContent; error?: string }>({});
  useEffect(() => {
    if (!n) return;
    const key = `${dossier.id}/${n}`;
    if (!cache.has(key)) cache.set(key, api.version(dossier.id, token, n));
    let live = true;
    cache.get(key)!.then(
      (value) => live && setState({ value }),
      (e: unknown) => {
        cache.delete(key);
        if (live) setState({ error: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [dossier.id, token, n]);
  return state.value;
}

import { useEffect, useState } from 'react';
import type { AnswerSheet } from '#src/sync/rounds-sync';

export type SheetState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; sheet: AnswerSheet };

/** An answer sheet from the door (one actor per sheet, kept while the dossier is open). */
export function useSheet(load: () => Promise<AnswerSheet>, fallback: string): SheetState {
  const [state, setState] = useState<SheetState>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    load().then(
      (sheet) => current && setState({ kind: 'ready', sheet }),
      (e: unknown) => current && setState({ kind: 'error', message: e instanceof Error ? e.message : fallback }),
    );
    return () => {
      current = false;
    };
  }, [load, fallback]);
  return state;
}

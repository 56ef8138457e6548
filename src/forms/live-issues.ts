import { createContext, useContext } from 'react';
import type { z } from 'zod';
import { filledIssues } from '#src/domain/filled-issues';

/** `filledIssues` by form path ("sources.0.amount"), as the fields look them up. */
export function liveIssues(schema: z.ZodType, values: unknown): Map<string, string> {
  return new Map(filledIssues(schema, values).map((i) => [i.path.join('.'), i.message]));
}

/** The live problems of the surrounding step form, by form path. */
export const LiveIssuesContext = createContext<ReadonlyMap<string, string>>(new Map());
export const useLiveIssue = (name: string) => useContext(LiveIssuesContext).get(name);

/** The longest text the surrounding step form accepts at a path (see `maxLengthAt`). */
export const MaxLengthContext = createContext<(path: string) => number | undefined>(() => undefined);
export const useMaxLength = (name: string) => useContext(MaxLengthContext)(name);

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditNl } from '#src/i18n/nl/audit';

/** Every source file of the server and the database layer (tests left out). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The action codes written to the audit log: the dotted literals on every `action:` / `action =` line. */
function writtenCodes(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...sources('src/server'), ...sources('src/db')]) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!/\baction\s*[:=]/.test(line)) return;
        for (const m of line.matchAll(/'([a-z]+(?:\.[a-z]+)+)'/g)) found.set(m[1]!, `${file}:${i + 1}`);
      });
  }
  return found;
}

describe('the audit log in Dutch', () => {
  it('has a Dutch phrase for every action code the server writes', () => {
    const codes = writtenCodes();
    // The scan itself works: it finds the codes we know are written.
    expect([...codes.keys()]).toEqual(expect.arrayContaining(['dossier.create', 'step.update', 'step.complete', 'version.sign']));
    const missing = [...codes].filter(([code]) => !auditNl.actions[code]).map(([code, where]) => `${code} (${where})`);
    expect(missing).toEqual([]);
  });

  it('phrases are plain Dutch sentences, no codes', () => {
    for (const phrase of Object.values(auditNl.actions)) {
      expect(phrase).toMatch(/^[A-Z][A-Za-zëéï ,;-]+$/);
    }
  });
});

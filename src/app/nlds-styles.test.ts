import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { STYLE_SHEET_OF } from './nlds-styles';

const sources = execSync("git ls-files 'src/**/*.ts' 'src/**/*.tsx' 'steps/**/*.tsx' 'templates/**/*.tsx'", { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && !/\.test\.tsx?$/.test(f));

/** Every component imported from the React component library anywhere in the app. */
function usedComponents(): Set<string> {
  const used = new Set<string>();
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@utrecht\/component-library-react'/g)) {
      for (const part of m[1].split(',')) {
        const name = part
          .replace(/^\s*type\s+/, '')
          .split(/\s+as\s+/)[0]
          .trim();
        if (name && /^[A-Z]/.test(name)) used.add(name);
      }
    }
  }
  return used;
}

describe('NL Design System style sheets', () => {
  it('are loaded for every component the app renders', () => {
    const missing = [...usedComponents()].filter((name) => !(name in STYLE_SHEET_OF));
    expect(missing, 'add the component’s @utrecht/<name>-css import and entry to src/app/nlds-styles.ts').toEqual([]);
  });

  it('are each imported once, as a direct dependency', () => {
    const own = readFileSync('src/app/nlds-styles.ts', 'utf8');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    for (const sheet of new Set(Object.values(STYLE_SHEET_OF))) {
      expect(own, sheet).toContain(`import '@utrecht/${sheet}-css/dist/index.css';`);
      expect(pkg.dependencies, sheet).toHaveProperty(`@utrecht/${sheet}-css`);
    }
  });
});

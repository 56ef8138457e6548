// The layers of docs/architecture.md, enforced: a layer imports only the layers listed for it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import checkFile from 'eslint-plugin-check-file';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** Which layer may import which; the key is the importing layer. */
const LAYERS = {
  i18n: [],
  domain: ['i18n'],
  db: ['domain', 'i18n'],
  wizard: ['domain', 'i18n'],
  sync: ['domain', 'i18n'],
  ui: ['domain', 'i18n'],
  forms: ['domain', 'ui', 'i18n'],
  tools: ['domain', 'forms', 'ui', 'i18n'],
  step: ['domain', 'forms', 'tools', 'ui', 'i18n'],
  'step-registry': ['step', 'domain', 'i18n'],
  templates: ['domain', 'step-registry', 'step', 'tools', 'i18n'],
  server: ['domain', 'db', 'step-registry', 'step', 'tools', 'templates', 'i18n'],
  app: ['domain', 'wizard', 'sync', 'ui', 'forms', 'tools', 'step-registry', 'step', 'templates', 'i18n'],
  scripts: ['domain', 'db', 'sync', 'server', 'step-registry', 'step', 'i18n'],
};

const KEBAB = '+([a-z0-9])*(-+([a-z0-9]))';

const elementsOf = {
  i18n: 'src/i18n',
  domain: 'src/domain',
  db: 'src/db',
  wizard: 'src/wizard',
  sync: 'src/sync',
  ui: 'src/ui',
  forms: 'src/forms',
  tools: 'src/tools',
  server: 'src/server',
  app: 'src/app',
  scripts: 'src/scripts',
  templates: 'templates',
};

export default tseslint.config(
  { ignores: ['dist/', 'dist-server/', 'data/', 'coverage/', 'node_modules/', 'public/', 'tests/.artifacts/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'check-file': checkFile },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // kebab-case; a leading number is part of the name where order matters (steps/03-financiering).
      'check-file/filename-naming-convention': ['error', { '**/*.{ts,tsx,js,mjs,css}': KEBAB }, { ignoreMiddleExtensions: true }],
      'check-file/folder-naming-convention': ['error', { '{src,steps,templates,tests}/**/': KEBAB }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'steps/**/*.{ts,tsx}', 'templates/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/elements': [
        ...Object.entries(elementsOf).map(([type, pattern]) => ({ type, pattern })),
        // Matched on the full path (partialMatch: false), so steps/index.ts is not taken for a step folder.
        { type: 'step', pattern: 'steps/*', partialMatch: false, capture: ['step'] },
        // What is left directly in steps/ (index.ts, forms.ts): the registries of the step folders.
        { type: 'step-registry', pattern: 'steps', partialMatch: false },
      ],
      'boundaries/files': [{ category: 'form-registry', pattern: 'steps/forms.ts' }],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            ...Object.entries(LAYERS).map(([from, to]) => ({
              from: { element: { type: from } },
              allow: { to: { element: { types: { anyOf: [from, ...to] } } } },
            })),
            // The client's registry of step forms types them with the form primitive; steps/index.ts stays
            // free of it, so the server never loads a form.
            {
              from: { element: { type: 'step-registry' }, file: { categories: 'form-registry' } },
              allow: { to: { element: { type: 'forms' } } },
            },
            // Steps never import each other: what one step needs of another comes through the step context.
            {
              from: { element: { type: 'step' } },
              disallow: { to: { element: { type: 'step', captured: { step: '!{{from.captured.step}}' } } } },
            },
          ],
        },
      ],
    },
  },
  prettier,
);

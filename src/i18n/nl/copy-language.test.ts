import { describe, expect, it } from 'vitest';
import { STEPS } from '#steps/index';

/**
 * Professionals are addressed with "u", in Dutch. Every sentence they read comes from one of these
 * copy files; this walks every text in them (a function's template is read from its source) and
 * looks for "je/jij/jouw/jullie" and English words where Dutch ones exist.
 */
const modules = {
  ...import.meta.glob<Record<string, unknown>>(['/src/i18n/nl/*.ts', '!/src/i18n/nl/*.test.ts', '!/src/i18n/nl/format.ts'], {
    eager: true,
  }),
  ...import.meta.glob<Record<string, unknown>>('/steps/*/copy.ts', { eager: true }),
  ...import.meta.glob<Record<string, unknown>>('/src/tools/*/copy.ts', { eager: true }),
  // What the PDFs print: the agreement, the evaluation report and their shared pieces.
  ...import.meta.glob<Record<string, unknown>>('/templates/*/copy.ts', { eager: true }),
};

/** What pupils read says "je", as Dutch schools address them; the tool that counts their answers quotes them. */
const PUPILS_READ = [
  '/src/i18n/nl/evaluation.ts:evaluationNl.students.',
  '/src/i18n/nl/evaluation.ts:evaluationNl.rounds.studentEmpty',
  '/src/i18n/nl/rounds.ts:roundsNl.students.',
  '/src/i18n/nl/rounds.ts:roundsNl.print.sheet',
  '/src/tools/evaluation-list/copy.ts:evaluationCopy.students.questions.',
];

// The plan's step titles ("Deel je kennis") are names, kept as the plan has them.
const STEP_TITLES = STEPS.map((s) => s.copy.title);

const INFORMAL = /\b(je|jij|jouw|jullie)\b/i;
const ENGLISH = /\b(deadlines?|feedback|check(list)?s?|pilots?|teams?)\b/i;

interface Text {
  where: string;
  text: string;
}

function texts(value: unknown, where: string, out: Text[] = []): Text[] {
  if (typeof value === 'string') out.push({ where, text: value });
  else if (typeof value === 'function') out.push({ where, text: templatesOf(value.toString()) });
  else if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${where}.${i}`, out));
  else if (value && typeof value === 'object')
    // An option's `value` is stored data, never read by a person.
    Object.entries(value).forEach(([k, v]) => k !== 'value' && texts(v, `${where}.${k}`, out));
  return out;
}

/** The string literals in a function's source, without the code around them (parameter names are English). */
function templatesOf(source: string): string {
  const literals = source.match(/`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g) ?? [];
  return literals.map((l) => l.slice(1, -1).replace(/\$\{[^}]*\}/g, '…')).join(' ');
}

function allTexts(): Text[] {
  return Object.entries(modules).flatMap(([file, exports]) =>
    Object.entries(exports).flatMap(([name, value]) => texts(value, `${file}:${name}`)),
  );
}

const professional = (t: Text) => !PUPILS_READ.some((p) => t.where.startsWith(p));
const withoutTitles = (text: string) => STEP_TITLES.reduce((s, title) => s.split(title).join(''), text);

describe('copy for professionals', () => {
  it('reads every copy file (i18n, steps, tools)', () => {
    const files = Object.keys(modules);
    expect(files).toContain('/src/i18n/nl/agreement.ts');
    expect(files).toContain('/steps/08-bekendheid/copy.ts');
    expect(files).toContain('/src/tools/action-plan/copy.ts');
    expect(files.length).toBeGreaterThan(30);
  });

  it('says "u", never je, jij, jouw or jullie (step titles and what pupils read aside)', () => {
    const found = allTexts()
      .filter(professional)
      .filter((t) => INFORMAL.test(withoutTitles(t.text)))
      .map((t) => `${t.where}: ${t.text}`);
    expect(found).toEqual([]);
  });

  it('uses Dutch words where they exist (uiterste datum, controlelijst, proef, …)', () => {
    const found = allTexts()
      .filter((t) => ENGLISH.test(withoutTitles(t.text)))
      .map((t) => `${t.where}: ${t.text}`);
    expect(found).toEqual([]);
  });

  it('the check itself finds what it is for', () => {
    expect(INFORMAL.test('Hoe dragen jullie de rol over?')).toBe(true);
    expect(INFORMAL.test('Jouw school')).toBe(true);
    expect(INFORMAL.test('Wat bijdragen: jeugd')).toBe(false);
    expect(ENGLISH.test('Deadline')).toBe(true);
    expect(ENGLISH.test('Checklist starten')).toBe(true);
    expect(templatesOf('(n) => `Nog ${n} dagen tot de deadline`')).toBe('Nog … dagen tot de deadline');
    expect(professional({ where: '/src/i18n/nl/rounds.ts:roundsNl.students.thanks', text: '' })).toBe(false);
  });
});

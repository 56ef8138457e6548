import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { STEPS } from '#steps/index';
import { EXAMPLE_DOSSIER, EXAMPLE_PARTNER_IDS } from '#steps/example-dossier';
import { partnersFromInitiatief } from '#src/domain/dossier';
import { agreementContent } from '#src/domain/agreement/content';
import type { Signature, Version } from '#src/domain/agreement/api';
import { draftMeta, SECTION_BUILDERS, toAgreementData, versionMeta, type AgreementData, type Block } from './to-agreement-data';

const partners = partnersFromInitiatief(EXAMPLE_DOSSIER.steps.initiatief);
const HASH = 'a1b2c3d4e5f6'.repeat(5) + 'abcd';
const P = EXAMPLE_PARTNER_IDS;

const actionRow = (i: number) => ({
  id: `actie-${i}`,
  what: `Actie ${i}: spreekuur in de aula`,
  how: 'Elke dinsdag in de grote pauze.',
  leadPartnerId: P.jongerenwerk,
  leadPerson: 'Zoë Verhoeven',
  involved: 'Mentoren leerjaar 1',
  start: '2027-02-01',
  deadline: '2027-06-30',
  hours: 12.5,
  room: 'Aula',
  budget: 1500,
  needs: 'Een tafel en een banner',
  factorId: 'zichtbaar',
  stepId: 'bekendheid',
  indicator: 'Elke week minstens tien gesprekken',
  status: 'bezig',
});

/** The example, with an action plan in step 5 (the example may or may not carry one). */
const steps = {
  ...EXAMPLE_DOSSIER.steps,
  taakverdeling: { ...EXAMPLE_DOSSIER.steps.taakverdeling, actionPlan: [actionRow(1), actionRow(2)] },
};
const content = agreementContent(STEPS, { title: EXAMPLE_DOSSIER.title, gemeente: EXAMPLE_DOSSIER.gemeente, partners }, steps);

const signature = (organisation: string, over: Partial<Signature> = {}): Signature => ({
  id: `sig-${organisation}`,
  organisation,
  organisationName: partners.find((p) => p.id === organisation)!.name,
  name: 'Şükrü Yılmaz',
  function: 'Directeur',
  mandate: null,
  method: 'typed',
  image: null,
  versionHash: HASH,
  signedAt: '2027-01-05T14:03:09.000Z',
  voidedAt: null,
  ...over,
});

const version = (over: Partial<Version> = {}): Version => ({
  number: 1,
  hash: HASH,
  frozenAt: '2027-01-04T09:00:00.000Z',
  frozenBy: 'Gemeente Westerhaven (eigenaar)',
  overrideReason: null,
  replaces: null,
  status: 'getekend',
  withdrawnAt: null,
  signatures: [
    signature(P.gemeente),
    signature(P.zeekompas, {
      name: 'Łucja Wąsowska',
      method: 'drawn',
      image: 'data:image/png;base64,iVBORw0KGgo=',
      signedAt: '2027-01-05T15:00:00.000Z',
    }),
    signature(P.kustlanden, {
      name: 'Nguyễn Thị Hương',
      mandate: 'Mandaat van het college',
      signedAt: '2027-01-06T08:30:00.000Z',
    }),
    signature(P.jongerenwerk, { name: 'Youssef Bakkali', signedAt: '2027-01-06T10:45:30.000Z' }),
  ],
  ...over,
});

const signed = toAgreementData(content, versionMeta('dossier-123', version(), [version()], '2027-01-07T00:00:00.000Z'));
const draft = toAgreementData(content, draftMeta('dossier-123', HASH, [], '2026-12-01T10:00:00.000Z'));

/** Every string the document prints. */
function printed(data: AgreementData): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key = '') => {
    if (key === 'image' || key === 'labels' || key === 'fileName' || key === 'metadata') return;
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'id' && k !== 'stepId') walk(x, k);
  };
  walk(data);
  return out;
}
const blocksOf = (data: AgreementData, stepId: string): Block[] => data.sections.find((s) => s.stepId === stepId)!.blocks;
const tableOf = (blocks: Block[], header: string) => {
  const t = blocks.find(
    (b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.columns.some((c) => c.header === header),
  );
  if (!t) throw new Error(`no table with column ${header}`);
  return t;
};

describe('toAgreementData', () => {
  it('has one section per included step, titled "Stap n — title", in order', () => {
    expect(signed.sections.map((s) => s.title)).toEqual(STEPS.map((s) => `Stap ${s.number} — ${s.copy.title}`));
    expect(signed.toc.map((t) => t.title)).toEqual([...signed.sections.map((s) => s.title), 'Ondertekening', 'Verantwoording']);
    const withoutOptional = agreementContent(STEPS, content, { ...steps, kennisdelen: {}, 'structurele-financiering': {} });
    const data = toAgreementData(withoutOptional, draftMeta('d', HASH, [], '2026-12-01T10:00:00.000Z'));
    expect(data.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10]);
  });

  it('prints every field of every step: no key is forgotten when a step gains one', () => {
    for (const step of STEPS) {
      // Operational data (evaluation rounds) is not agreement text and is not printed.
      const operational: readonly string[] = step.agreement.operationalKeys ?? [];
      const shape = Object.keys((step.schema as unknown as z.ZodObject).shape).filter((k) => !operational.includes(k));
      expect([...SECTION_BUILDERS[step.id].keys].sort(), step.id).toEqual(shape.sort());
    }
  });

  it('prints labels, names and Dutch dates, never stored values, ids or ISO dates', () => {
    const text = printed(signed).join('\n');
    for (const raw of [
      'in_school',
      'gemeentelijk_budget',
      'per_half_jaar',
      'eigen_ruimte',
      'nog_niet_gestart',
      'tweewekelijks',
      'weet_niet',
      'klassenbezoek',
      'mbo1',
    ]) {
      expect(text, raw).not.toMatch(new RegExp(`(^|[^a-z_])${raw}([^a-z_]|$)`, 'm'));
    }
    for (const id of Object.values(P)) expect(text).not.toContain(id);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(text).toContain('11 januari 2027');
    expect(text).toContain('In de school');
    expect(text).toContain('Elk half jaar');
  });

  it('the cover names the partners with their kind and the period', () => {
    expect(signed.cover.partners.map((p) => [p.name, p.kind])).toEqual(
      partners.map((p) => [p.name, p.kind === 'gemeente' ? 'Gemeente' : p.kind === 'school' ? 'School' : 'Jongerenwerk']),
    );
    expect(signed.cover.partners[1]!.detail).toMatch(/^Voortgezet onderwijs \(VO\) — Locatie Havenkwartier/);
    const facts = Object.fromEntries(signed.cover.facts.map((f) => [f.label, f.value]));
    expect(facts['Beoogde start']).toBe('11 januari 2027');
    expect(facts['Financiering (stap 3)']).toBe('1 januari 2027 tot en met 31 juli 2028 (deels structureel)');
    expect(facts['Inhoud (SHA-256)']).toBe(HASH);
  });

  it('funding in euro with a total; partners by name', () => {
    const sources = tableOf(blocksOf(signed, 'financiering'), 'Bedrag');
    expect(sources.rows[0]).toEqual([
      'Gemeente Westerhaven, programma Opgroeien in Westerhaven (nota jeugdbeleid 2027-2030), post preventie',
      'Gemeentelijk budget',
      '€\u00a095.000',
      '1 januari 2027 –\n31 juli 2028',
      'Nee',
    ]);
    expect(sources.rows.at(-1)).toEqual(['Totaal', '', '€\u00a0165.000', '', '']);
    const contacts = tableOf(blocksOf(signed, 'aanspreekpunten'), 'Contactpersoon');
    expect(contacts.rows[1]![0]).toBe('Het Zeekompas');
    expect(contacts.rows[1]![2]).toContain('Şükrü Yılmaz');
  });

  it('the action plan: a row per action with lead, planning, needs, linked factor and step, status', () => {
    const plan = tableOf(blocksOf(signed, 'taakverdeling'), 'Actie');
    expect(plan.rows).toHaveLength(2);
    expect(plan.rows[0]).toEqual([
      '1',
      'Actie 1: spreekuur in de aula\nElke dinsdag in de grote pauze.\nWerkzame factor: Aanwezig, zichtbaar en benaderbaar in de school\nHoort bij Stap 8: Maak je aanwezigheid als jongerenwerker bekend',
      'Stichting Welzijn Westerhaven, team Jongerenwerk\nZoë Verhoeven\nMet: Mentoren leerjaar 1',
      expect.stringMatching(/1 februari 2027\n.*30 juni 2027$/),
      '12,5 uur\nAula\n€\u00a01.500\nEen tafel en een banner',
      'Elke week minstens tien gesprekken',
      'Bezig',
    ]);
  });

  it('the factor priorities of step 4, largest gap first', () => {
    const blocks = blocksOf(signed, 'visie');
    const priorities = tableOf(blocks, 'Factor');
    expect(priorities.rows.length).toBeGreaterThan(0);
    const gaps = priorities.rows.map((r) => Number(r[3]!.replace(',', '.')));
    expect([...gaps].sort((a, b) => b - a)).toEqual(gaps);
    expect(priorities.rows[0]![0]).toBe('Personeel en leerlingen weten wat jongerenwerkers doen');
    expect(blocks.some((b) => b.kind === 'note' && /4 personen uit 4 organisaties/.test(b.text))).toBe(true);
    // Agreements from the conversation card, by theme; its working notes are not agreement text.
    const rollen = blocks.find((b) => b.kind === 'list' && b.label === 'Rollen en verwachtingen');
    expect(rollen).toMatchObject({
      items: ['Jongerenwerkers worden niet ingezet voor surveillance of het handhaven van schoolregels.'],
    });
    expect(printed(signed).join('\n')).not.toContain('Kennismaking op 12 november 2026');
  });

  it('signal agreements and the evaluation schedule', () => {
    const signalen = blocksOf(signed, 'signalen');
    expect(signalen).toContainEqual(
      expect.objectContaining({ kind: 'list', items: expect.arrayContaining(['Zorgen over radicalisering of polarisatie']) }),
    );
    expect(signalen).toContainEqual({
      kind: 'fields',
      fields: expect.arrayContaining([{ label: 'Hoe vaak is er een kort signaleringsoverleg?', value: 'Elke twee weken' }]),
    });
    const evaluatie = blocksOf(signed, 'evaluatie');
    expect(evaluatie).toContainEqual({
      kind: 'list',
      label: 'Evaluatiemomenten in de eerste 2 jaar',
      items: ['15 juni 2027', '15 december 2027', '15 juni 2028', '15 december 2028'],
    });
    expect(tableOf(evaluatie, 'Naam of functie').rows).toContainEqual([
      'Het Zeekompas',
      'Şükrü Yılmaz, teamleider onderbouw vmbo',
    ]);
    const structureel = blocksOf(signed, 'structurele-financiering');
    expect(structureel).toContainEqual({
      kind: 'fields',
      fields: expect.arrayContaining([
        { label: 'Vanaf wanneer zoekt u actief naar structureel geld?', value: '1 maart 2027 (datum uit stap 3)' },
      ]),
    });
  });

  it('the signature page: typed or drawn, function, authority or mandate, Dutch time with its zone', () => {
    const [gemeente, school, mbo, jw] = signed.signatures.blocks;
    expect(gemeente).toMatchObject({
      state: 'signed',
      method: 'typed',
      image: null,
      name: 'Şükrü Yılmaz',
      authority: 'Bevoegd om namens Gemeente Westerhaven te tekenen',
      signedAt: '5 januari 2027, 15:03:09 (CET)',
    });
    expect(school).toMatchObject({
      method: 'drawn',
      image: 'data:image/png;base64,iVBORw0KGgo=',
      methodLabel: 'Getekende handtekening',
    });
    expect(mbo).toMatchObject({ name: 'Nguyễn Thị Hương', authority: 'Onder mandaat: Mandaat van het college' });
    expect(jw!.organisation).toBe('Stichting Welzijn Westerhaven, team Jongerenwerk');
    expect(draft.signatures.blocks.every((b) => b.state === 'open')).toBe(true);
  });

  it('the evidence page: version, full hash, events in time order in Dutch time with its zone, method per signature', () => {
    const facts = Object.fromEntries(signed.evidence.facts.map((f) => [f.label, f.value]));
    expect(facts['Inhoud-hash (SHA-256)']).toBe(HASH);
    expect(facts.Versie).toBe('Versie 1');
    const events = tableOf(signed.evidence.blocks, 'Gebeurtenis').rows;
    expect(events.map((e) => e[1])).toEqual([
      'Tekst vastgesteld',
      'Ondertekend',
      'Ondertekend',
      'Ondertekend',
      'Ondertekend',
      'Alle partners hebben getekend',
    ]);
    expect(events[0]![0]).toBe('4 januari 2027, 10:00:00 (CET)');
    expect(events[2]![2]).toBe('Łucja Wąsowska namens Het Zeekompas (getekende handtekening)');
    const sigs = tableOf(signed.evidence.blocks, 'Wijze').rows;
    expect(sigs.map((r) => r[2])).toEqual(['Getypte naam', 'Getekende handtekening', 'Getypte naam', 'Getypte naam']);
    expect(sigs[0]![4]).toBe(`${HASH.slice(0, 12)} (gelijk)`);
  });

  it('banners, running header and metadata follow the status', () => {
    expect(signed.running).toEqual({
      title: `Samenwerkingsovereenkomst — ${EXAMPLE_DOSSIER.title}`,
      version: 'Versie 1',
      shortHash: HASH.slice(0, 12),
      banner: null,
    });
    expect(draft.running.banner).toBe('CONCEPT — niet ondertekend');
    expect(draft.running.version).toBe('Concept voor versie 1');
    const pending = toAgreementData(
      content,
      versionMeta('d', version({ status: 'ter-ondertekening', signatures: [] }), [], '2027-01-07T00:00:00.000Z'),
    );
    expect(pending.running.banner).toBe('TER ONDERTEKENING — nog niet door alle partners ondertekend');
    expect(signed.metadata).toMatchObject({ author: 'Westerhaven / Samenwerkwijzer', language: 'nl' });
    expect(signed.metadata.keywords).toContain('dossier:dossier-123');
    expect(signed.metadata.keywords).toContain('versie:1');
    expect(signed.metadata.keywords).toContain(`sha256:${HASH}`);
    expect(signed.fileName).toBe('samenwerkingsovereenkomst-jongerenwerk-op-school-in-westerhaven-voorbeeld-versie-1.pdf');
    expect(draft.fileName).toBe('samenwerkingsovereenkomst-jongerenwerk-op-school-in-westerhaven-voorbeeld-concept.pdf');
  });

  it("records a freeze without everyone's akkoord, with its reason", () => {
    const data = toAgreementData(
      content,
      versionMeta('d', version({ overrideReason: 'De raad besluit volgende week.' }), [], '2027-01-07T00:00:00.000Z'),
    );
    expect(data.evidence.facts).toContainEqual({
      label: 'Akkoord',
      value: 'Vastgesteld zonder akkoord van elke partner op elke stap. Reden: De raad besluit volgende week.',
    });
    expect(signed.evidence.facts.map((f) => f.label)).not.toContain('Akkoord');
  });

  it('an amendment names the version it replaces', () => {
    const v1 = version();
    const v2 = version({ number: 2, hash: 'f'.repeat(64), replaces: 1, status: 'ter-ondertekening', signatures: [] });
    const data = toAgreementData(content, versionMeta('d', v2, [v1, v2], '2027-06-01T00:00:00.000Z'));
    expect(data.cover.notes).toContain('Deze versie vervangt versie 1 van de overeenkomst.');
    expect(data.cover.facts).toContainEqual({ label: 'Vervangt', value: `versie 1 (${HASH.slice(0, 12)})` });
    expect(draftMeta('d', HASH, [v1], '2027-06-01T00:00:00.000Z')).toMatchObject({
      number: 2,
      replaces: { number: 1, hash: HASH },
    });
  });

  it('copes with a half-filled draft', () => {
    const partial = agreementContent(
      STEPS,
      { title: 'Nieuw', gemeente: 'Ergens', partners: [] },
      { initiatief: { partners: [{ id: 'x' }] }, visie: { goals: [null, 'x'] } },
    );
    const data = toAgreementData(partial, draftMeta('d', HASH, [], '2026-12-01T10:00:00.000Z'));
    expect(data.sections.length).toBe(9);
    expect(data.signatures.blocks).toEqual([]);
  });

  it('is plain data that crosses to the render thread unchanged (no functions, dates or class instances)', () => {
    for (const data of [signed, draft]) expect(structuredClone(data)).toStrictEqual(data);
  });

  it('is isomorphic: no Node APIs and no react-pdf in what the browser may import', () => {
    const files = [
      'to-agreement-data.ts',
      'agreement/blocks.ts',
      'agreement/copy.ts',
      ...readdirSync(join(__dirname, 'agreement/sections')).map((f) => `agreement/sections/${f}`),
    ];
    for (const file of files) {
      const source = readFileSync(join(__dirname, file), 'utf8');
      expect(source, file).not.toMatch(/from ['"](node:|fs|path|@react-pdf)/);
    }
  });
});

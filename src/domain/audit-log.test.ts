import { describe, expect, it } from 'vitest';
import { auditDetailText, auditLogTable, auditObjectText, auditResultText, type StoredAuditEntry } from './audit-log';
import { formatNl } from '#src/i18n/nl/format';

const names = {
  step: (id: string) => (id === 'visie' ? 'Stap 4: Stel een gezamenlijke visie op' : undefined),
  partner: (id: string) => (id === 'p-school' ? 'Het Zeekompas' : undefined),
};

describe('Dutch time with its zone', () => {
  it('writes winter and summer time in Amsterdam, whatever the computer or server zone', () => {
    expect(formatNl.stamp('2026-12-07T13:03:00Z')).toBe('07-12-2026 14:03 (CET)');
    expect(formatNl.stamp('2026-07-07T22:30:00.000Z')).toBe('08-07-2026 00:30 (CEST)');
    // The night the clocks go back: 02:30 happens twice, the zone tells them apart.
    expect(formatNl.stamp('2026-10-25T00:30:00Z')).toBe('25-10-2026 02:30 (CEST)');
    expect(formatNl.stamp('2026-10-25T01:30:00Z')).toBe('25-10-2026 02:30 (CET)');
  });
});

describe('the audit log as a person reads it', () => {
  it('names steps, versions, signatures and approvals instead of showing ids', () => {
    expect(auditObjectText('dossier:d1', names)).toBe('Dossier');
    expect(auditObjectText('dossier:d1/step:visie', names)).toBe('Stap 4: Stel een gezamenlijke visie op');
    expect(auditObjectText('dossier:d1/step:visie/partner:p-school', names)).toBe(
      'Stap 4: Stel een gezamenlijke visie op, akkoord van Het Zeekompas',
    );
    expect(auditObjectText('dossier:d1/version:2/organisation:p-gone', names)).toBe(
      'Versie 2, handtekening van een partnerorganisatie',
    );
    expect(auditObjectText('dossier:d1/round:r7/abc', names)).toBe('Evaluatieronde, antwoorden');
    expect(auditObjectText('dossier:d1/invite:Xy12', names)).toBe('Uitnodigingslink');
  });

  it('explains without ids, codes or UTC, also in entries written before', () => {
    expect(auditDetailText('lezen, tekenbevoegd, partner:p-school, Sanne de Wit', names)).toBe(
      'lezen, tekenbevoegd, Het Zeekompas, Sanne de Wit',
    );
    expect(auditDetailText('revision 7', names)).toBe('versie 7 van de stap');
    expect(auditDetailText('Zonder akkoord van: visie/p-school, visie/p-gone. Reden: haast', names)).toBe(
      'Zonder akkoord van: Stap 4: Stel een gezamenlijke visie op (Het Zeekompas), Stap 4: Stel een gezamenlijke visie op (een partnerorganisatie). Reden: haast',
    );
    expect(auditDetailText('evaluatie op 2027-04-15', names)).toBe('evaluatie op 15-04-2027');
    expect(auditDetailText('gemaakt 2026-07-01T10:00:00.000Z', names)).toBe('gemaakt 01-07-2026 12:00 (CEST)');
    expect(auditDetailText('template:abc123', names)).toBe('op basis van een ander dossier');
    // Ordinary words with a slash stay as they are.
    expect(auditDetailText('en/of', names)).toBe('en/of');
    expect(auditDetailText(null, names)).toBe('');
  });

  it('says how an action ended in words', () => {
    expect(auditResultText('ok')).toBe('Gelukt');
    expect(auditResultText('ok:voided-2')).toBe('Gelukt; 2 handtekeningen zijn vervallen');
    expect(auditResultText('locked')).toBe('Niet opgeslagen: de tekst ligt vast');
    expect(auditResultText('ok:something-new')).toBe('Gelukt');
    expect(auditResultText('refused-somehow')).toBe('Geweigerd');
  });

  it('has no code, id or UTC time in any cell', () => {
    const rows: StoredAuditEntry[] = [
      {
        id: '1',
        at: '2026-12-07T13:03:00.000Z',
        action: 'step.update',
        object: 'dossier:d1/step:visie',
        result: 'ok:merged',
        actor: 'Sanne de Wit, Het Zeekompas (link Xy12_ab)',
        detail: null,
      },
      {
        id: '2',
        at: '2026-12-07T13:04:00.000Z',
        action: 'some.future.code',
        object: 'dossier:d1',
        result: 'ok',
        actor: 'Gemeente (eigenaar)',
        detail: '',
      },
    ];
    const table = auditLogTable(rows, names);
    expect(table[0]).toEqual(['Nr', 'Tijdstip', 'Handeling', 'Waarover', 'Resultaat', 'Wie', 'Toelichting']);
    expect(table[1]).toEqual([
      '1',
      '07-12-2026 14:03 (CET)',
      'Stap opgeslagen',
      'Stap 4: Stel een gezamenlijke visie op',
      'Gelukt, samengevoegd met een gelijktijdige wijziging',
      'Sanne de Wit, Het Zeekompas (via een uitnodigingslink)',
      '',
    ]);
    expect(table[2]![2]).toBe('Andere handeling');
    const text = table.flat().join('\n');
    expect(text).not.toMatch(/step\.|d1|Xy12|UTC|T\d\d:\d\d|Z$/m);
  });
});

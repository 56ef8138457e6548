import { describe, expect, it } from 'vitest';
import { actionPlanCsv, BOM, csvCell, neutralise, toCsv } from './to-csv';
import { newActionRow } from './schema';

const lookups = {
  partnerName: (id: string) => ({ j: 'Stichting Welzijn Westerhaven', s: 'Het Zeekompas' })[id],
  factorLabel: (id: string) => (id === 'zichtbaar' ? 'Aanwezig, zichtbaar en benaderbaar in de school' : id),
  stepLabel: (id: string) => (id === 'bekendheid' ? 'Stap 8: Maak de samenwerking bekend' : id),
  today: '2027-03-01',
};

/** Splits CSV text into rows of cells, honouring quotes (a small reader for the tests). */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV cells', () => {
  it.each(['=SUM(A1:A2)', '+31 6 1234', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x";"klik")'])(
    'neutralises %j with a leading apostrophe',
    (value) => {
      expect(neutralise(value)).toBe(`'${value}`);
      expect(parse(toCsv([[value]]).slice(1))[0][0]).toBe(`'${value}`);
    },
  );

  it('leaves ordinary text, inner signs and empty cells alone', () => {
    for (const value of ['Kennismaking', 'a=b', 'e-mail', '', ' =spatie eerst', '2027-01-11'])
      expect(neutralise(value)).toBe(value);
  });

  it('quotes separators, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('wel; niet')).toBe('"wel; niet"');
    expect(csvCell('de "vaste" plek')).toBe('"de ""vaste"" plek"');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell('regel 1\r\nregel 2')).toBe('"regel 1\r\nregel 2"');
    expect(csvCell('gewoon')).toBe('gewoon');
  });

  it('writes a BOM, semicolons and CRLF line ends, and keeps diacritics', () => {
    const csv = toCsv([
      ['Wat', 'Wie'],
      ['Ouderavond in café ’t Hoekje', 'Zoë, Çağla, Łukasz, Ő'],
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('Wat;Wie\r\nOuderavond in café ’t Hoekje;Zoë, Çağla, Łukasz, Ő\r\n');
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(csv);
  });
});

describe('action plan CSV', () => {
  const rows = [
    newActionRow({
      id: 'a',
      what: 'Voorstellen in de teamvergadering; met foto’s',
      how: 'Tien minuten in elke teamvergadering.\nDaarna een rondje door de school.',
      leadPartnerId: 's',
      leadPerson: 'Marieke Bos',
      start: '2027-01-11',
      deadline: '2027-02-12',
      hours: 2.5,
      budget: 150,
      factorId: 'zichtbaar',
      stepId: 'bekendheid',
      indicator: '=1+1',
      status: 'bezig',
    }),
    newActionRow({ id: 'b', what: 'Oude partner', leadPartnerId: 'weg', deadline: '2027-02-01', status: 'gereed' }),
  ];

  it('has Dutch headers and one line per row, with names instead of ids', () => {
    const [header, first, second] = parse(actionPlanCsv(rows, lookups).slice(1));
    expect(header).toEqual([
      'Nr.',
      'Wat',
      'Hoe',
      'Leiding (organisatie)',
      'Trekker',
      'Betrokken',
      'Start',
      'Uiterste datum',
      'Uren',
      'Ruimte',
      'Budget (euro)',
      'Verder nodig',
      'Werkzame factor',
      'Stap',
      'Indicator',
      'Status',
      'Over de uiterste datum',
    ]);
    expect(first).toEqual([
      '1',
      'Voorstellen in de teamvergadering; met foto’s',
      'Tien minuten in elke teamvergadering.\nDaarna een rondje door de school.',
      'Het Zeekompas',
      'Marieke Bos',
      '',
      '2027-01-11',
      '2027-02-12',
      '2,5',
      '',
      '150',
      '',
      'Aanwezig, zichtbaar en benaderbaar in de school',
      'Stap 8: Maak de samenwerking bekend',
      "'=1+1",
      'Bezig',
      'Ja',
    ]);
    // A partner no longer in step 1 keeps its id; a finished row is never overdue.
    expect(second[3]).toBe('weg');
    expect(second[16]).toBe('');
  });

  it('is just the header for an empty plan', () => {
    expect(parse(actionPlanCsv([], lookups).slice(1))).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { endOfValue, parseArray, parseDict, pdfDate, pdfString, PdfStructureError, referenceNumber } from './pdf-syntax';

describe('PDF object syntax', () => {
  it('reads a dictionary as raw values: nested dictionaries, arrays, strings, references, comments', () => {
    const text = `<< /Type /Catalog % a comment
      /Pages 1 0 R /Lang (nl \\) (genest)) /ID [<0A1b> <ff>] /Nested << /A [1 2.5 -3] /B true >> /Kids[ 3 0 R 4 0 R ]/N null >>`;
    const { entries, end } = parseDict(text);
    expect(end).toBe(text.length);
    expect(Object.fromEntries(entries)).toEqual({
      Type: '/Catalog',
      Pages: '1 0 R',
      Lang: '(nl \\) (genest))',
      ID: '[<0A1b> <ff>]',
      Nested: '<< /A [1 2.5 -3] /B true >>',
      Kids: '[ 3 0 R 4 0 R ]',
      N: 'null',
    });
    expect(parseArray(entries.get('Kids')!)).toEqual(['3 0 R', '4 0 R']);
    expect(referenceNumber(entries.get('Pages')!)).toBe(1);
    expect(referenceNumber('[1 0 R]')).toBeNull();
    expect(endOfValue('12 0 R>>', 0)).toBe(6);
    expect(endOfValue(' 12 0>>', 0)).toBe(3);
  });

  it('refuses what it cannot read, with its own error', () => {
    for (const bad of ['<< /A (open >>', '<< /A [1 2 >>', '<< A 1 >>', '[1 2', '<< /A <ab >>']) {
      expect(() => parseDict(bad.startsWith('[') ? `<< /X ${bad}` : bad), bad).toThrow(PdfStructureError);
    }
  });

  it('writes text strings as ASCII literals or UTF-16 with a byte order mark', () => {
    expect(pdfString('Gemeente (Utrecht) \\ test')).toBe('(Gemeente \\(Utrecht\\) \\\\ test)');
    expect(pdfString('Súdwest-Fryslân')).toBe(
      `<FEFF${Buffer.from('Súdwest-Fryslân', 'utf16le').swap16().toString('hex').toUpperCase()}>`,
    );
    expect(pdfString('𝄞')).toBe('<FEFFD834DD1E>');
    expect(pdfString('regel\nnieuw')).toMatch(/^<FEFF/);
  });

  it('writes dates in UTC as pdfkit does', () => {
    expect(pdfDate(new Date('2026-05-01T09:30:07.123Z'))).toBe('(D:20260501093007Z)');
  });
});

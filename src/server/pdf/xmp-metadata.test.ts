// @vitest-environment jsdom
// (for DOMParser: the packet must be well-formed XML)
import { describe, expect, it } from 'vitest';
import { keywordProperties, xmpPacket } from './xmp-metadata';

const parse = (xml: string) => {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror').length, xml).toBe(0);
  return (name: string) => doc.getElementsByTagName(name)[0]?.textContent ?? undefined;
};

describe('XMP metadata', () => {
  it('says what the document information says, escaped, with the keywords as properties of their own', () => {
    const value = parse(
      xmpPacket(
        {
          Title: 'School & Jeugd <samen> "sterk"',
          Author: 'Súdwest-Fryslân / Samenwerkwijzer',
          Subject: 'Overeenkomst',
          Keywords: 'samenwerkingsovereenkomst, dossier:abc_123, versie:2, sha256:' + 'ab'.repeat(32),
          Creator: 'Samenwerkwijzer',
          Producer: 'Samenwerkwijzer',
          CreationDate: new Date('2026-05-01T09:30:07.123Z'),
        },
        'nl',
      ),
    );
    expect(value('dc:title')).toBe('School & Jeugd <samen> "sterk"');
    expect(value('dc:creator')).toBe('Súdwest-Fryslân / Samenwerkwijzer');
    expect(value('dc:language')).toBe('nl');
    expect(value('dc:identifier')).toBe(`sha256:${'ab'.repeat(32)}`);
    expect(value('xmp:CreateDate')).toBe('2026-05-01T09:30:07Z');
    expect(value('xmp:MetadataDate')).toBe('2026-05-01T09:30:07Z');
    expect(value('xmp:ModifyDate')).toBeUndefined();
    expect(value('xmp:CreatorTool')).toBe('Samenwerkwijzer');
    expect(value('pdf:Producer')).toBe('Samenwerkwijzer');
    expect(value('sww:dossier')).toBe('abc_123');
    expect(value('sww:versie')).toBe('2');
  });

  it('leaves out what the document does not say', () => {
    const value = parse(xmpPacket({ Producer: 'x' }));
    expect(value('dc:title')).toBeUndefined();
    expect(value('dc:identifier')).toBeUndefined();
    expect(value('xmp:CreateDate')).toBeUndefined();
  });

  it('takes only name:value keywords as properties', () => {
    expect(keywordProperties('a, dossier:x, Hoofdletter:y, twee woorden:z, versie:3')).toEqual([
      ['dossier', 'x'],
      ['versie', '3'],
    ]);
    expect(keywordProperties(undefined)).toEqual([]);
  });
});

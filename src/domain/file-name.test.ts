import { describe, expect, it } from 'vitest';
import { fileSlug } from './file-name';

describe('fileSlug', () => {
  it('makes a plain, readable file name part', () => {
    expect(fileSlug('Jongerenwerk op school in Westerhaven (voorbeeld)', 'x')).toBe(
      'jongerenwerk-op-school-in-westerhaven-voorbeeld',
    );
    expect(fileSlug('Çağla & Zoë: café ’t Hoekje', 'x')).toBe('cagla-zoe-cafe-t-hoekje');
  });
  it('cuts long titles without a trailing hyphen, and falls back when nothing is left', () => {
    const slug = fileSlug(`${'a'.repeat(59)} b`, 'x');
    expect(slug).toBe('a'.repeat(59));
    expect(fileSlug('!!!', 'samenwerking')).toBe('samenwerking');
    expect(fileSlug(undefined, 'samenwerking')).toBe('samenwerking');
  });
});

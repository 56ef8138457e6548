/**
 * A file name part from a title: lower case, accents dropped ("Zoë" → "zoe"), anything else between
 * letters and digits one hyphen, at most 60 characters. `fallback` when nothing is left.
 */
export function fileSlug(title: string | undefined, fallback: string): string {
  const slug = (title ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** The Dutch patterns of `hyphen` (TeX hyphenation patterns); the package ships no types. */
declare module 'hyphen/nl' {
  const nl: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default nl;
}

// pdfkit ships no types; only its prototype is touched (see reuse-embedded-fonts.ts).
declare module 'pdfkit' {
  const PDFDocument: { prototype: unknown };
  export default PDFDocument;
}

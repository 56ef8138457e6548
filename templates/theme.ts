/**
 * The one home of the PDF documents' fonts, colours, sizes and spacing (@react-pdf/renderer
 * styles). Only types come from react-pdf, so this module has no runtime dependencies.
 *
 * Fonts are static TTFs of Noto Sans and Noto Serif (full Latin, including Vietnamese), embedded as
 * subsets, so every diacritic (ş ğ ı ł ą ő ễ …) renders and is copied as the same text.
 */
import type { Style } from '@react-pdf/types';

export interface FontFace {
  family: string;
  weight: number;
  style: 'normal' | 'italic';
  /** Package-relative path of the TTF; the server resolves it. */
  file: string;
}

export const FONT = { sans: 'Noto Sans', serif: 'Noto Serif' } as const;

const sans = (weight: number, name: string, italic = false): FontFace => ({
  family: FONT.sans,
  weight,
  style: italic ? 'italic' : 'normal',
  file: `@expo-google-fonts/noto-sans/${weight}${name}${italic ? '_Italic' : ''}/NotoSans_${weight}${name}${italic ? '_Italic' : ''}.ttf`,
});
const serif = (weight: number, name: string, italic = false): FontFace => ({
  family: FONT.serif,
  weight,
  style: italic ? 'italic' : 'normal',
  file: `@expo-google-fonts/noto-serif/${weight}${name}${italic ? '_Italic' : ''}/NotoSerif_${weight}${name}${italic ? '_Italic' : ''}.ttf`,
});

export const FONT_FACES: readonly FontFace[] = [
  sans(400, 'Regular'),
  sans(400, 'Regular', true),
  sans(600, 'SemiBold'),
  sans(700, 'Bold'),
  serif(400, 'Regular'),
  serif(400, 'Regular', true),
  serif(600, 'SemiBold'),
];

/** A4 in points; the footer is placed from the top (react-pdf loses absolute `bottom` in wrapping pages). */
export const A4_HEIGHT = 841.89;
export const A4_WIDTH = 595.28;

/** What depends on the page's height: the footer and the CONCEPT watermark (portrait or landscape). */
export const pageFrame = (height: number) => ({
  footer: { top: height - 36 } satisfies Style,
  watermark: { top: height * 0.45 } satisfies Style,
});

export const colours = {
  text: '#1b1f24',
  muted: '#5b6570',
  accent: '#154273', // Rijksoverheid-like dark blue: sober, official
  accentLight: '#e8eef5',
  rule: '#c9d1da',
  zebra: '#f6f8fa',
  banner: '#a4310f',
  bannerBackground: '#fbeee8',
  signatureInk: '#10306b',
  /** A table row that asks for attention (partners' means 2 or more apart). */
  marked: '#fdf0d5',
  markedRule: '#c98a0b',
  grid: '#dfe4ea',
} as const;

/**
 * Lines of a chart, in order: colours that stay apart for colour-blind readers (Okabe–Ito), and a
 * marker and dash per line so that they stay apart in black-and-white print too.
 */
export const chartLines = [
  { colour: '#0072b2', marker: 'circle', dash: undefined },
  { colour: '#d55e00', marker: 'square', dash: '5 2' },
  { colour: '#009e73', marker: 'triangle', dash: '1.5 1.5' },
  { colour: '#cc79a7', marker: 'diamond', dash: '7 2 1.5 2' },
  { colour: '#1b1f24', marker: 'circle', dash: '3 3' },
  { colour: '#e69f00', marker: 'square', dash: undefined },
  { colour: '#56b4e9', marker: 'triangle', dash: '5 2' },
] as const;
export type ChartMarker = (typeof chartLines)[number]['marker'];

export const sizes = {
  body: 9.5,
  small: 8,
  table: 8,
  running: 7.5,
  h1: 16,
  h2: 11.5,
  h3: 10,
  coverTitle: 26,
  coverSubtitle: 13,
  signature: 22,
} as const;

export const space = {
  pageX: 56, // 2 cm
  pageTop: 64,
  pageBottom: 58,
  xs: 2,
  s: 4,
  m: 8,
  l: 14,
  xl: 24,
  xxl: 40,
} as const;

const s = <T extends Record<string, Style>>(styles: T) => styles;

/** Header and footer: a line of small text across the page, outside the flow. */
const running: Style = {
  position: 'absolute',
  left: space.pageX,
  right: space.pageX,
  flexDirection: 'row',
  justifyContent: 'space-between',
  fontSize: sizes.running,
  color: colours.muted,
};

export const styles = s({
  page: {
    fontFamily: FONT.sans,
    fontSize: sizes.body,
    lineHeight: 1.45,
    color: colours.text,
    paddingTop: space.pageTop,
    paddingBottom: space.pageBottom,
    paddingHorizontal: space.pageX,
  },
  header: {
    ...running,
    top: 24,
    borderBottomWidth: 0.5,
    borderBottomColor: colours.rule,
    paddingBottom: 4,
  },
  headerTitle: { maxWidth: '70%' },
  footer: {
    ...running,
    ...pageFrame(A4_HEIGHT).footer,
    borderTopWidth: 0.5,
    borderTopColor: colours.rule,
    paddingTop: 4,
  },
  banner: {
    position: 'absolute',
    top: 40,
    left: space.pageX,
    right: space.pageX,
    paddingVertical: 2,
    textAlign: 'center',
    fontSize: sizes.small,
    fontWeight: 700,
    letterSpacing: 0.6,
    color: colours.banner,
    backgroundColor: colours.bannerBackground,
    borderWidth: 0.75,
    borderColor: colours.banner,
  },
  watermark: {
    position: 'absolute',
    ...pageFrame(A4_HEIGHT).watermark,
    left: 0,
    right: 0,
    textAlign: 'center',
    fontSize: 96,
    fontWeight: 700,
    color: colours.banner,
    opacity: 0.06,
    transform: 'rotate(-35deg)',
  },

  // Cover
  coverTop: { marginTop: space.xxl, borderLeftWidth: 4, borderLeftColor: colours.accent, paddingLeft: space.l },
  // Little letter spacing: more and text extraction reads every letter as a word.
  coverKicker: { fontSize: sizes.h2, color: colours.accent, fontWeight: 600, letterSpacing: 0.3, textTransform: 'uppercase' },
  coverTitle: { fontFamily: FONT.serif, fontSize: sizes.coverTitle, lineHeight: 1.2, fontWeight: 600, marginTop: space.m },
  coverSubtitle: { fontSize: sizes.coverSubtitle, color: colours.muted, marginTop: space.m },
  coverBlock: { marginTop: space.xl },
  coverLabel: {
    fontSize: sizes.small,
    color: colours.muted,
    textTransform: 'uppercase',
    letterSpacing: 0.2,
    marginBottom: space.s,
    fontWeight: 600,
  },
  partner: { flexDirection: 'row', paddingVertical: space.s, borderBottomWidth: 0.5, borderBottomColor: colours.rule },
  partnerName: { width: '58%', fontWeight: 600, paddingRight: space.m },
  partnerKind: { width: '42%', color: colours.muted },
  coverNote: { marginTop: space.l, padding: space.m, backgroundColor: colours.accentLight, fontSize: sizes.small },

  // Table of contents
  tocRow: { flexDirection: 'row', paddingVertical: 3, borderBottomWidth: 0.5, borderBottomColor: colours.rule },
  tocTitle: { flexGrow: 1, flexShrink: 1, color: colours.text, textDecoration: 'none' },
  tocPageBox: { width: 40 },
  // An explicit line height: react-pdf loses dynamic text that inherits one.
  tocPage: { textAlign: 'right', color: colours.muted, lineHeight: 1.45 },

  // Sections
  h1: {
    fontSize: sizes.h1,
    fontWeight: 700,
    color: colours.accent,
    lineHeight: 1.25,
    marginTop: space.xl,
    marginBottom: space.m,
    paddingBottom: space.s,
    borderBottomWidth: 1,
    borderBottomColor: colours.accent,
  },
  h2: { fontSize: sizes.h2, fontWeight: 700, color: colours.accent, marginTop: space.l, marginBottom: space.s },
  h3: { fontSize: sizes.h3, fontWeight: 700, marginTop: space.l, marginBottom: space.s },
  label: { fontSize: sizes.small, fontWeight: 700, color: colours.muted, marginTop: space.m, marginBottom: space.xs },
  paragraph: { marginBottom: space.s, textAlign: 'justify' },
  fieldRow: { flexDirection: 'row', paddingVertical: 3, borderBottomWidth: 0.5, borderBottomColor: colours.rule },
  fieldLabel: { width: '42%', paddingRight: space.m, color: colours.muted, fontSize: sizes.small, paddingTop: 1 },
  fieldValue: { width: '58%' },
  fields: { marginTop: space.s, marginBottom: space.s, borderTopWidth: 0.5, borderTopColor: colours.rule },
  bullet: { flexDirection: 'row', marginBottom: 1 },
  bulletMark: { width: 12, color: colours.accent },
  bulletText: { flexGrow: 1, flexShrink: 1 },
  note: { fontSize: sizes.small, color: colours.muted, fontStyle: 'italic', marginTop: space.s, marginBottom: space.s },

  // Tables
  table: { marginTop: space.xs, marginBottom: space.m, fontSize: sizes.table, lineHeight: 1.35 },
  /** The next part of a long table (see ROWS_PER_TABLE): flush against the part before it. */
  tableContinued: { marginTop: -space.m },
  continuedAt: { fontSize: sizes.small, fontWeight: 700, marginTop: space.s },
  tableHeader: { flexDirection: 'row', backgroundColor: colours.accent, color: '#ffffff', fontWeight: 700 },
  tableRow: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colours.rule },
  tableRowAlt: { backgroundColor: colours.zebra },
  cell: { paddingVertical: 3, paddingHorizontal: 4 },
  cellEmphasis: { fontWeight: 700 },
  tableNote: { fontSize: sizes.small - 0.5, color: colours.muted, marginTop: space.xs },

  tableRowMarked: { backgroundColor: colours.marked, borderLeftWidth: 2, borderLeftColor: colours.markedRule },

  // Quotes: someone's words, with who said them
  quote: { flexDirection: 'row', marginBottom: space.xs + 1 },
  quoteMark: { width: 12, color: colours.accent, fontWeight: 700 },
  quoteBody: { flexGrow: 1, flexShrink: 1 },
  quoteWho: { fontSize: sizes.small, color: colours.muted },

  // Charts
  chart: { marginTop: space.m, marginBottom: space.s },
  chartTitle: { fontSize: sizes.h3, fontWeight: 700, marginBottom: space.xs },
  chartSummary: { fontSize: sizes.small, marginBottom: space.s },
  chartAxisLabel: { position: 'absolute', fontSize: 6.5, color: colours.muted, lineHeight: 1 },
  chartLegend: { flexDirection: 'row', flexWrap: 'wrap', marginTop: space.s, fontSize: sizes.small },
  chartLegendItem: { flexDirection: 'row', alignItems: 'center', width: '50%', paddingRight: space.m, marginBottom: space.xs },
  chartLegendText: { flexShrink: 1 },

  // Signatures
  signatureBlock: { marginTop: space.l, paddingTop: space.m, borderTopWidth: 1, borderTopColor: colours.accent },
  signatureOrg: { fontSize: sizes.h3, fontWeight: 700 },
  signatureKind: { fontSize: sizes.small, color: colours.muted },
  signatureRow: { flexDirection: 'row', marginTop: space.s },
  signatureMark: {
    width: 205,
    height: 64,
    justifyContent: 'flex-end',
    borderBottomWidth: 0.75,
    borderBottomColor: colours.text,
    marginRight: space.l,
    paddingBottom: 2,
  },
  typedSignature: {
    fontFamily: FONT.serif,
    fontStyle: 'italic',
    fontSize: sizes.signature,
    color: colours.signatureInk,
    lineHeight: 1.2,
  },
  drawnSignature: { maxHeight: 58, maxWidth: '100%', objectFit: 'contain', objectPosition: 'left bottom' },
  signatureEmpty: { fontSize: sizes.small, color: colours.muted, fontStyle: 'italic' },
  signatureFacts: { width: 250 },
  signatureFactRow: { flexDirection: 'row', paddingVertical: 1.5 },
  signatureFactLabel: { width: 70, color: colours.muted, fontSize: sizes.small, paddingTop: 0.5 },
  signatureFactValue: { width: 180 },

  // Evidence
  hash: { fontSize: 7, letterSpacing: 0.1, paddingTop: 1.5 },
});

/**
 * The agreement as a PDF document (@react-pdf/renderer). It lays out what `toAgreementData` prepared
 * and computes nothing itself; fonts, colours and spacing come from `../theme`. Server only.
 */
import { Document, Image, Link, Page, Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import type { AgreementData, Block, Column, Field, SignatureBlock } from '#templates/to-agreement-data';
import { agreementCopy } from './copy';
import { A4_HEIGHT, A4_WIDTH, pageFrame, space, styles } from '#templates/theme';
import { splitCell, type TableArea } from './cell-overflow';

const FULL_HASH = /^[0-9a-f]{64}$/;

/** Titles are never hyphenated. */
const keepWhole = (word: string) => [word];

const PORTRAIT: TableArea = { width: A4_WIDTH - 2 * space.pageX, height: A4_HEIGHT - space.pageTop - space.pageBottom };
const LANDSCAPE: TableArea = { width: A4_HEIGHT - 2 * space.pageX, height: A4_WIDTH - space.pageTop - space.pageBottom };

/** Page numbers of the sections, filled in while laying out, read by the table of contents. */
type PageMap = Map<string, number>;

type TableBlock = Extract<Block, { kind: 'table' }>;
/** A wide table printed as an annex in landscape; its place in the section holds a reference. */
interface Annex {
  id: string;
  number: number;
  title: string;
  block: TableBlock;
}

function annexesOf(data: AgreementData): Annex[] {
  const tables = data.sections.flatMap((s) => s.blocks).filter((b): b is TableBlock => b.kind === 'table' && !!b.annex);
  return tables.map((block, i) => ({
    id: `bijlage-${i + 1}`,
    number: i + 1,
    title: agreementCopy.annex(i + 1, block.annex!),
    block,
  }));
}

/** Header, footer, banner and watermark of every page of one orientation. */
function Running({ data, height }: { data: AgreementData; height: number }) {
  const { running } = data;
  const frame = pageFrame(height);
  return (
    <>
      <View style={styles.header} fixed>
        <Text style={styles.headerTitle}>{running.title}</Text>
        <Text>
          {running.version} · {agreementCopy.hashLabel} {running.shortHash}
        </Text>
      </View>
      {running.banner ? (
        <Text style={styles.banner} fixed>
          {running.banner}
        </Text>
      ) : null}
      {data.status === 'concept' ? (
        <Text style={[styles.watermark, frame.watermark]} fixed>
          {agreementCopy.watermark}
        </Text>
      ) : null}
      <View style={[styles.footer, frame.footer]} fixed>
        <Text>
          {running.version} · {agreementCopy.hashLabel} {running.shortHash}
        </Text>
        <Text render={({ pageNumber, totalPages }) => agreementCopy.page(pageNumber, totalPages ?? pageNumber)} />
      </View>
    </>
  );
}

/**
 * Text that may hold line breaks, one <Text> per line: a "\n" inside a <Text> would make react-pdf
 * fall back to a non-embedded font for it.
 */
function Lines({ text, style, first }: { text: string; style?: Style | Style[]; first?: Style }) {
  const lines = text.split('\n');
  const base = [style ?? {}].flat();
  return (
    <>
      {lines.map((line, i) => (
        // A full SHA-256 has no place to break: smaller type keeps it on the line.
        <Text key={i} style={[...base, ...(i === 0 && first ? [first] : []), ...(FULL_HASH.test(line) ? [styles.hash] : [])]}>
          {line}
        </Text>
      ))}
    </>
  );
}

/**
 * A box holding text: a single line is one <Text> carrying the box's style, several lines a <View>
 * around one <Text> per line. Every node costs layout time on every page it lands on, and most cells
 * and values are one line.
 */
function Box({ text, style, first }: { text: string; style: Style | Style[]; first?: Style }) {
  if (text.includes('\n')) {
    return (
      <View style={style}>
        <Lines text={text} first={first} />
      </View>
    );
  }
  return <Lines text={text} style={style} first={first} />;
}

function FieldRows({ fields, style }: { fields: Field[]; style?: Style }) {
  return (
    <View style={[styles.fields, style ?? {}]}>
      {fields.map((f, i) => (
        <View key={i} style={styles.fieldRow} wrap={false}>
          <Text style={styles.fieldLabel}>{f.label}</Text>
          <Box style={styles.fieldValue} text={f.value} />
        </View>
      ))}
    </View>
  );
}

/**
 * A long table is laid out as consecutive tables of this many rows, each with its header row.
 * react-pdf's paginator gives up on a single table of well over a hundred tall rows and puts it on
 * one page, cut off; tables of this size split across pages as they should.
 */
const ROWS_PER_TABLE = 40;
const chunks = <T,>(xs: readonly T[], n: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

function Table({
  label,
  columns,
  rows,
  note,
  area,
}: {
  label: string;
  columns: Column[];
  rows: string[][];
  note?: string;
  area: TableArea;
}) {
  const total = columns.reduce((n, c) => n + c.width, 0);
  const cellStyle = (c: Column): Style[] => [styles.cell, { width: `${(c.width / total) * 100}%`, textAlign: c.align ?? 'left' }];
  // Cells too long for a page keep their beginning; the rest follows the table (see cell-overflow.ts).
  const continued: { at: string; text: string }[] = [];
  const shown = rows.map((row) =>
    columns.map((c, i) => {
      const { kept, rest } = splitCell(row[i] ?? '', c.width / total, area);
      if (rest === null) return kept;
      const where = agreementCopy.rowRef(row[0] ?? '');
      continued.push({ at: agreementCopy.continuedAt(c.header, where), text: rest });
      return [kept, agreementCopy.continuedBelow(where)].filter(Boolean).join('\n');
    }),
  );
  const parts = chunks(shown, ROWS_PER_TABLE);
  return (
    <>
      {parts.map((part, p) => (
        <View key={p} style={p === 0 ? styles.table : [styles.table, styles.tableContinued]}>
          {p === 0 && label ? (
            <Text style={styles.label} minPresenceAhead={60}>
              {label}
            </Text>
          ) : null}
          {/* Fixed inside the table: repeated at the top of every page the table runs onto. */}
          <View style={styles.tableHeader} fixed>
            {columns.map((c, i) => (
              <Text key={i} style={cellStyle(c)}>
                {c.header}
              </Text>
            ))}
          </View>
          {part.map((row, r) => {
            const n = p * ROWS_PER_TABLE + r;
            return (
              <View key={n} style={n % 2 ? [styles.tableRow, styles.tableRowAlt] : styles.tableRow} wrap={false}>
                {columns.map((c, i) => (
                  <Box
                    key={i}
                    style={cellStyle(c)}
                    text={row[i] || agreementCopy.emptyCell}
                    first={c.emphasis ? styles.cellEmphasis : undefined}
                  />
                ))}
              </View>
            );
          })}
          {p === parts.length - 1 && note ? <Text style={styles.tableNote}>{note}</Text> : null}
        </View>
      ))}
      {continued.length > 0 ? (
        <View>
          <Text style={styles.label} minPresenceAhead={40}>
            {agreementCopy.continuedTitle}
          </Text>
          {continued.map((c, i) => (
            <View key={i}>
              <Text style={styles.continuedAt} minPresenceAhead={30}>
                {c.at}
              </Text>
              <Paragraphs text={c.text} />
            </View>
          ))}
        </View>
      ) : null}
    </>
  );
}

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((p, i) => (
        <View key={i} style={styles.paragraph}>
          <Lines text={p.trim()} />
        </View>
      ))}
    </>
  );
}

function BlockView({ block, annexes, pages }: { block: Block; annexes: Annex[]; pages: PageMap }) {
  switch (block.kind) {
    case 'heading':
      return <Text style={styles.h3}>{block.text}</Text>;
    case 'fields':
      return <FieldRows fields={block.fields} />;
    case 'text':
      return (
        <View>
          <Text style={styles.label}>{block.label}</Text>
          <Paragraphs text={block.text} />
        </View>
      );
    case 'list':
      return (
        <View>
          <Text style={styles.label}>{block.label}</Text>
          {block.items.map((item, i) => (
            <View key={i} style={styles.bullet} wrap={false}>
              <Text style={styles.bulletMark}>•</Text>
              <Text style={styles.bulletText}>{item}</Text>
            </View>
          ))}
        </View>
      );
    case 'table': {
      const annex = annexes.find((a) => a.block === block);
      if (annex) {
        return (
          <Text
            style={styles.note}
            render={() => agreementCopy.annexReference(annex.number, block.rows.length, String(pages.get(annex.id) ?? ''))}
          />
        );
      }
      return <Table label={block.label} columns={block.columns} rows={block.rows} note={block.note} area={PORTRAIT} />;
    }
    case 'note':
      return <Text style={styles.note}>{block.text}</Text>;
  }
}

/** A heading that records the page it lands on, for the table of contents. */
function SectionHeading({ id, title, pages, breakBefore }: { id: string; title: string; pages: PageMap; breakBefore?: boolean }) {
  return (
    // react-pdf makes an outline entry of any node's `bookmark`; its types only allow it on <Page>.
    <View id={id} {...({ bookmark: { title, fit: true } } as object)} break={breakBefore} minPresenceAhead={90}>
      <View
        render={({ pageNumber }) => {
          pages.set(id, pageNumber);
          return null;
        }}
      />
      <Text style={styles.h1} hyphenationCallback={keepWhole}>
        {title}
      </Text>
    </View>
  );
}

function Cover({ data }: { data: AgreementData }) {
  const { cover } = data;
  return (
    <View>
      <View style={styles.coverTop}>
        <Text style={styles.coverKicker}>{cover.documentTitle}</Text>
        <Text style={styles.coverTitle} hyphenationCallback={keepWhole}>
          {cover.title}
        </Text>
        <Text style={styles.coverSubtitle}>{cover.subtitle}</Text>
      </View>
      <View style={styles.coverBlock}>
        <Text style={styles.coverLabel}>{agreementCopy.cover.partners}</Text>
        {cover.partners.map((p, i) => (
          <View key={i} style={styles.partner} wrap={false}>
            <Text style={styles.partnerName}>{p.name}</Text>
            <Text style={styles.partnerKind}>{[p.kind, p.detail].filter(Boolean).join(' — ')}</Text>
          </View>
        ))}
      </View>
      <View style={styles.coverBlock}>
        <Text style={styles.coverLabel}>{agreementCopy.cover.period}</Text>
        <FieldRows fields={cover.facts} style={{ marginTop: 0 }} />
      </View>
      {cover.notes.map((n, i) => (
        <Text key={i} style={styles.coverNote}>
          {n}
        </Text>
      ))}
    </View>
  );
}

function Contents({ entries, pages }: { entries: AgreementData['toc']; pages: PageMap }) {
  return (
    <View break>
      <Text style={styles.h1}>{agreementCopy.toc}</Text>
      {entries.map((entry) => (
        <View key={entry.id} style={styles.tocRow} wrap={false}>
          <Link src={`#${entry.id}`} style={styles.tocTitle}>
            {entry.title}
          </Link>
          {/* Resolved after pagination, when every heading knows its page. */}
          <View
            style={styles.tocPageBox}
            render={() => <Text style={styles.tocPage}>{String(pages.get(entry.id) ?? '')}</Text>}
          />
        </View>
      ))}
    </View>
  );
}

function Signature({ block, labels }: { block: SignatureBlock; labels: AgreementData['signatures']['labels'] }) {
  const facts: [string, string][] =
    block.state === 'open'
      ? []
      : [
          [labels.name, block.name],
          [labels.function, block.function],
          [labels.authority, block.authority],
          [labels.signedAt, block.signedAt],
          [labels.method, block.methodLabel],
        ];
  return (
    <View style={styles.signatureBlock} wrap={false}>
      <Text style={styles.signatureOrg}>{block.organisation}</Text>
      <Text style={styles.signatureKind}>{block.kind}</Text>
      <View style={styles.signatureRow}>
        <View style={styles.signatureMark}>
          {block.state === 'signed' && block.image ? <Image src={block.image} style={styles.drawnSignature} /> : null}
          {block.state === 'signed' && !block.image ? <Text style={styles.typedSignature}>{block.name}</Text> : null}
          {block.state === 'open' ? <Text style={styles.signatureEmpty}>{labels.notSigned}</Text> : null}
          {block.state === 'voided' ? <Text style={styles.signatureEmpty}>{labels.voided}</Text> : null}
        </View>
        <View style={styles.signatureFacts}>
          {facts.map(([label, value]) => (
            <View key={label} style={styles.signatureFactRow}>
              <Text style={styles.signatureFactLabel}>{label}</Text>
              <Text style={styles.signatureFactValue}>{value}</Text>
            </View>
          ))}
        </View>
      </View>
    </View>
  );
}

export function AgreementDocument({ data }: { data: AgreementData }) {
  const pages: PageMap = new Map();
  const { metadata } = data;
  const annexes = annexesOf(data);
  // The annexes come after the signatures and before the evidence, in the contents too.
  const toc = [
    ...data.toc.filter((e) => e.id !== data.evidence.id),
    ...annexes.map((a) => ({ id: a.id, title: a.title })),
    ...data.toc.filter((e) => e.id === data.evidence.id),
  ];
  return (
    <Document
      title={metadata.title}
      author={metadata.author}
      subject={metadata.subject}
      keywords={metadata.keywords}
      creator={metadata.creator}
      producer={metadata.producer}
      language={metadata.language}
      pageMode="useOutlines"
    >
      <Page size="A4" style={styles.page} experimentalPagination>
        <Running data={data} height={A4_HEIGHT} />
        <Cover data={data} />
        <Contents entries={toc} pages={pages} />
        {data.sections.map((section, i) => (
          // A `break` must sit on a child of the page: nested in a wrapping view, react-pdf never places it.
          <View key={section.id} break={i === 0}>
            <SectionHeading id={section.id} title={section.title} pages={pages} />
            {section.blocks.map((block, j) => (
              <BlockView key={j} block={block} annexes={annexes} pages={pages} />
            ))}
          </View>
        ))}
        <SectionHeading id={data.signatures.id} title={data.signatures.title} pages={pages} breakBefore />
        <Text style={styles.paragraph}>{data.signatures.intro}</Text>
        {data.signatures.blocks.map((b, i) => (
          <Signature key={i} block={b} labels={data.signatures.labels} />
        ))}
      </Page>
      {annexes.length > 0 ? (
        <Page size="A4" orientation="landscape" style={styles.page} experimentalPagination>
          <Running data={data} height={A4_WIDTH} />
          {annexes.map((annex, i) => [
            <SectionHeading key={`${annex.id}-kop`} id={annex.id} title={annex.title} pages={pages} breakBefore={i > 0} />,
            <Table
              key={annex.id}
              label={annex.block.label}
              columns={annex.block.columns}
              rows={annex.block.rows}
              note={annex.block.note}
              area={LANDSCAPE}
            />,
          ])}
        </Page>
      ) : null}
      <Page size="A4" style={styles.page} experimentalPagination>
        <Running data={data} height={A4_HEIGHT} />
        <SectionHeading id={data.evidence.id} title={data.evidence.title} pages={pages} />
        <Text style={styles.paragraph}>{data.evidence.intro}</Text>
        <FieldRows fields={data.evidence.facts} />
        {data.evidence.blocks.map((block, j) => (
          <BlockView key={j} block={block} annexes={annexes} pages={pages} />
        ))}
      </Page>
    </Document>
  );
}

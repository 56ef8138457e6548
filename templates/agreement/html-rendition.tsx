import {
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { AgreementData, Block, Section } from '#templates/to-agreement-data';
import { agreementCopy } from '#templates/agreement/copy';
import { agreementNl } from '#src/i18n/nl/agreement';
import './html-rendition.css';

/**
 * The agreement as semantic HTML: the accessible rendition of exactly what the PDF prints
 * (react-pdf output is untagged). Headings, definition lists and tables with header cells.
 * It reads the same AgreementData as the PDF document next to it; the browser renders it.
 */
export function AgreementHtml({ data }: { data: AgreementData }) {
  return (
    <article className="sw-agreement" aria-labelledby="overeenkomst-titel" lang="nl">
      {data.running.banner && <p className="sw-agreement-banner">{data.running.banner}</p>}
      <header className="sw-agreement-cover">
        <p className="sw-agreement-kicker">{data.cover.documentTitle}</p>
        <Heading2 id="overeenkomst-titel" className="sw-agreement-title">
          {data.cover.title}
        </Heading2>
        <Paragraph>{data.cover.subtitle}</Paragraph>
        <ul className="sw-agreement-partners">
          {data.cover.partners.map((p) => (
            <li key={`${p.kind}-${p.name}`}>
              <strong>{p.name}</strong> — {p.kind}
              {p.detail ? ` (${p.detail})` : ''}
            </li>
          ))}
        </ul>
        <Fields fields={data.cover.facts} />
        {data.cover.notes.map((n) => (
          <Paragraph key={n} className="sw-agreement-note">
            {n}
          </Paragraph>
        ))}
      </header>
      <nav aria-labelledby="inhoud-titel" className="sw-agreement-toc">
        <Heading3 id="inhoud-titel">{agreementCopy.toc}</Heading3>
        <ol>
          {data.toc.map((t) => (
            <li key={t.id}>
              <a href={`#${t.id}`} className="utrecht-link">
                {t.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {data.sections.map((s) => (
        <SectionView key={s.id} section={s} id={s.id} />
      ))}
      <section id={data.signatures.id} className="sw-agreement-section">
        <Heading3 id={`${data.signatures.id}-titel`}>{data.signatures.title}</Heading3>
        <Paragraph>{data.signatures.intro}</Paragraph>
        <div className="sw-agreement-signatures">
          {data.signatures.blocks.map((b) => (
            <div key={b.organisation} className={`sw-agreement-signature sw-agreement-signature--${b.state}`}>
              <p className="sw-agreement-signature-org">
                <strong>{b.organisation}</strong> ({b.kind})
              </p>
              {b.image ? (
                <img src={b.image} alt={agreementNl.drawnAlt(b.name)} className="sw-agreement-signature-image" />
              ) : b.state === 'signed' ? (
                <p className="sw-agreement-signature-typed">{b.name}</p>
              ) : null}
              <dl>
                {[
                  [data.signatures.labels.name, b.name],
                  [data.signatures.labels.function, b.function],
                  [data.signatures.labels.authority, b.authority],
                  [data.signatures.labels.method, b.methodLabel],
                  [data.signatures.labels.signedAt, b.signedAt],
                ]
                  .filter(([, v]) => v)
                  .map(([k, v]) => (
                    <div key={k}>
                      <dt>{k}</dt>
                      <dd>{v}</dd>
                    </div>
                  ))}
              </dl>
            </div>
          ))}
        </div>
      </section>
      <section id={data.evidence.id} className="sw-agreement-section">
        <Heading3 id={`${data.evidence.id}-titel`}>{data.evidence.title}</Heading3>
        <Paragraph>{data.evidence.intro}</Paragraph>
        <Fields fields={data.evidence.facts} />
        <Blocks blocks={data.evidence.blocks} idPrefix={data.evidence.id} />
      </section>
    </article>
  );
}

export function SectionView({ section, id }: { section: Section; id: string }) {
  return (
    <section id={id} className="sw-agreement-section">
      <Heading3 id={`${id}-titel`}>{section.title}</Heading3>
      <Blocks blocks={section.blocks} idPrefix={id} />
    </section>
  );
}

function Fields({ fields }: { fields: { label: string; value: string }[] }) {
  if (fields.length === 0) return null;
  return (
    <dl className="sw-agreement-fields">
      {fields.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Blocks({ blocks, idPrefix }: { blocks: Block[]; idPrefix: string }) {
  return (
    <>
      {blocks.map((b, i) => {
        const key = `${idPrefix}-${i}`;
        switch (b.kind) {
          case 'heading':
            return (
              <h4 key={key} className="sw-agreement-subheading">
                {b.text}
              </h4>
            );
          case 'fields':
            return <Fields key={key} fields={b.fields} />;
          case 'text':
            return (
              <div key={key} className="sw-agreement-text">
                <p className="sw-agreement-label">{b.label}</p>
                {b.text.split(/\n{2,}/).map((para, j) => (
                  <Paragraph key={j}>{para}</Paragraph>
                ))}
              </div>
            );
          case 'list':
            return (
              <div key={key}>
                <p className="sw-agreement-label">{b.label}</p>
                <ul>
                  {b.items.map((item, j) => (
                    <li key={j}>{item}</li>
                  ))}
                </ul>
              </div>
            );
          case 'table':
            return (
              // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a wide table scrolls: keyboard users scroll it by focus
              <div key={key} className="sw-agreement-table" role="group" aria-labelledby={`${key}-caption`} tabIndex={0}>
                <Table>
                  <TableCaption id={`${key}-caption`}>{b.label}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      {b.columns.map((c) => (
                        <TableHeaderCell key={c.header} scope="col">
                          {c.header}
                        </TableHeaderCell>
                      ))}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {b.rows.map((row, r) => (
                      <TableRow key={r}>
                        {row.map((cell, c) => (
                          <TableCell key={c} className="sw-agreement-cell">
                            {cell}
                          </TableCell>
                        ))}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
                {b.note && <p className="sw-agreement-note">{b.note}</p>}
              </div>
            );
          case 'note':
            return (
              <p key={key} className="sw-agreement-note">
                {b.text}
              </p>
            );
        }
      })}
    </>
  );
}

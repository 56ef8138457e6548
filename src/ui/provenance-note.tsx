import { Link, Paragraph } from '@utrecht/component-library-react';
import { SOURCES, type Provenance } from '#src/domain/catalogue/provenance';

export interface ProvenanceTexts {
  /** The marker of a suggestion, e.g. "Suggestie". */
  suggestion: string;
  suggestionBasis: (basis: string) => string;
  /** Before the list of sources, e.g. "Bron:". */
  source: string;
}

/**
 * Where a catalogue item comes from: a suggestion is marked as such in words (not only by style),
 * a sourced item names and links its sources.
 */
export function ProvenanceNote({ provenance, texts }: { provenance: Provenance; texts: ProvenanceTexts }) {
  if (provenance.status === 'suggestion') {
    return (
      <Paragraph className="sw-provenance">
        <strong className="sw-suggestion-tag">{texts.suggestion}</strong> {texts.suggestionBasis(provenance.basis)}
      </Paragraph>
    );
  }
  return (
    <Paragraph className="sw-provenance">
      {texts.source}{' '}
      {provenance.sources.map((id, i) => (
        <span key={id}>
          {i > 0 && '; '}
          <Link href={SOURCES[id].url}>{SOURCES[id].title}</Link>
        </span>
      ))}
    </Paragraph>
  );
}

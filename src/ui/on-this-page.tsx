import { useId } from 'react';
import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';

/** A long page's parts, one link each ("Op deze pagina"); nothing when there is only one part. */
export function OnThisPage({ title, parts }: { title: string; parts: readonly (readonly [id: string, title: string])[] }) {
  const titleId = useId();
  if (parts.length < 2) return null;
  return (
    <nav aria-labelledby={titleId} className="sw-on-this-page sw-no-print">
      <Paragraph id={titleId}>
        <strong>{title}</strong>
      </Paragraph>
      <UnorderedList>
        {parts.map(([id, text]) => (
          <UnorderedListItem key={id}>
            <a href={`#${id}`} className="utrecht-link">
              {text}
            </a>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </nav>
  );
}

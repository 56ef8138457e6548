import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { CONSENT_BY_AGE } from './consent';
import { checklistCopy } from './copy';

/** Who consents, by age: shown wherever consent is asked. */
export function ConsentRule({ id }: { id?: string }) {
  const t = checklistCopy.consentRule;
  return (
    <div id={id} className="sw-consent-rule">
      <Paragraph>
        <strong>{t.title}</strong> {t.intro}
      </Paragraph>
      <UnorderedList>
        {CONSENT_BY_AGE.map((c) => (
          <UnorderedListItem key={c.band}>{t.row(c.age, c.who)}</UnorderedListItem>
        ))}
      </UnorderedList>
    </div>
  );
}

import { forwardRef } from 'react';
import { Alert, Heading2, Link, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { fieldId } from './field-id';
import type { FlatError } from './form-errors';
import { formsNl } from '#src/i18n/nl/forms';

/** "Label: message", without doubling punctuation when the label is a question. */
const summaryLine = (label: string | undefined, message: string) =>
  !label ? message : /[?:]$/.test(label) ? `${label} ${message}` : `${label}: ${message}`;

/** Shown after a failed submit; receives focus so keyboard and screen-reader users land on it. */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: FlatError[]; labels?: Map<string, string> }>(
  function ErrorSummary({ errors, labels }, ref) {
    if (errors.length === 0) return null;
    return (
      <div ref={ref} tabIndex={-1} className="sw-error-summary" aria-labelledby="foutoverzicht-titel">
        <Alert type="error" role="none">
          <Heading2 id="foutoverzicht-titel">{formsNl.errorSummaryTitle(errors.length)}</Heading2>
          <UnorderedList>
            {errors.map((e) => (
              <UnorderedListItem key={e.path}>
                <Link
                  href={`#${fieldId(e.path)}`}
                  onClick={(ev) => {
                    ev.preventDefault();
                    const target = document.getElementById(fieldId(e.path));
                    target?.focus();
                    target?.scrollIntoView({ block: 'center' });
                  }}
                >
                  {summaryLine(labels?.get(e.path), e.message)}
                </Link>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      </div>
    );
  },
);

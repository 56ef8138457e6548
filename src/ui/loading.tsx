import { Paragraph } from '@utrecht/component-library-react';

/** A polite status line for anything that takes a moment. */
export function Loading({ text }: { text: string }) {
  return (
    <div role="status" className="sw-loading">
      <span className="sw-spinner" aria-hidden="true" />
      <Paragraph>{text}</Paragraph>
    </div>
  );
}

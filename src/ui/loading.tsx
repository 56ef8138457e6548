import { Paragraph } from '@utrecht/component-library-react';
import './loading.css';

/**
 * How much room a loading line keeps for what replaces it, so nothing below it jumps when the answer
 * arrives (layout shift): one line, a row of buttons, or a whole screen (a form or page still loading).
 */
export type LoadingReserve = 'line' | 'buttons' | 'screen';

/** A polite status line for anything that takes a moment. */
export function Loading({ text, reserve = 'line' }: { text: string; reserve?: LoadingReserve }) {
  return (
    <div role="status" className={`sw-loading sw-loading--${reserve}`}>
      <span className="sw-spinner" aria-hidden="true" />
      <Paragraph>{text}</Paragraph>
    </div>
  );
}

/**
 * A page whose content is still on its way: grey shapes where the pre-heading, heading and first
 * paragraphs will be, at their final size, and the status line saying what is loading.
 */
export function PageSkeleton({ text }: { text: string }) {
  return (
    <div className="sw-skeleton">
      <span className="sw-skeleton-bar sw-skeleton-pre" aria-hidden="true" />
      <span className="sw-skeleton-bar sw-skeleton-heading" aria-hidden="true" />
      <Loading text={text} />
      <span className="sw-skeleton-bar sw-skeleton-line" aria-hidden="true" />
      <span className="sw-skeleton-bar sw-skeleton-line" aria-hidden="true" />
      <span className="sw-skeleton-bar sw-skeleton-line sw-skeleton-line--short" aria-hidden="true" />
      <span className="sw-skeleton-bar sw-skeleton-block" aria-hidden="true" />
    </div>
  );
}

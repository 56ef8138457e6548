import { useEffect, useRef } from 'react';
import { Heading1 } from '@utrecht/component-library-react';

let firstRender = true;

/**
 * The page's h1. On every client-side navigation it takes focus, so screen-reader and keyboard users
 * start reading at the new content; the very first page load keeps the browser's own behaviour.
 */
export function PageHeading({ children, focusKey }: { children: React.ReactNode; focusKey?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstRender) {
      firstRender = false;
      return;
    }
    ref.current?.focus();
  }, [focusKey]);
  return (
    <Heading1 ref={ref} tabIndex={-1} className="sw-page-heading">
      {children}
    </Heading1>
  );
}

import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Links such as "what is missing" on the review page point at a field (`#veld-…`). Once the form
 * has rendered (it loads lazily), focus that field and bring it into view.
 */
export function useFocusFromHash(ready: unknown) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash.startsWith('#veld-')) return;
    const id = decodeURIComponent(hash.slice(1));
    let tries = 0;
    const timer = window.setInterval(() => {
      const el = document.getElementById(id);
      if (el || ++tries > 40) window.clearInterval(timer);
      if (el) {
        el.focus();
        el.scrollIntoView({ block: 'center' });
      }
    }, 100);
    return () => window.clearInterval(timer);
  }, [hash, ready]);
}

import { useCallback, useEffect, useState } from 'react';

/**
 * Moves focus to an element once the next render has put it on the page: a form that just opened,
 * the item a form just closed on, the list after a removal. Keyboard and screen-reader users then go
 * on where the change happened instead of at the top of the page.
 */
export function useFocusAfterRender() {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (!target) return;
    const el = document.getElementById(target.id);
    if (el) {
      if (!el.hasAttribute('tabindex') && !/^(INPUT|SELECT|TEXTAREA|BUTTON|A)$/.test(el.tagName)) el.tabIndex = -1;
      el.focus();
    }
  }, [target]);
  // A new object each time, so focusing the same element twice works.
  return useCallback((id: string) => setTarget({ id }), []);
}

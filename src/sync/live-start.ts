/**
 * Runs `start` once the page has loaded and the browser is idle: the live event stream is a request
 * that never ends, and opened during page load it would count as part of loading (the page would seem
 * never to finish) and compete with what the person came to see. Outside a browser it runs at once.
 * Returns a cancel function.
 */
export function afterPageSettles(start: () => void): () => void {
  if (typeof window === 'undefined' || typeof document === 'undefined') {
    start();
    return () => undefined;
  }
  let cancelIdle = () => {};
  const whenIdle = () => {
    if (typeof requestIdleCallback === 'function') {
      // Within a second either way: a busy page must not keep its partners' changes away for long.
      const handle = requestIdleCallback(start, { timeout: 1000 });
      cancelIdle = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(start, 0);
      cancelIdle = () => clearTimeout(handle);
    }
  };
  if (document.readyState === 'complete') {
    whenIdle();
    return () => cancelIdle();
  }
  window.addEventListener('load', whenIdle, { once: true });
  return () => {
    window.removeEventListener('load', whenIdle);
    cancelIdle();
  };
}

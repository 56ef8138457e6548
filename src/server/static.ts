import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.pdf': 'application/pdf',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';

async function fileAt(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves the Vite build. Hashed files under /assets/ are cached for a year; index.html is always
 * revalidated; every other extension-less path gets index.html so client routes work on reload.
 */
export function staticFiles(dir: string) {
  const root = resolve(dir);
  const indexPath = join(root, 'index.html');

  const send = async (c: Context, path: string, cacheControl: string) => {
    const body = await readFile(path);
    return c.body(body, 200, {
      'Content-Type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': cacheControl,
    });
  };

  return async (c: Context) => {
    let rel: string;
    try {
      rel = decodeURIComponent(c.req.path);
    } catch {
      return c.text('Niet gevonden', 404);
    }
    if (rel.includes('\0')) return c.text('Niet gevonden', 404);
    const target = normalize(join(root, rel));
    const inside = target === root || target.startsWith(root + sep);
    if (inside && target !== indexPath && (await fileAt(target))) {
      const cache = target.startsWith(join(root, 'assets') + sep) ? IMMUTABLE : 'public, max-age=3600';
      return send(c, target, cache);
    }
    // A missing file (with an extension) is a 404, not the app shell served as script or font.
    const last = rel.split('/').pop() ?? '';
    if (last.includes('.') && last !== 'index.html') return c.text('Niet gevonden', 404);
    if (!(await fileAt(indexPath))) return c.text('Niet gevonden', 404);
    return send(c, indexPath, 'no-cache');
  };
}

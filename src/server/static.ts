import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Context } from 'hono';
import { accepts } from 'hono/accepts';

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

/** The build writes `.br` and `.gz` next to every text asset (vite.config.ts); their file suffix per encoding. */
const PRECOMPRESSED = { br: '.br', gzip: '.gz' } as const;
type Encoding = keyof typeof PRECOMPRESSED;

/**
 * Browsers list encodings without saying which they prefer ("gzip, deflate, br, zstd"): take brotli, the
 * smaller one, whenever it is acceptable at all, then gzip.
 */
const preferSmallest = (
  list: { type: string; q: number }[],
  { supports, default: fallback }: { supports: string[]; default: string },
) => {
  const q = (type: string) => list.find((a) => a.type.toLowerCase() === type)?.q ?? list.find((a) => a.type === '*')?.q ?? 0;
  return supports.find((type) => q(type) > 0) ?? fallback;
};

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
    const headers: Record<string, string> = {
      'Content-Type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': cacheControl,
      Vary: 'Accept-Encoding',
    };
    const encoding = accepts(c, {
      header: 'Accept-Encoding',
      supports: ['br', 'gzip'],
      default: 'identity',
      match: preferSmallest,
    });
    if (encoding in PRECOMPRESSED) {
      const compressed = path + PRECOMPRESSED[encoding as Encoding];
      if (await fileAt(compressed)) {
        return c.body(await readFile(compressed), 200, { ...headers, 'Content-Encoding': encoding });
      }
    }
    return c.body(await readFile(path), 200, headers);
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

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface AppProcess {
  url: string;
  dataDir: string;
  /** The server's process id (the benches read its memory from /proc). */
  pid: number;
  output: () => string;
  /** The exit code once it has exited (null while it runs or when a signal ended it). */
  exitCode: () => number | null;
  stop: () => Promise<void>;
}

/**
 * Starts the real server (`src/server/main.ts`, or compiled, serving the built `dist/`) as its own process on a
 * free port with a fresh embedded database, exactly as `npm start` does after building, and resolves
 * once it listens. `warm`: also wait until its PDF thread has warmed up, so that warming up does not
 * compete with what a benchmark measures next.
 */
export async function startApp(
  opts: { dataDir?: string; env?: Record<string, string>; warm?: boolean; compiled?: boolean | string } = {},
): Promise<AppProcess> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'samenwerkwijzer-e2e-'));
  let out = '';
  // `compiled`: dist-server/main.mjs as `npm start` runs it (or main.mjs in the folder given; build it
  // first, see `buildServer`); else the source through tsx.
  const compiledDir = opts.compiled === true ? 'dist-server' : opts.compiled;
  const args = compiledDir ? [`${compiledDir}/main.mjs`] : ['--import', 'tsx', 'src/server/main.ts'];
  const child: ChildProcess = spawn(process.execPath, args, {
    // As `npm start` runs it: production React on the server (the PDF renderer is much faster).
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      ...(opts.warm ? { PDF_THREAD: 'warm' } : {}),
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
    const check = () => {
      const m = out.match(/http:\/\/localhost:(\d+)/);
      if (m && (!opts.warm || /PDF-thread (klaar|niet te starten)/.test(out))) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    dataDir,
    pid: child.pid!,
    output: () => out,
    exitCode: () => child.exitCode,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Compiles the server as `npm run build` does, into a fresh folder under tests/.artifacts; returns it. */
export function buildServer(): string {
  mkdirSync('tests/.artifacts', { recursive: true });
  const dir = mkdtempSync('tests/.artifacts/server-');
  execFileSync(process.execPath, ['src/scripts/build-server.mjs', dir], { stdio: 'pipe' });
  return dir;
}

export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

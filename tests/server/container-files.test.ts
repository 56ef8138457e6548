import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * No container engine runs in CI, so the image is never built here. What CI can prove is that the
 * Dockerfile and compose.yaml use what CI itself runs: `npm ci`, `npm run build`, the start command of
 * `npm run serve`, the Node version of `engines`, and /api/health.
 */
describe('Dockerfile and compose.yaml', () => {
  const dockerfile = readFileSync('Dockerfile', 'utf8');
  const compose = readFileSync('compose.yaml', 'utf8');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string>; engines: { node: string } };

  it('builds in stages with the scripts CI runs, and runs what `npm run serve` runs, as a non-root user', () => {
    const stages = dockerfile.match(/^FROM\s+node:(\d+)\S*/gm) ?? [];
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const major = /(\d+)/.exec(pkg.engines.node)![1];
    for (const from of stages) expect(from).toContain(`node:${major}-`);
    expect(dockerfile).toMatch(/^RUN npm ci\b/m);
    expect(dockerfile).toMatch(/^RUN npm run build$/m);
    expect(pkg.scripts.build).toContain('build-server.mjs');
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)![1]!) as string[];
    expect(pkg.scripts.serve).toBe(`NODE_ENV=production ${cmd.join(' ')}`);
    expect(dockerfile).toMatch(/ENV NODE_ENV=production/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*\/api\/health/);
  });

  it('compose runs the image with PostgreSQL and keeps the seal on a named volume', () => {
    expect(compose).toMatch(/DATABASE_URL: postgres:\/\/.+@db:5432\//);
    expect(compose).toMatch(/image: postgres:\d+/);
    expect(compose).toMatch(/- zegel:\/zegel/);
    expect(compose).toMatch(/SEAL_DIR: \/zegel/);
    expect(compose).toMatch(/^volumes:\n {2}zegel:/m);
    expect(compose).toMatch(/condition: service_healthy/);
  });
});

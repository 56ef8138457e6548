// The PDF render thread's entry. Plain JavaScript so that a worker can start it whatever the parent
// runs under (tsx, vitest); it loads the TypeScript side through tsx.
import { tsImport } from 'tsx/esm/api';

await tsImport('./render-worker-main.ts', import.meta.url);

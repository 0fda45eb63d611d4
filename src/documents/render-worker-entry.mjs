// Worker threads do not inherit the tsx loader the server registered (bin/harbour.js), so the
// document worker registers its own before loading the TypeScript body.
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');

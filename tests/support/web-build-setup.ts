import { ensureWebBuild } from './e2e-server';

// Once per browser run, before the files start in parallel: two files must never both rebuild
// dist/web at the same moment.
export default function setup(): void {
  ensureWebBuild();
}

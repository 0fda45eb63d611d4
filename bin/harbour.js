#!/usr/bin/env node
// Harbour's command line. TypeScript sources run through tsx's loader, so there is no separate
// compile step for the server (see docs/decisions/0006-running-typescript.md).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/harbour.ts');

#!/usr/bin/env node
// Users run the TypeScript sources directly: register tsx, then hand over to the CLI.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/bin.ts');

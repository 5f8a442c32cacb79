#!/usr/bin/env node
// The compiled CLI (`npm ci` builds dist/) starts in a blink; a checkout without a build
// runs the TypeScript sources through tsx instead, so editing src/ needs no rebuild.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/cli/bin.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/bin.ts');
}

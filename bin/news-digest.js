#!/usr/bin/env node
// The compiled CLI (`npm ci` builds dist/) starts in a blink; a checkout without a build
// runs the TypeScript sources through tsx instead, as does NEWS_DIGEST_FROM_SOURCES=1
// (the tests set it, so a dist/ older than the last edit never answers for the sources).
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/cli/bin.js', import.meta.url);
if (existsSync(compiled) && !process.env.NEWS_DIGEST_FROM_SOURCES) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/bin.ts');
}

import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ValidationLevel } from './render-types.js';
import type { TemplateSource } from './template-source.js';

/** Where compiled MJML is kept between runs, and which MJML compiled it. */
export interface MjmlDiskCache {
  dir: string;
  mjmlVersion: string;
}

/** The installed MJML's version, read from its package.json: loading MJML itself costs a quarter second. */
export function installedMjmlVersion(): string {
  return (createRequire(import.meta.url)('mjml/package.json') as { version: string }).version;
}

/** One file per template content, MJML version and validation level: an edit or an upgrade simply misses. */
export function diskCacheKey(source: TemplateSource, validation: ValidationLevel, mjmlVersion: string): string {
  return createHash('sha256').update(mjmlVersion).update('\0').update(validation).update('\0').update(source.text).digest('hex');
}

/**
 * The compiled HTML for `key` from `dir`, or `compile()`'s, then stored for the
 * next run. The file starts with a hash of the HTML, so a truncated or edited
 * file is noticed, compiled again and rewritten, never served.
 */
export async function loadOrCompile(dir: string, key: string, compile: () => Promise<string>): Promise<string> {
  const file = path.join(dir, `${key}.html`);
  const stored = await readCached(file);
  if (stored !== undefined) return stored;
  const html = await compile();
  await writeCached(file, html);
  return html;
}

function bodyHash(html: string): string {
  return createHash('sha256').update(html).digest('hex');
}

async function readCached(file: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  const html = text.slice(newline + 1);
  return text.slice(0, newline) === bodyHash(html) ? html : undefined;
}

async function writeCached(file: string, html: string): Promise<void> {
  // Written aside and renamed, so a concurrent run never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(partial, `${bodyHash(html)}\n${html}`);
    await rename(partial, file);
  } catch {
    // The cache only saves time: a read-only data folder means compiling on each start, not failing.
  }
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** A fixture article: first line the title, the rest the body. */
export function loadFixture(name: string): { title: string; text: string } {
  const raw = readFileSync(path.join(here, '../summarize/fixtures', name), 'utf8');
  const nl = raw.indexOf('\n');
  return { title: raw.slice(0, nl).trim(), text: raw.slice(nl + 1) };
}

import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const templatesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');

/** The line of the shipped story partial that links the title: where the tests break a template. */
export const STORY_TITLE_LINE =
  readFileSync(path.join(templatesDir, 'partials/story.mjml'), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes('{{title}}</a>')) + 1;

/** A temporary copy of the shipped templates with `edits` applied (file -> new text, or a function of the old). */
export async function editedTemplates(edits: Record<string, string | ((old: string) => string)>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'render-templates-'));
  await cp(templatesDir, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const full = path.join(dir, file);
    const next = typeof edit === 'string' ? edit : edit(await readFile(full, 'utf8'));
    await writeFile(full, next);
  }
  return dir;
}

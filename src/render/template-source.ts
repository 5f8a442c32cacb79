import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DigestError } from '../domain/errors.js';

/** Where one line of an expanded template came from, for error messages. */
export interface LineOrigin {
  file: string;
  line: number;
}

/** A template with its `<mj-include path="...">` partials inlined. */
export interface TemplateSource {
  /** Path relative to the templates folder, as users see it. */
  file: string;
  text: string;
  /** origins[i] is where line i + 1 of `text` came from. */
  origins: LineOrigin[];
  /** Every file read, with its own text: each is checked on its own so errors name the right line. */
  files: { file: string; text: string }[];
}

const INCLUDE = /<mj-include\s+path="([^"]+)"\s*\/>/;
const MAX_DEPTH = 8;

/**
 * Reads a template and inlines its partials ourselves rather than through
 * MJML's mj-include, so every line of the document MJML sees maps back to a
 * file and line of the user's templates, and the cache hash covers them all.
 */
export async function loadTemplate(templatesDir: string, file: string): Promise<TemplateSource> {
  const files = new Map<string, string>();
  const lines: string[] = [];
  const origins: LineOrigin[] = [];

  async function expand(rel: string, depth: number, from?: LineOrigin): Promise<void> {
    if (depth > MAX_DEPTH) throw invalid(`partials nest deeper than ${MAX_DEPTH} (an include loop?)`, from ?? { file: rel, line: 1 });
    const text = files.get(rel) ?? (await readTemplateFile(templatesDir, rel, from));
    files.set(rel, text);
    const own = text.replace(/\r\n?/g, '\n').split('\n');
    for (let i = 0; i < own.length; i++) {
      let rest = own[i]!;
      const at: LineOrigin = { file: rel, line: i + 1 };
      let m: RegExpExecArray | null;
      // A line may hold text around the include tag; each piece keeps its origin.
      while ((m = INCLUDE.exec(rest))) {
        const before = rest.slice(0, m.index);
        if (before.trim()) push(before, at);
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(rel), m[1]!));
        await expand(target, depth + 1, at);
        rest = rest.slice(m.index + m[0].length);
      }
      if (rest.trim() || !INCLUDE.test(own[i]!)) push(rest, at);
    }
  }

  function push(line: string, at: LineOrigin): void {
    lines.push(line);
    origins.push(at);
  }

  await expand(file, 0);
  return { file, text: lines.join('\n'), origins, files: [...files].map(([f, text]) => ({ file: f, text })) };
}

async function readTemplateFile(templatesDir: string, rel: string, from?: LineOrigin): Promise<string> {
  const root = path.resolve(templatesDir);
  const full = path.resolve(root, rel);
  if (!full.startsWith(root + path.sep)) throw invalid(`partial "${rel}" is outside the templates folder`, from ?? { file: rel, line: 1 });
  try {
    return await readFile(full, 'utf8');
  } catch (e) {
    const where = from ?? { file: rel };
    throw new DigestError('TEMPLATE_INVALID', `cannot read template "${rel}" in ${templatesDir}`, where, { cause: e });
  }
}

function invalid(message: string, where: LineOrigin): DigestError {
  return new DigestError('TEMPLATE_INVALID', message, where);
}

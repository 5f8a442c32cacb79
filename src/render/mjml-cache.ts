import { createHash } from 'node:crypto';
import { DigestError } from '../domain/errors.js';
import { diskCacheKey, loadOrCompile, type MjmlDiskCache } from './mjml-disk-cache.js';
import type { ValidationLevel } from './render-types.js';
import type { TemplateSource } from './template-source.js';

interface MjmlIssue {
  line: number;
  message: string;
  tagName: string;
}

/**
 * MJML output keyed by a hash of the expanded template and the validation
 * level: the slow compile (hundreds of ms) runs once per template content,
 * however many renderers, editions or readers use it; with a disk cache, once
 * per content across runs too.
 */
const compiled = new Map<string, Promise<string>>();
/** An editor tweaking templates in a long-running preview makes a new entry per save; the oldest go first. */
const MAX_ENTRIES = 64;

export function templateHash(source: TemplateSource, validation: ValidationLevel): string {
  return createHash('sha256').update(validation).update('\0').update(source.text).digest('hex');
}

export function compileMjml(source: TemplateSource, validation: ValidationLevel, disk?: MjmlDiskCache): Promise<string> {
  const key = templateHash(source, validation);
  let html = compiled.get(key);
  if (!html) {
    const compile = () => runMjml(source, validation);
    html = disk ? loadOrCompile(disk.dir, diskCacheKey(source, validation, disk.mjmlVersion), compile) : compile();
    // A failed compile is not cached, so a fixed template is picked up at once.
    html.catch(() => compiled.delete(key));
    compiled.set(key, html);
    if (compiled.size > MAX_ENTRIES) compiled.delete(compiled.keys().next().value!);
  }
  return html;
}

/** How many distinct template contents have been compiled (for tests of the cache). */
export function mjmlCacheSize(): number {
  return compiled.size;
}

export async function runMjml(source: TemplateSource, validation: ValidationLevel): Promise<string> {
  // Loaded here, not on import: a run whose compiled templates are on disk never loads MJML.
  const { default: mjml2html } = await import('mjml');
  let result: { html: string; errors: MjmlIssue[] };
  try {
    // fonts: {} keeps MJML from linking web fonts: no external CSS in the mail.
    result = await mjml2html(source.text, { validationLevel: validation, fonts: {}, keepComments: false });
  } catch (e) {
    // A strict-validation failure is thrown with the same issue list soft mode returns.
    const issues = (e as { errors?: MjmlIssue[] }).errors;
    throw issueError(source, issues?.[0], e);
  }
  if (validation === 'strict' && result.errors.length > 0) throw issueError(source, result.errors[0], undefined);
  // MJML indents its output and leaves blank lines: a fifth of the bytes, and Gmail clips a mail past 102 KB.
  // One line break stays wherever there was one, so whitespace between inline words survives.
  return result.html.replace(/^[ \t]+/gm, '').replace(/\n{2,}/g, '\n');
}

function issueError(source: TemplateSource, issue: MjmlIssue | undefined, cause: unknown): DigestError {
  if (!issue) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return new DigestError('TEMPLATE_INVALID', `MJML failed: ${message}`, { file: source.file }, { cause });
  }
  const origin = source.origins[issue.line - 1] ?? { file: source.file, line: issue.line };
  return new DigestError('TEMPLATE_INVALID', `MJML <${issue.tagName}>: ${issue.message.trim()}`, origin, { cause });
}

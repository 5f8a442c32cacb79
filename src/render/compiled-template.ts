import Handlebars from 'handlebars';
import { DigestError } from '../domain/errors.js';
import { compileMjml } from './mjml-cache.js';
import type { MjmlDiskCache } from './mjml-disk-cache.js';
import type { ValidationLevel } from './render-types.js';
import type { HandlebarsEnv, HelperData } from './template-helpers.js';
import type { TemplateSource } from './template-source.js';

/** A template ready to render: data in, output string out. */
export type CompiledTemplate = (view: object, data: HelperData) => string;

/**
 * Checks each file's Handlebars on its own, so a parse error names the file
 * and line the user wrote rather than a line of the expanded or compiled document.
 */
export function checkHandlebars(source: TemplateSource): void {
  for (const { file, text } of source.files) {
    try {
      Handlebars.parse(text);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      // "Parse error on line 12:" or, for a block closed by the wrong name, "if doesn't match each - 12:5".
      const line = (/line (\d+)/.exec(message) ?? / - (\d+):\d+$/.exec(message))?.[1];
      const where = line ? { file, line: Number(line) } : { file };
      throw new DigestError('TEMPLATE_INVALID', `Handlebars: ${message.split('\n').pop()}`, where, { cause: e });
    }
  }
}

/** An .mjml template: MJML compiled once (cached by content hash, in memory and optionally on disk), then Handlebars. */
export async function compileMjmlTemplate(
  hb: HandlebarsEnv,
  source: TemplateSource,
  validation: ValidationLevel,
  disk?: MjmlDiskCache,
): Promise<CompiledTemplate> {
  checkHandlebars(source);
  return compileHandlebars(hb, source.file, await compileMjml(source, validation, disk), false);
}

/** A Handlebars-only template (plain text, subject line): values printed as they are, no HTML escaping. */
export function compileTextTemplate(hb: HandlebarsEnv, source: TemplateSource): CompiledTemplate {
  checkHandlebars(source);
  return compileHandlebars(hb, source.file, source.text, true);
}

function compileHandlebars(hb: HandlebarsEnv, file: string, text: string, noEscape: boolean): CompiledTemplate {
  let render: Handlebars.TemplateDelegate;
  try {
    // strict: a misspelt field is an error, not a silent blank in every reader's mail.
    render = hb.compile(text, { strict: true, noEscape });
  } catch (e) {
    throw new DigestError('TEMPLATE_INVALID', `Handlebars: ${(e as Error).message}`, { file }, { cause: e });
  }
  return (view, data) => {
    try {
      return render(view, { data });
    } catch (e) {
      if (e instanceof DigestError) throw new DigestError(e.code, e.message, { file, ...e.where }, { cause: e });
      throw new DigestError('TEMPLATE_INVALID', `Handlebars: ${(e as Error).message}`, { file }, { cause: e });
    }
  };
}

import { FILTER_FIELDS, type MatchRule } from '../domain/story-filter.js';
import * as z from 'zod';

/**
 * One include or exclude rule as written: a `keyword` (a whole word or
 * phrase, any case) or a `regex` (JavaScript syntax, any case), looked for
 * `in` some fields (all by default). Compiled here, once: a pattern that does
 * not compile is a config error on its own key.
 */
export const matchRuleSchema = z
  .object({
    keyword: z.string().trim().min(1).optional(),
    regex: z.string().min(1).optional(),
    in: z
      .array(z.enum(FILTER_FIELDS))
      .min(1)
      .default([...FILTER_FIELDS]),
  })
  .strict()
  .superRefine((r, ctx) => {
    if ((r.keyword === undefined) === (r.regex === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give either keyword or regex (one of them)' });
    } else if (r.regex !== undefined) {
      const problem = regexProblem(r.regex);
      if (problem) ctx.addIssue({ code: 'custom', path: ['regex'], message: `is not a valid regular expression: ${problem}` });
    }
  })
  .transform((r): MatchRule => {
    const fields = r.in;
    const where = fields.length === FILTER_FIELDS.length ? '' : ` in ${fields.join(', ')}`;
    if (r.regex !== undefined) return { pattern: new RegExp(r.regex, 'iu'), fields, label: `regex /${r.regex}/${where}` };
    const words = r.keyword!.split(/\s+/).map(escapeRegex).join('\\s+');
    // Whole words only: "ai" must not match "said"; letters and digits of any script count as word characters.
    return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu'), fields, label: `keyword "${r.keyword}"${where}` };
  });

function regexProblem(source: string): string | null {
  try {
    new RegExp(source, 'iu');
    return null;
  } catch (e) {
    return (e as Error).message.replace(/^Invalid regular expression: /, '');
  }
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

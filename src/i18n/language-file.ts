import * as z from 'zod';
import { PAGE_KEYS, REPLY_KEYS, type PageKey, type ReplyKey } from './label-keys.js';

/** A label: one text, or plural forms chosen by Intl.PluralRules on `count` (plus `zero` for a count of 0). */
const label = z.union([
  z.string(),
  z.strictObject({
    zero: z.string().optional(),
    one: z.string().optional(),
    two: z.string().optional(),
    few: z.string().optional(),
    many: z.string().optional(),
    other: z.string(),
  }),
]);

export type Label = z.infer<typeof label>;

/** The shape of a section whose keys the code names: any may be left out (English fills in), none misspelt (strict). */
function keyedShape<K extends string>(keys: readonly K[]): Record<K, z.ZodOptional<typeof label>> {
  return Object.fromEntries(keys.map((k) => [k, label.optional()])) as Record<K, z.ZodOptional<typeof label>>;
}

/** One file of templates/i18n/: every word a reader sees in one language. */
export const languageFileSchema = z.strictObject({
  /** The language's own name, for the web pages' language links ("Deutsch"); Intl's name when left out. */
  name: z.string().min(1).optional(),
  dir: z.enum(['ltr', 'rtl']).default('ltr'),
  /** Intl locale for numbers and plural forms ("de": 1.234,5); the file's own code when left out. */
  numberLocale: z.string().min(1).optional(),
  /** Intl locale for dates ("en-GB": 25 Nov); the file's own code when left out. */
  dateLocale: z.string().min(1).optional(),
  /** What the templates print with `t`: digest, subject, confirmation mail, and any label an operator adds. */
  labels: z.record(z.string(), label).default({}),
  /** The reader's web pages: subscribe, confirm, preferences, unsubscribe, archive, errors. */
  pages: z.strictObject(keyedShape<PageKey>(PAGE_KEYS)).prefault({}),
  /** Plain mails that answer a mail to the request address. */
  replies: z.strictObject(keyedShape<ReplyKey>(REPLY_KEYS)).prefault({}),
});

export type LanguageFile = z.infer<typeof languageFileSchema>;

/** The sections a label lives in. */
export type LabelSection = 'labels' | 'pages' | 'replies';

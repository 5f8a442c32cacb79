import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DigestError, type ErrorLocation } from '../domain/errors.js';
import { PAGE_KEYS, REPLY_KEYS, type PageKey, type ReplyKey } from './label-keys.js';
import { languageFileSchema, type Label, type LabelSection, type LanguageFile } from './language-file.js';

/** One language as the code reads it: every label present, English where the file has none. */
export interface LabelSet {
  /** The file's name without `.json`: "de", "pt-br". */
  lang: string;
  /** The language's own name ("Deutsch"). */
  name: string;
  dir: 'ltr' | 'rtl';
  numberLocale: string;
  dateLocale: string;
  labels: Readonly<Record<string, Label>>;
  pages: Readonly<Record<PageKey, Label>>;
  replies: Readonly<Record<ReplyKey, Label>>;
}

/** Labels a language file lacks, shown in English instead. */
export interface LabelGap {
  lang: string;
  /** Relative to the templates folder: "i18n/de.json". */
  file: string;
  /** "section.key", e.g. "pages.saveButton". */
  keys: string[];
}

/** One line for the editor: which labels a language file lacks. */
export function describeLabelGap(gap: LabelGap): string {
  return `${gap.file} lacks ${gap.keys.length} label${gap.keys.length === 1 ? '' : 's'}, shown in English: ${gap.keys.join(', ')}`;
}

/** Where a template asks for a label. */
export interface LabelUse {
  key: string;
  file: string;
  line?: number;
}

export interface LabelCatalog {
  /** Every language, the fallback first, then by code: the order of the pages' language links. */
  readonly languages: readonly LabelSet[];
  readonly fallback: LabelSet;
  /** The set for a language tag ("pt-BR" finds pt-br.json, else pt.json), or the fallback. */
  forLang(lang: string | null | undefined): LabelSet;
  /**
   * The first language that has a file among `wanted`, each a tag, a list of
   * tags or an Accept-Language value (read by its q weights); else the fallback.
   */
  negotiate(...wanted: (string | null | undefined)[]): LabelSet;
  /** What each language takes from English; empty when every file is complete. */
  readonly gaps: readonly LabelGap[];
  /** Throws TEMPLATE_INVALID, naming the key and the file, for a label no language defines. */
  requireLabels(uses: readonly LabelUse[]): void;
}

const FALLBACK_LANG = 'en';
const FOLDER = 'i18n';

/** Reads and checks every `i18n/<lang>.json` in the templates folder, once. */
export async function loadLabelCatalog(templatesDir: string): Promise<LabelCatalog> {
  const dir = path.join(templatesDir, FOLDER);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch (e) {
    throw new DigestError('TEMPLATE_INVALID', `no label folder ${FOLDER}/ in ${templatesDir}`, { file: FOLDER }, { cause: e });
  }
  const files = new Map<string, LanguageFile>();
  for (const name of names) {
    const file = `${FOLDER}/${name}`;
    files.set(name.slice(0, -'.json'.length).toLowerCase(), parseLanguageFile(await readFile(path.join(dir, name), 'utf8'), file));
  }
  const base = files.get(FALLBACK_LANG);
  if (!base)
    throw new DigestError('TEMPLATE_INVALID', `labels for "${FALLBACK_LANG}" are required: every language falls back to them`, { file: fileOf(FALLBACK_LANG) });
  for (const key of PAGE_KEYS) requireDefined(files, 'pages', key, 'the web pages', { file: fileOf(FALLBACK_LANG), field: `pages.${key}` });
  for (const key of REPLY_KEYS) requireDefined(files, 'replies', key, 'the mail replies', { file: fileOf(FALLBACK_LANG), field: `replies.${key}` });

  const sets = new Map<string, LabelSet>();
  const gaps: LabelGap[] = [];
  for (const [lang, f] of files) {
    const missing = (['labels', 'pages', 'replies'] as const).flatMap((section) =>
      Object.keys(base[section])
        .filter((k) => !(k in f[section]))
        .map((k) => `${section}.${k}`),
    );
    if (missing.length) gaps.push({ lang, file: fileOf(lang), keys: missing });
    sets.set(lang, {
      lang,
      name: f.name ?? languageName(lang),
      dir: f.dir,
      numberLocale: f.numberLocale ?? lang,
      dateLocale: f.dateLocale ?? lang,
      // A partial translation still renders: each missing label is the English one.
      labels: { ...base.labels, ...f.labels },
      pages: { ...base.pages, ...f.pages } as Record<PageKey, Label>,
      replies: { ...base.replies, ...f.replies } as Record<ReplyKey, Label>,
    });
  }
  const fallback = sets.get(FALLBACK_LANG)!;
  const find = (tag: string) => {
    const code = tag.trim().toLowerCase().replace(/_/g, '-');
    return code ? (sets.get(code) ?? sets.get(code.split('-')[0]!)) : undefined;
  };

  return {
    languages: [fallback, ...[...sets.values()].filter((s) => s !== fallback)],
    fallback,
    gaps,
    forLang: (lang) => find(lang ?? '') ?? fallback,
    negotiate(...wanted) {
      for (const w of wanted) {
        for (const tag of byWeight(w ?? '')) {
          const found = find(tag);
          if (found) return found;
        }
      }
      return fallback;
    },
    requireLabels(uses) {
      for (const use of uses)
        requireDefined(files, 'labels', use.key, `${use.file}${use.line ? `:${use.line}` : ''}`, {
          file: use.file,
          ...(use.line !== undefined && { line: use.line }),
          field: use.key,
        });
    },
  };
}

function fileOf(lang: string): string {
  return `${FOLDER}/${lang}.json`;
}

function parseLanguageFile(json: string, file: string): LanguageFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new DigestError('TEMPLATE_INVALID', `labels are not valid JSON: ${(e as Error).message}`, { file }, { cause: e });
  }
  const parsed = languageFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.join('.');
    const what = issue.code === 'unrecognized_keys' ? `unknown label ${issue.keys.map((k) => `"${k}"`).join(', ')} (a misspelt key?)` : issue.message;
    throw new DigestError('TEMPLATE_INVALID', `labels: ${at ? `${at}: ` : ''}${what}`, { file, ...(at && { field: at }) });
  }
  return parsed.data;
}

/** A label someone prints must be in the fallback, or a reader of a language without it would get nothing. */
function requireDefined(files: Map<string, LanguageFile>, section: LabelSection, key: string, usedBy: string, where: ErrorLocation): void {
  if (key in files.get(FALLBACK_LANG)![section]) return;
  const elsewhere = [...files].filter(([, f]) => key in f[section]).map(([lang]) => fileOf(lang));
  const name = section === 'labels' ? key : `${section}.${key}`;
  throw new DigestError(
    'TEMPLATE_INVALID',
    `label "${name}", used by ${usedBy}, is ${elsewhere.length ? `only in ${elsewhere.join(', ')}` : 'defined in no language'}: add it to ${fileOf(FALLBACK_LANG)}, which every language falls back to`,
    where,
  );
}

/** The tags of an Accept-Language value, heaviest first (a plain tag is a list of one). */
function byWeight(header: string): string[] {
  return header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((t) => t.tag && t.tag !== '*' && t.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((t) => t.tag);
}

function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

import { readFile, rename, writeFile } from 'node:fs/promises';
import { isMap, isSeq, LineCounter, parseDocument, YAMLSeq, type Document, type Node } from 'yaml';
import * as z from 'zod';
import { DigestError, type FeedSource } from '../domain/index.js';

/** One entry of `feeds:`. The schema is the type: FeedSource. */
const feedSourceSchema = z
  .object({
    url: z.string().trim().min(1, 'url is empty'),
    name: z.string().trim().min(1, 'name is empty'),
    lang: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'lang must be a language code such as "en" or "id"')
      .optional(),
    htmlUrl: z.string().trim().url('htmlUrl must be an absolute URL').optional(),
    folder: z.array(z.string().trim().min(1)).min(1).optional(),
    tags: z.array(z.string().trim().min(1)).default([]),
  })
  .strict();

const feedListSchema = z.object({ feeds: z.array(z.unknown()).default([]) }).passthrough();

/**
 * Reads the feed list users edit (`feeds:` array of {url, name, lang?, tags?}).
 * Every fault names the file, the line and the field; a missing file is an error,
 * never an empty list (an empty digest would be sent silently otherwise).
 */
export async function loadFeedList(file: string): Promise<FeedSource[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new DigestError('INPUT_INVALID', `cannot read the feed list: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { file }, { cause: e });
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : undefined);
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    throw new DigestError('CONFIG_INVALID', `not valid YAML: ${err.message.split('\n')[0]}`, { file, line: lines.linePos(err.pos[0]).line });
  }
  const top = feedListSchema.safeParse(doc.toJS() ?? {});
  if (!top.success) {
    throw new DigestError('CONFIG_INVALID', 'expected a mapping with a "feeds:" list', { file, line: 1, field: 'feeds' });
  }
  const seq = doc.get('feeds', true);
  const out: FeedSource[] = [];
  const seen = new Map<string, number>();
  top.data.feeds.forEach((entry, index) => {
    const node = isSeq(seq) ? (seq.items[index] as Node | undefined) : undefined;
    const parsed = feedSourceSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const key = issue.path[0];
      const valueNode = isMap(node) && typeof key === 'string' ? (node.get(key, true) as Node | undefined) : undefined;
      const keyName = issue.code === 'unrecognized_keys' ? issue.keys[0] : key;
      const keyNode =
        isMap(node) && keyName !== undefined
          ? (node.items.find((p) => String((p.key as { value?: unknown })?.value) === keyName)?.key as Node | undefined)
          : undefined;
      const field = `feeds[${index}]${keyName !== undefined ? `.${String(keyName)}` : ''}`;
      const message = issue.code === 'unrecognized_keys' ? `unknown key "${String(keyName)}" (expected url, name, lang, htmlUrl, folder, tags)` : issue.message;
      throw new DigestError('CONFIG_INVALID', message, { file, line: lineOf(valueNode ?? keyNode ?? node), field });
    }
    const source = parsed.data;
    const dup = seen.get(source.url);
    if (dup !== undefined) {
      throw new DigestError('CONFIG_INVALID', `the same url is listed twice (also feeds[${dup}])`, { file, line: lineOf(node), field: `feeds[${index}].url` });
    }
    seen.set(source.url, index);
    out.push(source);
  });
  return out;
}

const OPTIONAL_KEYS = ['lang', 'htmlUrl', 'folder', 'tags'] as const;

/**
 * Writes the list back. When the file exists its Document is edited in place so
 * comments and the order of keys survive; the write is atomic (temp file + rename).
 */
export async function saveFeedList(file: string, sources: FeedSource[]): Promise<void> {
  let doc: Document;
  try {
    doc = parseDocument(await readFile(file, 'utf8'));
    if (doc.errors.length || !isMap(doc.contents)) doc = parseDocument('feeds: []\n');
  } catch {
    doc = parseDocument('feeds: []\n');
  }
  const existing = doc.get('feeds', true);
  const byUrl = new Map<string, Node>();
  if (isSeq(existing)) {
    for (const item of existing.items) if (isMap(item)) byUrl.set(String(item.get('url')), item as Node);
  }
  const items = sources.map((s) => {
    const plain = {
      url: s.url,
      name: s.name,
      ...(s.lang ? { lang: s.lang } : {}),
      ...(s.htmlUrl ? { htmlUrl: s.htmlUrl } : {}),
      ...(s.folder?.length ? { folder: s.folder } : {}),
      ...(s.tags.length ? { tags: s.tags } : {}),
    };
    const old = byUrl.get(s.url);
    if (isMap(old)) {
      for (const [k, v] of Object.entries(plain)) old.set(k, v);
      for (const k of OPTIONAL_KEYS) if (!(k in plain)) old.delete(k);
      return old;
    }
    return doc.createNode(plain);
  });
  if (isSeq(existing)) existing.items = items;
  else {
    const seq = new YAMLSeq();
    seq.items = items;
    doc.set('feeds', seq);
  }
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, doc.toString(), 'utf8');
  await rename(tmp, file);
}

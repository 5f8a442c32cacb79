import { isDigestError } from '../domain/errors.js';
import type { ImportedReader, NewSubscriber } from '../store/index.js';
import type { CsvItem, CsvRecord } from './csv.js';
import { exportLayout, LAYOUT_FIELDS, type ExportLayout, type LeftReason } from './export-layouts.js';
import { normalizeEmail } from './normalize-email.js';
import { sendAtProblem, timeZoneProblem } from './reader-time.js';

/** A reader as a CSV row gives it, with the line it came from. */
export interface ImportRow extends Omit<NewSubscriber, 'status'> {
  line: number;
}

export interface BadRow {
  line: number;
  reason: string;
}

export interface ImportDeps {
  /** Writes one batch of distinct readers (one transaction); results in the same order. */
  importMany(rows: ImportRow[]): Promise<ImportedReader[]>;
  /** What became of one row; awaited, so a slow consumer (confirmation mails) holds the reading back. */
  imported(row: ImportRow, result: ImportedReader): Promise<void> | void;
  bad(row: BadRow): void;
  /** Which of these addresses had their data erased at their request: such rows are left out, never re-added silently. */
  erased?(emails: string[]): Promise<Set<string>>;
  /** A row left out because its reader had their data erased. */
  leftOut?(row: ImportRow): void;
}

/** Columns in the order a file without a header gives them. */
const COLUMNS = ['email', 'name', 'lang', 'send_at', 'time_zone'] as const;
type Column = (typeof COLUMNS)[number];

/** Where each column is, and the other tool's fields when the header names them. */
interface Columns {
  index: Record<Column, number>;
  layout: ExportLayout | null;
}

export interface ImportCount {
  rows: number;
  bad: number;
  /** Rows left out because their reader had their data erased. */
  erased: number;
  /** Rows kept out because the export says the reader left: unsubscribed, or cleaned (dropped by the tool after bounces). */
  left: Record<LeftReason, number>;
}
const NAME_MAX = 100;
/** Rows per transaction: big enough to be fast, small enough that memory stays flat. */
export const IMPORT_BATCH = 1000;

/**
 * Imports readers from CSV records, a batch per transaction. A first row
 * naming an `email` column (or `Email Address`, as Mailchimp does) is a
 * header: columns in any order, others ignored, and the export columns of
 * Mailchimp, Substack, Ghost and listmonk recognised (see export-layouts):
 * their name, consent date and status, a reader who unsubscribed or was
 * cleaned kept out and counted. Without a header the columns are email, name,
 * lang, send_at, time_zone. Every row that is not imported is reported with
 * its line: bad values, CSV problems, and an address that appears twice.
 * A reader who had their data erased is left out and counted too.
 */
export async function importReaders(items: AsyncIterable<CsvItem>, deps: ImportDeps, batchSize = IMPORT_BATCH): Promise<ImportCount> {
  let columns: Columns | null = null;
  let batch: ImportRow[] = [];
  let inBatch = new Map<string, number>();
  const firstLine = new FirstLines();
  const count: ImportCount = { rows: 0, bad: 0, erased: 0, left: { unsubscribed: 0, cleaned: 0 } };
  const bad = (b: BadRow) => {
    count.bad++;
    deps.bad(b);
  };
  const flush = async () => {
    let rows = batch;
    batch = [];
    inBatch = new Map();
    const gone = rows.length && deps.erased ? await deps.erased(rows.map((r) => r.email)) : new Set<string>();
    if (gone.size > 0) {
      for (const r of rows.filter((r) => gone.has(r.email))) {
        count.erased++;
        deps.leftOut?.(r);
      }
      rows = rows.filter((r) => !gone.has(r.email));
    }
    if (rows.length === 0) return;
    const results = await deps.importMany(rows);
    for (const [i, row] of rows.entries()) {
      const result = results[i]!;
      const first = firstLine.get(result.subscriber.id);
      if (first !== undefined) {
        bad({ line: row.line, reason: `${row.email} already appears on line ${first}` });
        continue;
      }
      firstLine.set(result.subscriber.id, row.line);
      count.rows++;
      await deps.imported(row, result);
    }
  };
  for await (const item of items) {
    if (item.kind === 'problem') {
      bad(item);
      continue;
    }
    if (!columns) {
      columns = readHeader(item.cells);
      if (columns.layout) continue;
    }
    const left = columns.layout?.left(item.cells);
    if (left) {
      count.left[left]++;
      continue;
    }
    const row = readRow(item, columns);
    if ('reason' in row) {
      bad(row);
      continue;
    }
    const first = inBatch.get(row.email);
    if (first !== undefined) {
      bad({ line: row.line, reason: `${row.email} already appears on line ${first}` });
      continue;
    }
    inBatch.set(row.email, row.line);
    batch.push(row);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return count;
}

/**
 * The line each reader touched so far was first seen on, by subscriber id:
 * four bytes per id (ids are dense), where a Map of a million readers would
 * take tens of megabytes.
 */
class FirstLines {
  private lines = new Int32Array(1024);

  get(id: number): number | undefined {
    return this.lines[id] || undefined;
  }

  set(id: number, line: number): void {
    if (id >= this.lines.length) {
      const grown = new Int32Array(Math.max(id + 1, this.lines.length * 2));
      grown.set(this.lines);
      this.lines = grown;
    }
    this.lines[id] = line;
  }
}

/** A first row naming an address column is a header; any other first row is a reader in the fixed column order. */
function readHeader(cells: readonly string[]): Columns {
  const header = cells.map((c) => c.trim().toLowerCase());
  const email = LAYOUT_FIELDS.email.map((n) => header.indexOf(n)).find((i) => i >= 0);
  if (email === undefined) return { index: Object.fromEntries(COLUMNS.map((c, i) => [c, i])) as Record<Column, number>, layout: null };
  const index = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<Column, number>;
  return { index: { ...index, email }, layout: exportLayout(header) };
}

/** Export tools write times without a zone ("2024-03-01 09:15:00") in UTC. */
const ZONELESS = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

function consentTime(text: string): string | null {
  const ms = Date.parse(ZONELESS.test(text) ? `${text.replace(' ', 'T')}Z` : text);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** One record checked and normalized, or why it cannot be imported. */
function readRow(r: CsvRecord, { index, layout }: Columns): ImportRow | BadRow {
  const cell = (c: Column) => (index[c] >= 0 ? (r.cells[index[c]] ?? '').trim() : '');
  let email: string;
  try {
    email = normalizeEmail(cell('email'));
  } catch (e) {
    return { line: r.line, reason: isDigestError(e) ? e.message : 'email address is not valid' };
  }
  const name = (layout ? layout.name(r.cells) : cell('name')).replace(/\p{Cc}+/gu, ' ').trim();
  if (name.length > NAME_MAX) return { line: r.line, reason: `name is longer than ${NAME_MAX} characters` };
  const lang = cell('lang').toLowerCase();
  if (lang && !/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(lang)) return { line: r.line, reason: `${JSON.stringify(lang.slice(0, 20))} is not a language code` };
  const sendAt = cell('send_at');
  const timeZone = cell('time_zone');
  const problem = (sendAt && sendAtProblem(sendAt)) || (timeZone && timeZoneProblem(timeZone));
  if (problem) return { line: r.line, reason: problem };
  const consent = layout?.consent(r.cells) ?? '';
  const consentAt = consent ? consentTime(consent) : null;
  if (consent && !consentAt) return { line: r.line, reason: `consent date ${JSON.stringify(consent.slice(0, 40))} is not a date` };
  return {
    line: r.line,
    email,
    name: name || null,
    lang: lang || null,
    sendAt: sendAt || null,
    timeZone: timeZone || null,
    ...(consentAt && { consentAt }),
  };
}

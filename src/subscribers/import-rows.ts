import { isDigestError } from '../domain/errors.js';
import type { CsvRecord } from './csv.js';
import { normalizeEmail } from './normalize-email.js';

export interface ImportRow {
  line: number;
  email: string;
  name: string | null;
  lang: string | null;
}

export interface BadRow {
  line: number;
  reason: string;
}

const COLUMNS = ['email', 'name', 'lang'] as const;
const NAME_MAX = 100;

/**
 * Sorts CSV records into readers to import and rows to report. A first row
 * naming an `email` column is a header (columns in any order, others
 * ignored); without one the columns are email, name, lang.
 */
export function importRows(records: CsvRecord[]): { rows: ImportRow[]; bad: BadRow[] } {
  const header = records[0]?.cells.map((c) => c.trim().toLowerCase());
  const hasHeader = header?.includes('email') ?? false;
  const index = Object.fromEntries(COLUMNS.map((c, i) => [c, hasHeader ? header!.indexOf(c) : i])) as Record<(typeof COLUMNS)[number], number>;
  const rows: ImportRow[] = [];
  const bad: BadRow[] = [];
  const seen = new Map<string, number>();
  for (const r of hasHeader ? records.slice(1) : records) {
    const cell = (c: (typeof COLUMNS)[number]) => (index[c] >= 0 ? (r.cells[index[c]] ?? '').trim() : '');
    let email: string;
    try {
      email = normalizeEmail(cell('email'));
    } catch (e) {
      bad.push({ line: r.line, reason: isDigestError(e) ? e.message : 'email address is not valid' });
      continue;
    }
    const first = seen.get(email);
    if (first !== undefined) {
      bad.push({ line: r.line, reason: `${email} already appears on line ${first}` });
      continue;
    }
    // eslint-disable-next-line no-control-regex
    const name = cell('name').replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
    if (name.length > NAME_MAX) {
      bad.push({ line: r.line, reason: `name is longer than ${NAME_MAX} characters` });
      continue;
    }
    const lang = cell('lang').toLowerCase();
    if (lang && !/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(lang)) {
      bad.push({ line: r.line, reason: `${JSON.stringify(lang.slice(0, 20))} is not a language code` });
      continue;
    }
    seen.set(email, r.line);
    rows.push({ line: r.line, email, name: name || null, lang: lang || null });
  }
  return { rows, bad };
}

import { DigestError } from '../domain/errors.js';

/** One CSV record with the line it starts on (1-based), for error messages. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * RFC 4180 CSV: comma-separated, fields optionally in double quotes with ""
 * for a quote, CRLF or LF line ends, a BOM ignored. Blank lines are skipped.
 * An unterminated quote is an error naming the line where the field began.
 */
export function parseCsv(text: string): CsvRecord[] {
  const s = text.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (i < s.length) {
    const c = s[i]!;
    if (c === '"' && cell === '') {
      const start = line;
      i++;
      for (;;) {
        if (i >= s.length) throw new DigestError('INPUT_INVALID', 'a quoted field is never closed', { line: start });
        const q = s[i]!;
        if (q === '"' && s[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (q === '"') {
          i++;
          break;
        } else {
          if (q === '\n') line++;
          cell += q;
          i++;
        }
      }
      continue;
    }
    if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += c;
    }
    i++;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

/**
 * One CSV line. Cells that a spreadsheet would run as a formula (=, +, -, @
 * first) get a leading apostrophe, so an exported name cannot become code.
 */
export function csvLine(cells: (string | number | boolean | null)[]): string {
  return (
    cells
      .map((v) => {
        let s = v === null ? '' : String(v);
        if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
        return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
      })
      .join(',') + '\r\n'
  );
}

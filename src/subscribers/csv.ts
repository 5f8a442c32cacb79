import { Transform } from 'node:stream';
import { Parser, type CsvError, type Info, type InfoRecord, type Options } from 'csv-parse';

/** One CSV record with the line it starts on (1-based), for error messages. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A stretch of lines that yields no record: why, and which lines were not read as rows. */
export interface CsvProblem {
  line: number;
  endLine: number;
  reason: string;
}

export type CsvItem = ({ kind: 'record' } & CsvRecord) | ({ kind: 'problem' } & CsvProblem);

const LF = 0x0a;
const CR = 0x0d;

/** CRLF and a lone CR become LF, so each physical line is counted once. Byte-wise: neither byte occurs inside a UTF-8 sequence. */
function lineEndsToLf(): Transform {
  let crLast = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!crLast && !chunk.includes(CR)) return done(null, chunk);
      const out = Buffer.allocUnsafe(chunk.length + 1);
      let n = 0;
      let i = 0;
      if (crLast) {
        out[n++] = LF;
        if (chunk[0] === LF) i = 1;
        crLast = false;
      }
      for (; i < chunk.length; i++) {
        const b = chunk[i]!;
        if (b !== CR) out[n++] = b;
        else if (i + 1 === chunk.length) crLast = true;
        else {
          out[n++] = LF;
          if (chunk[i + 1] === LF) i++;
        }
      }
      done(null, out.subarray(0, n));
    },
    flush(done) {
      done(null, crLast ? Buffer.from([LF]) : null);
    },
  });
}

/** A line that begins the way a row does: an address, then a comma or the line end. */
const ROW_START = /^\s*"?[^\s",@]+@[^\s",@]+\.[^\s",@]+"?\s*(,|$)/;

/**
 * A quoted field that runs on into a line that looks like a row of its own
 * almost always means a missing closing quote: that row would vanish into
 * the field. Returns the first such line, or null.
 */
function swallowedLine(cells: string[], line: number): number | null {
  let at = line;
  for (const cell of cells) {
    const parts = cell.split('\n');
    for (let i = 1; i < parts.length; i++) {
      at++;
      if (ROW_START.test(parts[i]!)) return at;
    }
  }
  return null;
}

const newlines = (cells: string[]) => cells.reduce((n, c) => n + (c.includes('\n') ? c.split('\n').length - 1 : 0), 0);

/**
 * Streams RFC 4180 CSV (comma-separated, fields optionally in double quotes
 * with "" for a quote, CRLF, LF or CR line ends, a BOM ignored, blank lines
 * skipped) through csv-parse, one record at a time, each with the line it
 * starts on. A quote left open does not take rows with it silently: the
 * lines it spans come back as one problem, and parsing goes on after it.
 */
export async function* readCsv(input: NodeJS.ReadableStream): AsyncGenerator<CsvItem> {
  // Problems are found while parsing, ahead of the records still buffered: each waits for its place in line order.
  const problems: CsvProblem[] = [];
  let lastEnd = 0;
  let lastEmpty = 0;
  const options: Options<CsvRecord & { endLine: number }, string[]> = {
    bom: true,
    record_delimiter: '\n',
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: (cells: string[], info: InfoRecord) => {
      const line = info.lines - newlines(cells);
      lastEnd = info.lines;
      lastEmpty = info.empty_lines;
      return { line, endLine: info.lines, cells };
    },
    on_skip: (err: CsvError | undefined) => {
      if (!err) return undefined;
      const info = err as CsvError & Partial<Info>;
      const line = lastEnd + 1 + Math.max(0, (info.empty_lines ?? lastEmpty) - lastEmpty);
      const endLine = Math.max(line, info.lines ?? line);
      const what = err.code === 'CSV_QUOTE_NOT_CLOSED' ? `a quote opened on line ${line} is never closed` : err.message.replace(/:.*/, '').toLowerCase();
      problems.push({ line, endLine, reason: `${what}; ${span(line, endLine)} not imported` });
      return undefined;
    },
  };
  // Parser's constructor is typed for plain string[] records; on_record above makes them CsvRecords.
  const parser = new Parser(options as unknown as Options);
  const records = input.pipe(lineEndsToLf()).pipe(parser) as AsyncIterable<CsvRecord & { endLine: number }>;
  for await (const r of records) {
    while (problems.length > 0 && problems[0]!.line < r.line) yield { kind: 'problem', ...problems.shift()! };
    const swallowed = swallowedLine(r.cells, r.line);
    if (swallowed === null) yield { kind: 'record', line: r.line, cells: r.cells };
    else {
      const reason = `a quote opened on line ${r.line} runs on into line ${swallowed}, which looks like a row of its own; ${span(r.line, r.endLine)} not imported (close the quote)`;
      yield { kind: 'problem', line: r.line, endLine: r.endLine, reason };
    }
  }
  for (const p of problems) yield { kind: 'problem', ...p };
}

const span = (from: number, to: number) => (from === to ? `line ${from}` : `lines ${from}–${to}`);

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

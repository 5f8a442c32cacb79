import { Transform } from 'node:stream';
import { Parser, type CsvError } from 'csv-parse';

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
  // A problem is found while parsing, ahead of records still buffered: it waits until the records parsed before it are read.
  const problems: { afterRecords: number; endLine: number; reason: string }[] = [];
  const parser = new Parser({
    bom: true,
    record_delimiter: '\n',
    relax_column_count: true,
    relax_quotes: true,
    // Blank lines come through as [''] and are skipped below: counting them here keeps line numbers exact without per-record info.
    skip_empty_lines: false,
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined) => {
      if (err)
        problems.push({
          afterRecords: parser.info.records,
          endLine: (err as CsvError & { lines?: number }).lines ?? 0,
          reason: err.code === 'CSV_QUOTE_NOT_CLOSED' ? 'never closed' : err.message.replace(/:.*/, '').toLowerCase(),
        });
      return undefined;
    },
  });
  let line = 1;
  let read = 0;
  for await (const cells of input.pipe(lineEndsToLf()).pipe(parser) as AsyncIterable<string[]>) {
    while (problems.length > 0 && problems[0]!.afterRecords <= read) {
      const p = skipped(line, problems.shift()!);
      yield p;
      line = p.endLine + 1;
    }
    read++;
    const start = line;
    line += 1 + newlines(cells);
    if (cells.length === 1 && cells[0] === '') continue;
    const swallowed = swallowedLine(cells, start);
    if (swallowed === null) yield { kind: 'record', line: start, cells };
    else {
      const reason = `a quote opened on line ${start} runs on into line ${swallowed}, which looks like a row of its own; ${span(start, line - 1)} not imported (close the quote)`;
      yield { kind: 'problem', line: start, endLine: line - 1, reason };
    }
  }
  for (const problem of problems) {
    const p = skipped(line, problem);
    yield p;
    line = p.endLine + 1;
  }
}

/** The lines csv-parse skipped, from the first one not yet read to where it stopped. */
function skipped(line: number, p: { endLine: number; reason: string }): CsvItem & CsvProblem {
  const endLine = Math.max(line, p.endLine);
  return { kind: 'problem', line, endLine, reason: `a quote opened on line ${line} is ${p.reason}; ${span(line, endLine)} not imported` };
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

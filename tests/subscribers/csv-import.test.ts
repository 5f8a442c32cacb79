import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DigestError } from '../../src/domain/errors.js';
import { csvLine, importRows, parseCsv } from '../../src/subscribers/index.js';

const fixture = readFileSync(path.join(import.meta.dirname, 'fixtures/readers.csv'), 'utf8');

describe('CSV', () => {
  it('parses quotes, doubled quotes, CRLF and fields spanning lines, keeping each record\'s first line', () => {
    const records = parseCsv(fixture);
    expect(records[0]).toEqual({ line: 1, cells: ['Email', 'Name', 'Lang'] });
    expect(records[2]).toEqual({ line: 3, cells: ['Budi@Example.NET', 'Budi "B" Santoso', 'en'] });
    expect(records[4]).toEqual({ line: 5, cells: ['citra@example.com', 'Citra\nwith a newline', ''] });
    expect(records[5]!.line).toBe(7);
    expect(records[6]!.line).toBe(8);
    // The blank line 11 is skipped; the record after it keeps its own line number.
    expect(records.at(-1)).toEqual({ line: 12, cells: ['eko@bücher.example', 'Eko', 'de'] });
  });

  it('an unterminated quote names the line where it began', () => {
    try {
      parseCsv('a@example.org,ok\n"b@example.org,never closed\nc@example.org\n');
      throw new Error('parsed');
    } catch (e) {
      expect(e).toBeInstanceOf(DigestError);
      expect((e as DigestError).where.line).toBe(2);
    }
  });

  it('csvLine quotes what needs quoting and defuses spreadsheet formulas; parseCsv reads it back', () => {
    const line = csvLine(['a@example.org', 'He said "hi", twice', '=HYPERLINK("http://evil")', null, true]);
    expect(line).toBe('a@example.org,"He said ""hi"", twice","\'=HYPERLINK(""http://evil"")",,true\r\n');
    expect(parseCsv(line)[0]!.cells).toEqual(['a@example.org', 'He said "hi", twice', '\'=HYPERLINK("http://evil")', '', 'true']);
  });
});

describe('import rows', () => {
  it('imports the good rows normalized and reports each bad one with its line', () => {
    const { rows, bad } = importRows(parseCsv(fixture));
    expect(rows.map((r) => [r.line, r.email, r.name, r.lang])).toEqual([
      [2, 'ana@example.org', 'Ana', 'id'],
      [3, 'budi@example.net', 'Budi "B" Santoso', 'en'],
      [5, 'citra@example.com', 'Citra with a newline', null],
      [12, 'eko@xn--bcher-kva.example', 'Eko', 'de'],
    ]);
    expect(bad.map((b) => b.line)).toEqual([4, 7, 8, 10]);
    expect(bad.find((b) => b.line === 7)!.reason).toMatch(/already appears on line 2/);
    expect(bad.find((b) => b.line === 10)!.reason).toMatch(/not a language code/);
  });

  it('without a header the columns are email, name, lang', () => {
    const { rows, bad } = importRows(parseCsv('x@example.org,Xena\ny@example.org\n'));
    expect(bad).toEqual([]);
    expect(rows.map((r) => [r.email, r.name, r.lang])).toEqual([
      ['x@example.org', 'Xena', null],
      ['y@example.org', null, null],
    ]);
  });

  it('a header may order columns freely and add others', () => {
    const { rows } = importRows(parseCsv('name,joined,EMAIL\nZed,2024-01-01,z@example.org\n'));
    expect(rows).toEqual([{ line: 2, email: 'z@example.org', name: 'Zed', lang: null }]);
  });

  it('a 10,000-character address is a bad row, not a crash', () => {
    const { rows, bad } = importRows(parseCsv(`${'a'.repeat(9_990)}@example.org,Long\n`));
    expect(rows).toEqual([]);
    expect(bad).toEqual([{ line: 1, reason: expect.stringMatching(/254/) }]);
  });
});

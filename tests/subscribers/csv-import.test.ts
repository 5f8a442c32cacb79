import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { csvLine, importReaders, readCsv, type BadRow, type CsvItem, type ImportRow } from '../../src/subscribers/index.js';

const fixture = readFileSync(path.join(import.meta.dirname, 'fixtures/readers.csv'));

async function items(...chunks: (string | Buffer)[]): Promise<CsvItem[]> {
  const out: CsvItem[] = [];
  for await (const item of readCsv(Readable.from(chunks.map((c) => Buffer.from(c))))) out.push(item);
  return out;
}

const records = (all: CsvItem[]) => all.filter((i) => i.kind === 'record');
const problems = (all: CsvItem[]) => all.filter((i) => i.kind === 'problem');

describe('CSV', () => {
  it("parses quotes, doubled quotes, CRLF and fields spanning lines, keeping each record's first line", async () => {
    const all = records(await items(fixture));
    expect(all[0]).toEqual({ kind: 'record', line: 1, cells: ['Email', 'Name', 'Lang'] });
    expect(all[2]).toEqual({ kind: 'record', line: 3, cells: ['Budi@Example.NET', 'Budi "B" Santoso', 'en'] });
    expect(all[4]).toEqual({ kind: 'record', line: 5, cells: ['citra@example.com', 'Citra\nwith a newline', ''] });
    expect(all[5]!.line).toBe(7);
    expect(all[6]!.line).toBe(8);
    // The blank line 11 is skipped; the record after it keeps its own line number.
    expect(all.at(-1)).toEqual({ kind: 'record', line: 12, cells: ['eko@bücher.example', 'Eko', 'de'] });
  });

  it('counts CRLF, LF and CR line ends alike, also when a CRLF is split between two chunks', async () => {
    const all = records(await items('Email,Name\r\nana@x.org,Ana\r\n\r\n"citra@x.com","Citra\r\nnl",\r', '\ne@x.org,E\rf@x.org,F\r\n'));
    expect(all.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 'Email'],
      [2, 'ana@x.org'],
      [4, 'citra@x.com'],
      [6, 'e@x.org'],
      [7, 'f@x.org'],
    ]);
    expect(all[2]!.cells[1]).toBe('Citra\nnl');
  });

  it('a quote never closed is one problem naming every line it took, not a silent loss', async () => {
    const all = await items('a@example.org,ok\n"b@example.org,never closed\nc@example.org\n');
    expect(records(all).map((r) => r.line)).toEqual([1]);
    expect(problems(all)).toEqual([{ kind: 'problem', line: 2, endLine: 3, reason: expect.stringMatching(/never closed; lines 2–3 not imported/) }]);
  });

  it('a quote that swallows the next row is reported with that row, and the rows after it still parse', async () => {
    // The quote on line 2 closes on line 3, taking the row on line 3 into a name.
    const all = await items('a@example.org,Ann\nb@example.org,"Bob\nc@example.org,Cat"\nd@example.org,Dee\n');
    expect(records(all).map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 'a@example.org'],
      [4, 'd@example.org'],
    ]);
    expect(problems(all)).toEqual([
      { kind: 'problem', line: 2, endLine: 3, reason: expect.stringMatching(/line 2 runs on into line 3.*lines 2–3 not imported/) },
    ]);
    // An opening quote at the start of the row, closed by the quote of the next row's field.
    const second = await items('"b@example.org,Bob\nc@example.org,"Cat"\nd@example.org,Dee\n');
    expect(problems(second).map((p) => [p.line, p.endLine])).toEqual([[1, 2]]);
    expect(records(second).map((r) => r.line)).toEqual([3]);
  });

  it('a name spanning lines that do not look like rows stays one record', async () => {
    const all = await items('a@example.org,"Ann\nof Green Gables"\nb@example.org\n');
    expect(problems(all)).toEqual([]);
    expect(records(all).map((r) => r.line)).toEqual([1, 3]);
  });

  it('csvLine quotes what needs quoting and defuses spreadsheet formulas; the parser reads it back', async () => {
    const line = csvLine(['a@example.org', 'He said "hi", twice', '=HYPERLINK("http://evil")', null, true]);
    expect(line).toBe('a@example.org,"He said ""hi"", twice","\'=HYPERLINK(""http://evil"")",,true\r\n');
    expect(records(await items(line))[0]!.cells).toEqual(['a@example.org', 'He said "hi", twice', '\'=HYPERLINK("http://evil")', '', 'true']);
  });
});

describe('import readers', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(':memory:');
  });
  afterEach(async () => {
    await store.close();
  });

  async function importText(text: string | Buffer, batchSize?: number) {
    const rows: ImportRow[] = [];
    const bad: BadRow[] = [];
    const count = await importReaders(
      readCsv(Readable.from([Buffer.from(text)])),
      {
        importMany: (batch) =>
          store.subscribers.importMany(
            batch.map((r) => ({ ...r, status: 'confirmed' })),
            '2026-01-01T00:00:00.000Z',
            true,
          ),
        imported: (row) => void rows.push(row),
        bad: (b) => void bad.push(b),
      },
      batchSize,
    );
    return { rows, bad, count };
  }

  it('imports the good rows normalized and reports each bad one with its line', async () => {
    const { rows, bad, count } = await importText(fixture);
    expect(rows.map((r) => [r.line, r.email, r.name, r.lang])).toEqual([
      [2, 'ana@example.org', 'Ana', 'id'],
      [3, 'budi@example.net', 'Budi "B" Santoso', 'en'],
      [5, 'citra@example.com', 'Citra with a newline', null],
      [12, 'eko@xn--bcher-kva.example', 'Eko', 'de'],
    ]);
    expect(bad.map((b) => b.line)).toEqual([4, 7, 8, 10]);
    expect(bad.find((b) => b.line === 7)!.reason).toMatch(/already appears on line 2/);
    expect(bad.find((b) => b.line === 10)!.reason).toMatch(/not a language code/);
    expect(count).toEqual({ rows: 4, bad: 4, erased: 0, left: { unsubscribed: 0, cleaned: 0 } });
    expect((await store.subscribers.count()).confirmed).toBe(4);
  });

  it('an address repeated in a later batch is reported with the line it first appeared on', async () => {
    const csv = ['a@example.org', 'b@example.org', 'c@example.org', 'A@Example.org', 'd@example.org', 'b@example.org'].join('\n');
    const { rows, bad } = await importText(csv, 2);
    expect(rows.map((r) => r.email)).toEqual(['a@example.org', 'b@example.org', 'c@example.org', 'd@example.org']);
    expect(bad).toEqual([
      { line: 4, reason: 'a@example.org already appears on line 1' },
      { line: 6, reason: 'b@example.org already appears on line 2' },
    ]);
  });

  it('without a header the columns are email, name, lang, send_at, time_zone; both times are checked', async () => {
    const csv = [
      'x@example.org,Xena,,07:30,Europe/Berlin',
      'y@example.org',
      'bad-hour@example.org,,,25:99,',
      'pm@example.org,,,7pm,',
      'mars@example.org,,,,Mars/Base',
      'lower@example.org,,,,europe/berlin',
      'alias@example.org,,,23:59,US/Eastern',
    ].join('\n');
    const { rows, bad } = await importText(csv);
    expect(rows.map((r) => [r.email, r.name, r.sendAt, r.timeZone])).toEqual([
      ['x@example.org', 'Xena', '07:30', 'Europe/Berlin'],
      ['y@example.org', null, null, null],
      ['alias@example.org', null, '23:59', 'US/Eastern'],
    ]);
    expect(bad.map((b) => [b.line, b.reason])).toEqual([
      [3, expect.stringMatching(/"25:99" is not a time as HH:MM/)],
      [4, expect.stringMatching(/"7pm" is not a time/)],
      [5, expect.stringMatching(/"Mars\/Base" is not an IANA time zone/)],
      [6, expect.stringMatching(/"europe\/berlin" is not an IANA time zone/)],
    ]);
    const x = await store.subscribers.byEmail('x@example.org');
    expect([x!.sendAt, x!.timeZone]).toEqual(['07:30', 'Europe/Berlin']);
  });

  it('a header may order columns freely and add others', async () => {
    const { rows } = await importText('time_zone,name,joined,EMAIL,send_at\nAsia/Jakarta,Zed,2024-01-01,z@example.org,06:00\n');
    expect(rows).toEqual([{ line: 2, email: 'z@example.org', name: 'Zed', lang: null, sendAt: '06:00', timeZone: 'Asia/Jakarta' }]);
  });

  it('a 10,000-character address is a bad row, not a crash', async () => {
    const { rows, bad } = await importText(`${'a'.repeat(9_990)}@example.org,Long\n`);
    expect(rows).toEqual([]);
    expect(bad).toEqual([{ line: 1, reason: expect.stringMatching(/254/) }]);
  });

  describe("other tools' exports", () => {
    const exportFile = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/exports', name));
    const confirmedAt = async (email: string) => (await store.subscribers.byEmail(email))?.confirmedAt;

    it('Mailchimp: first and last name joined, CONFIRM_TIME (else OPTIN_TIME) as consent; the unsubscribed and cleaned files kept out', async () => {
      const subscribed = await importText(exportFile('mailchimp-subscribed.csv'));
      expect(subscribed.rows.map((r) => [r.email, r.name, r.consentAt])).toEqual([
        ['ana@example.org', 'Ana Lestari', '2024-02-01T08:05:10.000Z'],
        ['ben@example.org', 'Ben', '2024-03-04T10:00:00.000Z'],
      ]);
      expect(await confirmedAt('ana@example.org')).toBe('2024-02-01T08:05:10.000Z');
      expect((await importText(exportFile('mailchimp-unsubscribed.csv'))).count).toEqual({ rows: 0, bad: 0, erased: 0, left: { unsubscribed: 1, cleaned: 0 } });
      expect((await importText(exportFile('mailchimp-cleaned.csv'))).count).toEqual({ rows: 0, bad: 0, erased: 0, left: { unsubscribed: 0, cleaned: 2 } });
      expect(await store.subscribers.byEmail('carl@example.org')).toBeNull();
      expect(await store.subscribers.byEmail('dead@example.org')).toBeNull();
    });

    it('Substack: email_disabled readers kept out, created_at as consent', async () => {
      const { rows, count } = await importText(exportFile('substack.csv'));
      expect(rows.map((r) => [r.email, r.name, r.consentAt])).toEqual([
        ['dina@example.org', null, '2024-01-15T10:20:30.000Z'],
        ['eli@example.org', null, '2023-11-02T07:00:00.000Z'],
      ]);
      expect(count.left).toEqual({ unsubscribed: 1, cleaned: 0 });
      expect(await store.subscribers.byEmail('fay@example.org')).toBeNull();
    });

    it('Ghost: readers not subscribed_to_emails kept out', async () => {
      const { rows, count } = await importText(exportFile('ghost.csv'));
      expect(rows.map((r) => [r.email, r.name, r.consentAt])).toEqual([
        ['gita@example.org', 'Gita Rahma', '2024-04-10T06:30:00.000Z'],
        ['ivo@example.org', null, '2024-04-12T06:30:00.000Z'],
      ]);
      expect(count.left).toEqual({ unsubscribed: 1, cleaned: 0 });
    });

    it('listmonk: blocklisted readers kept out; its time stamps with a zone are read as such', async () => {
      const { rows, count } = await importText(exportFile('listmonk.csv'));
      expect(rows.map((r) => [r.email, r.name, r.consentAt])).toEqual([
        ['jo@example.org', 'Jo Park', '2024-02-20T11:12:13.123Z'],
        ['lea@example.org', 'Léa', '2024-03-03T03:03:03.000Z'],
      ]);
      expect(count.left).toEqual({ unsubscribed: 1, cleaned: 0 });
      expect(await store.subscribers.byEmail('kai@example.org')).toBeNull();
    });

    it('a consent date that is not a date is a bad row; a Status column says cleaned or unsubscribed', async () => {
      const { rows, bad, count } = await importText(
        'Email Address,Status,CONFIRM_TIME\nok@example.org,subscribed,\nx@example.org,subscribed,last tuesday\nc@example.org,cleaned,\nu@example.org,Unsubscribed,\n',
      );
      expect(rows.map((r) => r.email)).toEqual(['ok@example.org']);
      expect(bad).toEqual([{ line: 3, reason: 'consent date "last tuesday" is not a date' }]);
      expect(count.left).toEqual({ unsubscribed: 1, cleaned: 1 });
    });
  });
});

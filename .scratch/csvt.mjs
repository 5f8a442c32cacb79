import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
async function run(text, extra={}) {
  const p = Readable.from([text]).pipe(parse({ info: true, raw: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true, bom: true, relax_quotes: true, record_delimiter: ['\r\n', '\n', '\r'], ...extra }));
  p.on('skip', (e) => console.log('SKIP', e.code, e.message, JSON.stringify(e)));
  try { for await (const r of p) console.log(JSON.stringify(r.record), r.info.lines, JSON.stringify(r.raw)); } catch (e) { console.log('ERR', e.code, e.message, e.lines); }
  console.log('---');
}
await run('a@example.org,ok\n"b@example.org,never closed\nc@example.org\n');
await run('a@example.org,ok\n"b@example.org,Bob\nc@example.org,"Cat"\nd@x.org,D\n');
await run('a@example.org,ok\nb@example.org,"Bob\nc@example.org,Cat"\nd@x.org,D\n');
await run('Email,Name\r\nana@x.org,Ana\r\n\r\n"citra@x.com","Citra\r\nnl",\r\ne@x.org,E\r\n');
await run('a,b"c,d\n');
await run('a@x.org\n\n\nb@x.org,"B\nB"\n\nc@x.org\n');

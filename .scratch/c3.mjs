import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
const p = Readable.from(['a@example.org,ok\n"b@example.org,never closed\nc@example.org\n']).pipe(parse({ info: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true, relax_quotes: true, record_delimiter: '\n' }));
p.on('skip', (e) => console.log('SKIP', e.code, e.lines, JSON.stringify(e.raw)));
for await (const r of p) console.log(JSON.stringify(r.record), r.info.lines);
// speed
const rows = [];
for (let i = 0; i < 200000; i++) rows.push(`reader${i}@example.org,Reader ${i},en,07:30,Europe/Berlin\n`);
const t = Date.now();
let n = 0;
const q = Readable.from(function*(){ for (let k=0;k<5;k++) for (let i=0;i<rows.length;i+=1000) yield rows.slice(i,i+1000).join(''); }()).pipe(parse({ info: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true, relax_quotes: true, record_delimiter: '\n' }));
for await (const r of q) n++;
console.log(n, Date.now() - t, 'ms', process.memoryUsage().rss/1e6);

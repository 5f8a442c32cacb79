import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
const rows = [];
for (let i = 0; i < 200000; i++) rows.push(`reader${i}@example.org,Reader ${i},en,07:30,Europe/Berlin\n`);
const big = []; for (let k=0;k<5;k++) for (let i=0;i<rows.length;i+=2000) big.push(Buffer.from(rows.slice(i,i+2000).join('')));
for (const opts of [{}, {info:true}, {info:true, relax_quotes:true, skip_records_with_error:true}]) {
const t = Date.now();
let n = 0;
const q = Readable.from(big).pipe(parse({ relax_column_count: true, skip_empty_lines: true, record_delimiter: '\n', ...opts }));
for await (const r of q) n++;
console.log(JSON.stringify(opts), n, Date.now() - t, 'ms', process.memoryUsage().rss/1e6);
}

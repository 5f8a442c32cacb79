import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
for (const rd of [undefined, ['\r\n','\n','\r']]) {
const p = Readable.from(['Email,Name\r\nana@x.org,Ana\r\n\r\n"citra@x.com","Citra\r\nnl",\r\ne@x.org,E\r\n']).pipe(parse({ info: true, raw: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: true, record_delimiter: rd }));
for await (const r of p) console.log(JSON.stringify(r.record), r.info.lines, JSON.stringify([...r.raw].map(c=>c.charCodeAt(0))));
}

import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 375, height: 800 }, colorScheme: 'dark' });
await p.setContent(readFileSync('test-artifacts/dev.html','utf8'));
console.log(await p.evaluate(() => { let e = document.elementFromPoint(20, 60) as Element | null; const out = []; while (e) { out.push(e.tagName + '.' + e.className + ' ' + getComputedStyle(e).backgroundColor); e = e.parentElement; } return out; }));
await b.close();

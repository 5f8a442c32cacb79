// npm links the bins of dependencies but not the package's own: link it so
// `node_modules/.bin/news-digest` works in a checkout, as it does when installed.
import { mkdirSync, symlinkSync, rmSync } from 'node:fs';

mkdirSync('node_modules/.bin', { recursive: true });
rmSync('node_modules/.bin/news-digest', { force: true });
symlinkSync('../../bin/news-digest.js', 'node_modules/.bin/news-digest');

/** The process entry: real streams, real environment, exit code from runCli. */
import { runCli } from './run-cli.js';

// `news-digest subscribers list | head`: the reader has all it wanted once the pipe closes, so stop quietly like any Unix filter.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(0);
});

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }, process.env, process.cwd());

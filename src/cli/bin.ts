/** The process entry: real streams, real environment, exit code from runCli. */
import { runCli } from './run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }, process.env, process.cwd());

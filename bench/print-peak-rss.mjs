// Loaded with --import into a measured process: prints its peak resident set size on exit.
process.on('exit', () => process.stderr.write(`\npeak-rss-kib ${process.resourceUsage().maxRSS}\n`));

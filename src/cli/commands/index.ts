import type { Command } from '../command.js';

/**
 * A command by its words and its one-line summary; the module loads only when
 * that command runs, so `summarize` never pays for MJML and `--help` loads none.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/** Every command, in the order --help lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'init',
    summary: 'Write a starter project to edit into DIR (default: here): a commented config, a feed list with demo feeds, the templates',
    load: async () => (await import('./init.js')).init,
  },
  {
    name: 'send',
    summary: 'Run one full cycle: fetch feeds, build the next edition of each digest, send it',
    load: async () => (await import('./send.js')).send,
  },
  {
    name: 'run',
    summary: 'Run the scheduler: send each digest at its cron times, catch up a missed run, retry what is owed',
    load: async () => (await import('./run.js')).run,
  },
  {
    name: 'worker',
    summary: 'Queue mode (REDIS_URL): work on the fetch, summarize and deliver queues that `send` and `run` fill; run as many as you like',
    load: async () => (await import('./worker.js')).worker,
  },
  {
    name: 'preview',
    summary:
      'Show the next edition (the latest one when nothing is new) as a reader would get it: a live preview server, or files with --out; marks nothing sent',
    load: async () => (await import('./preview.js')).preview,
  },
  {
    name: 'subscribers add',
    summary: 'Add a reader (confirmed by default from the command line)',
    load: async () => (await import('./subscribers-add.js')).subscribersAdd,
  },
  {
    name: 'subscribers set',
    summary: "Change a reader's delivery time, time zone, name or language",
    load: async () => (await import('./subscribers-set.js')).subscribersSet,
  },
  { name: 'subscribers list', summary: 'List readers with their status', load: async () => (await import('./subscribers-list.js')).subscribersList },
  {
    name: 'subscribers remove',
    summary: 'Delete a reader and their queued deliveries',
    load: async () => (await import('./subscribers-remove.js')).subscribersRemove,
  },
  {
    name: 'subscribers forget',
    summary: 'Erase a reader at their request: their data goes, a salted hash of the address stays so an import does not add them back',
    load: async () => (await import('./subscribers-forget.js')).subscribersForget,
  },
  {
    name: 'subscribers import',
    summary: 'Import readers from a CSV file (email[,name[,lang[,send_at[,time_zone]]]] or a header row); they get a confirmation mail',
    load: async () => (await import('./subscribers-import.js')).subscribersImport,
  },
  {
    name: 'subscribers export',
    summary: 'Print every reader as CSV (email,name,status,lang,send_at,time_zone,paused,created_at,confirmed_at)',
    load: async () => (await import('./subscribers-export.js')).subscribersExport,
  },
  {
    name: 'subscribers stats',
    summary: 'Count readers by status (and how many confirmed readers paused their mail)',
    load: async () => (await import('./subscribers-stats.js')).subscribersStats,
  },
  {
    name: 'status',
    summary: 'Per digest: the editions still being sent and the last one, with submitted, queued and failed deliveries',
    load: async () => (await import('./status.js')).status,
  },
  {
    name: 'migrate',
    summary: "Create or update the store's tables and say what was applied (every command also does this when it opens the store)",
    load: async () => (await import('./migrate.js')).migrate,
  },
  {
    name: 'dev-smtp',
    summary: 'A local SMTP sink for trying things out: accepts every message on 127.0.0.1 and writes it to the outbox',
    load: async () => (await import('./dev-smtp.js')).devSmtp,
  },
  {
    name: 'serve',
    summary: 'Run the subscribe/confirm/unsubscribe web pages and the archive (and, with --smtp-port, the request address)',
    load: async () => (await import('./serve.js')).serve,
  },
  {
    name: 'archive export',
    summary: "Write the archive as a static site: index, one page per edition, each digest's Atom and JSON feeds, linked relatively (works from file://)",
    load: async () => (await import('./archive-export.js')).archiveExport,
  },
  {
    name: 'feeds list',
    summary: 'List the feeds in the feed list with their last fetch status',
    load: async () => (await import('./feeds-list.js')).feedsList,
  },
  { name: 'feeds add', summary: 'Add a feed to the feed list', load: async () => (await import('./feeds-add.js')).feedsAdd },
  {
    name: 'feeds check',
    summary: 'Fetch every feed once and print one status line each (ok N items / not modified / error and why); changes nothing the next run picks',
    load: async () => (await import('./feeds-check.js')).feedsCheck,
  },
  {
    name: 'feeds import-opml',
    summary: 'Add every feed of an OPML file to the feed list (known URLs are skipped; only http(s) feeds are taken)',
    load: async () => (await import('./feeds-import-opml.js')).feedsImportOpml,
  },
  { name: 'feeds export-opml', summary: 'Print the feed list as OPML', load: async () => (await import('./feeds-export-opml.js')).feedsExportOpml },
  {
    name: 'summarize',
    summary: 'Print the gist, key quotes with speakers and key figures of an article',
    load: async () => (await import('./summarize.js')).summarize,
  },
  { name: 'extract', summary: "Print an article page's title, language and main text", load: async () => (await import('./extract.js')).extract },
  {
    name: 'parse-feed',
    summary: 'Parse an RSS, Atom or JSON feed and print it normalized',
    load: async () => (await import('./parse-feed.js')).parseFeedCommand,
  },
];

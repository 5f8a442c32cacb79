import type { Command } from '../command.js';

/** A command by its words; the module loads only when that command runs, so `summarize` never pays for MJML. */
export interface CommandEntry {
  name: string;
  load(): Promise<Command>;
}

/** Every command, in the order --help lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'send', load: async () => (await import('./send.js')).send },
  { name: 'run', load: async () => (await import('./run.js')).run },
  { name: 'preview', load: async () => (await import('./preview.js')).preview },
  { name: 'subscribers add', load: async () => (await import('./subscribers-add.js')).subscribersAdd },
  { name: 'subscribers set', load: async () => (await import('./subscribers-set.js')).subscribersSet },
  { name: 'subscribers list', load: async () => (await import('./subscribers-list.js')).subscribersList },
  { name: 'subscribers remove', load: async () => (await import('./subscribers-remove.js')).subscribersRemove },
  { name: 'subscribers import', load: async () => (await import('./subscribers-import.js')).subscribersImport },
  { name: 'subscribers export', load: async () => (await import('./subscribers-export.js')).subscribersExport },
  { name: 'subscribers stats', load: async () => (await import('./subscribers-stats.js')).subscribersStats },
  { name: 'serve', load: async () => (await import('./serve.js')).serve },
  { name: 'feeds list', load: async () => (await import('./feeds-list.js')).feedsList },
  { name: 'feeds add', load: async () => (await import('./feeds-add.js')).feedsAdd },
  { name: 'feeds check', load: async () => (await import('./feeds-check.js')).feedsCheck },
  { name: 'feeds import-opml', load: async () => (await import('./feeds-import-opml.js')).feedsImportOpml },
  { name: 'feeds export-opml', load: async () => (await import('./feeds-export-opml.js')).feedsExportOpml },
  { name: 'summarize', load: async () => (await import('./summarize.js')).summarize },
  { name: 'extract', load: async () => (await import('./extract.js')).extract },
  { name: 'parse-feed', load: async () => (await import('./parse-feed.js')).parseFeedCommand },
];

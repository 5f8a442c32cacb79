import type { Command } from '../command.js';
import { extract } from './extract.js';
import { feedsAdd } from './feeds-add.js';
import { feedsExportOpml } from './feeds-export-opml.js';
import { feedsImportOpml } from './feeds-import-opml.js';
import { feedsList } from './feeds-list.js';
import { parseFeedCommand } from './parse-feed.js';
import { preview } from './preview.js';
import { send } from './send.js';
import { subscribersAdd } from './subscribers-add.js';
import { subscribersList } from './subscribers-list.js';
import { subscribersRemove } from './subscribers-remove.js';
import { summarize } from './summarize.js';

/** Every command, in the order --help lists them. */
export const COMMANDS: readonly Command[] = [
  send,
  preview,
  subscribersAdd,
  subscribersList,
  subscribersRemove,
  feedsList,
  feedsAdd,
  feedsImportOpml,
  feedsExportOpml,
  summarize,
  extract,
  parseFeedCommand,
];

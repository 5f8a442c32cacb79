import type { LoadedConfig } from '../config/index.js';
import { DigestError } from '../domain/errors.js';

/**
 * The feed list a command may change. The bundled one, used when a folder has
 * none of its own, belongs to the installed package (an upgrade would undo any
 * edit): the editor makes a project of their own first.
 */
export function editableFeedList(config: LoadedConfig): string {
  if (config.feedsFileIsBundled) {
    throw new DigestError('USAGE', 'this is the feed list news-digest ships with; run `news-digest init` here first for a feed list of your own', {
      file: config.feedsFile,
    });
  }
  return config.feedsFile;
}

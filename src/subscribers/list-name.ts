import type { LoadedConfig } from '../config/index.js';

/** The list's name as readers know it: the From display name ("Morning Brief <brief@x>"), else the first digest's. */
export function listName(config: Pick<LoadedConfig, 'from' | 'digests'>): string {
  return /^\s*"?([^"<]+?)"?\s*</.exec(config.from)?.[1] ?? config.digests[0]!.name;
}

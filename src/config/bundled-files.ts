import { existsSync } from 'node:fs';
import path from 'node:path';

/** The installed package's own folder: the templates and demo feeds ship there. */
export const PACKAGE_ROOT = path.resolve(import.meta.dirname, '../..');

export const BUNDLED_TEMPLATES_DIR = path.join(PACKAGE_ROOT, 'templates');
export const BUNDLED_FEEDS_DIR = path.join(PACKAGE_ROOT, 'feeds');
export const BUNDLED_FEEDS_FILE = path.join(BUNDLED_FEEDS_DIR, 'feeds.yaml');
/** The commented config `init` writes. */
export const STARTER_CONFIG_FILE = path.join(PACKAGE_ROOT, 'starter', 'news-digest.yaml');

/**
 * A default path (the config does not name it): the project's own copy when
 * it has one, else the package's, so a bare folder runs on the bundled files.
 */
export function ownOrBundled(own: string, bundled: string): string {
  return existsSync(own) ? own : bundled;
}

import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/** What the preview depends on, on disk. */
export interface WatchTargets {
  /** Watched with everything under it (templates and partials). */
  dirs: string[];
  /** Single files (config, feed list). */
  files: string[];
}

export interface SourceWatcher {
  close(): void;
}

// Editor droppings: swap, backup and lock files are not edits.
const NOISE = /(^\.|~$|\.sw[a-z]$|^4913$)/;

/**
 * Calls `onChange` with the path of whatever changed. A single file is
 * watched through its folder: editors save by writing a new file and renaming
 * it over the old one, which a watch on the old file would miss.
 */
export function watchSources(targets: WatchTargets, onChange: (file: string) => void): SourceWatcher {
  const watchers: FSWatcher[] = [];
  const add = (dir: string, recursive: boolean, accept: (name: string) => boolean) => {
    try {
      const w = watch(dir, { recursive, persistent: false }, (_event, name) => {
        const rel = name?.toString() ?? '';
        if (!rel || NOISE.test(path.basename(rel)) || !accept(rel)) return;
        onChange(path.join(dir, rel));
      });
      // A folder removed while watched: the next rebuild reports the missing file.
      w.on('error', () => {});
      watchers.push(w);
    } catch {
      // Not there (yet): the build reports it; the next config save re-arms the watch.
    }
  };
  for (const dir of targets.dirs) add(dir, true, () => true);
  const filesByDir = new Map<string, Set<string>>();
  for (const file of targets.files) {
    const dir = path.dirname(file);
    filesByDir.set(dir, (filesByDir.get(dir) ?? new Set()).add(path.basename(file)));
  }
  for (const [dir, names] of filesByDir) add(dir, false, (name) => names.has(name));
  return {
    close() {
      for (const w of watchers) w.close();
    },
  };
}

export function sameTargets(a: WatchTargets, b: WatchTargets): boolean {
  const key = (t: WatchTargets) => JSON.stringify([[...t.dirs].sort(), [...t.files].sort()]);
  return key(a) === key(b);
}

import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { skipWhenMissing } from './required-input.js';

/** The first executable named `names` on PATH, or null. */
export function findBinary(...names: string[]): string | null {
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of names) {
      const full = path.join(dir, name);
      try {
        accessSync(full, constants.X_OK);
        return full;
      } catch {
        // not here; keep looking
      }
    }
  }
  return null;
}

/**
 * Whether a test that needs `binary` should be skipped: only when it is
 * missing outside CI, and then it says why. In CI a missing binary fails the test.
 */
export function skipWithoutBinary(binary: string | null, what: string): boolean {
  return skipWhenMissing(binary ? null : `${what} is not installed`);
}

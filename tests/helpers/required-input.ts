/**
 * Whether a suite that needs something outside the repo (a system tool, a
 * ../shared corpus) should be skipped: only when `missing` says what is absent
 * and CI is not set, and then it prints why. With CI set the suite runs and fails.
 */
export function skipWhenMissing(missing: string | null): boolean {
  if (missing === null || process.env['CI']) return false;
  console.warn(`skipped: ${missing} (required when CI is set)`);
  return true;
}

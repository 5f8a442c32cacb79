/** Why `value` is not a local delivery time "HH:MM" (00:00 to 23:59), or null when it is one. */
export function sendAtProblem(value: string): string | null {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? null : `${JSON.stringify(value.slice(0, 20))} is not a time as HH:MM (00:00 to 23:59)`;
}

/**
 * Why `value` is not an IANA time zone name, or null when it is one. Names
 * are taken as the zone database spells them: ICU would also take
 * "europe/berlin", but other tools reading the list would not.
 */
export function timeZoneProblem(value: string): string | null {
  if (knownZones.has(value)) return null;
  const problem = `${JSON.stringify(value.slice(0, 40))} is not an IANA time zone (e.g. "Europe/Berlin")`;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return problem;
  }
  // An alias resolves to another name ("US/Eastern"); only a change of case means a misspelling.
  if (resolved !== value && resolved.toLowerCase() === value.toLowerCase()) return problem;
  knownZones.add(value);
  return null;
}

/** Zones already found good: an import of a million rows asks about the same few hundred. */
const knownZones = new Set<string>();

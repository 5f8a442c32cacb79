import { randomBytes } from 'node:crypto';
import type { SlottedText } from '../domain/slotted-text.js';

/** The per-reader values a template may print: `{{reader.name}}` and friends. */
export const READER_FIELDS = ['name', 'email', 'unsubscribeUrl', 'preferencesUrl'] as const;
export type ReaderField = (typeof READER_FIELDS)[number];

/**
 * Placeholders that stand in for the reader's values while an edition is
 * rendered once for everyone. They are letters and digits only, so escaping
 * leaves them intact, and carry a random nonce, so no feed text can forge one.
 */
export class ReaderSlots {
  readonly placeholders: Record<ReaderField, string>;
  private readonly pattern: RegExp;

  constructor() {
    const nonce = randomBytes(8).toString('hex');
    this.placeholders = Object.fromEntries(READER_FIELDS.map((f, i) => [f, `rdr${nonce}s${i}e`])) as Record<ReaderField, string>;
    this.pattern = new RegExp(`rdr${nonce}s(\\d)e`, 'g');
  }

  split(output: string): SlottedText {
    const parts: string[] = [];
    const slots: number[] = [];
    let last = 0;
    for (const m of output.matchAll(this.pattern)) {
      parts.push(output.slice(last, m.index));
      slots.push(Number(m[1]));
      last = m.index + m[0].length;
    }
    parts.push(output.slice(last));
    return { parts, slots };
  }
}

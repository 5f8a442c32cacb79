/**
 * Text rendered once for every reader of an edition and cut where each
 * reader's own values go: parts[0] values[slots[0]] parts[1] ... parts[n].
 * The same object stands for the same text, so a transport can prepare its
 * bytes once and reuse them for every reader.
 */
export interface SlottedText {
  readonly parts: readonly string[];
  readonly slots: readonly number[];
}

/** One reader's message as slotted texts and the values for their slots. */
export interface SlottedMail {
  html: SlottedText;
  text: SlottedText;
  /** Values as they go into the text part. */
  values: readonly string[];
  /** The same values escaped for HTML, as they go into the HTML part. */
  htmlValues: readonly string[];
}

/** The text with each slot replaced by values[slot]: one pass, no re-render. */
export function fillSlots(text: SlottedText, values: readonly string[]): string {
  let out = text.parts[0]!;
  for (let i = 0; i < text.slots.length; i++) out += values[text.slots[i]!]! + text.parts[i + 1]!;
  return out;
}

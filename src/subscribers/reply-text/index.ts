import { en } from './en.js';
import { id } from './id.js';
import type { ReplyText } from './reply-text.js';

export type { ReplyText } from './reply-text.js';

const TEXTS: Record<string, ReplyText> = { en, id };

/** The reader's language when we have it, else English. */
export function replyText(lang: string | null | undefined): ReplyText {
  return (lang && TEXTS[lang]) || en;
}

import type { LanguagePack } from './language-pack.js';

export const en: LanguagePack = {
  code: 'en',
  junkLines: [
    /^(read more|related|see also|also read|more on this|recommended)\s*:/i,
    /^advertisement$/i,
    /\bnewsletter\b.*\b(free|sign up|subscribe)\b/i,
    /^(share|subscribe)( this| now| on| to)?\b.{0,40}$/i,
    /^(photo|image|picture)\s*(credit)?\s*:/i,
  ],
};

import type { LanguagePack } from './language-pack.js';

/** Dutch. */
export const nl: LanguagePack = {
  code: 'nl',
  junkLines: [
    /^(lees ook|lees meer|bekijk ook|meer over)\b/i,
    /^advertentie$/i,
    /\bnieuwsbrief\b.*\b(gratis|aanmelden|abonneer)/i,
    /^(foto|beeld)\s*:/i,
  ],
  stopwords: (
    'de het een en van in is dat op te zijn met voor niet aan er om ook als bij door maar naar uit dan nog wordt werd hij zij heeft hebben worden over zei volgens'
  ).split(' '),
};

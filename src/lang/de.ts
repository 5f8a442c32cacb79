import type { LanguagePack } from './language-pack.js';

/** German. */
export const de: LanguagePack = {
  code: 'de',
  junkLines: [
    /^(lesen sie auch|mehr zum thema|auch interessant|weiterlesen|siehe auch)\b/i,
    /^(anzeige|werbung)$/i,
    /\bnewsletter\b.*\b(kostenlos|abonnieren|anmelden)\b/i,
    /^(foto|bild)\s*:/i,
  ],
  stopwords: (
    'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über so zum war haben nur oder aber vor zur bis mehr durch man sagte'
  ).split(' '),
};

import type { LanguagePack } from './language-pack.js';

/** Italian. */
export const it: LanguagePack = {
  code: 'it',
  junkLines: [
    /^(leggi anche|potrebbe interessarti|vedi anche|approfondisci)\b/i,
    /^pubblicità$/i,
    /\bnewsletter\b.*\b(gratis|gratuita|iscri)/i,
    /^(foto|immagine)\s*:/i,
  ],
  stopwords: (
    'il lo la i gli le di del della dei e è che un una per con non in da al alla sono si ha anche come più ma questo nel nella secondo essere detto'
  ).split(' '),
};

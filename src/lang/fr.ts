import type { LanguagePack } from './language-pack.js';

/** French. */
export const fr: LanguagePack = {
  code: 'fr',
  junkLines: [
    /^(lire aussi|à lire aussi|voir aussi|sur le même sujet|lire la suite)\b/i,
    /^publicité$/i,
    /\bnewsletter\b.*\b(gratuit|gratuite|inscri|abonne)/i,
    /^(photo|crédit photo)\s*:/i,
  ],
  stopwords: (
    'le la les de des du et en un une est que qui dans pour pas sur au avec il ce par plus sont ont aux été mais elle ses son leur selon cette nous a'
  ).split(' '),
};

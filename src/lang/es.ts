import type { LanguagePack } from './language-pack.js';

/** Spanish. */
export const es: LanguagePack = {
  code: 'es',
  junkLines: [
    /^(lee también|lea también|te puede interesar|leer más|ver también|más información)\b/i,
    /^publicidad$/i,
    /\bnewsletter\b.*\b(gratis|suscr)/i,
    /^(foto|imagen)\s*:/i,
  ],
  stopwords: (
    'el la los las de del y en que un una por con no para es se al lo como más pero sus su le ha fue este esta según entre cuando muy sin sobre también dijo'
  ).split(' '),
};

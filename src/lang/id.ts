import type { LanguagePack } from './language-pack.js';

export const id: LanguagePack = {
  code: 'id',
  junkLines: [
    /^(baca juga|membaca|lihat juga|simak juga)\b/i,
    /^iklan$/i,
    /\bnewsletter\b.*\b(gratis|berlangganan)\b/i,
    /^(foto|sumber foto)\s*:/i,
  ],
};

import type { LanguagePack } from './language-pack.js';

/** Portuguese. */
export const pt: LanguagePack = {
  code: 'pt',
  junkLines: [
    /^(leia também|leia mais|veja também|saiba mais)\b/i,
    /^publicidade$/i,
    /\bnewsletter\b.*\b(grátis|gratuita|assin|inscr)/i,
    /^(foto|imagem)\s*:/i,
  ],
  stopwords: (
    'o a os as de do da dos das e em no na nos um uma que não para com por se ao mais como mas foi ele ela seu sua ser são está também pelo pela disse segundo'
  ).split(' '),
};

import type { LanguagePack } from './language-pack.js';

/** Malay. */
export const ms: LanguagePack = {
  code: 'ms',
  junkLines: [
    /^(baca juga|lihat juga|berita berkaitan|artikel berkaitan)\b/i,
    /^iklan$/i,
    /^(foto|gambar)\s*:/i,
  ],
  stopwords: (
    'yang dan di ke dari ini itu dengan untuk pada tidak dalam akan adalah bahawa oleh telah juga atau kerana mereka kata sudah tersebut boleh lebih ketika kepada daripada beliau iaitu ialah selepas semasa kerajaan berkata baharu manakala turut sebarang'
  ).split(' '),
};

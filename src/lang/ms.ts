import type { LanguagePack } from './language-pack.js';

const words = (s: string): string[] => s.split('|');

/** Malay. */
export const ms: LanguagePack = {
  code: 'ms',
  junkLines: [
    /^(baca juga|lihat juga|berita berkaitan|artikel berkaitan)\b/i,
    /^iklan$/i,
    /^(foto|gambar)\s*:/i,
  ],
  nonArticleMarkers: {
    live: [/\bsiaran langsung\b/i, /^langsung\s*[:|–—-]/i, /\blive streaming\b/i],
    quiz: [/\bkuiz\b/i],
    correction: [/^(?:ralat|pembetulan)\b/i],
  },
  stopwords: words(
    'yang|dan|di|ke|dari|ini|itu|dengan|untuk|pada|tidak|dalam|akan|adalah|bahawa|peratus|bilion|kenyataan|pemberita|jabatan|dijangka|berdepan|oleh|telah|juga|atau|kerana|mereka|kata|sudah|tersebut|boleh|lebih|ketika|kepada|daripada|beliau|iaitu|ialah|selepas|semasa|kerajaan|berkata|baharu|manakala|turut|sebarang',
  ),
  abbreviations: words(
    'tn|pn|dr|prof|dll|dsb|no|jln|sdn|bhd|dato|datuk|a.m|p.m',
  ),
  speechVerbs: words(
    'kata|berkata|ujar|jelas|tegas|tambah|menurut|mengatakan|menambah|menambahkan|menjelaskan|menegaskan|menyatakan|memberitahu|mendakwa|mengakui|mengumumkan|memaklumkan|menulis|bertanya|memberi amaran|mengulas|menandaskan|menekankan|mengingatkan|menyebut',
  ),
  pronounVerbs: [/^(kata|ujar|jelas|tegas|tambah|ulas|katanya)nya\b/iu],
  addresseeVerbs: words('memberitahu|memberi tahu'),
  complementizers: words('bahawa|bahwa|apakah'),
  prepositions: words("dari|daripada|di|ke|untuk|pada|dengan|oleh"),
  articles: words('sebuah|seorang|si|sang'),
  accordingTo: words(
    'menurut|kata',
  ),
  pronouns: words(
    'beliau|dia|ia',
  ),
  titles: words(
    'pengerusi|penganalisis|pakar|penyelidik|menteri besar|ketua menteri|exco|adun|ketua polis|universiti|institut|perdana|menteri|timbalan|presiden|setiausaha|agung|ketua|pengarah|eksekutif|ketua|pegawai|jurucakap|gabenor|datuk|dato|dato\'|seri|tan|sri|tun|tuan|puan|encik|cik|dr|prof|profesor|raja|sultan|duta|besar|panglima|jeneral|ahli|parlimen|bekas|pemangku|presiden|naib|luar|negeri|pertahanan|kewangan|dalam',
  ),
  conjunctions: words('dan'),
  places: words('kuala lumpur|putrajaya|selangor|johor|kedah|kelantan|melaka|negeri sembilan|pahang|perak|perlis|pulau pinang|penang|sabah|sarawak|terengganu|labuan|malaysia|singapura|indonesia|asean|amerika|as|eropah|asia|china|rusia|dunia'),
  placeEndings: words('utara|selatan|timur|barat|tengah|tenggara|raya'),
  nameParticles: words('bin|binti|al|van|von|de|a/l|a/p'),
  nounsCapitalized: false,
  fillers: words(
    'juga|telah|sudah|pun|turut|sebelum|ini|itu',
  ),
  namingCues: words(
    'filem|buku|novel|lagu|album|rancangan|akhbar|majalah|operasi|slogan|gelaran|digelar|berjudul|bertajuk|dikenali|istilah|kempen|tanda pagar',
  ),
  durations: words('saat|minit|jam|hari|minggu|bulan|tahun|dekad|abad'),
  number: { decimal: '.', group: [','] },
  countedNounLast: false,
  countsTakePlural: false,
  pluralEndings: [],
  scales: { ribu: 1e3, juta: 1e6, bilion: 1e9, billion: 1e9, trilion: 1e12 },
  currencies: { ringgit: 'MYR', dolar: 'USD', rupiah: 'IDR', euro: 'EUR' },
  percentWords: words(
    'peratus|%',
  ),
  units: { kilometer: 'km', kilometre: 'km', meter: 'm', kilogram: 'kg', tan: 't', hektar: 'ha', megawatt: 'MW', liter: 'l' },
  approxWords: words(
    'lebih daripada|lebih dari|kira-kira|sekitar|hampir|kurang daripada|sekurang-kurangnya|anggaran|dianggarkan|lebih kurang|hingga|sehingga',
  ),
  rangeWords: words(
    'atau|hingga|sehingga|dan',
  ),
  calendarWords: words(
    'isnin|selasa|rabu|khamis|jumaat|sabtu|ahad|januari|februari|mac|april|mei|jun|julai|ogos|september|oktober|november|disember|jan|feb|apr|jul|ogo|sep|okt|nov|dis',
  ),
  timeWords: words(
    'pukul|jam|pagi|petang|malam|haribulan',
  ),
  ordinalSuffix: /^(?!)/,
  ordinalPrefix: /ke-?$/i,
  figureLinks: words(
    'dari|daripada|di|ke|per',
  ),
};

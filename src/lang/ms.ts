import type { LanguagePack } from './language-pack.js';

const words = (s: string): string[] => s.split('|');

/** Malay. */
export const ms: LanguagePack = {
  code: 'ms',
  junkLines: [
    /^(baca juga|lihat juga|berita berkaitan|artikel berkaitan)\b/i,
    // "BACA: headline": a link to another story.
    /^baca\s*:/i,
    /^iklan$/i,
    /^(foto|gambar)\s*:/i,
  ],
  nonArticleMarkers: {
    live: [/\bsiaran langsung\b/i, /^langsung\s*[:|–—-]/i, /\blive streaming\b/i],
    quiz: [/\bkuiz\b/i],
    correction: [/^(?:ralat|pembetulan)\b/i],
  },
  stopwords: words(
    'yang|dan|di|ke|dari|ini|itu|dengan|untuk|pada|tidak|dalam|akan|adalah|bahawa|peratus|bilion|pemberita|jabatan|dijangka|berdepan|oleh|telah|juga|atau|kerana|mereka|kata|sudah|tersebut|boleh|lebih|ketika|kepada|daripada|beliau|iaitu|ialah|selepas|semasa|kerajaan|berkata|baharu|manakala|turut|sebarang',
  ),
  abbreviations: words('tn|pn|dr|ir|prof|dll|dsb|no|jln|sdn|bhd|dato|datuk|a.m|p.m'),
  speechVerbs: words(
    'kata|berkata|menasihatkan|nasihat|ujar|jelas|tegas|tambah|menurut|mengatakan|menambah|menambahkan|menjelaskan|menegaskan|menyatakan|memberitahu|mendakwa|mengakui|mengumumkan|memaklumkan|menulis|bertanya|memberi amaran|mengulas|menandaskan|menekankan|mengingatkan|menyebut|dedah|mendedahkan|dakwa|menyifatkan|menggesa|gesa|mencadangkan|menyeru|meminta|menerangkan|terang|mengulangi|beritahu|ulas|jawab|menjawab|katanya|kata beliau|kata dia|jelasnya|tegasnya|tambahnya|ujarnya|ulasnya|menurutnya|dakwanya|dedahnya|menurut beliau|memberitahu pemberita|berkata kepada|berkata dalam|menegaskan bahawa|kata beliau lagi|katanya lagi|luah|meluahkan|akui|sifatkan|nyata|ujar beliau|jelas beliau|tegas beliau|tambah beliau|ulas beliau|kongsi|berkongsi|menyampaikan',
  ),
  pronounVerbs: [
    /^(kata|ujar|jelas|tegas|tambah|ulas|hujah|dedah|dakwa|akui|luah|kongsi|terang|jawab|sifat|nyata|seru|gesa|sebut|ingat|ulang|soal|tanya|tulis|minta|jelasnya|pesan|akuinya)nya\b/iu,
  ],
  addresseeVerbs: words('memberitahu|memberi tahu'),
  complementizers: words('bahawa|bahwa|apakah'),
  prepositions: words('dari|daripada|di|ke|untuk|pada|dengan|oleh'),
  articles: words('sebuah|seorang|si|sang'),
  accordingTo: words('menurut|kata'),
  pronouns: words('beliau|dia|ia'),
  pluralPronouns: words('mereka'),
  pronounGenders: {},
  genderCues: { puan: 'f', pn: 'f', cik: 'f', datin: 'f', encik: 'm', en: 'm', tuan: 'm', datuk: 'm', dato: 'm' },
  titles: words(
    "ir|ts|pengerusi|penganalisis|pakar|penyelidik|menteri besar|ketua menteri|exco|adun|ketua polis|universiti|institut|perdana|menteri|timbalan|presiden|setiausaha|agung|ketua|pengarah|eksekutif|ketua|pegawai|jurucakap|gabenor|datuk|dato|dato'|seri|tan|sri|tun|tuan|puan|encik|cik|dr|prof|profesor|raja|sultan|duta|besar|panglima|jeneral|ahli|parlimen|bekas|pemangku|presiden|naib|luar|negeri|pertahanan|kewangan|dalam|polis|negara|kesihatan|pendidikan|parti|kanan|penolong|komisioner|dewan|rakyat|diraja|jabatan|kementerian|suruhanjaya|majlis|persatuan|pertubuhan|kesatuan|bahagian|unit|cawangan|daerah|wilayah|persekutuan|pembangunan|perdagangan|pengangkutan|pelancongan|belia|sukan|kerja|raya|ekonomi|sumber|manusia|peguam|hakim|pendakwa|doktor|jurulatih|pemain|kapten|penduduk|pemilik|canselor|pensyarah|pengasas|pengurus|tpr|ketua pengarah|dato' seri|senator|yang|dipertua|penyerang|penjaga gol",
  ),
  conjunctions: words('dan'),
  places: words(
    'kuala lumpur|putrajaya|selangor|johor|kedah|kelantan|melaka|negeri sembilan|pahang|perak|perlis|pulau pinang|penang|sabah|sarawak|terengganu|labuan|malaysia|singapura|indonesia|asean|amerika|as|eropah|asia|china|rusia|dunia',
  ),
  placePrepositions: words('di'),
  placeEndings: words('utara|selatan|timur|barat|tengah|tenggara|raya'),
  nameParticles: words('bin|binti|al|van|von|de|a/l|a/p'),
  nounsCapitalized: false,
  fillers: words('juga|telah|sudah|pun|turut|sebelum|ini|itu'),
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
  percentWords: words('peratus|%'),
  units: {
    'kilometer sejam': 'km/h',
    'kilometer per jam': 'km/h',
    milimeter: 'mm',
    sentimeter: 'cm',
    'mata asas': 'bp',
    'meter padu': 'm³',
    kilometer: 'km',
    kilometre: 'km',
    meter: 'm',
    kilogram: 'kg',
    tan: 't',
    hektar: 'ha',
    megawatt: 'MW',
    liter: 'l',
  },
  approxWords: {
    about: words('kira-kira|sekitar|anggaran|dianggarkan|lebih kurang'),
    over: words('lebih daripada|lebih dari|sekurang-kurangnya|melebihi'),
    under: words('kurang daripada|hampir|hingga|sehingga'),
  },
  rangeWords: words('atau|hingga|sehingga|dan'),
  calendarWords: words(
    'isnin|selasa|rabu|khamis|jumaat|sabtu|ahad|januari|februari|mac|april|mei|jun|julai|ogos|september|oktober|november|disember|jan|feb|apr|jul|ogo|sep|okt|nov|dis',
  ),
  timeWords: words('pukul|jam|pagi|petang|malam|haribulan'),
  ordinalSuffix: /^(?!)/,
  ordinalPrefix: /ke-?$/i,
  figureLinks: words('dari|daripada|di|ke|per'),
  spokespersonWords: words('kenyataan|jurucakap|wakil'),
  bodyWords: words(
    'kementerian|syarikat|kerajaan|polis|jabatan|agensi|majlis|suruhanjaya|kedutaan|tentera|mahkamah|kesatuan|parti|kelab|bank|kumpulan|pertubuhan|hospital|universiti|persatuan|lembaga|pihak berkuasa|institut|badan|bomba|pejabat',
  ),
  indefiniteArticles: words('seorang|sebuah|satu'),
  numberWords: { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, lapan: 8, sembilan: 9, sepuluh: 10, seratus: 100 },
  labelWords: words(
    'berusia|berumur|umur|nombor|no|seksyen|perkara|versi|siri|jalan|halaman|bab|pusingan|peringkat|fasa|gelombang|kelas|tingkat|edisi|zon|sektor|blok|generasi|ios|windows|android|iphone',
  ),
  windowWords: words('lalu|terakhir|mendatang|kebelakangan|lepas|silam|pertama'),
  moneyCues: [],
  partOfWords: words('daripada|dari'),
  perUnitWords: words('per|setiap|bagi setiap|untuk setiap|sekilogram|sekilo|sebulan|setahun|sehari|seorang'),
  notCounted: words('direbut|pagi|petang|malam|sudah|telah|lebih|kurang|yang|menjadi|ialah|adalah|sebelum|lalu|kemudian|masing-masing'),
  tollWords: words('maut|mati|terkorban|cedera|hilang|korban'),
  restateWords: words('atau|iaitu'),
  comparisonWords: words('berbanding|dibandingkan|daripada|dari'),
  changeWords: { from: words('daripada|dari'), to: words('kepada|ke') },
};

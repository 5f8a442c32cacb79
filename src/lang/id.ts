import type { LanguagePack } from './language-pack.js';

const words = (s: string): string[] => s.split('|');

/** Indonesian. */
export const id: LanguagePack = {
  code: 'id',
  junkLines: [
    /^(baca juga|membaca|lihat juga|simak juga)\b/i,
    /^simak\b.*\b(berita|breaking news)\b/i,
    /^iklan$/i,
    /\bnewsletter\b.*\b(gratis|berlangganan)\b/i,
    /^(foto|sumber foto)\s*:/i,
  ],
  nonArticleMarkers: {
    live: [/\b(?:siaran|laporan|tayangan)\s+langsung\b/i, /\blive streaming\b/i, /^live\s*(?:report|update)?\s*[:|–—-]/i, /\bmenit demi menit\b/i],
    quiz: [/\bkuis\b/i],
    correction: [/^ralat\b/i, /^koreksi\s*[:|–—-]/i],
  },
  stopwords: words(
    'yang|dan|di|ke|dari|ini|itu|dengan|untuk|pada|tidak|dalam|akan|adalah|bahwa|oleh|telah|juga|atau|karena|mereka|kata|sudah|tersebut|para|bisa|lebih|saat|ada|kami|setelah|ia|mengatakan|tetapi|namun|sebagai|hari|kepada|menurut|seperti|belum|harus|masih|pemerintah|sementara|sedangkan|selain|meski|meskipun|jika|kalau|bila|sejak|hingga|sampai|agar|supaya|lalu|kemudian|pun|bagi|antara|tapi|sehingga|dia|kita|saya|pada|sebelum|selama|ketika',
  ),
  abbreviations: words('tn|ny|nn|bpk|sdr|dr|drs|ir|prof|h|hj|kh|st|dll|dsb|dst|no|jl|kab|kec|kel|prov|rp|tbk|pt|cv|a.n|u.p|m.si|s.h|s.e|s.t|s.pd|m.m|k.h|a.m|p.m|dkk|ybs|sbb|tsb'),
  speechVerbs: words(
    'kata|ujar|tutur|menilai|berpendapat|ucap|ungkap|jelas|tegas|imbuh|tambah|lanjut|sebut|papar|terang|mengatakan|menambahkan|menegaskan|menjelaskan|mengungkapkan|menyatakan|menyebutkan|menyebut|memaparkan|menuturkan|mengucapkan|berkata|bertanya|menanyakan|memperingatkan|mengklaim|mengakui|menekankan|menggambarkan|menulis|mengumumkan|mengonfirmasi|mengkonfirmasi|membantah|mengingatkan|berujar|bertutur|mengatakan kepada|menyampaikan|mengimbuhkan|melanjutkan|menerangkan|menandaskan|mengemukakan|membeberkan|mengaku',
  ),
  pronounVerbs: [
    /^(kata|ujar|tutur|ucap|ungkap|jelas|tegas|imbuh|tambah|lanjut|sebut|papar|terang|tanya|pungkas|kilah|aku)nya\b/iu,
  ],
  addresseeVerbs: words('memberi tahu|memberitahu|memberitahukan'),
  complementizers: words('bahwa|kalau|apakah'),
  prepositions: words("dari|di|ke|untuk|pada|dengan|oleh"),
  articles: words('sebuah|seorang|si|sang'),
  accordingTo: words('menurut|kata'),
  pronouns: words('ia|dia|beliau'),
  titles: words(
    'peneliti|rektor|dekan|pakar|camat|lurah|sekda|pangdam|kapolsek|kadis|komisaris|kabareskrim|kasatreskrim|universitas|institut|presiden|wakil|badan|lembaga|komisi|kementerian|kemenko|dinas|direktorat|otoritas|nasional|daerah|pusat|perdagangan|kesehatan|pendidikan|agama|perhubungan|pertanian|perindustrian|energi|sosial|hukum|ham|koordinator|bidang|perekonomian|investasi|bumn|pariwisata|ketenagakerjaan|kelautan|perikanan|lingkungan|kehutanan|komunikasi|informatika|pangan|pemuda|olahraga|perumahan|desa|agraria|kebudayaan|riset|teknologi|perdana|menteri|sekretaris|jenderal|sekjen|kepala|ketua|direktur|utama|dirut|juru|bicara|jubir|gubernur|wali|kota|bupati|walikota|anggota|duta|besar|dubes|panglima|komandan|kapolri|kapolda|kapolres|kepolisian|jaksa|agung|hakim|pengamat|analis|ekonom|profesor|prof|dr|ir|drs|tn|ny|bapak|ibu|pak|bu|sdr|raja|ratu|pangeran|paus|mantan|pejabat|pelaksana|tugas|plt|senior|eksekutif|ceo|pendiri|pemimpin|pimpinan|kapten|pelatih|kolonel|letnan|mayor|brigadir|laksamana|marsekal|jenderal|irjen|kombes|kasat|kabag|kabid|deputi|staf|khusus|ahli|luar|negeri|pertahanan|keuangan|dalam|dpr|mpr|dprd|koordinator|kanselir|senator',
  ),
  conjunctions: words('dan'),
  places: words('jakarta|dki|bali|aceh|papua|banten|riau|jambi|bengkulu|lampung|gorontalo|maluku|yogyakarta|diy|surabaya|bandung|medan|makassar|semarang|jawa|sumatera|sulawesi|kalimantan|nusa tenggara|ntt|ntb|jateng|jabar|jatim|sumut|sumbar|sulsel|kaltim|inggris|amerika|as|eropa|asia|afrika|timur tengah|china|rusia|korut|korsel|dunia'),
  placeEndings: words('utara|selatan|timur|barat|tengah|tenggara|raya'),
  nameParticles: words('van|von|der|den|de|da|dos|bin|binti|al|el|ter'),
  nounsCapitalized: false,
  fillers: words('juga|telah|sudah|pun|kembali|lalu|kemudian|sempat|pernah|sebelumnya|pada|hari|itu'),
  namingCues: words(
    'film|buku|novel|lagu|album|acara|program|serial|harian|koran|surat|kabar|majalah|operasi|slogan|julukan|dijuluki|berjudul|bertajuk|bernama|disebut|dinamakan|istilah|kata|frasa|kampanye|tagar|merek|sinetron|drama|aplikasi|gerakan|semboyan|moto',
  ),
  durations: words('detik|menit|jam|hari|pekan|minggu|bulan|tahun|dekade|abad'),
  number: { decimal: ',', group: ['.'] },
  countedNounLast: false,
  countsTakePlural: false,
  pluralEndings: [],
  scales: { ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12, t: 1e12, m: 1e9 },
  currencies: { rupiah: 'IDR', dolar: 'USD', 'dolar as': 'USD', euro: 'EUR', poundsterling: 'GBP', yen: 'JPY', yuan: 'CNY', ringgit: 'MYR' },
  percentWords: words('persen|prosen|poin persentase'),
  units: {
    kilometer: 'km', meter: 'm', kilogram: 'kg', kilo: 'kg', ton: 't', hektare: 'ha', hektar: 'ha', megawatt: 'MW',
    gigawatt: 'GW', liter: 'l', barel: 'bbl', derajat: '°', sentimeter: 'cm', milimeter: 'mm', mil: 'mi',
  },
  approxWords: words(
    'lebih dari|sekitar|hampir|kurang lebih|kira-kira|sekira|setidaknya|sedikitnya|paling sedikit|paling tidak|kurang dari|mendekati|nyaris|ditaksir|diperkirakan|di atas|di bawah|hingga|sampai',
  ),
  rangeWords: words('atau|hingga|sampai|dan'),
  calendarWords: words(
    'senin|selasa|rabu|kamis|jumat|jum\'at|sabtu|minggu|ahad|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|sept|okt|nov|des',
  ),
  timeWords: words('pukul|wib|wita|wit|tanggal|tgl'),
  ordinalSuffix: /^(?!)/,
  ordinalPrefix: /ke-?$/i,
  figureLinks: words('dari|di|ke|per'),
};

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
    'kata|ujar|tutur|menilai|berpendapat|ucap|ungkap|jelas|tegas|imbuh|tambah|lanjut|sebut|papar|terang|mengatakan|menambahkan|menegaskan|menjelaskan|mengungkapkan|menyatakan|menyebutkan|menyebut|memaparkan|menuturkan|mengucapkan|berkata|bertanya|menanyakan|memperingatkan|mengklaim|mengakui|menekankan|menggambarkan|menulis|mengumumkan|mengonfirmasi|mengkonfirmasi|membantah|mengingatkan|berujar|bertutur|mengatakan kepada|menyampaikan|mengimbuhkan|melanjutkan|menerangkan|menandaskan|mengemukakan|membeberkan|mengaku|pungkas|kilah|tandas|beber|urai|ungkapnya|tegasnya|jelasnya|ujarnya|katanya|tuturnya|imbuhnya|lanjutnya|sebutnya|paparnya|terangnya|tanyanya|pungkasnya|kilahnya|akunya|tandasnya|bebernya|urainya|ucapnya|bilang|menguraikan|mengungkap|menyinggung|menyoroti|mengimbau|mengajak|meminta|mendesak|mengusulkan|menanggapi|menjawab|menyebutkan bahwa|mengatakan bahwa|menegaskan bahwa|kata dia|ujar dia|tutur dia|jelas dia|tegas dia|ungkap dia|kata beliau|ujar beliau|mengkritik|menyayangkan|menyesalkan|memastikan|menyambut',
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
  pluralPronouns: words('mereka'),
  pronounGenders: {},
  genderCues: { 'ibu': 'f', 'bu': 'f', 'nyonya': 'f', 'ny': 'f', 'bapak': 'm', 'pak': 'm', 'tuan': 'm', 'tn': 'm' },
  titles: words(
    'peneliti|rektor|dekan|pakar|camat|lurah|sekda|pangdam|kapolsek|kadis|komisaris|kabareskrim|kasatreskrim|universitas|institut|presiden|wakil|badan|lembaga|komisi|kementerian|kemenko|dinas|direktorat|otoritas|nasional|daerah|pusat|perdagangan|kesehatan|pendidikan|agama|perhubungan|pertanian|perindustrian|energi|sosial|hukum|ham|koordinator|bidang|perekonomian|investasi|bumn|pariwisata|ketenagakerjaan|kelautan|perikanan|lingkungan|kehutanan|komunikasi|informatika|pangan|pemuda|olahraga|perumahan|desa|agraria|kebudayaan|riset|teknologi|perdana|menteri|sekretaris|jenderal|sekjen|kepala|ketua|direktur|utama|dirut|juru|bicara|jubir|gubernur|wali|kota|bupati|walikota|anggota|duta|besar|dubes|panglima|komandan|kapolri|kapolda|kapolres|kepolisian|jaksa|agung|hakim|pengamat|analis|ekonom|profesor|prof|dr|ir|drs|tn|ny|bapak|ibu|pak|bu|sdr|raja|ratu|pangeran|paus|mantan|pejabat|pelaksana|tugas|plt|senior|eksekutif|ceo|pendiri|pemimpin|pimpinan|kapten|pelatih|kolonel|letnan|mayor|brigadir|laksamana|marsekal|jenderal|irjen|kombes|kasat|kabag|kabid|deputi|staf|khusus|ahli|luar|negeri|pertahanan|keuangan|dalam|dpr|mpr|dprd|koordinator|kanselir|senator|pengacara|advokat|kuasa|dokter|perawat|guru|siswa|mahasiswa|warga|saksi|pemilik|petani|pekerja|pedagang|investor|pelaku|usaha|manajer|pemain|penyerang|kiper|pilot|ketum|ketua umum|humas|kasubdit|dirreskrimum|dirreskrimsus|kapuspen|kasatlantas|wamen|wakapolri|dirjen|direktur jenderal|kasubag|sekretaris daerah|kadiv|kepala divisi|kepala bagian|gelandang|bek|asisten',
  ),
  conjunctions: words('dan'),
  places: words('jakarta|dki|bali|aceh|papua|banten|riau|jambi|bengkulu|lampung|gorontalo|maluku|yogyakarta|diy|surabaya|bandung|medan|makassar|semarang|jawa|sumatera|sulawesi|kalimantan|nusa tenggara|ntt|ntb|jateng|jabar|jatim|sumut|sumbar|sulsel|kaltim|inggris|amerika|as|eropa|asia|afrika|timur tengah|china|rusia|korut|korsel|dunia'),
  placePrepositions: words('di'),
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
    'kilometer per jam': 'km/h',
    'basis poin': 'bp', 'meter kubik': 'm³', kilometer: 'km', meter: 'm', kilogram: 'kg', kilo: 'kg', ton: 't', hektare: 'ha', hektar: 'ha', megawatt: 'MW',
    gigawatt: 'GW', liter: 'l', barel: 'bbl', derajat: '°', sentimeter: 'cm', milimeter: 'mm', mil: 'mi',
  },
  approxWords: {
    about: words('sekitar|kurang lebih|kira-kira|sekira|ditaksir|diperkirakan'),
    over: words('lebih dari|setidaknya|sedikitnya|paling sedikit|paling tidak|di atas|minimal'),
    under: words('kurang dari|hampir|mendekati|nyaris|di bawah|hingga|sampai|maksimal'),
  },
  rangeWords: words('atau|hingga|sampai|dan'),
  calendarWords: words(
    'senin|selasa|rabu|kamis|jumat|jum\'at|sabtu|minggu|ahad|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|sept|okt|nov|des',
  ),
  timeWords: words('pukul|wib|wita|wit|tanggal|tgl'),
  ordinalSuffix: /^(?!)/,
  ordinalPrefix: /ke-?$/i,
  figureLinks: words('dari|di|ke|per'),
  spokespersonWords: words('pernyataan|keterangan tertulis|juru bicara|jubir|jurubicara|humas|kabid humas|kepala humas'),
  bodyWords: words(
    'kementerian|perusahaan|pemerintah|polisi|kepolisian|dinas|badan|lembaga|komisi|kedutaan|pengadilan|serikat|partai|klub|bank|kelompok|organisasi|rumah sakit|universitas|perseroan|pemda|pemkot|pemprov|pemkab|kejaksaan|kantor|otoritas|maskapai|emiten|bank sentral|asosiasi|yayasan|institusi|instansi',
  ),
  indefiniteArticles: words('seorang|sebuah|satu'),
  numberWords: { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, seratus: 100 },
  labelWords: words('berusia|berumur|usia|umur|nomor|no|pasal|ayat|versi|seri|tipe|jalur|gerbang|halaman|bab|babak|tahap|gelombang|kelas|lantai|kamar|ruang|tingkat|edisi|jilid|putaran|pekan|angkatan|generasi|peringkat|ranking|zona|sektor|blok|ios|windows|android|iphone|galaxy'),
  windowWords: words('terakhir|lalu|mendatang|belakangan|silam|pertama'),
  moneyCues: [],
  partOfWords: words('dari'),
  perUnitWords: words('per|setiap|tiap|bagi setiap|untuk setiap|sebulan|setahun|sehari'),
  notCounted: words('direbut|pagi|siang|sore|malam|sudah|telah|lebih|kurang|yang|menjadi|adalah|ialah|sebelumnya|lalu|kemudian|masing-masing'),
  tollWords: words('tewas|meninggal|korban|luka-luka|hilang|terluka'),
  restateWords: words("atau|yakni|yaitu"),
};

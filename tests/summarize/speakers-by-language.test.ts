import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';
import { creditsSpeakers, para, speakersOf } from '../helpers/speaker-cases.js';
import type { SpeakerCase } from '../helpers/speaker-cases.js';

/** Every quote as "words → speaker", in reading order. */
const credited = (text: string, lang: string): string[] => summarizeArticle(text, { lang }).quotes.map((q) => `${q.text} → ${q.speaker ?? '∅'}`);

/** One test per case: every quote's words with its speaker. */
const creditsQuotes = (cases: SpeakerCase[]): void => it.each(cases)('%s: %s', (lang, text, quotes) => expect(credited(text, lang)).toEqual(quotes));

describe('error class 1: the speech verb before the speaker, any tense', () => {
  creditsSpeakers([
    ['en', '“We are not going anywhere,” insisted coach Tom Miller.', ['Tom Miller']],
    ['en', 'Tom Miller spoke first. “We are not going anywhere,” he fumed.', ['Tom Miller']],
    ['es', '«No vamos a subir los impuestos», dijo el ministro de Hacienda, Carlos Ruiz.', ['Carlos Ruiz']],
    ['es', '«Aquí no se rinde nadie», espetó el entrenador Luis Ortega.', ['Luis Ortega']],
    ['es', '"La reforma llegará antes del verano", ha avanzado la ministra Ana Torres.', ['Ana Torres']],
    ['es', '"La reforma llegará antes del verano", recalcaba Ana Torres.', ['Ana Torres']],
    ['pt', '"Não há espaço para novos impostos", afirmou o ministro das Finanças, João Duarte.', ['João Duarte']],
    ['pt', '"Vamos recorrer da decisão", garantiu à imprensa a advogada Marta Nunes.', ['Marta Nunes']],
    ['pt', '"O país está preparado", declarou nesta terça-feira o presidente Paulo Lima.', ['Paulo Lima']],
    ['fr', 'Claire Dubois a ouvert la séance. « Nous ne céderons pas », a-t-elle déclaré.', ['Claire Dubois']],
    ['fr', 'Paul Martin était ému. « C’est un jour historique », confie-t-il.', ['Paul Martin']],
    ['fr', '« Le texte est équilibré », juge M. Martin, député de la Somme.', ['Martin']],
    ['fr', '« Le texte est équilibré », a martelé jeudi le député Paul Martin.', ['Paul Martin']],
    ['it', '«Non ci fermeremo», ha dichiarato il ministro Marco Rossi.', ['Marco Rossi']],
    ['it', '«Non ci fermeremo», ha tuonato ieri Marco Rossi.', ['Marco Rossi']],
    ['it', '«Non ci fermeremo», commenta a caldo il sindaco Luca Bianchi.', ['Luca Bianchi']],
    ['nl', '"We gaan gewoon door", zegt burgemeester Femke Jansen.', ['Femke Jansen']],
    ['nl', '"We gaan gewoon door", benadrukte minister Pieter de Vries dinsdag.', ['Pieter de Vries']],
    ['nl', '"Het is een zware klap", reageert trainer Erik Bakker.', ['Erik Bakker']],
    ['de', '„Wir machen weiter“, betont Bürgermeisterin Anna Weber.', ['Anna Weber']],
    ['de', '„Wir machen weiter“, sagte Anna Weber am Montag in Berlin.', ['Anna Weber']],
    ['de', '„Wir machen weiter“, so Bürgermeisterin Anna Weber.', ['Anna Weber']],
    ['ms', '“Kami akan siasat perkara ini,” kata Ketua Polis Negara Razarudin Husain.', ['Razarudin Husain']],
    ['ms', '“Kami akan siasat perkara ini,” jelas Razarudin Husain kepada pemberita.', ['Razarudin Husain']],
    ['id', '“Kami akan mengusut kasus ini,” tegas Kapolda Metro Jaya Irjen Karyoto.', ['Karyoto']],
    ['id', '“Kami akan mengusut kasus ini,” ungkap Budi Santoso kepada wartawan.', ['Budi Santoso']],
  ]);
});

describe('error class 2: the attribution inside the quote marks splits the quote', () => {
  creditsQuotes([
    ['it', '«La crisi – ha detto il sindaco Marco Bianchi – non è ancora finita».', ['La crisi → Marco Bianchi', 'non è ancora finita → Marco Bianchi']],
    [
      'fr',
      'Claire Dubois a parlé. « Le calendrier est intenable, estime la ministre. Il faut du temps. »',
      ['Le calendrier est intenable → Claire Dubois', 'Il faut du temps. → Claire Dubois'],
    ],
    [
      'fr',
      '« Nous sommes prêts, a assuré Paul Martin, mais il faut des moyens. »',
      ['Nous sommes prêts → Paul Martin', 'mais il faut des moyens. → Paul Martin'],
    ],
    [
      'es',
      '«El acuerdo está cerrado —afirmó el ministro Carlos Ruiz—, solo falta firmarlo».',
      ['El acuerdo está cerrado → Carlos Ruiz', 'solo falta firmarlo → Carlos Ruiz'],
    ],
    ['es', '"No habrá recortes, aseguró Ana Torres. Lo hemos prometido".', ['No habrá recortes → Ana Torres', 'Lo hemos prometido → Ana Torres']],
    [
      'pt',
      '"O acordo está fechado, disse o ministro João Duarte, falta apenas assinar."',
      ['O acordo está fechado → João Duarte', 'falta apenas assinar. → João Duarte'],
    ],
    [
      'nl',
      '"Het akkoord is rond", zegt Pieter de Vries. "We tekenen volgende week."',
      ['Het akkoord is rond → Pieter de Vries', 'We tekenen volgende week. → Pieter de Vries'],
    ],
    [
      'nl',
      '"Het akkoord is rond, zegt minister Pieter de Vries. We tekenen volgende week."',
      ['Het akkoord is rond → Pieter de Vries', 'We tekenen volgende week. → Pieter de Vries'],
    ],
    [
      'de',
      '„Die Lage ist ernst“, sagte Anna Weber, „aber wir haben einen Plan.“',
      ['Die Lage ist ernst → Anna Weber', 'aber wir haben einen Plan. → Anna Weber'],
    ],
  ]);
});

describe('error class 3: an unnamed spokesperson or body speaks for its organisation', () => {
  creditsSpeakers([
    ['en', '“We are reviewing the report,” a Google spokesperson said.', ['Google']],
    ['en', '“We are reviewing the report,” said a spokesperson for Airbus.', ['Airbus']],
    ['en', para('The Ministry of Defence ordered a review.', '“No decision has been made,” the ministry said.'), ['Ministry of Defence']],
    ['nl', para('Het ministerie van Defensie onderzoekt de zaak.', '"We gaan door", zegt een woordvoerder van het ministerie.'), ['ministerie van Defensie']],
    ['nl', '"We gaan door", zegt een woordvoerder van Philips.', ['Philips']],
    ['es', para('Repsol cerró el trimestre con pérdidas.', '«Estamos analizando las cifras», indicó un portavoz de la empresa.'), ['Repsol']],
    ['pt', '"Estamos a acompanhar a situação", disse o porta-voz da Petrobras.', ['Petrobras']],
    ['ms', para('Kementerian Kesihatan mengesahkan kes itu.', '“Kami sedang memantau keadaan,” kata jurucakap kementerian itu.'), ['Kementerian Kesihatan']],
    ['id', '“Kami sedang menyelidiki laporan itu,” kata juru bicara Pertamina kepada wartawan.', ['Pertamina']],
    ['fr', '« Nous étudions le dossier », a indiqué un porte-parole de Renault.', ['Renault']],
    ['it', '«Stiamo verificando», ha spiegato un portavoce di Enel.', ['Enel']],
    ['de', '„Wir prüfen den Bericht“, sagte ein Sprecher von Siemens.', ['Siemens']],
  ]);
});

describe('error class 4: capitalised words that are not names', () => {
  creditsSpeakers([
    ['de', para('Der Trainer Thomas Weber ist zufrieden.', 'Im Gespräch sagte Weber: „Die Mannschaft hat alles gegeben.“'), ['Thomas Weber']],
    ['de', para('Thomas Weber ist zufrieden.', '„Die Mannschaft hat alles gegeben“, sagte der Trainer nach dem Spiel.'), ['Thomas Weber']],
    ['ms', '“Ekonomi negara kekal kukuh,” kata Menteri Kewangan, Datuk Amir Hamzah.', ['Amir Hamzah']],
    ['ms', 'Menteri Kewangan, Datuk Amir Hamzah berkata: “Ekonomi negara kekal kukuh.”', ['Amir Hamzah']],
    ['id', '“Sekolah akan dibuka kembali,” kata Kepala Dinas Pendidikan, Budi Santoso.', ['Budi Santoso']],
    ['en', 'Covid Vaccine trials resumed. “The Covid Vaccine is safe,” said health official Mary Jones.', ['Mary Jones']],
  ]);
});

describe('error class 5: partial names, roles for named people, carried-over speakers', () => {
  creditsSpeakers([
    ['nl', '"We gaan door", zei Jan van der Berg.', ['Jan van der Berg']],
    // North German and Frisian names keep their particle too.
    [
      'de',
      'Meteorologe Jan ter Horst vom Wetterdienst rechnet mit Orkanböen. „Ein solcher Sturm ist im Dezember selten“, sagte ter Horst. „Am Abend dürfte es vorbei sein“, fügte er hinzu.',
      ['Jan ter Horst', 'Jan ter Horst'],
    ],
    ['nl', para('Jan van der Berg is tevreden.', 'Van der Berg zei: "We gaan door."'), ['Jan van der Berg']],
    ['pt', para('O ministro das Finanças, João Duarte, apresentou o plano.', '"Não há espaço", afirmou o ministro.'), ['João Duarte']],
    ['en', para('Labour leader Keir Starmer visited the site.', '“We will rebuild,” the Labour leader said.'), ['Keir Starmer']],
    ['ms', para('Ketua parti, Ahmad Zahid Hamidi, hadir di majlis itu.', '“Kita akan menang,” kata Ketua parti itu.'), ['Ahmad Zahid Hamidi']],
    ['es', para('La ministra de Sanidad, Mónica García, habló primero.', '«Hay que actuar ya», señaló la ministra.'), ['Mónica García']],
    ['it', para('Il sindaco Luca Bianchi ha parlato in aula.', '«Servono fondi», ha detto il sindaco.'), ['Luca Bianchi']],
    [
      'en',
      para('“The plan is sound,” said Mayor Ana Ruiz.', 'But council member Tom Lee disagreed with the mayor.', '“It will cost far too much.”'),
      ['Ana Ruiz', 'Tom Lee'],
    ],
  ]);
});

describe('more orders and forms', () => {
  creditsSpeakers([
    ['fr', '« Je suis fier de ce groupe », savoure l’entraîneur Peio Lartigue.', ['Peio Lartigue']],
    ['fr', '« Les grèves continueront », juge M. Le Goff, président du syndicat Air Union.', ['Le Goff']],
    ['fr', 'Le vice-président chargé des finances, Karim Benali, a contesté. « Pas d’impôts cette année », a-t-il martelé.', ['Karim Benali']],
    [
      'es',
      para('Un portavoz de Postobón señaló que la compañía ya redujo el azúcar.', '«Hemos hecho la tarea sin que nadie nos obligara», añadió.'),
      ['Postobón'],
    ],
    ['id', '"Kami sudah mendirikan posko pengungsian," kata Kepala BPBD Kota Bekasi, Ahmad Fauzi Rahman, kepada wartawan.', ['Ahmad Fauzi Rahman']],
    ['ms', 'Peguam bela, Harvinder Singh pula memohon hukuman minimum. "Anak guam saya sudah kehilangan kerjaya," hujahnya.', ['Harvinder Singh']],
    ['nl', ",,We zullen het besluit toetsen aan de regels'', zei een woordvoerder van de Europese Commissie in Brussel.", ['Europese Commissie']],
    ['de', '„Bayern investiert so viel wie nie zuvor“, erklärte eine Sprecherin des Bauministeriums.', ['Bauministerium']],
    ['it', 'L’allenatore del Lipsia Thomas Brenner ha ammesso la sconfitta. «Abbiamo perso la testa», ha spiegato in conferenza stampa.', ['Thomas Brenner']],
    [
      'it',
      para(
        'Il ministero della Salute ha comprato le dosi.',
        'Un portavoce del ministero ha precisato che «le dosi sono sufficienti per tutti» e che nessuna regione ha segnalato carenze.',
      ),
      ['ministero della Salute'],
    ],
    [
      'it',
      para(
        'La presidente Chiara Donati ha parlato.',
        'Secondo una prima stima della Regione, i danni superano i 400 milioni. «Servono risorse subito», ha aggiunto lei.',
      ),
      ['Chiara Donati'],
    ],
  ]);
});

describe('joint speakers: two people credited together', () => {
  creditsSpeakers([
    ['en', '“We will fight on,” said Anna Berg and Tom Hale.', ['Anna Berg and Tom Hale']],
    [
      'fr',
      '« Nous voterons contre », ont déclaré dans un communiqué les coprésidents du groupe, Lucie Marais et Hugo Berthet.',
      ['Lucie Marais et Hugo Berthet'],
    ],
    ['it', '«Non firmeremo», hanno dichiarato i segretari di Uilm e Fismic, Paolo Ferri e Anna Conti.', ['Paolo Ferri e Anna Conti']],
    ['es', '«No aceptaremos recortes», afirmaron Laura Gil y Pedro Mora.', ['Laura Gil y Pedro Mora']],
    ['pt', '"Vamos recorrer", disseram os deputados Rui Faria e Ana Lobo.', ['Rui Faria e Ana Lobo']],
    ['nl', ",,We sluiten geen bad zonder plan'', schrijven wethouders Sanne Vos (Sport) en Daan Mulder (Financiën).", ['Sanne Vos en Daan Mulder']],
  ]);
  it('keeps one person when the second name is an organisation', () => {
    expect(speakersOf('«No aceptaremos recortes», afirmó Laura Gil y la empresa lo confirmó.', 'es')).toEqual(['Laura Gil']);
  });
});

describe('a person opening the sentence after a closing quote mark is who the next pronoun means', () => {
  creditsSpeakers([
    ['nl', ",,We waren beter'', zei Kees Dekker.\nTrainer Jan de Graaf was kritisch. ,,We stopten met voetballen'', zei hij.", ['Kees Dekker', 'Jan de Graaf']],
    ['en', '“We were better,” said Kate Bell.\nCoach Tom Hale was angry. “We stopped playing,” he said.', ['Kate Bell', 'Tom Hale']],
  ]);
});

describe('a role, then a title and full name in apposition: the person speaks, not the role’s body', () => {
  creditsSpeakers([
    ['pt', 'O porta-voz da Defesa Civil, o tenente-coronel Paulo Rocha, alertou para novos riscos. "O solo está encharcado", explicou.', ['Paulo Rocha']],
    ['es', 'El portavoz de la Guardia Civil, el coronel Luis Ortega, advirtió del riesgo. «El terreno está empapado», explicó.', ['Luis Ortega']],
    ['en', 'The spokesman for the Fire Service, Colonel Mark Dunn, warned of more slides. “The ground is soaked,” he explained.', ['Mark Dunn']],
  ]);
});

describe('"a spokesperson for the society": the body named with that noun before', () => {
  creditsSpeakers([
    ['en', 'The Royal Dental Society warned about costs. “Clinics are closing,” a spokesperson for the society said.', ['Royal Dental Society']],
  ]);
});

describe('Malay and Indonesian: honorifics, answers and epithets', () => {
  creditsSpeakers([
    // "Tan" is a surname alone and a title only in "Tan Sri".
    ['ms', 'Seorang peniaga, Encik Tan Boon Huat, 51, berpendapat cukai itu membebankan. “Jualan kami sudah turun,” katanya.', ['Tan Boon Huat']],
    ['ms', 'Pengerusi persatuan itu, Tan Sri Dr Lim Kok Wah, berkata kos meningkat. “Kami perlukan bantuan,” katanya.', ['Lim Kok Wah']],
    ['ms', 'Pengerusi persatuan itu, Tan Sri Lim Kok Wah, berkata kos meningkat. “Kami perlukan bantuan,” katanya.', ['Lim Kok Wah']],
    // "H." and "Haji" are honorifics before a name in apposition.
    ['id', 'Anggota DPRD Jabar, H. Dadang Sukmana, meminta warga tenang. “Kami akan kawal anggarannya,” ujarnya.', ['Dadang Sukmana']],
    ['ms', 'Wakil rakyat kawasan itu, Haji Osman Talib, menggesa pihak berkuasa bertindak. “Jangan tunggu lagi,” tegasnya.', ['Osman Talib']],
    // Ranks and honorifics before the name.
    ['id', '“Korban mengalami luka berat,” kata Kapolsek Tambun Kompol Rahmat Hidayat.', ['Rahmat Hidayat']],
    ['id', '“Kami terus berkoordinasi,” ujar Iptu Nur Hasanah.', ['Nur Hasanah']],
    ['ms', '“Kami prihatin,” kata Timbalan Superintendan Rahim Ali.', ['Rahim Ali']],
    ['ms', '“Kami siaga,” kata Datuk Wira Ahmad Zaki Ismail.', ['Ahmad Zaki Ismail']],
    ['ms', '“Kerajaan akan bantu,” kata YB Dato’ Sri Haji Norlia Sidek.', ['Norlia Sidek']],
    // The first two words of a full name named before, the person not credited yet.
    ['id', 'Sri Rahayu Wulandari juga hadir. Menurut Sri Rahayu, “Anggaran cukup untuk tahun depan.”', ['Sri Rahayu Wulandari']],
    // A given name opening a sentence stands for the full name, what a later pronoun means.
    [
      'id',
      'KPU menetapkan Bambang Wijaya sebagai pemenang. “Rekapitulasi terbuka,” kata Ketua KPU, Dewi Anggraini.\nBambang yang hadir dalam rapat itu mengucapkan terima kasih. “Ini kemenangan warga,” ucapnya.',
      ['Dewi Anggraini', 'Bambang Wijaya'],
    ],
    // A name with its age in brackets, in a sentence opened by a place.
    [
      'id',
      'Kepala Dinas, Suryani Lestari, mengatakan pasokan turun. “Hujan deras,” ujar Suryani.\nDi Pasar Induk Kramat Jati, seorang pedagang, Pak Darmo (58), mengaku omzetnya turun. “Pembeli cuma beli seperempat kilo,” katanya.',
      ['Suryani Lestari', 'Darmo'],
    ],
    // Two people with ages and kinship words between them.
    [
      'ms',
      'Anaknya, Faridah Kassim, 35, dan menantunya, Azlan Hamid, turut membantu di kebun. “Kami cuba jimat kos,” kata mereka.',
      ['Faridah Kassim dan Azlan Hamid'],
    ],
    // An answer in a question-and-answer passage.
    ['id', '“Apakah tarif akan naik tahun depan?” tanya seorang wartawan.\n“Belum ada keputusan,” jawab Rina Marlina.', [null, 'Rina Marlina']],
    ['id', 'Rina Marlina ditanya soal tarif. “Belum ada keputusan,” jawabnya.', ['Rina Marlina']],
    // An epithet no one was given means the person named last.
    ['id', 'Anggota Komisi V, Yusuf Hamdani, menilai sosialisasi terlalu singkat. “Jangan terburu-buru,” tegas politikus itu.', ['Yusuf Hamdani']],
    // Two people named together, then a word standing for both.
    ['id', 'Dua mahasiswi, Dewi Lestari dan Rani Puspita, mendukung kebijakan itu. “Kami setuju,” kata keduanya.', ['Dewi Lestari dan Rani Puspita']],
    [
      'ms',
      'Dua penduduk, Aminah Yusof dan suaminya, Karim Salleh, melihat lori itu. “Kami ingat ia barang kilang,” kata pasangan itu.',
      ['Aminah Yusof dan Karim Salleh'],
    ],
    // The pair spoke last already ("berkata mereka …"); "kata mereka" still means both.
    [
      'ms',
      'Pasangan itu, Aminah Yusof dan Karim Salleh, pula berkata mereka lalu di situ setiap hari. “Setiap ringgit bermakna,” kata mereka.',
      ['Aminah Yusof dan Karim Salleh'],
    ],
    // One word is a person's name with a courtesy title or an age: what a later pronoun means.
    [
      'id',
      'Ketua RT, Agus Salim, menilai bantuan terlambat. “Warga sudah lama menunggu,” katanya.\nDi posko, Pak Darto (61), buruh tani, kehilangan rumahnya. “Semua hanyut,” ujarnya.',
      ['Agus Salim', 'Darto'],
    ],
    [
      'id',
      'Ketua RT, Agus Salim, menilai bantuan terlambat. “Warga sudah lama menunggu,” katanya.\nSalah satu pengungsi, Sumarni (56), mengaku pasrah. “Semua hanyut,” tuturnya.',
      ['Agus Salim', 'Sumarni'],
    ],
    [
      'ms',
      'Pengerusi persatuan, Razak Ali, berkata harga naik. “Kami terkesan,” katanya.\nDi pasar, Puan Rohani, 47, sudah berniaga selama 20 tahun. “Pelanggan makin kurang,” katanya.',
      ['Razak Ali', 'Rohani'],
    ],
  ]);
});

describe('Malay and Indonesian: a body spoken for', () => {
  creditsSpeakers([
    // The ministry of the minister the article named, when it never names the ministry itself.
    [
      'ms',
      'Menteri Kerja Raya, Datuk Seri Hamid Yusof berkata kadar tol diturunkan. “Ini langkah segera,” katanya.\nSementara itu, jurucakap kementerian itu berkata rundingan sudah selesai. “Semua syarikat konsesi bersetuju,” katanya.',
      ['Hamid Yusof', 'Kementerian Kerja Raya'],
    ],
    // A spokesperson heading the body's name, its initials and a place after it.
    [
      'ms',
      'Sementara itu, Jurucakap Lembaga Hasil Dalam Negeri (LHDN) Perak berkata kutipan meningkat. “Kami perlukan kerjasama pembayar cukai,” katanya.',
      ['Lembaga Hasil Dalam Negeri'],
    ],
    // A conjunction inside a body's name.
    [
      'ms',
      'Dalam pada itu, Jurucakap Jabatan Bomba dan Penyelamat Malaysia (JBPM) Perak berkata 18 anggota dikejarkan. “Dua mangsa tersepit,” ujarnya.',
      ['Jabatan Bomba dan Penyelamat Malaysia'],
    ],
    // A connective and its comma open the sentence before the person it is about.
    [
      'ms',
      'Presiden persatuan, Datuk Raymond Chan berkata harga naik. “Kos makanan ayam meningkat,” katanya.\nBagaimanapun, Menteri Perdagangan Dalam Negeri, Datuk Azmi Hassan, memberi jaminan bekalan mencukupi. “Kami akan pantau harga,” tegasnya.',
      ['Raymond Chan', 'Azmi Hassan'],
    ],
    // The body's noun alone opening a sentence is the article's one body of that kind.
    ['ms', 'IPOH: Polis menahan tiga lelaki di bawah Seksyen 39B. “Siasatan masih diteruskan,” kata jurucakap polis.', ['Polis']],
    // A person opening a sentence after the body spoke is who “-nya” means.
    [
      'id',
      'Juru bicara Kemnaker mengatakan kasus itu dipantau. “Kami minta kurator transparan,” katanya.\nBu Warsini, 50, sudah bekerja di pabrik itu selama 20 tahun. “Saya bingung,” ucapnya.',
      ['Kemnaker', 'Warsini'],
    ],
    // "X dalam satu kenyataan memaklumkan": the body before the words linking it to its statement, over its initials.
    [
      'ms',
      'Kementerian Perpaduan (KPN) dalam satu kenyataan petang ini memaklumkan bahawa geran akan ditambah. “Permohonan dibuka minggu depan,” menurut kenyataan itu.',
      ['Kementerian Perpaduan'],
    ],
    ['en', 'Ford said in a statement that the recall was voluntary. “Safety comes first,” the statement said.', ['Ford']],
  ]);
});

describe('romance and Dutch: bodies by their noun, clitics, closed sentences and the subject before', () => {
  creditsSpeakers([
    // A body known only by its noun is what a later bare pronoun and "aldus de woordvoerder" mean;
    // a place in a place phrase, a word inside the quote and "Niemand" are no body.
    [
      'nl',
      para(
        'In de Utrechtse wijk Lombok brandde vannacht een pand uit. Niemand raakte gewond.',
        'Een woordvoerder van de brandweer zegt dat het vuur om 04.00 uur uitbrak. "We waren snel ter plaatse", zegt hij. "Het pand aan de Kanaalstraat is verloren", aldus de woordvoerder.',
      ),
      ['brandweer', 'brandweer'],
    ],
    // The sentence ends after the closing mark: the speech verb before the quote credits it, not the next sentence.
    ['nl', 'Econoom Piet de Boer spreekt van een "historische daling". RTL sprak met hem over de oorzaken.', ['Piet de Boer']],
    // An object pronoun before the verb after a quote.
    [
      'es',
      'Juan Ortega Ruiz criticó el plan. «Es falso», replicó la ministra Marta Gil. «Lo que falta es voluntad», le contestó Ortega.',
      ['Marta Gil', 'Juan Ortega Ruiz'],
    ],
    ['it', '«Non è vero», gli ha risposto Marco Rossi.', ['Marco Rossi']],
    // A preposition's phrase after a bare verb is no subject.
    ['es', 'El alcalde, Pedro Gómez Ruiz, visitó el puerto. «No vamos a ceder», afirmó ante los periodistas.', ['Pedro Gómez Ruiz']],
    ['it', '«La scuola resterà chiusa», ha riferito il dirigente della Protezione civile, Antonio De Santis.', ['Antonio De Santis']],
    // The person named in full opening the sentence before a quote with no credit, or a bare verb.
    ['nl', 'Buurtbewoner Karin de Wit woont ernaast. "Ik schrok wakker van de klap en kon niet meer slapen."', ['Karin de Wit']],
    [
      'pt',
      'O prefeito Paulo Lima visitou o bairro. Já o aposentado João Carlos Vieira, de 80 anos, depende de oxigênio. "Passei a noite acordado com o cilindro reserva", contou.',
      ['João Carlos Vieira'],
    ],
    // Not after a preposition: the reporter's sentence is about the result, the speaker stays who the article framed.
    [
      'pt',
      'Para o economista Felipe Andrade, da consultoria Rumo Certo, o resultado pressiona o Banco Central. "Fica difícil ver os juros caindo tão cedo", disse.',
      ['Felipe Andrade'],
    ],
  ]);
});

describe('Indonesian and Malay: "menurutnya" (according to him or her) before a quote means the person named before', () => {
  creditsSpeakers([
    [
      'ms',
      para('Ketua Pengarah Kesihatan Datuk Dr Radzi Abu Hassan berkata kes meningkat.', 'Menurutnya, "hospital masih mampu menampung pesakit."'),
      ['Radzi Abu Hassan'],
    ],
    [
      'id',
      para('Kepala Dinas Kesehatan Siti Rahmawati mengatakan kasus meningkat.', 'Menurutnya, "rumah sakit masih mampu menampung pasien."'),
      ['Siti Rahmawati'],
    ],
  ]);
});

describe('a name after a place preposition inside a role is where the role is from: the role speaks', () => {
  creditsSpeakers([
    ['id', 'Pelatih timnas, Shin Jae-won, mengatakan pemain dalam kondisi baik. "Semua pemain siap," kata pelatih asal Korea Selatan itu.', ['Shin Jae-won']],
    ['ms', 'Jurulatih skuad negara, Kim Ji-hoon, berkata pemain bersedia. "Kami tidak gentar," kata jurulatih asal Korea Selatan itu.', ['Kim Ji-hoon']],
  ]);
});

describe('Indonesian and Malay: a titled phrase closed by "itu" or "tersebut" is an epithet, its capitals no name', () => {
  creditsSpeakers([
    [
      'id',
      para(
        'Gubernur Jawa Tengah Ahmad Luthfi menegaskan pihaknya siap. "Kami sudah siapkan anggaran," tegasnya.',
        'Wakil Ketua DPRD Jateng Sarif Abdillah menilai langkah itu terlambat. "Harusnya sejak bulan lalu," katanya.',
        'Luthfi membantah. "Tidak ada yang terlambat," ujar mantan Kapolda Jateng itu.',
      ),
      ['Ahmad Luthfi', 'Sarif Abdillah', 'Ahmad Luthfi'],
    ],
  ]);
});

describe('Malay and Indonesian: a pronoun opening the clause, then "yang juga" and a role: the role is the pronoun’s', () => {
  creditsSpeakers([
    [
      'ms',
      para(
        'Timbalan Perdana Menteri Datuk Seri Fadillah Yusof berkata kerajaan akan membantu. "Kita tidak akan biarkan mereka," katanya.',
        'Beliau yang juga Menteri Peralihan Tenaga berkata bantuan akan disalurkan segera.',
        '"Semua agensi sudah digerakkan," tambah beliau.',
      ),
      ['Fadillah Yusof', 'Fadillah Yusof'],
    ],
    [
      'ms',
      para(
        'Timbalan Perdana Menteri Datuk Seri Fadillah Yusof berkata kerajaan akan membantu. "Kita tidak akan biarkan mereka," katanya.',
        'Beliau yang juga Menteri Peralihan Tenaga berkata, "Semua agensi sudah digerakkan."',
      ),
      ['Fadillah Yusof', 'Fadillah Yusof'],
    ],
  ]);
});

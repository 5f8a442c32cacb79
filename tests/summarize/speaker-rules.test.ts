import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

/** Made-up sentences, one rule each: the speakers of the quotes, in reading order. */
describe('a party or affiliation in brackets after a person keeps them a person', () => {
  creditsSpeakers([
    ['de', para('Bundesverkehrsminister Markus Feldhaus (FDP) rief beide Seiten auf.', '„Ein Streik trifft alle“, sagte der Minister.'), ['Markus Feldhaus']],
    ['en', para('Health Secretary Janet Okoro (Labour) visited the ward.', '"We will fund this," the secretary said.'), ['Janet Okoro']],
    ['it', para('Il ministro Paolo Ferri (Lega) ha parlato a Roma.', '«Non ci sono fondi», ha detto il ministro.'), ['Paolo Ferri']],
  ]);
});

describe('a surname opening a sentence is who a later pronoun means', () => {
  creditsSpeakers([
    [
      'de',
      para(
        '„Wir haben verhandelt“, sagte Torsten Wendelin.',
        '„Das reicht nicht“, sagte Karin von Bredow.',
        'Wendelin schloss weitere Streiks nicht aus. „Wir reden am Freitag“, kündigte er an.',
      ),
      ['Torsten Wendelin', 'Karin von Bredow', 'Torsten Wendelin'],
    ],
    [
      'nl',
      para(
        '"We gaan door", zei Pieter Jansen.',
        '"Dat is onverstandig", zei Femke de Boer.',
        'Jansen liet zich niet afschrikken. "We staken vrijdag", zei hij.',
      ),
      ['Pieter Jansen', 'Femke de Boer', 'Pieter Jansen'],
    ],
    [
      'en',
      para('"We will appeal," said Mark Hollis.', '"That is their right," said Anna Perez.', 'Hollis was unmoved. "This is not over," he added.'),
      ['Mark Hollis', 'Anna Perez', 'Mark Hollis'],
    ],
  ]);
});

describe('German: a capitalized article opens a noun phrase, never a surname particle', () => {
  creditsSpeakers([
    [
      'de',
      para(
        '„Ein Streik trifft alle“, sagte Markus Feldhaus.',
        'Der Fahrgastverband Pro Bahn kritisierte die Vorwarnzeit. „Das ist zu wenig“, so Verbandssprecherin Heike Sandmann.',
        '„Wir müssen reden“, fügte er hinzu.',
      ),
      ['Markus Feldhaus', 'Heike Sandmann', 'Markus Feldhaus'],
    ],
    ['de', '„Wir sind bereit“, sagte Ursula von der Heide.', ['Ursula von der Heide']],
  ]);
});

describe('a surname after a particle stays a name even when it is also a title word', () => {
  creditsSpeakers([
    ['nl', '"Dat is onverstandig", zei Femke de Boer.', ['Femke de Boer']],
    ['nl', 'Raadslid Peter de Graaf (VVD) is kritisch. "Veel te duur", zegt De Graaf.', ['Peter de Graaf']],
  ]);
});

describe('a fragment quoted inside the reporter’s sentence belongs to that sentence’s subject', () => {
  creditsSpeakers([
    ['es', 'El senador Julián Arbeláez calificó el proyecto de «voracidad fiscal disfrazada de salud pública».', ['Julián Arbeláez']],
    ['es', 'La ponente, la liberal Sandra Milena Quintero, defendió que el recaudo «irá íntegro a hospitales y puestos de salud».', ['Sandra Milena Quintero']],
    ['es', 'Desde la oposición, el portavoz socialista, Rubén Quiroga, acusó al Gobierno de «mirar hacia otro lado durante meses».', ['Rubén Quiroga']],
    ['fr', 'Le maire de Lyon, Paul Girard, a qualifié le projet de « provocation pure et simple ».', ['Paul Girard']],
    ['it', 'Il sindaco Marco Bianchi ha definito la decisione «un colpo durissimo per la città».', ['Marco Bianchi']],
    ['pt', 'A ministra Ana Costa classificou a greve de "irresponsável e injustificada".', ['Ana Costa']],
    ['en', 'Union leader Sarah Quinn branded the offer "an insult to every driver".', ['Sarah Quinn']],
    ['nl', 'Wethouder Lotte van der Meulen noemde het plan "een flinke stap vooruit".', ['Lotte van der Meulen']],
  ]);
});

describe('a text without blank lines has one paragraph per line (summarize FILE)', () => {
  creditsSpeakers([
    ['en', 'Mayor Ana Ruiz opened the session.\n"We will not back down," she said.\n"Not this year, and not next year either."', ['Ana Ruiz', 'Ana Ruiz']],
    [
      'de',
      '„Wir haben verhandelt“, sagte Torsten Wendelin.\n„Das reicht nicht“, sagte Karin von Bredow.\n„Wir sind bereit, über alles zu reden.“',
      ['Torsten Wendelin', 'Karin von Bredow', 'Karin von Bredow'],
    ],
  ]);
});

describe('an epithet after the verb ("declarou o executivo") means the person just named', () => {
  creditsSpeakers([
    [
      'pt',
      'O diretor financeiro, Renato Albuquerque Neto, afirmou que a dívida cai. "Temos folga para absorver uma queda do Brent", declarou o executivo.',
      ['Renato Albuquerque Neto'],
    ],
    [
      'it',
      'Riccardo Orlandi ha segnato una doppietta. «Ho sognato una notte così da bambino, è qualcosa di speciale», ha raccontato l’esterno, visibilmente emozionato.',
      ['Riccardo Orlandi'],
    ],
    [
      'es',
      para(
        '«Hemos sufrido mucho pero el equipo ha respondido», dijo Íñigo Larrañaga.',
        'Dani Morcillo marcó el segundo gol tras una jugada personal.',
        '«Cuando he visto el balón entrar he pensado en mi padre», dijo el capitán aragonés.',
      ),
      ['Íñigo Larrañaga', 'Dani Morcillo'],
    ],
    ['fr', 'Mathis Lartigue a marqué l’essai décisif. « J’ai juste suivi le ballon, les avants ont tout fait », a confié l’ailier.', ['Mathis Lartigue']],
    ['en', 'The winning goal came from striker Ben Adeyemi in the 88th minute. "I just hit it and hoped for the best," said the 24-year-old.', ['Ben Adeyemi']],
  ]);
});

describe('a role with its remit, then the name in apposition after a comma', () => {
  creditsSpeakers([
    [
      'es',
      'La consejera de Transportes de la Comunidad de Madrid, Elena Sáez del Río, anunció servicios mínimos. «No vamos a permitir que la gente se quede tirada en los andenes», advirtió la consejera.',
      ['Elena Sáez del Río'],
    ],
    [
      'pt',
      'Em Rio do Sul, a prefeita Cláudia Bertoldi Hess relatou os estragos. "Perdemos a ponte principal e metade das escolas", disse a prefeita, referindo-se à ponte Dom Bosco.',
      ['Cláudia Bertoldi Hess'],
    ],
    [
      'pt',
      'O líder do Chega, André Queirós, classificou o documento como "um orçamento de continuidade socialista com outra gravata" e anunciou propostas.',
      ['André Queirós'],
    ],
  ]);
});

describe('a statement or a spokesperson introduced earlier speaks for its body', () => {
  creditsSpeakers([
    [
      'nl',
      "Een woordvoerder van de gemeente Rotterdam laat weten dat de opbrengst wordt geschat. ,,Een deel daarvan gaat terug naar de binnenstad'', aldus de woordvoerder.",
      ['gemeente Rotterdam'],
    ],
    [
      'ms',
      'Dalam kenyataan berasingan, SPRM menyifatkan keputusan itu sebagai mesej jelas. "Tiada siapa yang kebal daripada undang-undang," menurut kenyataan itu.',
      ['SPRM'],
    ],
    [
      'en',
      'A spokesperson for Downland Water said bills would be capped. "No one who is struggling will pay more next year," the spokesperson said.',
      ['Downland Water'],
    ],
  ]);
});

describe('titles with periods before a name in apposition ("Prof. Dr. X")', () => {
  creditsSpeakers([
    [
      'id',
      'Pakar epidemiologi Universitas Padjadjaran, Prof. Dr. Hendra Gunawan Saputra, menilai lonjakan ini bisa diprediksi. "Siklus DBD besar datang tiap tiga sampai lima tahun," katanya.',
      ['Hendra Gunawan Saputra'],
    ],
    [
      'ms',
      'Penganalisis Universiti Malaya, Prof. Dr. Azlan Yusof, berpendapat kesannya besar. "Kita perlu lebih banyak jurutera tempatan," katanya.',
      ['Azlan Yusof'],
    ],
  ]);
});

describe('a full name is cut before "van de TU Delft", "de la Universidad"', () => {
  creditsSpeakers([
    ['nl', ",,De markt is weer volledig op stoom'', zegt woningmarkteconoom dr. Femke Hoogendoorn van de TU Delft.", ['Femke Hoogendoorn']],
    ['es', '«La sequía no ha terminado, solo ha cambiado de fase», explicó el hidrólogo Jordi Mas Riera de la Universidad de Barcelona.', ['Jordi Mas Riera']],
    ['nl', ",,Dit kost banen en welvaart'', zegt KLM-topvrouw Marleen Dijkhuis-de Boer.", ['Marleen Dijkhuis-de Boer']],
  ]);
});

describe('German: a body by its inflected or compounded noun ("des Ministeriums" → "Bauministerium")', () => {
  creditsSpeakers([
    [
      'de',
      'Das bayerische Bauministerium verwies auf die Förderung. „Bayern investiert so viel wie nie zuvor in den Wohnungsbau“, erklärte eine Sprecherin des Ministeriums.',
      ['Bauministerium'],
    ],
    [
      'de',
      'Das Stuttgarter Gesundheitsministerium begrüßte den Beschluss. „Die Versorgung der Bevölkerung bleibt gesichert“, teilte ein Sprecher des Ministeriums mit.',
      ['Stuttgarter Gesundheitsministerium'],
    ],
    [
      'de',
      'Der Arbeitgeberverband ZDS wies die Kritik zurück. „Wir haben ein faires Angebot gemacht, das die Lage berücksichtigt“, sagte ein Sprecher des Verbands.',
      ['Arbeitgeberverband ZDS'],
    ],
  ]);
});

describe('a surname with its particles opening a sentence, or a recurring surname introducing a quote', () => {
  creditsSpeakers([
    [
      'de',
      para(
        '„Wir bauen hier die modernste Fabrik Europas“, sagte Jan van der Meulen.',
        '„Das muss sich auch für die Beschäftigten lohnen“, sagte Birgit Schöneich.',
        'Van der Meulen wies die Kritik zurück. „Ohne Förderung baut in Europa niemand eine Fabrik“, sagte er.',
      ),
      ['Jan van der Meulen', 'Birgit Schöneich', 'Jan van der Meulen'],
    ],
    [
      'de',
      para(
        '„Das ist eine Nacht für die Geschichtsbücher“, sagte Trainer Lars Ribbeck.',
        'Ribbeck lobte die Fans. Ribbeck hat einen Wunsch: „Ein Heimspiel, egal gegen wen. Dieses Publikum trägt uns.“',
      ),
      ['Lars Ribbeck', 'Lars Ribbeck'],
    ],
  ]);
});

describe('capitalized particles inside a surname ("Fabrizio Lo Presti") and roles in Italian', () => {
  creditsSpeakers([
    [
      'it',
      para(
        '«Non lasceremo nessuno indietro», ha detto la presidente della Regione, Chiara Donati Lanzoni.',
        'Da Roma, il ministro per la Protezione civile, Fabrizio Lo Presti, ha assicurato un decreto. «Lo Stato c’è e ci sarà», ha dichiarato il ministro.',
      ),
      ['Chiara Donati Lanzoni', 'Fabrizio Lo Presti'],
    ],
    ['it', '«È una tassa, non una politica», attacca la capogruppo del Pd, Silvia Bortolan Rizzi.', ['Silvia Bortolan Rizzi']],
  ]);
});

describe('Malay and Indonesian bodies: initials after the name, a body word heading a name that ends in a place', () => {
  creditsSpeakers([
    [
      'ms',
      'Sementara itu, jurucakap Tenaga Nasional Berhad (TNB) berkata kos itu ditanggung pemaju. "Kos pencawang itu ditanggung sepenuhnya oleh pemaju," kata jurucakap itu.',
      ['Tenaga Nasional Berhad'],
    ],
    [
      'ms',
      'Bank Negara Malaysia dalam kenyataannya menasihatkan orang ramai. "Jika pulangan terlalu tinggi untuk dipercayai, ia satu penipuan," menurut kenyataan itu.',
      ['Bank Negara Malaysia'],
    ],
  ]);
});

describe('a short phrase and a comma before a name: the name is the sentence’s subject', () => {
  creditsSpeakers([
    [
      'fr',
      'Le prévenu, Jean-Baptiste Ferracci, 47 ans, conteste les faits. « Je n’ai jamais volé personne », a-t-il assuré à la barre.',
      ['Jean-Baptiste Ferracci'],
    ],
    [
      'fr',
      para(
        '« Le marché est immense », a déclaré Paul-Henri de Villeneuve.',
        'Interrogée sur ce point, Inès Berthelot-Nguyen récuse toute volonté de remplacer les salariés. « Nos clients réduisent l’attente, pas leurs effectifs », dit-elle.',
      ),
      ['Paul-Henri de Villeneuve', 'Inès Berthelot-Nguyen'],
    ],
    [
      'ms',
      'Seorang pembeli, Norliza Ahmad, 39, pula mengeluh kos belanja dapur meningkat. "Dulu RM50 cukup untuk seminggu, sekarang tidak lagi," katanya.',
      ['Norliza Ahmad'],
    ],
  ]);
});

describe('a first name used alone after the verb means the fullest name mentioned', () => {
  creditsSpeakers([
    ['id', 'Wali Kota Bogor, Rudi Hartono Siregar, menyambut baik rencana itu. "Ini kabar baik bagi warga kami," ucap Rudi.', ['Rudi Hartono Siregar']],
    ['ms', 'Pengerusi persatuan, Kamal Arif Osman, hadir di majlis itu. "Kami gembira dengan keputusan ini," kata Kamal.', ['Kamal Arif Osman']],
    ['es', 'La alcaldesa, Lucía Ortega Prieto, visitó la obra. «Esto es una buena noticia para todos», dijo Lucía.', ['Lucía Ortega Prieto']],
  ]);
});

describe('a German noun before a name is a role, not a first name', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Das Siegtor schoss Stürmer Luka Marić in der Nachspielzeit.',
        'Publikumsliebling Marić konnte es kaum glauben. „Ich habe einfach abgezogen“, sagte der 22-Jährige.',
      ),
      ['Luka Marić'],
    ],
    ['de', para('„Wir haben gewonnen“, sagte Jens Keller.', '„Ich sehe das anders“, sagte Karin Keller.'), ['Jens Keller', 'Karin Keller']],
    ['de', '„Staus sind schlimmer als Streiks“, sagte der Spediteur Thomas Brandl.', ['Thomas Brandl']],
    [
      'de',
      para(
        '„Wir bleiben hart“, betonte Maya Schwarz.',
        'Der Spediteur Thomas Brandl sieht das gelassen. „Staus sind schlimmer als Streiks“, sagte der Unternehmer.',
      ),
      ['Maya Schwarz', 'Thomas Brandl'],
    ],
  ]);
});

describe('a role with its remit, then the name in apposition: the name speaks', () => {
  creditsSpeakers([
    [
      'id',
      'Banjir melanda Kota Depok, Jawa Barat. "Kami sudah mendirikan posko," kata Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kota Depok, Rina Sulastri Wibowo, kepada wartawan.',
      ['Rina Sulastri Wibowo'],
    ],
    [
      'it',
      'A Milano, al Policlinico, gli accessi sono aumentati. «Abbiamo pazienti in barella da due giorni», denuncia il presidente della Società italiana di medicina interna (Simi) della Lombardia, Carlo Bertoletti.',
      ['Carlo Bertoletti'],
    ],
    [
      'es',
      'En Sevilla, la situación es grave. «No tenemos camas», lamentó la presidenta de la Asociación andaluza de enfermería, Rocío Carmona.',
      ['Rocío Carmona'],
    ],
  ]);
});

describe('a plural pronoun after two people named together: both speak', () => {
  creditsSpeakers([
    [
      'ms',
      'Pasangan itu, Azlan Kadir dan Nora Ismail Yusof, turut hadir di majlis itu. "Kami harap rumah ini untuk orang biasa," kata mereka.',
      ['Azlan Kadir dan Nora Ismail Yusof'],
    ],
    [
      'id',
      'Dua atlet, Dimas Pratama dan Yoga Saputra Nugroho, yang kalah kemarin, berjanji bangkit. "Kami akan berjuang lagi besok," ujar mereka.',
      ['Dimas Pratama dan Yoga Saputra Nugroho'],
    ],
    ['en', 'The owners, Mark Ellison and Jane Porter, were at the hearing. "We will appeal this ruling," they said.', ['Mark Ellison and Jane Porter']],
    ['es', 'Los fundadores, Pablo Ruiz y Carmen Soto, hablaron tras la vista. «Vamos a recurrir la sentencia», dijeron ellos.', ['Pablo Ruiz y Carmen Soto']],
  ]);
});

describe('a gendered pronoun means the latest person of its gender', () => {
  creditsSpeakers([
    [
      'pt',
      para(
        '"O estado já concedeu reajuste", disse o secretário de Fazenda, Rui Campos Neto.',
        'Para a mãe de aluno Marta Silveira, de Contagem, o prejuízo é dos estudantes. "Meu filho vai fazer o Enem", contou ela.',
      ),
      ['Rui Campos Neto', 'Marta Silveira'],
    ],
    [
      'nl',
      para(
        '‘Dit is een besparing’, zegt ABVV-voorzitter Koen Maes.',
        'Ook ACV-voorzitster Els De Wit trok van leer. ‘We hebben maanden voorstellen gedaan’, zei ze.',
      ),
      ['Koen Maes', 'Els De Wit'],
    ],
    [
      'de',
      para(
        '„Wir sind vorbereitet“, sagte Bürgermeisterin Katrin Wolf.',
        '„Unsere Leute arbeiten ohne Pause“, sagte THW-Sprecher Jonas Beck.',
        'Die Lage bleibt ernst. „Die Pegel steigen weiter“, sagte sie.',
      ),
      ['Katrin Wolf', 'Jonas Beck', 'Katrin Wolf'],
    ],
    [
      'fr',
      para(
        '« Le budget est tenu », a déclaré Mme Claire Dubois.',
        '« C’est une fuite en avant », juge M. Paul Lemoine, président du groupe Rennes Demain.',
        '« Les ménages vont payer », a-t-il ajouté.',
        '« Nous tiendrons nos promesses », a-t-elle répondu.',
      ),
      ['Claire Dubois', 'Paul Lemoine', 'Paul Lemoine', 'Claire Dubois'],
    ],
    [
      'en',
      para('"We are ready," Ms Anna Reid said.', '"The trains will run," said Mr Tom Hale.', '"We will not give up," she added.'),
      ['Anna Reid', 'Tom Hale', 'Anna Reid'],
    ],
  ]);
});

describe('a name ending in a place the article names is no person a pronoun means', () => {
  creditsSpeakers([
    [
      'id',
      para(
        'Banjir merendam 20 kelurahan di Kota Depok. "Kami sudah mendirikan posko," kata Kepala BPBD, Rina Sulastri.',
        'Menurut Rina, hujan turun sejak Sabtu. Tanggul Kali Depok juga jebol sepanjang 15 meter.',
        '"Air naik sangat cepat," ujarnya.',
      ),
      ['Rina Sulastri', 'Rina Sulastri'],
    ],
    [
      'nl',
      para(
        'De dijk bij de haven in Delft is verzwakt. "We houden het in de gaten", zegt dijkgraaf Pieter Smit.',
        'Haven Delft blijft dicht tot maandag. "Het water staat hoog", zegt hij.',
      ),
      ['Pieter Smit', 'Pieter Smit'],
    ],
  ]);
});

describe('a body speaking with no cue word means the body that spoke last', () => {
  creditsSpeakers([
    [
      'en',
      para(
        'Treatment costs the NHS an estimated £6 billion a year.',
        'Brightwell Labs, which makes the injection, said it had agreed a price with the NHS. "We are committed to keeping supply up," the company said.',
      ),
      ['Brightwell Labs'],
    ],
    [
      'es',
      para(
        'El Metro de Madrid transporta a dos millones de viajeros.',
        'Transportes Ruiz Hermanos, que opera las líneas, dijo que el servicio se recuperará. «Hemos reforzado la plantilla», dijo la empresa.',
      ),
      ['Transportes Ruiz Hermanos'],
    ],
  ]);
});

describe('an abbreviated title with its period before the name in apposition', () => {
  creditsSpeakers([
    ['ms', '"Kami jangka keadaan bertambah buruk," kata Pengarah Jabatan Pengairan dan Saliran (JPS) Pahang, Ir. Zulkifli bin Hamid.', ['Zulkifli bin Hamid']],
  ]);
});

describe('a body’s full name up to its bracketed initials', () => {
  creditsSpeakers([
    [
      'de',
      'Der Bundesverband der deutschen Binnenreedereien (BDB) wies die Kritik zurück. „Wir haben ein faires Angebot gemacht“, erklärte eine Sprecherin des Verbands.',
      ['Bundesverband der deutschen Binnenreedereien'],
    ],
  ]);
});

describe('reported speech opened by a preposition phrase credits the quote after it in the paragraph', () => {
  creditsSpeakers([
    [
      'de',
      'Im Gespräch sagte Vogt, gerade ältere Menschen nutzten ihre Handys lange. „Die Leute können nichts dafür. Die Verantwortung liegt bei den Konzernen.“',
      ['Vogt'],
    ],
    ['nl', 'In een brief schrijft Anouk Mulder dat de regels te streng zijn. "Wij moeten dit samen oplossen."', ['Anouk Mulder']],
  ]);
});

describe('a German body noun alone after a preposition means the body named before', () => {
  creditsSpeakers([
    [
      'de',
      'Die Pläne seien unsozial, hieß es beim Mieterverband Nord. „Die Mieten steigen schon heute zu schnell“, hieß es vom Verband.',
      ['Mieterverband Nord'],
    ],
  ]);
});

describe('a body named in the genitive after a spokesperson speaks in the nominative', () => {
  creditsSpeakers([['de', 'Ein Sprecher des Bundesverkehrsministeriums sagte: „Wir prüfen den Vorfall sorgfältig.“', ['Bundesverkehrsministerium']]]);
});

describe('"die beiden", "de beiden" after two people named together: both speak', () => {
  creditsSpeakers([
    [
      'de',
      'Die Abgeordneten Jana Roth und Felix Maurer legten ein Papier vor. „Die Schulen brauchen mehr Geld“, schreiben die beiden Politiker.',
      ['Jana Roth und Felix Maurer'],
    ],
    ['nl', 'De raadsleden Sanne Bos en Kees Vermeer dienden een motie in. "Dit park moet blijven", zeggen de beiden.', ['Sanne Bos en Kees Vermeer']],
  ]);
});

describe('an Arabic particle inside a Dutch surname ("Ahmed el Idrissi")', () => {
  creditsSpeakers([['nl', '"Dit is niet uit te leggen", zegt bestuurder Ahmed el Idrissi.', ['Ahmed el Idrissi']]]);
});

describe('a spokesperson of a body never named otherwise: the body’s common noun, never a word that only opens sentences', () => {
  creditsSpeakers([
    [
      'nl',
      'Het kabinet trok 7 miljard euro uit. Daarvan is nog weinig besteed. "Veel ondernemers wachten af", zegt een woordvoerder van het ministerie.',
      ['ministerie'],
    ],
  ]);
});

describe('a particle after a surname that had one starts what the person is of', () => {
  creditsSpeakers([
    ['nl', '"Dit is niet uit te leggen", zegt bestuurder Ahmed el Idrissi van de FNV.', ['Ahmed el Idrissi']],
    [
      'nl',
      para('Dat schrijft minister Jan van der Berg van Landbouw in een brief.', '"Gedwongen uitkoop is het laatste middel", aldus Van der Berg.'),
      ['Jan van der Berg'],
    ],
  ]);
});

describe('a clause’s subject far before "…, said X": the full name after the verb speaks', () => {
  creditsSpeakers([
    [
      'en',
      para(
        'Japan has been a market leader. Japan accounts for 6% of revenue, said Ming Park, an analyst at Sandstone Research.',
        '"Investors have priced this in," she said.',
      ),
      ['Ming Park'],
    ],
  ]);
});

describe('a newspaper’s name in quote marks after an article is no quote', () => {
  it.each([
    ['de', '„Wir reden über Geld, das längst ausgegeben ist“, sagte Brenner der „Rheinischen Post“.'],
    ['en', '"We are talking about money already spent," Brenner told the "Daily Mail".'],
  ])('%s: %s', (lang, text) => expect(summarizeArticle(text, { lang }).quotes.map((q) => q.text)).toHaveLength(1));
});

describe('where every noun is capitalized, a short unattributed quote is no title for its capitals', () => {
  creditsSpeakers([['de', 'Weber sagte, die Reform sei überfällig. „Die Verantwortung liegt bei den Ländern.“', ['Weber']]]);
});

describe('Dutch separable and plural speech verbs with the subject between ("laat X weten", "reageren X en Y")', () => {
  creditsSpeakers([
    ['nl', '"Het is onacceptabel dat reizigers zo lang moeten wachten", laat een woordvoerder van ProRail weten.', ['ProRail']],
    [
      'nl',
      '"Wij zijn geschrokken van de cijfers en gaan ze bestuderen", reageren Anna de Boer en Pieter van Dam in een verklaring.',
      ['Anna de Boer en Pieter van Dam'],
    ],
  ]);
});

describe('someone unnamed of a body named in a German compound: the body speaks', () => {
  creditsSpeakers([['de', '„Die Lage bleibt in den nächsten Tagen angespannt“, sagte ein DWD-Meteorologe.', ['DWD']]]);
});

describe('V2 order after one function word, a titled lone surname, and short fragments in reported speech', () => {
  creditsSpeakers([
    ['nl', 'Dat zegt Ilse de Vries, directeur van de Woonbond. "Huurders worden keer op keer in de kou gezet door dit kabinet."', ['Ilse de Vries']],
    ['nl', 'Premier Schoof was duidelijk. "Dit kabinet gaat niet buigen voor druk van buitenaf", zei hij.', ['Schoof']],
    ['de', 'Innenministerin Nancy Weber sagte, man werde hart durchgreifen. Die Täter müssten „mit aller Konsequenz“ bestraft werden.', ['Nancy Weber']],
  ]);
});

describe('a name right after a preposition is whose, not who: no subject and no gender cue of its own', () => {
  creditsSpeakers([
    [
      'de',
      'Der IT-Experte Linus Haferkamp vom Chaos Computer Club hält die Warnung für richtig. „Die Lücke ist seit Wochen bekannt“, sagte er dem Rundfunk.',
      ['Linus Haferkamp'],
    ],
  ]);
});

describe('reported speech credited by a pronoun credits the fragments after it in the paragraph', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Ministerin Karin Weber verteidigte die Pläne.',
        'Die Reform sei überfällig, sagte sie. Man habe „lange genug gewartet“, nun seien die Länder dran.',
      ),
      ['Karin Weber'],
    ],
  ]);
});

describe('a given name after an opening title is how the person is called, not a word dropped from the full name', () => {
  creditsSpeakers([
    [
      'ms',
      para(
        'Presiden persatuan itu, Prof Madya Dr Nurul Huda Mat Isa berkata ibu bapa perlu dibantu.',
        '"Bukan semua ibu bapa boleh bekerja dari rumah," katanya.',
        'Dr Nurul Huda berkata persatuan itu menerima banyak aduan.',
        '"Jangan ada murid yang tercicir," tambahnya.',
      ),
      ['Nurul Huda Mat Isa', 'Nurul Huda Mat Isa'],
    ],
  ]);
});

describe('a spokesperson of a body the article never names speaks for that body, and "the spokesperson" later too', () => {
  creditsSpeakers([
    [
      'de',
      'Ein Sprecher der Feuerwehr sagte, das Feuer sei gelöscht. „Wir bitten Anwohner, die Fenster geschlossen zu halten“, sagte der Sprecher.',
      ['Feuerwehr'],
    ],
  ]);
});

describe('a verb behind only function words after a quoted fragment goes on the quote’s own clause', () => {
  creditsSpeakers([
    [
      'en',
      'Council leader Priya Mendes, who has run the authority for a decade, said the deal was “a fair compromise” but warned that costs would rise.',
      ['Priya Mendes'],
    ],
  ]);
});

describe('a spokesperson for a body whose common noun heads its name ("the Association of …") speaks for the whole name', () => {
  creditsSpeakers([
    [
      'en',
      '"Drivers should check their tyres before long journeys," a spokesperson for the Institute of Advanced Motorists said.',
      ['Institute of Advanced Motorists'],
    ],
    [
      'en',
      '"Drivers should check their tyres before long journeys," said a spokesperson for the Institute of Advanced Motorists.',
      ['Institute of Advanced Motorists'],
    ],
  ]);
});

describe('a short opening phrase, then a role and the name in apposition: the name is the sentence’s subject', () => {
  creditsSpeakers([
    [
      'en',
      para(
        '“We waited four hours,” said Maria Lopez, a traveller from Denver.',
        'The man behind her, retired teacher Tom Hale, was calmer. “Delays happen,” he said.',
      ),
      ['Maria Lopez', 'Tom Hale'],
    ],
  ]);
});

describe('a spokesperson for a body known by its initials speaks for it, and a genderless clitic after means the body', () => {
  creditsSpeakers([
    ['ms', 'Jurucakap PDRM berkata suspek ditahan. "Siasatan masih diteruskan," katanya.', ['PDRM']],
    ['id', 'Juru bicara BPBD mengatakan air mulai surut. "Warga diminta tetap waspada," ujarnya.', ['BPBD']],
  ]);
});

describe('a spokesperson opening the sentence before a body’s common noun speaks for the body named before, not for a name of both', () => {
  creditsSpeakers([
    [
      'ms',
      para(
        'Persatuan Penduduk Taman Melati menggesa majlis membaiki longkang.',
        'Jurucakap persatuan itu berkata, aduan dibuat sejak Mac. "Kami sudah tunggu terlalu lama," katanya.',
      ),
      ['Persatuan Penduduk Taman Melati'],
    ],
  ]);
});

describe('a body’s name ending on its common noun goes on past its links, also after the verb', () => {
  creditsSpeakers([
    ['en', '"Stocks are falling," said a spokesperson for the Scottish Fisheries Office for the North Sea.', ['Scottish Fisheries Office for the North Sea']],
    [
      'en',
      'A spokeswoman for the Norwegian Polar Institute for the Arctic said the ice was thinning. "We see it every year," she said.',
      ['Norwegian Polar Institute for the Arctic'],
    ],
    // A place after the body's name is where it is, not part of it.
    ['en', '"We are looking into it," a spokesman for the Home Office in London said.', ['Home Office']],
  ]);
});

describe('an adjective in a body’s name after an oblique article takes the ending it has where the name stands alone', () => {
  creditsSpeakers([
    ['de', 'Die Züge stehen still. „Wir arbeiten an einer Lösung“, sagte eine Sprecherin der Deutschen Bahn.', ['Deutsche Bahn']],
    ['de', 'Eine Sprecherin der Evangelischen Kirche sagte, die Kollekte gehe an die Tafeln. „Wir helfen, wo wir können“, sagte sie.', ['Evangelische Kirche']],
    // After a genitive article the name's last word drops its case ending too.
    ['de', 'Ein Sprecher des Deutschen Wetterdienstes sagte, es werde kälter. „Der Frost hält an“, sagte er.', ['Deutscher Wetterdienst']],
    ['de', '„Wir prüfen das“, sagte ein Sprecher des Hamburger Hafens.', ['Hamburger Hafen']],
    // Initials take no case ending.
    ['de', '„Wir prüfen das“, sagte ein Sprecher des ADAC.', ['ADAC']],
  ]);
});

describe('“des Vereins”, “des Verbands”: the club or association named as a sentence’s subject before, where the article never calls it by the noun', () => {
  creditsSpeakers([
    ['de', 'Der Karlsruher SV hat seinen Trainer entlassen. „Wir mussten handeln“, sagte ein Sprecher des Vereins.', ['Karlsruher SV']],
    ['de', 'Der Bund der Steuerzahler kritisiert die Ausgaben. „Das ist Verschwendung“, sagte ein Sprecher des Verbands.', ['Bund der Steuerzahler']],
    ['de', 'Die Deutsche Bahn hat den Fahrplan geändert. „Wir bitten um Geduld“, sagte ein Sprecher des Unternehmens.', ['Deutsche Bahn']],
    // The kind of body heading the name is no part of it.
    ['de', 'Der Hersteller Bosch hat Kurzarbeit angekündigt. „Die Nachfrage ist eingebrochen“, hieß es vom Unternehmen.', ['Bosch']],
    // A person with a role opening the sentence is no body.
    ['de', 'Der Trainer Max Meier ist entlassen. „Wir bitten um Geduld“, sagte ein Sprecher des Vereins.', ['Verein']],
    // No body's name opens a sentence before: the noun stays the credit.
    ['de', 'Der Zugverkehr ruht. „Wir mussten handeln“, sagte ein Sprecher des Vereins.', ['Verein']],
  ]);
});

describe('a gendered pronoun with no person of its gender means a body of that grammatical gender opening a sentence just before', () => {
  creditsSpeakers([
    ['de', 'Die Fanabteilung des Vereins protestierte am Samstag. Sie sprach von einem „Verrat an den Fans“.', ['Fanabteilung']],
    ['de', 'Die Fanabteilung des Vereins protestierte am Samstag. „Das ist ein Verrat an den Fans“, sagte sie.', ['Fanabteilung']],
    // A woman named before is whom "sie" means.
    ['de', 'Die Ministerin Anna Berg kam zum Spiel. Die Fanabteilung protestierte. „Das ist ein Verrat“, sagte sie.', ['Anna Berg']],
    // An article of the other gender opens no body "sie" can mean.
    ['de', 'Der Fanverband protestierte am Samstag. „Das ist ein Verrat“, sagte sie.', [null]],
  ]);
});

describe('after the verb, a spokesperson linked to a body by an article speaks for the whole name', () => {
  creditsSpeakers([
    ['de', '„Wir helfen, wo wir können“, sagte ein Sprecher des Deutschen Roten Kreuzes.', ['Deutsches Rotes Kreuz']],
    // A spokesperson's name right after the word is a person.
    ['de', '„Wir prüfen das“, sagte Sprecherin Anna Meier.', ['Anna Meier']],
  ]);
});

describe('a compound spokesperson word headed by a body’s common noun speaks for that body', () => {
  creditsSpeakers([
    ['de', 'Die Polizei sperrte die Straße. „Es bestand keine Gefahr“, sagte ein Polizeisprecher.', ['Polizei']],
    ['de', 'Die Regierung Sachsens plant Kürzungen. „Wir müssen sparen“, sagte ein Regierungssprecher.', ['Regierung Sachsens']],
  ]);
});

describe('a plural subject’s verb of saying credits the body, and a statement named after the verb is no speaker', () => {
  creditsSpeakers([
    ['de', 'Die Stadtwerke München teilten am Montag mit: „Wir bitten um Geduld.“', ['Stadtwerke München']],
    ['de', 'Die Stadtwerke München teilten mit, der Schaden sei behoben. „Wir bitten um Geduld“, hieß es in einer Mitteilung.', ['Stadtwerke München']],
    // With no body before, the statement alone names no one.
    ['de', 'Der Schaden ist behoben. „Wir bitten um Geduld“, hieß es in einer Mitteilung.', [null]],
  ]);
});

describe('a name holding a body’s common noun is a body’s, what a later spokesperson means', () => {
  creditsSpeakers([
    ['en', 'Police Scotland said a 34-year-old man had been arrested. "Inquiries are ongoing," a force spokesperson said.', ['Police Scotland']],
    // A person's name is still what a pronoun means.
    ['en', 'Anna Reid said the road would reopen. "We apologise," she said.', ['Anna Reid']],
  ]);
});

describe('“nach Angaben der/des …” names a body that spoke, what a later spokesperson means', () => {
  creditsSpeakers([['de', 'Nach Angaben der Feuerwehr wurde niemand verletzt. „Das Feuer ist gelöscht“, sagte ein Sprecher.', ['Feuerwehr']]]);
});

describe('a person introduced with their age is whom the pronoun of the quote after means', () => {
  creditsSpeakers([
    [
      'en',
      'The union said it would strike. "We are tired," said organiser Paul Kent.\nAmong the crowd was Joan Miller, 64, who walks there every day.\n"I have nowhere else to go," she said.',
      ['Paul Kent', 'Joan Miller'],
    ],
    [
      'en',
      'The union said it would strike. "We are tired," said organiser Paul Kent. Among the crowd was Joan Miller, 64, who walks there every day. "I have nowhere else to go," she said.',
      ['Paul Kent', 'Joan Miller'],
    ],
  ]);
});

describe("a title's remit between it and the name ('il ministro della Salute') leaves the name the subject a bare verb after the quote means", () => {
  creditsSpeakers([
    [
      'it',
      para(
        '«Il piano costa troppo e non serve», ha detto il consigliere Marco Sarti.',
        'Il ministro della Salute Carlo Benedetti ha difeso il testo in aula. «Entro un anno nessuno aspetterà più», ha promesso.',
      ),
      ['Marco Sarti', 'Carlo Benedetti'],
    ],
    [
      'it',
      para(
        '«Il piano costa troppo e non serve», ha detto il consigliere Marco Sarti.',
        "L'assessora alla Sanità Chiara Benedetti ha difeso il testo in aula. «Entro un anno nessuno aspetterà più», ha promesso.",
      ),
      ['Marco Sarti', 'Chiara Benedetti'],
    ],
  ]);
});

describe('a name after "at" is where, never whom a pronoun means', () => {
  creditsSpeakers([
    [
      'en',
      para(
        '"We were never told," said Janet Morley.',
        'Peter Walsh, whose mother lived at Elm Lodge until her death last year, gave evidence. "My mother hadn\'t left the building in three years," he said.',
      ),
      ['Janet Morley', 'Peter Walsh'],
    ],
  ]);
});

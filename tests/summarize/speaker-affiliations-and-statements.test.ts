import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('two people credited together, each with where they work after a particle no surname holds in lowercase', () => {
  creditsSpeakers([
    [
      'it',
      'Lo sciopero è stato proclamato da Filt Cgil e Uiltrasporti. «Siamo stanchi di promesse», hanno dichiarato Mauro Salvetti della Filt Cgil e Ilenia Corradi della Uiltrasporti al presidio.',
      ['Mauro Salvetti e Ilenia Corradi'],
    ],
    [
      'it',
      'Un medico è stato aggredito. «Serve un presidio fisso», hanno detto Carla Benassi del Nursind e Piero Lo Giudice della Fials, che hanno proclamato lo stato di agitazione.',
      ['Carla Benassi e Piero Lo Giudice'],
    ],
  ]);
});

describe('a capitalized particle between a given name and a word that is also a title: a surname', () => {
  creditsSpeakers([['it', 'Il reparto è chiuso. «Mancano dodici infermieri», ha detto Stefano Lo Giudice.', ['Stefano Lo Giudice']]]);
});

describe('the text read back from a name for its preposition starts on a whole word', () => {
  creditsSpeakers([
    [
      'it',
      'La Regione ha stanziato un primo contributo. «È solo l’inizio», ha assicurato ieri sera l’assessore regionale alla Protezione civile, Daniele Rosset.',
      ['Daniele Rosset'],
    ],
  ]);
});

describe('past a statement or a page after the verb, a definite epithet with no name after it speaks', () => {
  creditsSpeakers([
    [
      'it',
      'Interviene l’assessora regionale ai Trasporti, Manuela Dell’Orto. «Ho aspettato un’ora», racconta Giada, 17 anni. «La Regione non farà da spettatrice», ha scritto in una nota l’assessora.',
      ['Giada', 'Manuela Dell’Orto'],
    ],
    [
      'it',
      'Interviene l’assessora regionale ai Trasporti, Manuela Dell’Orto. «Ho aspettato un’ora», racconta Giada, 17 anni. «La Regione non farà da spettatrice», ha scritto su Facebook l’assessora.',
      ['Giada', 'Manuela Dell’Orto'],
    ],
  ]);
});

describe('the epithet right after the verb speaks, not a role further on; "der Anwalt" is whom the article called "Verteidiger"', () => {
  creditsSpeakers([
    [
      'de',
      'Verteidiger Jonas Albrecht-Wendt plädierte auf Freispruch. „Wer hier einen Betrüger sucht, sitzt falsch“, sagte der Anwalt mit Blick auf den mitangeklagten Bauunternehmer Udo Klinger.',
      ['Jonas Albrecht-Wendt'],
    ],
  ]);
});

describe('an authority called "die Behörde" after its name as an office ("Gesundheitsamt")', () => {
  creditsSpeakers([
    [
      'de',
      'Das Gesundheitsamt des Landkreises Auental ordnete ein Abkochgebot an. Die Zahl der Proben ist insgesamt hoch. „Eine akute Gefahr besteht nicht“, sagte eine Sprecherin der Behörde.',
      ['Gesundheitsamt des Landkreises Auental'],
    ],
  ]);
});

describe('a body’s name after a spokesperson goes on over its own links only, not "auf Anfrage"', () => {
  creditsSpeakers([
    [
      'de',
      'Das Landesamt für Küstenschutz räumte Fehler ein. Es gab viele Schäden. „Wir haben die Lage falsch eingeschätzt“, sagte ein Sprecher des Landesamts auf Anfrage dieser Zeitung.',
      ['Landesamt für Küstenschutz'],
    ],
  ]);
});

describe('a statement named by its word alone ("In einer Stellungnahme hieß es") speaks for the body before it', () => {
  creditsSpeakers([
    [
      'de',
      'Das Gesundheitsamt Auental ordnete ein Abkochgebot an. Das Gesundheitsamt wies die Kritik zurück. In einer schriftlichen Stellungnahme hieß es, man habe „die Kommune unmittelbar informiert“.',
      ['Gesundheitsamt Auental'],
    ],
  ]);
});

describe('where nouns are capitalized, an adjective and a plural of people opening a sentence is no person', () => {
  creditsSpeakers([
    [
      'de',
      'Umweltministerin Katrin Oldenbusch kündigte Soforthilfen an. Betroffene Haushalte sollen bis zu 5.000 Euro erhalten. „Niemand soll auf Formulare warten müssen“, sagte die Grünen-Politikerin.',
      ['Katrin Oldenbusch'],
    ],
  ]);
});

describe('a clause in the mood of reported speech opening a later paragraph carries the words of who spoke last', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Umweltministerin Katrin Oldenbusch kündigte Soforthilfen an. „Niemand soll warten“, sagte die Ministerin.',
        'Zugleich nahm die Ministerin die Behörde in Schutz. Die Mitarbeiter hätten „seit Tagen rund um die Uhr gearbeitet“, eine Vorverurteilung helfe niemandem.',
      ),
      ['Katrin Oldenbusch', 'Katrin Oldenbusch'],
    ],
  ]);
});

describe('a press office is a spokesperson, and a body named by the first word of its name is that name', () => {
  creditsSpeakers([
    [
      'it',
      'Sono oltre 38.000 le prestazioni in lista d’attesa nella Asl Tirrena Nord. La Asl non contesta i numeri. «I tempi sono ancora troppo lunghi», fa sapere l’ufficio stampa della Asl.',
      ['Asl Tirrena Nord'],
    ],
  ]);
});

describe('a count of two after a plural verb is the pair credited last, past people quoted alone since', () => {
  creditsSpeakers([
    [
      'it',
      para(
        '«Basta», hanno dichiarato Sergio Pagnotta e Roberta Cinquegrana.',
        '«Il bando è aperto», ha detto il direttore Paolo De Santis.',
        '«Ho aspettato un’ora», racconta Giada, 17 anni.',
        'I sindacati avvertono. «Siamo pronti ad andare avanti», hanno ribadito i due sindacalisti.',
      ),
      ['Sergio Pagnotta e Roberta Cinquegrana', 'Paolo De Santis', 'Giada', 'Sergio Pagnotta e Roberta Cinquegrana'],
    ],
  ]);
});

describe('a body’s capitalized noun after the article opening the sentence is the body of that kind named before', () => {
  creditsSpeakers([
    [
      'it',
      'Indaga la Procura di Valbruna. La Procura ha spiegato in una nota che gli indagati sono 19 e che «le indagini proseguono».',
      ['Procura di Valbruna'],
    ],
  ]);
});

describe('a name opening a body’s noun of two words goes on with its lowercase words', () => {
  creditsSpeakers([
    ['it', 'Una frana ha invaso la strada. «Il versante è monitorato», ha fatto sapere la Protezione civile regionale.', ['Protezione civile regionale']],
  ]);
});

describe('a body named by its noun, adjectives and place is what a lowercase body’s name is of', () => {
  creditsSpeakers([
    [
      'it',
      'Un’infermiera è stata aggredita. «Esprimiamo piena solidarietà», ha spiegato in una nota la direzione sanitaria dell’Azienda ospedaliera di Vignale.',
      ['direzione sanitaria dell’Azienda ospedaliera di Vignale'],
    ],
  ]);
});

describe('when the second of a pair is followed by where they work, the first’s particle and capitals are where they work too', () => {
  creditsSpeakers([
    [
      'it',
      'Gli studenti hanno occupato l’aula. «Ci chiedono di pagare», hanno dichiarato Tommaso Ricci di Link Serravalle e Ilaria Santoro dell’Udu, rappresentanti nel senato.',
      ['Tommaso Ricci e Ilaria Santoro'],
    ],
    [
      'it',
      'Gli studenti hanno occupato l’aula. «Ci chiedono di pagare», hanno dichiarato Alessandro Pasca di Magliano e Ilaria Santoro, rappresentanti nel senato.',
      ['Alessandro Pasca di Magliano e Ilaria Santoro'],
    ],
  ]);
});

describe('"die Behörde" after a prosecutors’ office or a financial supervisor, asked "auf Anfrage"', () => {
  creditsSpeakers([
    [
      'de',
      'Strafrechtlich ermittelt die Staatsanwaltschaft Kempten weiter. Eine Sprecherin der Behörde bestätigte das Verfahren. „Die Ermittlungen dauern an“, sagte sie.',
      ['Staatsanwaltschaft Kempten'],
    ],
    [
      'de',
      'Auch die Finanzaufsicht Bafin steht in der Kritik. Sie hatte Hinweise auf die Firma erhalten. „Die Hinweise wurden geprüft“, teilte eine Sprecherin der Behörde auf Anfrage mit.',
      ['Finanzaufsicht Bafin'],
    ],
  ]);
});

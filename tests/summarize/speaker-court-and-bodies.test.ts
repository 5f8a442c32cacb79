/**
 * Speakers in court reports, features and copy quoting bodies: a particle after a noun, a word between a speaker and the
 * verb, a defendant or a gendered pronoun marking whom later pronouns mean, a genitive body name as it reads as a subject,
 * a document speaking after an unlisted verb, no body in a determiner, a kin word as a role.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a particle after the one noun an article opens starts a phrase of its own, not a surname', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Vor dem Amtsgericht Lindau muss sich seit Montag die 47 Jahre alte Petra Wendling wegen Untreue verantworten.',
        '„Ich habe das Geld nie für mich verwendet“, sagte die Angeklagte zu Beginn der Verhandlung.',
      ),
      ['Petra Wendling'],
    ],
  ]);
});

describe('a word between a speaker and the verb ("selbst", "hanya") leaves the speaker before it', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Der Stadtrat von Hollfeld hat den Neubau des Hallenbads gestoppt. Bürgermeister Anton Greiner hatte bis zuletzt für das Projekt geworben.',
        'Greiner selbst sagte am Ende der langen Sitzung nur einen Satz: „Das ist ein schwarzer Tag für die Stadt.“',
      ),
      ['Anton Greiner'],
    ],
    [
      'ms',
      para(
        'KUANTAN: Seorang bekas kerani, Zainal Yusof, 44, mengaku tidak bersalah atas tuduhan pecah amanah.',
        'Ketika ditemui selepas prosiding, Zainal hanya berkata: “Saya serahkan kepada peguam saya.”',
      ),
      ['Zainal Yusof'],
    ],
    [
      'id',
      para(
        'Polisi menangkap seorang pengemudi ojek daring, Agus Prasetyo, karena menipu penumpang.',
        'Saat ditemui wartawan, Agus hanya berkata: "Saya minta maaf kepada semua korban."',
      ),
      ['Agus Prasetyo'],
    ],
  ]);
});

describe('a defendant found for "the defendant" spoke, and is whom a later pronoun of the role’s gender means', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Vor dem Landgericht Aurich hat am Mittwoch der Prozess gegen die Inhaberin einer Reinigungsfirma begonnen. Die 58 Jahre alte Gisela Hoyer soll Sozialbeiträge von rund 300.000 Euro vorenthalten haben.',
        '„Ich wusste nicht, dass das strafbar ist“, sagte die Angeklagte. Sie habe sich auf ihren Steuerberater verlassen und die Unterlagen „nie selbst gelesen“.',
      ),
      ['Gisela Hoyer', 'Gisela Hoyer'],
    ],
  ]);
});

describe('the gender a role or a pronoun gives a person marks them, for a pronoun of the other gender to pass over', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Kassel. Im Prozess um den Neubau einer Grundschule hat das Landgericht den Bauunternehmer Frank Hollmeier zu drei Jahren Haft verurteilt. Der 58-Jährige soll einem Bauleiter der Stadt 84.000 Euro gezahlt haben.',
        'Der Vorsitzende Richter Bernd Kallmann sprach von einem verwerflichen Vorgehen. „Hier ging es um Geld für eine Schule. Der Angeklagte hat das gewusst“, sagte er.',
        'Der Angeklagte nahm das Urteil regungslos auf. In seinem letzten Wort hatte er Reue gezeigt, seine Verteidigerin Sabine Görlitz hatte auf Bewährung plädiert. „Ich habe einen großen Fehler gemacht“, hatte er gesagt.',
        'Nach dem Urteil kündigte die Verteidigerin Revision an. „Die Strafe ist deutlich zu hoch“, sagte sie.',
      ),
      ['Bernd Kallmann', 'Frank Hollmeier', 'Sabine Görlitz'],
    ],
    [
      'de',
      para(
        'Die Landrätin Ute Brinkmann stellte sich am Abend den Fragen der Bürger. Ein älterer Mann aus Lindenhain, Werner Kaltenbach, hat vierzig Jahre in der Klinik gearbeitet.',
        '„Sie wissen doch gar nicht, wie weit das hier ist“, ruft er. Sie hört zu und nickt. Später sagt sie: „Er hat ja recht. Aber das ändert an den Zahlen nichts.“',
      ),
      ['Werner Kaltenbach', 'Ute Brinkmann'],
    ],
  ]);
});

describe('a body named in the genitive is named as it reads as a subject', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Der Bund will die Förderung für Lastenräder kürzen. Ein Sprecher des Bundesministeriums für Verkehr sagte, man prüfe die Zahlen noch.',
        '„Das Programm war von Anfang an befristet“, sagte er.',
      ),
      ['Bundesministerium für Verkehr'],
    ],
    [
      'de',
      para(
        'Die Pläne für den Hafen in Emden stoßen auf Widerstand. Jede Vertiefung schade dem Watt, erklärte eine Sprecherin des Wattenrats Niedersachsen.',
        '„Wir werden dagegen klagen.“',
      ),
      ['Wattenrat Niedersachsen'],
    ],
    [
      'de',
      para(
        'Wegen des Warnstreiks fallen in Kesselbrunn am Dienstag viele Busse aus.',
        '„Kein Kind bekommt einen Fehltag eingetragen“, sagte eine Sprecherin des Staatlichen Schulamts Kesselbrunn.',
      ),
      ['Staatliches Schulamt Kesselbrunn'],
    ],
    [
      'de',
      para(
        'Die Beschäftigten streikten am Montag vor dem Klinikum in Eschenau. Besonders betroffen war das Klinikum Eschenau, das größte Haus des Verbunds.',
        '„Wir haben alle Betroffenen angerufen“, sagte eine Sprecherin des Klinikums.',
      ),
      ['Klinikum Eschenau'],
    ],
  ]);
});

describe('a document after a quote and a verb the pack does not list speaks for the body that wrote it', () => {
  creditsSpeakers([
    [
      'nl',
      para(
        'Scholieren in de regio Twente slapen gemiddeld een uur te weinig. Dat blijkt uit een onderzoek van het Nederlands Jeugdinstituut (NJi) dat dinsdag verscheen.',
        '“Een tekort aan slaap raakt direct de prestaties op school”, staat in het rapport. De onderzoekers spraken met 2.400 leerlingen.',
      ),
      ['Nederlands Jeugdinstituut'],
    ],
  ]);
});

describe('a determiner before a spokesperson ("Ihre Sprecherin") names no body', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Die Landrätin will die Grundschule in Talheim schließen.',
        'In Talheim sieht man das anders. Auf dem Marktplatz sammelt eine Elterninitiative Unterschriften. Ihre Sprecherin, die Lehrerin Miriam Korte, unterrichtet seit Jahren an der Schule. „Wir geben nicht auf“, sagt sie.',
      ),
      ['Miriam Korte'],
    ],
  ]);
});

describe('a kin word before a name ("Isteri Rahman, Siti Aishah Omar") is a role, the name in apposition the person', () => {
  creditsSpeakers([
    [
      'ms',
      para(
        'Salah seorang pembekalnya, Lim Ah Seng, 66, mengusahakan dusun seluas 8 hektar sejak 1985. “Dulu kami jual kepada orang tengah, harga ikut suka mereka. Sekarang Rahman bayar ikut gred, dan bayar dalam seminggu,” kata pekebun itu.',
        'Isteri Rahman, Siti Aishah Omar, yang menguruskan kewangan syarikat, berkata mereka pernah hampir muflis pada 2021 apabila penghantaran ke China tergendala akibat sekatan sempadan. “Kami ada 40 tan durian dalam bilik sejuk dan tiada pembeli. Saya tak tidur berminggu-minggu,” kata wanita itu sambil ketawa kecil.',
        'Kini Musang Emas turut menjual durian segar kepada hotel di Kuala Lumpur dan Pulau Pinang, selain membuka kedai dalam talian yang menerima tempahan dari seluruh Semenanjung. Rahman berkata jualan dalam negeri menyumbang kira-kira suku daripada pendapatan syarikat.',
      ),
      ['Lim Ah Seng', 'Siti Aishah Omar'],
    ],
  ]);
});

describe('a body’s name joined by a conjunction, and a body of a kind named since the last one spoke', () => {
  creditsSpeakers([
    [
      'ms',
      para(
        'KUANTAN: Hujan lebat menyebabkan Sungai Lipis melimpah malam tadi.',
        'Dalam satu kenyataan, Kementerian Sumber Asli dan Kelestarian Alam memaklumkan projek tebatan banjir akan dimulakan tahun depan. “Tender akan dibuka pada suku pertama,” kata kenyataan itu.',
      ),
      ['Kementerian Sumber Asli dan Kelestarian Alam'],
    ],
    // "jabatan itu" after a director of another department spoke: that department, named without its director's title.
    [
      'ms',
      para(
        'KUANTAN: Seramai 800 mangsa banjir masih berada di pusat pemindahan.',
        'Jurucakap Jabatan Bomba dan Penyelamat Malaysia (JBPM) negeri berkata, dua mangsa diselamatkan dengan bot. “Operasi diteruskan sepanjang malam,” katanya.',
        'Pengarah Jabatan Kebajikan Masyarakat (JKM) negeri, Norliza Kamal berkata, semua pusat dibekalkan makanan. “Bekalan mencukupi untuk seminggu,” katanya.',
        'Jurucakap jabatan itu kemudian memaklumkan dua lagi pusat dibuka. “Kami juga menyediakan bantuan awal RM500 bagi setiap keluarga,” kata jurucakap itu.',
      ),
      ['Jabatan Bomba dan Penyelamat Malaysia', 'Norliza Kamal', 'Jabatan Kebajikan Masyarakat'],
    ],
    // A speech verb after a body's noun ends its name: "der Bahn sagte dem SWR" names no body "Bahn sagte dem SWR".
    [
      'de',
      para(
        'Wegen eines Sturms ist die Strecke zwischen Ulm und Biberach gesperrt. Die Deutsche Bahn teilte mit, mehrere Bäume lägen im Gleis.',
        'Auch die Polizei war im Einsatz. „Wir hatten über hundert Notrufe“, sagte Polizeisprecher Jonas Reiter.',
        'Ein Sprecher der Bahn sagte dem SWR, die Strecke bleibe „mindestens bis Mittwoch früh“ gesperrt.',
      ),
      ['Jonas Reiter', 'Deutsche Bahn'],
    ],
  ]);
});

describe('a report’s unnamed authors ("schrijven de onderzoekers") speak for the body that wrote it', () => {
  creditsSpeakers([
    [
      'nl',
      para(
        'Bijna een op de vijf gemeenten heeft een tekort aan leraren. Dat blijkt uit een analyse van het Centraal Planbureau voor Onderwijs (CPO) die woensdag verscheen.',
        '“Het tekort is in de grote steden drie keer zo hoog als op het platteland”, schrijven de onderzoekers.',
      ),
      ['Centraal Planbureau voor Onderwijs'],
    ],
  ]);
});

describe('a court’s judgment ("oordeelt de rechtbank") is its speech', () => {
  creditsSpeakers([
    [
      'nl',
      para(
        'ZWOLLE - De rechtbank Overijssel heeft twee mannen veroordeeld tot celstraffen voor een reeks inbraken in Deventer.',
        '"De verdachten hebben geen enkel respect getoond voor de slachtoffers", oordeelt de rechtbank.',
      ),
      ['rechtbank Overijssel'],
    ],
  ]);
});

describe('a court story’s defendant is no chamber of the court, and a run of titles is named by its last', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Lindau. Im Prozess um Abrechnungsbetrug beim Pflegedienst ist die frühere Inhaberin am Donnerstag zu drei Jahren Haft verurteilt worden. Die Zweite Große Strafkammer des Landgerichts Lindau sah es als erwiesen an, dass Monika Hasselberg über Jahre Leistungen abgerechnet hatte, die nie erbracht worden waren.',
        'Die Vorsitzende Richterin fand deutliche Worte. Sie sprach von einem „System der Täuschung“. „Hier wurden alte Menschen zu Nummern gemacht“, sagte Richterin Helga Sommerfeldt in der Urteilsbegründung.',
        'Die Angeklagte hatte im September ein Teilgeständnis abgelegt. „Ich habe Fehler gemacht, und ich schäme mich dafür“, sagte die 54-Jährige mit leiser Stimme.',
      ),
      ['Helga Sommerfeldt', 'Helga Sommerfeldt', 'Monika Hasselberg'],
    ],
  ]);
});

describe('a person a sentence opens on with "für" or "voor" and a comma gives their view, whom a pronoun then means', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Die Molkerei Nordmilch schließt ihr Werk in Hollfeld. Das teilte das Unternehmen am Montag mit. „Wir haben alle Optionen geprüft“, sagte Geschäftsführer Bernd Kallweit.',
        'Für Anna Kessler, Betriebsrätin bei der Gewerkschaft NGG, kommt die Schließung nicht überraschend, das Tempo schon. „Man hat uns zwei Jahre versprochen“, sagt sie.',
      ),
      ['Bernd Kallweit', 'Anna Kessler'],
    ],
    [
      'nl',
      para(
        'Suikerproducent Noordzoet sluit de fabriek in Oostermeer. Noordzoet verwerkt er jaarlijks 1,4 miljoen ton bieten. “Twee fabrieken die half draaien, dat houden we niet vol”, zegt directeur Jan Reijnders.',
        'Voor Ilse Hoogendam, bestuurder bij FNV Agrarisch, komt de sluiting niet als verrassing, het tempo wel. “Ze hadden ons twee jaar beloofd”, zegt ze.',
      ),
      ['Jan Reijnders', 'Ilse Hoogendam'],
    ],
  ]);
});

describe('a document speaks for its author, named in a clause after it or with an evaluation, after "so" and "heißt es in"', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Die Mieten in Kleinstädten steigen schneller als in den Metropolen. Das geht aus einer Studie hervor, die ein Team des Kieler Instituts für Wohnungsforschung im Auftrag des Landes erstellt hat.',
        '„Der Druck wandert aus den Großstädten ins Umland“, so die Studie.',
      ),
      ['Kieler Institut für Wohnungsforschung'],
    ],
    [
      'de',
      para(
        'Kassel. Ein Platz im Pflegeheim wird immer teurer. Nach einer Auswertung der Pflegekasse Nordhessen, die am Mittwoch vorgestellt wurde, liegt der Eigenanteil bei 3.108 Euro im Monat.',
        '„Die Zuschläge des Bundes werden von den Kosten aufgezehrt“, heißt es in dem Bericht.',
      ),
      ['Pflegekasse Nordhessen'],
    ],
  ]);
});

describe('an interview’s introduction naming the interviewee by one word of a speaker’s name', () => {
  creditsSpeakers([
    [
      'id',
      para(
        'JAKARTA - Kepala Perpustakaan Nasional, Dewi Anggraini, menyebut digitalisasi naskah kuno sebagai prioritas. "Banyak naskah sudah rapuh," ujarnya.',
        'Anggota DPR, Markus Tambunan, meminta anggaran ditambah. "Daerah juga perlu dilibatkan," tuturnya.',
        'Kami berbincang dengan Dewi di ruang kerjanya. Berikut petikannya.',
        'T: Apa tantangan terbesar?',
        'J: "Perawatan. Naskah lontar itu sangat rapuh dan harus beradaptasi dengan iklim tropis."',
      ),
      ['Dewi Anggraini', 'Markus Tambunan', 'Dewi Anggraini'],
    ],
  ]);
});

describe('a body a noun of its kind means is named as it reads as a subject, found where the text declines it', () => {
  creditsSpeakers([
    [
      'de',
      'Nach Angaben des Statistischen Landesamts stieg die Zahl der Insolvenzen um zwölf Prozent. „Besonders betroffen ist der Bau“, sagte eine Sprecherin der Behörde.',
      ['Statistisches Landesamt'],
    ],
  ]);
});

describe('past a time phrase after the verb, a noun after a definite article is an epithet for the name apposed to it', () => {
  creditsSpeakers([
    [
      'de',
      'Die Stadt Wendelstein will das Freibad schließen. „Wir können uns den Betrieb nicht mehr leisten“, sagte am Dienstag der Kämmerer der Stadt, Robert Fiedler.',
      ['Robert Fiedler'],
    ],
  ]);
});

describe('a day after a spokesperson is when they spoke, not whose they are', () => {
  creditsSpeakers([
    ['de', 'Die Polizei sucht Zeugen eines Unfalls. „Wer etwas gesehen hat, soll sich melden“, sagte ein Polizeisprecher am Montag.', ['Polizei']],
  ]);
});

describe('a body named after a source preposition and an oblique article is named as it reads as a subject', () => {
  creditsSpeakers([
    [
      'de',
      'Die Gewerkschaft hat zum Streik aufgerufen. „Wir sehen dem Streik mit Ruhe entgegen“, hieß es aus dem Kommunalen Arbeitgeberverband.',
      ['Kommunaler Arbeitgeberverband'],
    ],
  ]);
});

describe('a German noun heading a name past its adjectives, and "von der" after a full name leading to where they work', () => {
  creditsSpeakers([
    [
      'de',
      'Die Geburtsstation in Hollfeld schließt. „Für Frauen aus den Dörfern wird der Weg weit“, sagte die erfahrene Hebamme Sabine Krügel.',
      ['Sabine Krügel'],
    ],
    [
      'de',
      'Der Hersteller Lindner Fenster hat Insolvenz angemeldet. „Wir kämpfen um jeden Arbeitsplatz“, sagte der vorläufige Insolvenzverwalter Markus Bender von der Kanzlei Schultze.',
      ['Markus Bender'],
    ],
  ]);
});

describe('a body’s name a conjunction joins, read whole where it reads like a title, and its statement after "menurut"', () => {
  creditsSpeakers([
    [
      'ms',
      para(
        'PETALING JAYA: Kenaikan harga beras dikritik pengguna.',
        'Dalam pada itu, Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup (KPDN) memaklumkan pemeriksaan akan dipergiat. “Peniaga yang menaikkan harga sesuka hati akan dikenakan tindakan,” menurut kenyataan itu.',
      ),
      ['Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup'],
    ],
    [
      'en',
      'Care homes are struggling to recruit staff after the visa rules changed. A Department of Health and Social Care spokesperson said: "We are committed to growing the domestic workforce."',
      ['Department of Health and Social Care'],
    ],
  ]);
});

describe('a name inside a phrase a preposition opens before the verb is no subject: the verb’s follows it', () => {
  creditsSpeakers([
    [
      'nl',
      para(
        'Het ziekenhuis in Winterswijk sluit de spoedeisende hulp in de nacht.',
        'Minister Eelco de Vaart (Volksgezondheid) wil dat ambulances binnen de norm blijven. In antwoord op Kamervragen van SP-Kamerlid Femke Wiersema schrijft de minister dat hij de situatie "nauwlettend volgt".',
      ),
      ['Eelco de Vaart'],
    ],
  ]);
});

describe('a body’s name goes on in lowercase words that its initials in brackets shorten too', () => {
  creditsSpeakers([
    [
      'nl',
      'In de oude kazerne in Ede komen 300 asielzoekers. Het Centraal Orgaan opvang asielzoekers (COA) is blij met het besluit. “Elke plek telt nu”, zegt een woordvoerder.',
      ['Centraal Orgaan opvang asielzoekers'],
    ],
  ]);
});

import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe('a sentence opening with a word for the quoted words credits the quote before it', () => {
  creditsSpeakers([
    ['nl', '"De wachtlijsten worden elk jaar langer." Dat zegt Karel van Wijk, voorzitter van de patiëntenvereniging in Utrecht.', ['Karel van Wijk']],
    ['de', '„Die Mieten steigen immer weiter.“ Das sagt Jonas Feldmann, Vorsitzender des Mietervereins in Köln.', ['Jonas Feldmann']],
  ]);
});

describe('who an unnamed spokesperson speaks for', () => {
  creditsSpeakers([
    // A body's common noun before the spokesperson word names it as a compound would; "college" is a body's noun.
    [
      'en',
      'The Department for Transport said it had funded more buses. "We expect councils to keep routes open," a department spokesperson said.',
      ['Department for Transport'],
    ],
    [
      'en',
      'The Royal College of Nursing warned of shortages. A spokeswoman for the college said: "Wards are running on goodwill."',
      ['Royal College of Nursing'],
    ],
    // A place after its preposition is where the spokesperson spoke, not whose they are.
    ['de', 'Die Deutsche Bahn stellte den Fernverkehr ein. „Die Sicherheit hat Priorität“, sagte eine Bahnsprecherin in Berlin.', ['Deutsche Bahn']],
    [
      'es',
      'La empresa Aguas del Norte cortó el suministro. «Trabajamos para restablecerlo hoy», dijo un portavoz de Aguas del Norte en Madrid.',
      ['Aguas del Norte'],
    ],
    // Initials spelling a function word ("om") are still the body's name.
    [
      'nl',
      'De rechter legde een celstraf op. Een woordvoerder van het OM noemt de straf passend. "Dit is een duidelijk signaal aan de branche", aldus de woordvoerder.',
      ['OM'],
    ],
    // A lowercase word qualifying the body's noun names the body; the noun alone then means it, not a capitalized word nearby.
    [
      'nl',
      'Supporters uit Zwolle zongen de hele avond. Een woordvoerder van de regionale politie bevestigde twee aanhoudingen. "Verder was het een rustige avond", aldus de politie.',
      ['regionale politie'],
    ],
    // A company's legal suffix makes its name a body's: its statement speaks for it, not the body that spoke before.
    [
      'ms',
      'Jurucakap bomba berkata empat mangsa dikeluarkan. "Operasi selesai pada pukul 5 pagi," kata jurucakap itu.\nKenyataan syarikat terbabit, Sinar Jaya Sdn Bhd, yang dikeluarkan petang ini memaklumkan bahawa bas itu baru diperiksa. "Kami akan menanggung kos rawatan semua mangsa," menurut kenyataan itu.',
      ['bomba', 'Sinar Jaya Sdn Bhd'],
    ],
    // A compound's body noun that is a speaker's name alone is not the body that spoke before.
    [
      'de',
      'Die ÖBB sperrten die Strecke. „Der Zug fährt heute nicht mehr“, sagte ein Sprecher der ÖBB. „Niemand wurde verletzt“, sagte ein Polizeisprecher.',
      ['ÖBB', 'Polizei'],
    ],
  ]);
});

describe('who a pronoun or an epithet means', () => {
  creditsSpeakers([
    // The affiliation after a name ends on the body's noun, not only right after the particles.
    [
      'nl',
      'Minister Piet de Boer opende het debat. Econoom Lotte Verbeek van de Tilburg Universiteit is kritisch. "Dit plan werkt echt niet", zegt ze.',
      ['Lotte Verbeek'],
    ],
    // An origin and a role after a definite article describe someone named before.
    [
      'nl',
      'Trainer Jan Smit was tevreden. "Dit was een goede wedstrijd", zei Smit. Aanvaller Kofi Mensah had het moeilijk. "Ik had moeten scoren", zegt de Ghanese spits.',
      ['Jan Smit', 'Kofi Mensah'],
    ],
    // A name after the verb (verb-second), taken up by a pronoun opening the next sentence, is who the pronoun means.
    [
      'nl',
      'Wethouder Anna de Graaf opende de markt. "Dit is een feestdag", zei ze. Op het plein bouwt marktkoopman Henk Mulder zijn kraam op. Hij staat hier al dertig jaar. "Zo stil was het nog nooit", zegt hij.',
      ['Anna de Graaf', 'Henk Mulder'],
    ],
    // A possessive opens the phrase before the role and the name introducing the quote.
    [
      'nl',
      'Lerares Els Kramer kwam met haar klas. "Het is hier altijd druk", vertelt ze. Haar broer Tim Kramer vult aan: "We komen zeker terug."',
      ['Els Kramer', 'Tim Kramer'],
    ],
    // A spokesperson opening the sentence before the quote is whom its pronoun means, however long the sentence runs on.
    [
      'de',
      '„Die Lage ist ernst“, sagte Bürgermeister Karl Huber.\nEin Sprecher des Bundesheeres sagte, man halte zwei Hubschrauber bereit, um bei Bedarf Kranke zu transportieren. „Sobald das Wetter es zulässt, fliegen wir“, sagte er.',
      ['Karl Huber', 'Bundesheer'],
    ],
    // Verb-second after a word for what was said: the name after the verb is the sentence's subject, whom an epithet means.
    [
      'de',
      'Die Abgeordnete Petra Lang forderte Sperren. „Man muss früher handeln“, sagte sie. Das wies der zuständige Landesrat Martin Egger zurück. „Wir sperren, wenn die Experten es sagen“, sagte der ÖVP-Politiker.',
      ['Petra Lang', 'Martin Egger'],
    ],
    [
      'nl',
      'Kamerlid Petra Lang eiste maatregelen. "Het moet sneller", zei ze. Dat bevestigt ook minister Martin Egger. "We gaan het regelen", zegt de VVD-politicus.',
      ['Petra Lang', 'Martin Egger'],
    ],
    // So is one opening the sentence's last clause.
    [
      'de',
      'Landrätin Eva Roth lobte die Helfer. „Das war großartig“, sagte sie. Die Notaufnahme bleibt geöffnet, wie eine Sprecherin des Kreisklinikums bestätigte. „Niemand wird abgewiesen“, sagte sie.',
      ['Eva Roth', 'Kreisklinikum'],
    ],
  ]);
});

describe('a role crediting a quote reports speech for the paragraph', () => {
  it('keeps a short lowercase fragment later in the paragraph, credited to the role', () => {
    const text =
      'Bürgermeister Martin Egger wies die Kritik zurück. „Wir sperren rechtzeitig“, sagte der Bürgermeister. Die Kommissionen vor Ort machten „einen hervorragenden Job“.';
    expect(summarizeArticle(text, { lang: 'de' }).quotes.map((q) => `${q.text} → ${q.speaker ?? '∅'}`)).toEqual([
      'Wir sperren rechtzeitig → Martin Egger',
      'einen hervorragenden Job → Martin Egger',
    ]);
  });
});

/**
 * A firm's or a club's common noun ("the company said", "teilte das Unternehmen mit", "precisa l'azienda", "aldus het
 * bedrijf") with no body of its kind named means the body the nearby text is about: a name of capitalized words that is
 * no person's nor a place's, told as a body by a legal form, a body's noun heading it, a role it is apposed to, or a word
 * the article also writes in lowercase. Not the latest capitalized word (a town, a person of the sentence before), nor the
 * bare noun; and never a person's full name the article credits with speech.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a body noun means the body the nearby text is about', () => {
  creditsSpeakers([
    [
      'en',
      para(
        'Fire crews spent the night at a warehouse on the edge of Bramford.',
        'The unit, run by Oakridge Home Interiors, held sofas and mattresses for the home furniture trade. Smoke drifted over Mill Lane until dawn.',
        'In a statement, the company said: "We are devastated and our priority is supporting our staff."',
      ),
      ['Oakridge Home Interiors'],
    ],
    [
      'de',
      para(
        'Im Streit um den Brand einer Lagerhalle in Kassel hat das Landgericht am Montag verhandelt.',
        'Der Eigentümer der Halle ist bei der Nordhessischen Feuerkasse AG versichert. Anwalt Jens Pahl sprach von einem klaren Fall.',
        '„Wir warten das Urteil ab und prüfen danach alle Ansprüche“, teilte das Unternehmen am Abend mit.',
      ),
      ['Nordhessischen Feuerkasse AG'],
    ],
    [
      'it',
      para(
        'Da lunedì cassa integrazione per 310 dei 420 dipendenti della Brenta Elettrodomestici, storico produttore di cucine.',
        "Tredici sindacalisti hanno incontrato i vertici a Cittadella. «Il mercato degli elettrodomestici è fermo da mesi», ha spiegato l'azienda in una nota.",
      ),
      ['Brenta Elettrodomestici'],
    ],
    [
      'nl',
      para(
        'Het windpark bij Emmen krijgt twaalf turbines.',
        'De ontwikkelaar, Noordwind Energie, diende de aanvraag vorig jaar in. Omwonenden in Weerdinge protesteren.',
        '"We hebben de bezwaren serieus genomen en de turbines verder van de huizen gezet", aldus het bedrijf.',
      ),
      ['Noordwind Energie'],
    ],
  ]);
});

describe('a person named in full is no body a noun means', () => {
  creditsSpeakers([
    [
      'it',
      para(
        'Da lunedì cassa integrazione per 120 operai della Valtrompia Fusioni, che produce fusioni in ghisa per i motori.',
        "Paolo Ferretti guida lo stabilimento da vent'anni. «Non chiuderemo», ha detto Ferretti ai lavoratori.",
        "«La produzione resterà qui», ha aggiunto l'azienda in una nota.",
      ),
      ['Paolo Ferretti', 'Valtrompia Fusioni'],
    ],
  ]);
});

/**
 * A document that speaks ("the report says", "kata laporan itu") is the body the article named as its author
 * ("a report by the Northfield Trust", "laporan Lembaga Riset Beras"), not nobody and not the last person quoted.
 */
import { describe, expect, it } from 'vitest';
import { creditsSpeakers, para, textsOf } from '../helpers/speaker-cases.js';

describe('a document speaks for the body that wrote it', () => {
  creditsSpeakers([
    [
      'en',
      para(
        'Bus services in rural areas have halved in ten years, according to a report by the Northfield Trust published on Monday.',
        '"Whole villages are now cut off after six in the evening," the report says.',
        'Councillor Mary Dale said the findings matched what she heard. "People write to me every week," she said.',
      ),
      ['Northfield Trust', 'Mary Dale'],
    ],
    [
      'es',
      para(
        'El paro juvenil ha bajado por tercer año, según el informe del Consejo Asturiano de Empleo publicado este martes.',
        '"La mejora no llega todavía a los jóvenes sin estudios", advierte el informe.',
      ),
      ['Consejo Asturiano de Empleo'],
    ],
    [
      // "Kajian" inside the body's name is no document of its own.
      'id',
      para(
        'Harga gula diperkirakan naik menurut laporan Lembaga Kajian Gula Nusantara yang dirilis Senin.',
        '"Pasokan dari pabrik berkurang sejak bulan lalu," kata laporan itu.',
      ),
      ['Lembaga Kajian Gula Nusantara'],
    ],
    [
      // "voor" links the words of one body's name ("Centrum voor Woonbeleid").
      'nl',
      para(
        'Het tekort aan huurwoningen loopt op, volgens het rapport van het Centrum voor Woonbeleid dat dinsdag verscheen.',
        "'Jonge gezinnen wachten gemiddeld zeven jaar op een woning', schrijft het rapport.",
      ),
      ['Centrum voor Woonbeleid'],
    ],
    [
      // "note" after the quote is the verb, not a document of its own.
      'fr',
      para(
        'Les loyers augmentent encore, selon le rapport de la Fondation Abbé Lenoir publié mardi.',
        '« Les familles modestes quittent les centres-villes », note le rapport.',
      ),
      ['Fondation Abbé Lenoir'],
    ],
    [
      // Where nouns are capitalized, the document's noun alone is no name.
      'de',
      para(
        'Berlin. Die Mieten in den Städten steigen weiter, wie eine Studie des Bremer Instituts für Stadtforschung zeigt.',
        '„Der Neubau hält mit dem Zuzug nicht Schritt“, so das Papier. Senatorin Anne Kolb sagte, man prüfe die Vorschläge. „Wir nehmen das ernst“, sagte sie.',
      ),
      ['Bremer Institut für Stadtforschung', 'Anne Kolb'],
    ],
  ]);
});

describe('a document cited in the sentence says no short quoted words: they are its terms', () => {
  it('it: a term after "Secondo il documento" is no quote', () => {
    const text = para(
      'Le liste d’attesa in Lombardia si allungano, secondo il rapporto della Fondazione Sanità Pubblica.',
      'Secondo il documento, il 40% degli esami classificati come "urgenti" supera la soglia dei dieci giorni.',
    );
    expect(textsOf(text, 'it')).toEqual([]);
  });
});

describe('a part of a day after a body noun is when it spoke, no part of its name', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Hamburg. Das Unternehmen Lindor Mode hat im Sommer weniger verkauft als erwartet.',
        '„Wir rechnen für das Weihnachtsgeschäft wieder mit mehr Kunden“, teilte das Unternehmen am Montagabend mit.',
      ),
      ['Unternehmen Lindor Mode'],
    ],
  ]);
});

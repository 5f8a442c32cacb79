import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a name a preposition places after a role is where or to whom, not its holder', () => {
  creditsSpeakers([
    [
      'en',
      para('Jim Hale will stay as Redford manager after the loss to Castle Town.', '“I will not quit,” said Hale. “We were poor,” the manager admitted.'),
      ['Jim Hale', 'Jim Hale'],
    ],
  ]);
});

describe('an interview whose questions are the reporter’s own paragraphs is answered by the person its introduction names', () => {
  creditsSpeakers([
    [
      'fr',
      para(
        'La scierie ferme ses portes.',
        'Deux questions à Paul Renard, maire de Belcourt',
        'Vous attendiez-vous à cette fermeture ?',
        '« Pas du tout. On savait que les ventes baissaient. »',
        'Que peut faire la commune ?',
        '« Pas grand-chose. Nous allons aider les familles. »',
      ),
      ['Paul Renard', 'Paul Renard'],
    ],
  ]);
});

describe('an outlet putting an interview’s questions is not who answers them', () => {
  creditsSpeakers([
    [
      'en',
      para(
        'The water is safe again, said the mayor, Ann Lee.',
        'The Herald asked Dr. Mark Ruiz, the county health officer, what residents should do now.',
        'Q: Is anyone still at risk?',
        'A: “Very few people are at risk now.”',
        'Q: What next?',
        'A: “Run the taps for five minutes.”',
      ),
      ['Mark Ruiz', 'Mark Ruiz'],
    ],
  ]);
});

describe('a body’s noun before the statement’s phrase issued it ("précise l’entreprise dans un communiqué")', () => {
  creditsSpeakers([
    [
      'fr',
      para(
        "L'entreprise Vernaud va fermer son usine de Lormont.",
        "« Nous regrettons », a déclaré le directeur, Paul Renard. Les départs « seront accompagnés », précise l'entreprise dans un communiqué.",
      ),
      ['Paul Renard', 'entreprise Vernaud'],
    ],
  ]);
});

describe('a masculine role in apposition after a name keeps a feminine pronoun off that man', () => {
  creditsSpeakers([
    [
      'fr',
      para(
        'La préfète, Anne Morel, a pris un arrêté.',
        "« Nous agissons », a déclaré la préfète. « C'est une colère légitime », s'emporte Paul Renard, président du syndicat agricole.",
        "Interrogée, la représentante de l'Etat se veut ferme. « Je comprends la colère – reconnaît-elle –, mais l'eau passe avant. »",
      ),
      ['Anne Morel', 'Paul Renard', 'Anne Morel', 'Anne Morel'],
    ],
  ]);
});

/**
 * A body's noun that English also uses as a title ("agency", "office") closing a run of capitals is the body's own name
 * ("The Environment Agency said …"), not a role the resolver looks for a holder of.
 */
import { describe } from 'vitest';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe('a capitalized name ending on a body noun that is also a title speaks as that body', () => {
  creditsSpeakers([
    [
      'en',
      'Rivers in the north are dirtier than reported. The Environment Agency said it would "look closely" at the research. "Where companies broke the law, we will prosecute," said the agency\'s area director, Alan Crane.',
      ['Environment Agency', 'Alan Crane'],
    ],
    [
      'en',
      'The rover found salt on Mars. The European Space Agency said in a statement that it was "reviewing all options" for the mission.',
      ['European Space Agency'],
    ],
    // A title that is no body's noun stays a role: "the Environment Secretary" is a person.
    [
      'en',
      'Floods hit the valley. Environment Secretary Mary Holt visited on Monday. The Environment Secretary said the defences had "held up well" overnight.',
      ['Mary Holt'],
    ],
  ]);
});

import { wordingOf } from '../../../wording';
import en from './en.json';
import fr from './fr.json';

/** The catalogue's sentences by code: `<file>.<fact-id>.<practitioner|question|why>`, and `<file>.why` shared by a file. */
export const w = wordingOf('screening/catalogue', { en, fr });

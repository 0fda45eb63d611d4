import { wordingOf } from '../../wording';
import en from './en.json';
import fr from './fr.json';

/** The plan's sentences by code: `note.<code>`, `strategy.<id>`, `bar.<code>`, and names of goals, consents, risks and risk levels. */
export const w = wordingOf('planning', { en, fr });

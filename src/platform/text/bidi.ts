// Bidirectional embedding, override and isolate controls make a name display in an order other than
// the one typed ("Ali\u202Eevil" shows reversed), which can pass one person off as another on a team
// list or a consent record. Names in right-to-left scripts display correctly without them, so they
// are removed from every name a person types. Marks (U+200E, U+200F) cannot reorder text and stay.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export const withoutBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');

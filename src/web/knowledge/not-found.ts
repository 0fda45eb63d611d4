// A value searched for and not found in official sources cites a source titled
// "Not found in official sources as of YYYY-MM-DD" (notFoundInOfficialSources in
// src/core/remedies/sources.ts); the web shows that title in the reader's language.
const NOT_FOUND = /^Not found in official sources as of (\d{4}-\d{2}-\d{2})$/;

/** The day of the search when the source is a "not found in official sources" one, else undefined. */
export function notFoundAsOf(source: string): string | undefined {
  return NOT_FOUND.exec(source)?.[1];
}

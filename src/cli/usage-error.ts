/** A mistake in how a command was called or in its input: exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

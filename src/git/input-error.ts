// The error of input the user can fix, in a module of its own: `lint` reports it without loading
// the git reader (and `node:child_process`) at start-up.

/** A problem the user can fix (exit code 2): not a repository, unknown ref… */
export class InputError extends Error {
  override name = 'InputError';
}

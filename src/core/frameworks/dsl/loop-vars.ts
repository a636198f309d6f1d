// Loop variables while a loop's body is read once per element (Rails' `%i[a b].each do |col|`,
// Alembic's `for col in ("a", "b"):`, Laravel's `foreach ([…] as $col)`, Ecto's `for c <- @cols`):
// each language's value reader asks what a name stands for. Reading is synchronous, so one scope
// per language serves.

export class LoopVars<V> {
  private readonly bound = new Map<string, V>();

  /** What `name` stands for while it is bound, else undefined. */
  get(name: string): V | undefined {
    return this.bound.get(name);
  }

  /** `read()` with `name` standing for `v` (as a loop's variable does for one element). */
  with<T>(name: string, v: V, read: () => T): T {
    const had = this.bound.get(name);
    this.bound.set(name, v);
    try {
      return read();
    } finally {
      if (had !== undefined) this.bound.set(name, had);
      else this.bound.delete(name);
    }
  }

  /** `read()` with each of `pairs` bound, in order (a helper's parameters, a loop's names for one row). */
  withAll<T>(pairs: readonly (readonly [string, V])[], read: () => T, i = 0): T {
    if (i === pairs.length) return read();
    const [name, v] = pairs[i]!;
    return this.with(name, v, () => this.withAll(pairs, read, i + 1));
  }

  /** `read()` with `name` not bound (a helper's parameter given a value known only at run time). */
  without<T>(name: string, read: () => T): T {
    const had = this.bound.get(name);
    this.bound.delete(name);
    try {
      return read();
    } finally {
      if (had !== undefined) this.bound.set(name, had);
    }
  }

  /**
   * `read()` with only `names` bound, the rest hidden: a function's body (a Rails migration's
   * method, an Ecto migration's `defp`) sees its parameters, not its caller's variables.
   */
  scope<T>(names: [string, V][], read: () => T): T {
    const saved = [...this.bound];
    this.bound.clear();
    for (const [k, v] of names) this.bound.set(k, v);
    try {
      return read();
    } finally {
      this.bound.clear();
      for (const [k, v] of saved) this.bound.set(k, v);
    }
  }
}

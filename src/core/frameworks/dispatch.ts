// Dispatch tables map a DSL's method or operation name to a small handler. A migration may call
// any name (`t.toString`, `constructor`), so a lookup answers only for the table's own keys.

/** The handler `table` names for `name`, never one of Object's own members. */
export function handlerFor<H>(table: Readonly<Record<string, H>>, name: string): H | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

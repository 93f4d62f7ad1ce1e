import { type EntityManager } from "@mikro-orm/postgresql";

/**
 * Turns the stored rows of a reminder list into the list `settings` asks for, in that order: a row set the
 * same way (`same`) is kept, with its "sent" mark, so saving an unchanged list sends nothing again; the
 * others are made (`create`, armed) or removed. Returns the new list and whether it differs from `stored`.
 */
export function replaceReminderRows<Row extends { position: number }, Setting>(
  tx: EntityManager,
  stored: Row[],
  settings: Setting[],
  same: (row: Row, setting: Setting) => boolean,
  create: (setting: Setting) => Row,
): { list: Row[]; changed: boolean } {
  const unused = [...stored];
  const list = settings.map((setting, position) => {
    const kept = unused.findIndex((row) => same(row, setting));
    const row = kept >= 0 ? unused.splice(kept, 1)[0]! : create(setting);
    if (row.position !== position) row.position = position;
    return row;
  });
  for (const row of unused) tx.remove(row);
  return { list, changed: unused.length > 0 || list.some((row, index) => row !== stored[index]) };
}

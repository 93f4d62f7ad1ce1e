import { createSavedFilter } from "../saved-filters/create-saved-filter.service";
import { createTag } from "../tags/create-tag.service";
import { type ImportObjectContext } from "./import-objects";
import { type ImportedSavedFilter, type ImportedTag } from "./import-plan";

/** A tag the user already has under the same name, whatever its case, is used rather than created twice. */
export async function createImportedTag(
  { tx, userId }: ImportObjectContext,
  tag: ImportedTag,
): Promise<{ id: string; reused?: boolean }> {
  const [existing] = await tx
    .getConnection()
    .execute<{ id: string }[]>(
      `select id from tags where user_id = ? and lower(name) = lower(?)`,
      [userId, tag.name.trim()],
      "all",
      tx.getTransactionContext(),
    );
  if (existing) return { id: existing.id, reused: true };
  const created = await createTag(tx, userId, { name: tag.name, color: tag.color });
  return { id: created.id };
}

/** The ids the keys of imported tags became; a tag that was not imported is left out with a warning. */
export async function tagIdsOf(
  context: ImportObjectContext,
  keys: string[] | undefined,
  where: string,
): Promise<string[] | undefined> {
  if (!keys?.length) return undefined;
  const ids: string[] = [];
  for (const key of keys) {
    const id = await context.resolve(key);
    if (id) ids.push(id);
    else context.warn(where, "a tag was not imported; it is left out");
  }
  return ids;
}

/** A saved filter, validated as createSavedFilter validates it, naming the imported tags' ids. */
export async function createImportedSavedFilter(
  context: ImportObjectContext,
  imported: ImportedSavedFilter,
): Promise<string> {
  const tagIds = await tagIdsOf(context, imported.tagKeys, imported.where);
  const filter = { ...imported.filter, ...(tagIds ? { tagIds } : {}) };
  return (await createSavedFilter(context.tx, context.userId, { name: imported.name, filter })).id;
}

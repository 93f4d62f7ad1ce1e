import { type RequestLoaders } from "./request-loaders";

/** An object's category through the request's loader; none, or a deleted one, reads as null. */
export async function liveCategoryOf(loaders: RequestLoaders, category: { id: string } | null | undefined) {
  if (!category) return null;
  const loaded = await loaders.categoryById.load(category.id);
  return loaded && !loaded.isDeleted ? loaded : null;
}

import { type EntityManager } from "@mikro-orm/postgresql";
import { Category } from "@momentum/db";
import { entityByIdLoader } from "./entity-loader";

/** Per-request batch loaders; each area adds the ones its fields need. */
export function createRequestLoaders(em: EntityManager) {
  return {
    categoryById: entityByIdLoader(em, Category),
  };
}

export type RequestLoaders = ReturnType<typeof createRequestLoaders>;

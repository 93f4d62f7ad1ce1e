import { type EntityName, type FilterQuery, type QueryOrderMap, ReferenceKind } from "@mikro-orm/core";
import { type EntityManager } from "@mikro-orm/postgresql";

/** A to-one relation as a plain row carries it: the related row's id, as an entity's reference has it. */
export interface RowReference {
  id: string;
}

/**
 * An entity's row as read-only lists serve it: the chosen stored properties, typed as the entity types
 * them, and the chosen to-one relations as references by id. An entity fits wherever its row fits.
 */
export type PlainRow<T, Scalar extends keyof T, Relation extends keyof T = never> = Pick<T, Scalar> & {
  [K in keyof Pick<T, Relation>]: RowReference | Extract<T[K], null | undefined>;
};

/**
 * Rows of an entity as plain objects: the same conditions and order as `em.find`, the values converted
 * as hydration converts them, but no entity is created, tracked or kept in the identity map. For what
 * a request only reads; writes load entities.
 */
export async function findPlainRows<
  T extends object,
  Scalar extends keyof T & string,
  Relation extends keyof T & string = never,
>(
  em: EntityManager,
  entity: EntityName<T>,
  properties: { scalars: readonly Scalar[]; relations?: readonly Relation[] },
  where: FilterQuery<T>,
  options: { orderBy?: QueryOrderMap<T>; limit?: number } = {},
): Promise<PlainRow<T, Scalar, Relation>[]> {
  const meta = em.getMetadata().get<T>(entity);
  const propertyOf = (name: string) => meta.properties[name as keyof typeof meta.properties];
  const relations = properties.relations ?? [];
  const query = em
    .createQueryBuilder(entity)
    .select([...properties.scalars, ...relations] as never)
    .where(where);
  if (options.orderBy) query.orderBy(options.orderBy);
  if (options.limit !== undefined) query.limit(options.limit);
  const rows = await query.execute<Record<string, unknown>[]>("all");
  const platform = em.getPlatform();
  const converted = properties.scalars.filter((name) => propertyOf(name).customType);
  for (const name of relations) {
    if (propertyOf(name).kind !== ReferenceKind.MANY_TO_ONE) throw new Error(`${name} is not to-one`);
  }
  for (const row of rows) {
    for (const name of converted) {
      const value = row[name];
      if (value != null) {
        row[name] = propertyOf(name).customType!.convertToJSValue(value, platform, {
          mode: "serialization",
        });
      }
    }
    for (const name of relations) {
      const id = row[name];
      row[name] = id == null ? null : { id };
    }
  }
  return rows as PlainRow<T, Scalar, Relation>[];
}

/** How lists ask for rows: the conditions, and optionally an order and a limit. */
export type PlainRowsReader<T, Row> = (
  em: EntityManager,
  where: FilterQuery<T>,
  options?: { orderBy?: QueryOrderMap<T>; limit?: number },
) => Promise<Row[]>;

/**
 * An entity's reader of plain rows, from the one list of the properties its reads serve; its row type is
 * `RowOf<typeof reader>`.
 */
export const plainRowsReader =
  <T extends object, Scalar extends keyof T & string, Relation extends keyof T & string = never>(
    entity: EntityName<T>,
    properties: { scalars: readonly Scalar[]; relations?: readonly Relation[] },
  ): PlainRowsReader<T, PlainRow<T, Scalar, Relation>> =>
  (em, where, options) =>
    findPlainRows(em, entity, properties, where, options);

/** The row type a plain-rows reader returns. */
export type RowOf<Reader> = Reader extends PlainRowsReader<never, infer Row> ? Row : never;

import { type EntityManager } from "@mikro-orm/postgresql";

interface PlanNode {
  "Relation Name"?: string;
  Plans?: PlanNode[];
}

/**
 * The tables (partitions included) PostgreSQL plans to read for a statement: a partition absent from
 * the list was pruned. Plain EXPLAIN, so nothing runs.
 */
export async function plannedRelations(em: EntityManager, sql: string, values: unknown[]): Promise<string[]> {
  const [row] = await em.execute<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(
    `explain (format json) ${sql}`,
    values,
  );
  const names = new Set<string>();
  const visit = (node: PlanNode) => {
    if (node["Relation Name"]) names.add(node["Relation Name"]);
    node.Plans?.forEach(visit);
  };
  visit(row!["QUERY PLAN"][0].Plan);
  return [...names].sort();
}

import {
  BreakingChangeType,
  buildSchema,
  DangerousChangeType,
  findBreakingChanges,
  findDangerousChanges,
  type GraphQLSchema,
} from "graphql";

/** Changes that mean "the contract names something the server does not serve yet". */
const notServedKinds = new Set<string>([
  BreakingChangeType.TYPE_REMOVED,
  BreakingChangeType.FIELD_REMOVED,
  BreakingChangeType.VALUE_REMOVED_FROM_ENUM,
  BreakingChangeType.ARG_REMOVED,
]);

export interface ContractCoverage {
  /** Contract names the served schema lacks, e.g. `Query.habits`, `Habit`, `User.tasks(after)`. */
  notServed: string[];
  /** Served with a type, kind or default that a client written against the contract cannot use. */
  incompatible: string[];
}

function nameOf(type: string, description: string): string {
  const patterns: [RegExp, (match: RegExpExecArray) => string][] = [
    [/^(\S+?)\.(\S+) arg (\S+) was removed\.$/, (m) => `${m[1]}.${m[2]}(${m[3]})`],
    [/^(\S+) was removed from enum type (\S+)\.$/, (m) => `${m[2]}.${m[1]}`],
    [/^(\S+) was removed\.$/, (m) => m[1]!],
  ];
  for (const [pattern, name] of patterns) {
    const match = pattern.exec(description);
    if (match) return name(match);
  }
  return `${type}: ${description}`;
}

/** Compares the served schema with the mobile contract, as the mobile app would experience it. */
export function contractCoverage(contractSdl: string, served: GraphQLSchema): ContractCoverage {
  const contract = buildSchema(contractSdl);
  // graphql-js reports unused standard scalars (Int, Float) as removed: an artefact, not a gap.
  const breaking = findBreakingChanges(contract, served).filter(
    (change) => !change.description.startsWith("Standard scalar"),
  );
  const defaultChanges = findDangerousChanges(contract, served).filter(
    (change) => change.type === DangerousChangeType.ARG_DEFAULT_VALUE_CHANGE,
  );
  return {
    notServed: breaking
      .filter((change) => notServedKinds.has(change.type))
      .map((change) => nameOf(change.type, change.description))
      .sort(),
    incompatible: [...breaking.filter((change) => !notServedKinds.has(change.type)), ...defaultChanges].map(
      (change) => `${change.type}: ${change.description}`,
    ),
  };
}

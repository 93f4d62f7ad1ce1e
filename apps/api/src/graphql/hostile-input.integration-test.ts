import "reflect-metadata";
import { type GraphQLField, type GraphQLObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount } from "../testing/account-builder";
import { hostileValueOf, needsSelection, seededRandom } from "../testing/hostile-values";
import { startTestApi, type TestApi } from "../testing/test-api";
import { buildMobileSchema } from "./schema";

/** Fixed, so a failure reproduces; HOSTILE_SEED tries another run of values. */
const SEED = Number(process.env.HOSTILE_SEED ?? 20261202);
const CALLS_PER_OPERATION = 20;

/** Generous limits: the point is what each operation does with the values, not being throttled first. */
const unthrottled = Object.fromEntries(
  [
    "RATE_LIMIT_AUTH_CALLS_PER_ADDRESS",
    "RATE_LIMIT_SIGN_UPS_PER_ADDRESS",
    "RATE_LIMIT_REFRESHES_PER_SESSION",
    "RATE_LIMIT_OPERATIONS_PER_USER",
    "RATE_LIMIT_SIGN_IN_FAILURES_PER_LOGIN",
    "RATE_LIMIT_SIGN_IN_FAILURES_PER_LOGIN_AND_ADDRESS",
  ].map((name) => [name, "100000"]),
);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ env: unthrottled });
});
afterAll(() => api.stop());

/** One call of `field` with every required argument and some optional ones, selecting only `__typename`. */
function operationFor(
  kind: "query" | "mutation",
  field: GraphQLField<unknown, unknown>,
  random: ReturnType<typeof seededRandom>,
) {
  const args = field.args.filter((arg) => arg.type.toString().endsWith("!") || random.chance(0.5));
  const declarations = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(", ");
  const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const selection = needsSelection(field.type) ? " { __typename }" : "";
  return {
    query: `${kind}${declarations ? `(${declarations})` : ""} { ${field.name}${call ? `(${call})` : ""}${selection} }`,
    variables: Object.fromEntries(args.map((arg) => [arg.name, hostileValueOf(arg.type, random)])),
  };
}

const rootFields = (type: GraphQLObjectType | null | undefined) => Object.values(type?.getFields() ?? {});

const schema = buildMobileSchema();
const operations = [
  ...rootFields(schema.getQueryType()).map((field) => ["query", field] as const),
  ...rootFields(schema.getMutationType()).map((field) => ["mutation", field] as const),
];

describe(`hostile values of the right types (seed ${SEED})`, { timeout: 120_000 }, () => {
  it.each(operations.map(([kind, field]) => [`${kind} ${field.name}`, kind, field] as const))(
    "%s never answers INTERNAL_SERVER_ERROR or a 5xx",
    async (_, kind, field) => {
      const random = seededRandom(SEED + field.name.length * 7919 + field.name.charCodeAt(0));
      // A fresh account per operation: signOut or deleteAccount must not starve the others of a viewer.
      const account = await signUpTestAccount(api);
      const failures: string[] = [];
      for (let call = 0; call < CALLS_PER_OPERATION; call++) {
        const { query, variables } = operationFor(kind, field, random);
        const response = await api.graphql(
          query,
          variables,
          random.chance(0.85) ? account.accessToken : undefined,
        );
        const internal = response.errors?.find((error) => error.extensions.code === "INTERNAL_SERVER_ERROR");
        if (response.status >= 500 || internal) {
          failures.push(
            `call ${call} (status ${response.status}): ${internal?.message ?? ""}\n  ${query}\n  ${JSON.stringify(variables).slice(0, 400)}`,
          );
        }
      }
      expect(failures, failures.join("\n")).toEqual([]);
    },
  );

  it("the API still answers afterwards", async () => {
    const account = await signUpTestAccount(api);
    const me = await api.graphql<{ me: { id: string } }>("{ me { id } }", undefined, account.accessToken);
    expect(me.data?.me.id).toBe(account.userId);
  });
});

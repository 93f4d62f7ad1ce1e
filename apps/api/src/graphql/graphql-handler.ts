import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { NoSchemaIntrospectionCustomRule } from "graphql";
import { createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import { type ApiDependencies } from "../dependencies";
import { useClientErrors } from "./client-errors.plugin";
import { createGraphqlContext, type GraphqlContext } from "./context";
import { toClientError } from "./error-masking";
import { useIdempotencyKeys } from "./idempotency.plugin";
import { useContractErrorCodes } from "./contract-error-codes.plugin";
import { useRetryAfterHeader } from "./retry-after.plugin";
import { buildMobileSchema } from "./schema";

/** Production hides the schema: no introspection, no "did you mean" suggestions. */
const disableIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};

export function createGraphqlHandler(deps: ApiDependencies): YogaServerInstance<object, GraphqlContext> {
  const production = deps.config.isProduction;
  return createYoga<object, GraphqlContext>({
    schema: buildMobileSchema(),
    graphqlEndpoint: "/graphql",
    context: (initial) => createGraphqlContext(deps, initial),
    graphiql: !production,
    landingPage: false,
    // No operation takes a file: multipart bodies are refused instead of parsed.
    multipart: false,
    logging: false,
    maskedErrors: { maskError: (error) => toClientError(error, deps.logger) },
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: 10, exposeLimits: !production },
        costLimit: { maxCost: 5000, exposeLimits: !production },
        maxAliases: { n: 15, exposeLimits: !production },
        maxDirectives: { n: 50, exposeLimits: !production },
        maxTokens: { n: 1000, exposeLimits: !production },
        blockFieldSuggestion: { enabled: production },
      }),
      ...(production ? [disableIntrospection] : []),
      useIdempotencyKeys(),
      useClientErrors(),
      useRetryAfterHeader(),
      useContractErrorCodes(),
    ],
  });
}

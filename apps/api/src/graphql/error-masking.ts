import { DomainError, DomainErrorCode, type Logger } from "@momentum/domain";
import { GraphQLError } from "graphql";

/** The contract's error codes, from the domain's. */
const graphqlCodes: Record<DomainErrorCode, string> = {
  [DomainErrorCode.NotFound]: "NOT_FOUND",
  [DomainErrorCode.Conflict]: "CONFLICT",
  [DomainErrorCode.InvalidInput]: "BAD_USER_INPUT",
  [DomainErrorCode.Unauthenticated]: "UNAUTHENTICATED",
  [DomainErrorCode.Forbidden]: "FORBIDDEN",
  [DomainErrorCode.RateLimited]: "RATE_LIMITED",
};

function fromDomainError(error: DomainError, source: GraphQLError | null): GraphQLError {
  const extensions: Record<string, unknown> = { code: graphqlCodes[error.code] };
  if (error.details.fields) extensions.fields = error.details.fields;
  if (error.details.retryAfterSeconds !== undefined) extensions.retryAfter = error.details.retryAfterSeconds;
  return new GraphQLError(error.message, { nodes: source?.nodes, path: source?.path, extensions });
}

/**
 * Every error leaving /graphql passes here. Domain errors become their contract code; errors the
 * client caused (syntax, validation, bad variables) keep their message as BAD_USER_INPUT; anything
 * else is logged with the request id and answered as INTERNAL_SERVER_ERROR without details.
 */
export function toClientError(error: unknown, logger: Logger): GraphQLError {
  const graphqlError = error instanceof GraphQLError ? error : null;
  const original = graphqlError?.originalError ?? error;
  const location = { nodes: graphqlError?.nodes, path: graphqlError?.path };

  if (original instanceof DomainError) return fromDomainError(original, graphqlError);
  if (original instanceof GraphQLError && original.extensions.code) {
    return new GraphQLError(graphqlError?.message ?? original.message, {
      ...location,
      extensions: { ...original.extensions },
    });
  }
  if (graphqlError && !graphqlError.originalError) {
    return new GraphQLError(graphqlError.message, {
      ...location,
      extensions: { ...graphqlError.extensions, code: graphqlError.extensions.code ?? "BAD_USER_INPUT" },
    });
  }

  logger.error({ err: original, path: graphqlError?.path }, "unexpected error in a GraphQL operation");
  return new GraphQLError("Unexpected error", { ...location, extensions: { code: "INTERNAL_SERVER_ERROR" } });
}

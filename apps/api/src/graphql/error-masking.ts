import { DomainError, DomainErrorCode } from "@momentum/domain";
import { type Logger } from "@momentum/platform";
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

/** The codes the mobile contract promises; anything else a client caused is reported as BAD_USER_INPUT. */
export const contractCodes = new Set([...Object.values(graphqlCodes), "INTERNAL_SERVER_ERROR"]);

/** By name, not `instanceof`: graphql-js can be loaded twice (ESM and CommonJS builds) in one process. */
const isGraphqlError = (error: unknown): error is GraphQLError =>
  error instanceof Error && error.name === "GraphQLError";

/** Follows wrapped errors down to the one that was thrown first. */
function rootCauseOf(error: unknown): unknown {
  let cause = error;
  while (isGraphqlError(cause) && cause.originalError) cause = cause.originalError;
  return cause;
}

/**
 * Every error leaving /graphql passes here. Domain errors become their contract code; errors graphql-js
 * raised about the request itself (syntax, validation, bad variables or scalars) keep their message,
 * as BAD_USER_INPUT unless they carry a code; anything else is logged and answered as
 * INTERNAL_SERVER_ERROR without details.
 */
export function toClientError(error: unknown, logger: Logger): GraphQLError {
  const outer = isGraphqlError(error) ? error : null;
  const location = { nodes: outer?.nodes, path: outer?.path };
  const cause = rootCauseOf(error);

  if (cause instanceof DomainError) return fromDomainError(cause, outer);
  if (isGraphqlError(cause)) {
    const code = cause.extensions?.code;
    return new GraphQLError(outer?.message ?? cause.message, {
      ...location,
      extensions: { ...cause.extensions, code: contractCodes.has(code as string) ? code : "BAD_USER_INPUT" },
    });
  }

  logger.error({ err: cause, path: outer?.path }, "unexpected error in a GraphQL operation");
  return new GraphQLError("Unexpected error", { ...location, extensions: { code: "INTERNAL_SERVER_ERROR" } });
}

import { IdempotencyStore, sha256Hex } from "@momentum/domain";
import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  print,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
} from "graphql";
import { type Plugin } from "graphql-yoga";
import { type GraphqlContext } from "./context";
import { toClientError } from "./error-masking";

type ContextWithRequest = GraphqlContext & { request: Request };

const hasInternalError = (result: ExecutionResult) =>
  result.errors?.some((error) => error.extensions?.code === "INTERNAL_SERVER_ERROR") ?? false;

interface StoredResult {
  data?: unknown;
  errors?: GraphQLFormattedError[];
}

/**
 * A kept answer back as an execution result; its errors were mapped to contract codes before keeping.
 * Only their query locations are not replayed.
 */
const restore = (stored: StoredResult): ExecutionResult =>
  ({
    ...stored,
    errors: stored.errors?.map(
      (error) => new GraphQLError(error.message, { path: error.path, extensions: error.extensions }),
    ),
  }) as ExecutionResult;

/**
 * Honours `Idempotency-Key` on signed-in mutations: a retry with the same key gets the first answer
 * and executes nothing. An answer that failed unexpectedly is not kept, so its retry runs again.
 */
export function useIdempotencyKeys(): Plugin<GraphqlContext> {
  return {
    onExecute({ args: untypedArgs, setResultAndStopExecution }) {
      // Envelop types the arguments loosely; they are graphql-js's own.
      const args = untypedArgs as ExecutionArgs;
      const context = args.contextValue as ContextWithRequest;
      const key = context.request?.headers.get("idempotency-key");
      const operation = getOperationAST(args.document, args.operationName);
      if (!key || !context.viewer || operation?.operation !== OperationTypeNode.MUTATION) return;

      const { userId } = context.viewer;
      const store = new IdempotencyStore(context.deps.redis, context.deps.config.idempotency);
      const fingerprint = sha256Hex(
        JSON.stringify({
          query: print(args.document),
          operationName: args.operationName ?? null,
          variables: args.variableValues ?? {},
        }),
      );
      // Execution waits for this promise: the claim decides whether the operation runs at all.
      return store.claim(userId, key, fingerprint, context.now).then(
        (claim) => {
          if (claim.kind === "replay") {
            setResultAndStopExecution(restore(claim.response as StoredResult));
            return;
          }
          return {
            async onExecuteDone({ result, setResult }) {
              const single = result as ExecutionResult;
              const mapped = {
                ...single,
                errors: single.errors?.map((error) => toClientError(error, context.logger)),
              };
              setResult(mapped);
              if (hasInternalError(mapped)) await store.release(userId, key);
              else await store.complete(userId, key, fingerprint, JSON.parse(JSON.stringify(mapped)));
            },
          };
        },
        (error: unknown) => {
          setResultAndStopExecution({ errors: [toClientError(error, context.logger)] });
        },
      );
    },
  };
}

import { type Plugin } from "graphql-yoga";
import { type GraphqlContext } from "./context";
import { toClientError } from "./error-masking";

/**
 * Maps execution errors while the request's context is at hand, so unexpected ones are logged with
 * the request id. Yoga's own masking (same mapper) still guards the phases outside execution.
 */
export function useClientErrors(): Plugin<GraphqlContext> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as GraphqlContext;
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors?.length) return;
          setResult({
            ...result,
            errors: result.errors.map((error) => toClientError(error, context.logger)),
          });
        },
      };
    },
  };
}

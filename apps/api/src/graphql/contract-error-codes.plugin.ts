import { type Plugin } from "graphql-yoga";
import { contractCodes } from "./error-masking";

/**
 * The last word on error codes: parse and validation errors that Yoga reports before execution
 * (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, limits) become the contract's BAD_USER_INPUT.
 */
export function useContractErrorCodes(): Plugin {
  return {
    onResultProcess(payload) {
      const { result } = payload;
      if (Array.isArray(result) || !("errors" in result) || !result.errors?.length) return;
      const errors = result.errors.map((error) => {
        const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
        if (contractCodes.has(code as string)) return error;
        const json = "toJSON" in error && typeof error.toJSON === "function" ? error.toJSON() : error;
        return { ...json, extensions: { ...json.extensions, code: "BAD_USER_INPUT" } };
      });
      payload.setResult({ ...result, errors } as typeof result);
    },
  };
}

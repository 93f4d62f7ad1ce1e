import { invalidInput, unstorableTextIn } from "@momentum/domain";
import { type MiddlewareFn } from "type-graphql";
import { type GraphqlContext } from "./context";

/**
 * One rule at the edge for every argument of every field: text PostgreSQL cannot store (a NUL
 * character, a lone surrogate) is BAD_USER_INPUT naming the field, before any service runs.
 */
export const refuseUnstorableText: MiddlewareFn<GraphqlContext> = ({ args }, next) => {
  const problems = Object.entries(args).flatMap(([name, value]) => unstorableTextIn(value, name));
  if (problems.length > 0) throw invalidInput(problems);
  return next();
};

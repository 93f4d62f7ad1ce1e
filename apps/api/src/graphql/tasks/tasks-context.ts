import { type TasksContext } from "@momentum/domain";
import { type GraphqlContext } from "../context";

/** The task services' view of a GraphQL request. */
export const tasksContextOf = ({ em, deps, logger, loaders }: GraphqlContext): TasksContext => ({
  em,
  redis: deps.redis,
  logger,
  users: loaders.users,
});

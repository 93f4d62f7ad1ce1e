import { unauthenticated } from "@momentum/domain";
import { type AuthChecker } from "type-graphql";
import { type GraphqlContext } from "./context";

/**
 * The one place that decides whether an operation may run anonymously: everything marked
 * `@Authorized()` needs a live session. Ownership of each object is checked by the domain services.
 */
export const authChecker: AuthChecker<GraphqlContext> = ({ context }) => {
  if (context.viewer) return true;
  throw context.authError ?? unauthenticated();
};

/** Narrows the context to a signed-in viewer inside an `@Authorized()` resolver. */
export function viewerOf(context: GraphqlContext) {
  if (!context.viewer) throw context.authError ?? unauthenticated();
  return context.viewer;
}

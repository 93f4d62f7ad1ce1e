import { expect } from "vitest";
import { type GraphqlResponse } from "./test-api";

/** The data of a GraphQL response that must have succeeded; a failure shows its errors. */
export async function dataOf<T>(response: Promise<GraphqlResponse<T>>): Promise<T> {
  const { data, errors } = await response;
  expect(errors).toBeUndefined();
  return data!;
}

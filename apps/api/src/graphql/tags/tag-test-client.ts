import { type TestAccount } from "../../testing/account-builder";
import { type TestApi } from "../../testing/test-api";

export interface TagResult {
  id: string;
  name: string;
  color: string | null;
}

/** Tag operations as the mobile app calls them, for one API under test. */
export function tagClient(api: TestApi) {
  return {
    create: (account: TestAccount, input: Record<string, unknown>) =>
      api.graphql<{ createTag: TagResult }>(
        `mutation($input: TagInput!) { createTag(input: $input) { id name color } }`,
        { input },
        account.accessToken,
      ),
    update: (account: TestAccount, id: string, input: Record<string, unknown>) =>
      api.graphql<{ updateTag: TagResult }>(
        `mutation($id: ID!, $input: TagInput!) { updateTag(id: $id, input: $input) { id name color } }`,
        { id, input },
        account.accessToken,
      ),
    remove: (account: TestAccount, id: string) =>
      api.graphql<{ deleteTag: boolean }>(
        `mutation($id: ID!) { deleteTag(id: $id) }`,
        { id },
        account.accessToken,
      ),
    list: async (account: TestAccount) =>
      (await api.graphql<{ tags: TagResult[] }>(`query { tags { id name color } }`, {}, account.accessToken))
        .data!.tags,
    /** A new tag, or a failure that shows the errors. */
    async made(account: TestAccount, name: string, color?: string): Promise<TagResult> {
      const { data, errors } = await this.create(account, { name, color });
      if (!data) throw new Error(`createTag failed: ${JSON.stringify(errors)}`);
      return data.createTag;
    },
  };
}

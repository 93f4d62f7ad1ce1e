// The operations the read-path benchmark sends, as the mobile app sends them.

export const TODAY_QUERY = `{
  me { stats { tasksCompleted habitsCompletedToday activeGoals longestStreak points productivityScoreToday } }
  tasks(filter: { dueToday: true }, first: 50) { totalCount edges { node { id title priority status dueDate category { name color } subtasks { id title status } } } }
  habits { id title currentStreak longestStreak progress { isDueToday isCompletedToday completedInPeriod targetInPeriod strength completionRate30d } }
  goals(status: ACTIVE) { id title progress milestones { id title completedAt } }
}`;
export const FIRST_PAGE_QUERY = `{ tasks(first: 50) { totalCount edges { node { id title status dueDate } } } }`;
export const OVERDUE_PAGE_QUERY = `{ tasks(filter: { overdue: true }, first: 50) { totalCount edges { node { id title status dueDate } } } }`;
export const HABITS_QUERY = `{ habits { id title currentStreak longestStreak progress { isDueToday completedInPeriod targetInPeriod strength completionRate30d } } }`;
/** The other lists a mobile screen loads, each measured for growth with the user's data. */
export const SCREEN_LIST_QUERIES = {
  goals: `{ goals { id title status progress currentValue milestones { id title completedAt } } }`,
  categories: `{ categories { id name color icon type } }`,
  achievements: `{ achievements { progress earnedAt achievement { id name points } } }`,
} as const;
export const SIGN_IN_QUERY = `mutation($login: String!, $password: String!) { signIn(input: { login: $login, password: $password }) { accessToken } }`;

/** POSTs a GraphQL body with a bearer token and returns the parsed answer. */
export async function fetchJson(url: string, body: unknown, token: string): Promise<unknown> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return response.json();
}

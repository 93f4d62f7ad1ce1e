/**
 * Contract names not served yet. Every issue that serves some of them removes them here; the list
 * must end empty. The contract test fails on any name missing from the schema but not listed, and
 * on any listed name that is already served.
 */
export const contractAllowList: readonly string[] = [
  // Offline sync and live updates (mobile-contract-sync.graphql)
  "FieldError",
  "Mutation.sync",
  "Subscription",
  "SyncChange",
  "SyncCommand",
  "SyncCommandResult",
  "SyncCommandType",
  "SyncEntity",
  "SyncPayload",
  "TempIdMapping",
];

// One autocannon run, in the process runLoad starts: the request comes as JSON in argv[2], the result goes
// to stdout as JSON. An answer counts only when it is a success: a GraphQL answer carrying errors (a
// RATE_LIMITED, say) is a mismatch, so a server that fails fast cannot look fast.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as (
  options: Record<string, unknown>,
  done: (error: Error | null, result: unknown) => void,
) => void;

const request = JSON.parse(process.argv[2]!) as {
  url: string;
  connections: number;
  seconds: number;
  body?: unknown;
  token?: string;
};

const answeredWithoutErrors = (body: string) => {
  try {
    return !("errors" in (JSON.parse(body) as object));
  } catch {
    return false;
  }
};

autocannon(
  {
    url: request.url,
    connections: request.connections,
    duration: request.seconds,
    method: request.body === undefined ? "GET" : "POST",
    headers: {
      "content-type": "application/json",
      ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
    },
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
    verifyBody: answeredWithoutErrors,
  },
  (error, result) => {
    if (error) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    process.stdout.write(JSON.stringify(result));
  },
);

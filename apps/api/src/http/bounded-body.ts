/**
 * The answer to a body past the limit, in the GraphQL error shape both endpoints' clients read, saying
 * the limit and, to a request that was not signed in, that signing in allows more.
 */
export const bodyTooLargeResponse = (
  limit: { maxBytes: number; signedIn: boolean },
  signedInMaxBytes?: number,
): Response =>
  Response.json(
    {
      errors: [
        {
          message:
            `Request body too large: at most ${limit.maxBytes} bytes` +
            (!limit.signedIn && signedInMaxBytes && signedInMaxBytes > limit.maxBytes
              ? ` without a valid access token ('Authorization: Bearer <accessToken>' allows ${signedInMaxBytes})`
              : ""),
          extensions: { code: "BAD_USER_INPUT", maxBytes: limit.maxBytes },
        },
      ],
    },
    // The unread rest of the body is not waited for: the connection ends with the answer.
    { status: 413, headers: { connection: "close" } },
  );

/**
 * The request with its body read into memory, counting bytes as they arrive, or null once it passes
 * `maxBytes`. Content-Length alone is no limit: a chunked body declares none, and a declared length
 * refuses early but is checked again by counting.
 */
export async function withBoundedBody(request: Request, maxBytes: number): Promise<Request | null> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) return null;
  if (request.body === null) return request;

  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: Buffer.concat(chunks),
    signal: request.signal,
  });
}

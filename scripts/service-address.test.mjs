import assert from "node:assert/strict";
import net from "node:net";
import { test } from "node:test";
import { formatAddress, isLocalHost, isReachable, serviceAddress } from "./service-address.mjs";

test("host and port come from the URL, the default port when it names none", () => {
  assert.deepEqual(serviceAddress("DATABASE_URL", "postgres://postgres@127.0.0.1:5433/momentum", 5432), {
    host: "127.0.0.1",
    port: 5433,
    variable: "DATABASE_URL",
  });
  assert.equal(serviceAddress("REDIS_URL", "redis://cache.internal", 6379).port, 6379);
});

test("an IPv6 literal loses its brackets for the socket and gets them back when printed", () => {
  const address = serviceAddress("AMQP_URL", "amqp://guest:guest@[::1]:5672", 5672);
  assert.equal(address.host, "::1");
  assert.equal(formatAddress(address), "[::1]:5672");
});

test("a malformed URL is an error naming the variable", () => {
  assert.throws(() => serviceAddress("AMQP_URL", "not a url", 5672), /AMQP_URL is not a valid URL/);
});

test("only the loopback names count as this machine", () => {
  for (const host of ["127.0.0.1", "localhost", "LOCALHOST", "::1"])
    assert.equal(isLocalHost(host), true, host);
  for (const host of ["127.0.0.2", "db.internal", "10.0.0.5"]) assert.equal(isLocalHost(host), false, host);
});

test("a listening port is reachable and a closed one is not", async () => {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address();
  try {
    assert.equal(await isReachable({ host: "127.0.0.1", port }), true);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  assert.equal(await isReachable({ host: "127.0.0.1", port }), false);
});

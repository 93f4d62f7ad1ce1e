import base from "./vitest.config.mjs";

// Broker-failure proofs cut every connection to RabbitMQ and stop it for seconds: they run alone,
// after every other test (`npm run test:outages`, called last by `npm test`), never beside them.
export default {
  ...base,
  test: { ...base.test, include: ["src/**/*.outage-test.ts"], fileParallelism: false },
};

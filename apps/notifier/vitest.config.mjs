import { nodeVitestConfig } from "@momentum/vitest-config";

export default nodeVitestConfig();

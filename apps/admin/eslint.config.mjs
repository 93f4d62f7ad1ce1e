import { nextApp } from "@momentum/eslint-config";

export default nextApp;

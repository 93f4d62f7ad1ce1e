import base from "@momentum/eslint-config";

export default base;

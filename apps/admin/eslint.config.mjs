import base from "@momentum/eslint-config";
import globals from "globals";

export default [...base, { languageOptions: { globals: { ...globals.browser } } }];

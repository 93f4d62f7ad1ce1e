// `import "@momentum/node-runtime/check"` as an entry point's first import: the check runs before
// anything else is loaded, so an old Node fails with a clear message rather than on some dependency.
"use strict";

require("./index.cjs").requireSupportedNode();

/** The major the packages are compiled for (tooling/typescript), typed against (@types/node) and tested on. */
export declare const SUPPORTED_NODE_MAJOR: number;
/** How to run Momentum on the supported Node, for messages that refuse another one. */
export declare const HOW_TO_RUN: string;
/** Why Node.js `version` ("20.20.2", as in process.versions.node) cannot run Momentum, or undefined. */
export declare function unsupportedNodeReason(version: string): string | undefined;
/** Prints which Node runs this process; on an older Node, says so and how to get the right one, and exits 1. */
export declare function requireSupportedNode(name?: string): void;

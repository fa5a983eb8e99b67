// The Content-Security-Policy of every page lives in scripts/page-headers.cjs, the preload that sets
// it (with a fresh nonce per request) before Next.js sees a page request: a preload cannot import
// TypeScript. Re-exported here, typed, for the tests and server code (next.config.mjs imports the preload itself).
import pageHeaders from "../../../scripts/page-headers.cjs";

export const { newNonce, frameAncestors, contentSecurityPolicy, HSTS, servedOverHttps } = pageHeaders;

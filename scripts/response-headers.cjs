// The response headers next.config.mjs gives what Next serves, in plain CommonJS so the preloads
// (page-headers.cjs, trpc-direct.cjs) use the same values for what they answer themselves.
"use strict";

/** HSTS for answers that came over HTTPS (browsers ignore it over HTTP). */
const HSTS = "max-age=63072000; includeSubDomains";

/** What every answer gets. */
const COMMON_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

/** API answers are JSON: a policy that allows nothing (LTI's HTML endpoints set their own). */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

module.exports = { HSTS, COMMON_HEADERS, API_CSP };

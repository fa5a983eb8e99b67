// @ts-check
// Plain JavaScript, not next.config.ts: a TypeScript config makes every `next start` worker load
// Next's SWC compiler (a native module of about 24 MB resident) only to compile this file.
import responseHeaders from "../../scripts/response-headers.cjs";

const { HSTS, COMMON_HEADERS, API_CSP } = responseHeaders;

// Every page's Content-Security-Policy (with a per-request script nonce), X-Frame-Options and HSTS
// are set by scripts/page-headers.cjs; API answers are JSON, and still get a policy that allows nothing.
// tRPC calls served by scripts/trpc-direct.cjs (outside Next) get the same headers from there.

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Workspace packages ship TypeScript source; Next compiles them.
  transpilePackages: ["@defuse/api", "@defuse/content", "@defuse/db", "@defuse/roleplay"],
  // Native or WASM-backed server dependencies are loaded by Node at run time, not bundled.
  // @react-email/render loads react-dom/server, which the server-components build refuses; Node loads it (emails).
  // undici (the outbound guard's HTTP client, @defuse/api services/outbound) carries its own WASM parser.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "@react-email/render", "undici"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: Object.entries(COMMON_HEADERS).map(([key, value]) => ({ key, value })),
      },
      // Pages get X-Frame-Options from scripts/page-headers.cjs (unless LTI_FRAME_ANCESTORS lets an LMS frame them);
      // the API is never framed.
      { source: "/api/:path*", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      // LTI endpoints answer LMS platforms with small HTML pages (auto-posting forms) that set their
      // own narrower policy (server/lti.ts), so the nothing-allowed API policy skips them.
      { source: "/api/((?!lti/).*)", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
      // HSTS on everything served through a TLS-terminating proxy (browsers ignore it over HTTP).
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [{ key: "Strict-Transport-Security", value: HSTS }] },
    ];
  },
};

export default nextConfig;

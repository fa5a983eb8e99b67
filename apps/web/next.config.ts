import type { NextConfig } from "next";

// LMS origins allowed to show Defuse in an iframe after an LTI launch (space-separated, read when
// the app is built), e.g. LTI_FRAME_ANCESTORS="https://moodle.example.edu https://school.instructure.com".
// Without it no site may frame Defuse, and LMS launches must open in a new window.
const ltiFrameAncestors = (process.env.LTI_FRAME_ANCESTORS ?? "").split(/\s+/).filter((o) => /^https?:\/\/[^\s;'"]+$/.test(o));

// Content-Security-Policy: no third-party origins at all; inline styles/scripts are needed by
// Next's runtime bootstrap.
const csp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  ltiFrameAncestors.length ? `frame-ancestors 'self' ${ltiFrameAncestors.join(" ")}` : "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Workspace packages ship TypeScript source; Next compiles them.
  transpilePackages: ["@defuse/api", "@defuse/content", "@defuse/db", "@defuse/roleplay"],
  // Native or WASM-backed server dependencies are loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  async headers() {
    return [
      {
        // LTI endpoints (/api/lti/*) answer platforms and set their own narrower CSP (server/lti.ts).
        source: "/((?!api/lti/).*)",
        headers: [
          { key: "Content-Security-Policy", value: csp },
          ...(ltiFrameAncestors.length ? [] : [{ key: "X-Frame-Options", value: "DENY" }]),
        ],
      },
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;

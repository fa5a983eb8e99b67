import type { IncomingMessage } from "node:http";

/** Types of page-headers.cjs (the page CSP preload), for apps/web/server/csp.ts and the tests. */
declare const pageHeaders: {
  newNonce(): string;
  frameAncestors(value?: string): string[];
  contentSecurityPolicy(nonce: string, opts?: { dev?: boolean; frameAncestors?: string[] }): string;
  HSTS: string;
  servedOverHttps(encrypted: boolean | undefined, forwardedProto: string | string[] | undefined): boolean;
  pageHeaders(
    req: Pick<IncomingMessage, "url" | "headers"> & { socket?: { encrypted?: boolean } },
    opts: { dev: boolean; ancestors: string[] },
  ): { redirect: string } | { nonce: string; csp: string; frameDeny: boolean; hsts: boolean } | null;
  install(): void;
};
export = pageHeaders;

import { describe, expect, it } from "vitest";
import { playwrightSkipped, vitestSkipped } from "./test-summary.mjs";

// Shapes as written by `vitest run --reporter=json` and Playwright's json reporter.
describe("the test-all summary names skipped tests", () => {
  it("lists vitest tests that were skipped or left as todo, with their file", () => {
    const report = {
      numPendingTests: 2,
      numTodoTests: 1,
      testResults: [
        {
          name: "/repo/packages/api/test/a.test.ts",
          assertionResults: [
            { fullName: "a runs", status: "passed" },
            { fullName: "a needs redis", status: "skipped" },
            { fullName: "a later", status: "todo" },
          ],
        },
        { name: "/repo/apps/web/server/b.test.ts", assertionResults: [{ fullName: "b on postgres", status: "pending" }] },
      ],
    };
    expect(vitestSkipped(report, "/repo")).toEqual([
      "packages/api/test/a.test.ts › a needs redis",
      "packages/api/test/a.test.ts › a later",
      "apps/web/server/b.test.ts › b on postgres",
    ]);
  });

  it("lists Playwright tests whose outcome was skipped, however deep their suite", () => {
    const report = {
      stats: { expected: 1, skipped: 1, unexpected: 0 },
      suites: [
        {
          title: "security.spec.ts",
          file: "security.spec.ts",
          specs: [{ title: "413 for a big body", file: "security.spec.ts", tests: [{ status: "expected" }] }],
          suites: [{ title: "over https", file: "security.spec.ts", specs: [{ title: "HSTS header", file: "security.spec.ts", tests: [{ status: "skipped" }] }] }],
        },
      ],
    };
    expect(playwrightSkipped(report)).toEqual(["security.spec.ts › over https › HSTS header"]);
  });

  it("returns nothing for a missing report", () => {
    expect(vitestSkipped(null, "/repo")).toEqual([]);
    expect(playwrightSkipped(null)).toEqual([]);
  });
});

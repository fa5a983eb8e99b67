// Names of the tests a run skipped, from the JSON reports test-all.mjs asks vitest and Playwright
// for, so the summary never hides a test that did not run.
import path from "node:path";

const VITEST_SKIPPED = new Set(["skipped", "pending", "todo", "disabled"]);

/** "file › full name" for every vitest test that did not run. */
export function vitestSkipped(report, root) {
  if (!report?.testResults) return [];
  return report.testResults.flatMap((file) =>
    (file.assertionResults ?? [])
      .filter((t) => VITEST_SKIPPED.has(t.status))
      .map((t) => `${path.relative(root, file.name)} › ${t.fullName}`),
  );
}

/** "file › suite › test" for every Playwright test whose outcome was skipped. */
export function playwrightSkipped(report) {
  if (!report?.suites) return [];
  const names = [];
  const walk = (suite, titles) => {
    const here = suite.title && suite.title !== suite.file ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      if ((spec.tests ?? []).some((t) => t.status === "skipped")) names.push([spec.file ?? suite.file, ...here, spec.title].join(" › "));
    }
    for (const child of suite.suites ?? []) walk(child, here);
  };
  for (const s of report.suites) walk(s, []);
  return names;
}

/** The rubric checker (issue 13): every problem named by its path, the weights' total, the limits. */
import { describe, expect, it } from "vitest";
import { catalogue } from "@defuse/content";
import { checkRubricDocument, weightTotal } from "../src/services/authoring/rubricCheck";

const base = () => structuredClone(catalogue.rubrics.find((r) => r.id === "core-deescalation")!);

describe("checkRubricDocument", () => {
  it("accepts every built-in rubric unchanged", () => {
    for (const r of catalogue.rubrics) expect(checkRubricDocument(r)).toEqual({ ok: true, rubric: r });
  });

  it("names a bad weight by its path and reports the total when weights do not sum to 100", () => {
    const r = base();
    (r.criteria[2] as { weight: unknown }).weight = "ten";
    const out = checkRubricDocument(r);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors.map((e) => e.path)).toContain("criteria[2].weight");
    // the total leaves out what is not a number, and is reported even while other fields fail
    expect(out.errors).toContainEqual({ path: "criteria", message: `the weights add up to ${100 - base().criteria[2]!.weight}; they must add up to exactly 100` });
  });

  it("refuses weights that are all valid but do not add up to 100, with the total", () => {
    const r = base();
    r.criteria[0]!.weight += 3;
    expect(weightTotal(r)).toBe(103);
    expect(checkRubricDocument(r)).toEqual({ ok: false, errors: [{ path: "criteria", message: "the weights add up to 103; they must add up to exactly 100" }] });
  });

  it("names duplicate ids, unknown labels, a bad trigger, an out-of-range pass mark and over-long text", () => {
    const r = base() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    r.criteria[1].id = r.criteria[0].id;
    r.criteria[3].evidenceFor = ["mind_reading"];
    r.critical[0].trigger = "sarcasm";
    r.passMark = -1;
    r.criteria[0].description = "x".repeat(1_001);
    const out = checkRubricDocument(r);
    if (out.ok) throw new Error("expected errors");
    const paths = out.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["criteria[3].evidenceFor[0]", "critical[0].trigger", "passMark", "criteria[0].description"]));
    expect(out.errors.find((e) => e.path === "criteria[0].description")?.message).toBe("at most 1000 characters (this has 1001)");
    const dup = base();
    dup.criteria[1]!.id = dup.criteria[0]!.id;
    expect(checkRubricDocument(dup)).toMatchObject({ ok: false, errors: [{ path: "criteria[1].id" }] });
  });

  it("keeps text as typed: markup is just characters, never refused or rewritten", () => {
    const r = base();
    r.criteria[0]!.title = "<b>Listening</b> & <script>x</script>";
    const out = checkRubricDocument(r);
    expect(out.ok && out.rubric.criteria[0]!.title).toBe("<b>Listening</b> & <script>x</script>");
  });
});

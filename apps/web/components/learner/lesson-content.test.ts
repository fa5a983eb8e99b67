import { describe, expect, it } from "vitest";
import { catalogue, catalogueVersion, contentVersion } from "@defuse/content";
import { escapeHtml } from "./markdown";
import { lessonContentHtml as htmlOf, type LessonContent } from "./lesson-content";

const lessonContentHtml = (l: LessonContent, version = "test-version") => htmlOf(l, version);
const lesson = (over: Partial<LessonContent> = {}): LessonContent => ({
  id: "test-lesson",
  objectives: ["Name the feeling"],
  body: "People calm down when **heard**.",
  examples: [{ situation: "A late refund", weak: "Calm down.", strong: "I can see why that worries you.", why: "It names the feeling." }],
  ...over,
});

describe("a lesson's shared content", () => {
  it("shows the objectives, the text and each worked example with its weaker and stronger reply", () => {
    const html = lessonContentHtml(lesson({ id: "shows" }));
    expect(html).toContain('<h2 id="objectives-heading" class="font-semibold">By the end you will be able to</h2>');
    expect(html).toContain("<li>Name the feeling</li>");
    expect(html).toContain("<p>People calm down when <strong>heard</strong>.</p>");
    expect(html).toContain('<h2 id="examples-heading" class="text-xl font-semibold">Worked examples</h2>');
    expect(html).toContain('<h3 class="font-semibold">Example 1</h3>');
    expect(html).toContain("<p>“Calm down.”</p>");
    expect(html).toContain("<p>“I can see why that worries you.”</p>");
    expect(html).toContain("</span> It names the feeling.</p>");
  });

  it("escapes every text from the content", () => {
    const html = lessonContentHtml(
      lesson({ id: "escapes", objectives: ['<img src=x onerror="alert(1)">'], examples: [{ situation: "<script>x</script>", weak: "a & b", strong: "'s'", why: "<b>" }] }),
    );
    expect(html).not.toMatch(/<img|<script|<b>/);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain("a &amp; b");
  });

  it("is made once per content version: the same version reuses it, a changed catalogue shows the new text", () => {
    expect(lessonContentHtml(lesson({ id: "versions", body: "First wording." }), "v1")).toContain("First wording.");
    expect(lessonContentHtml(lesson({ id: "versions", body: "Another wording." }), "v1")).toContain("First wording."); // kept
    expect(lessonContentHtml(lesson({ id: "versions", body: "Second wording." }), "v2")).toContain("Second wording.");
  });

  it("never shows a lesson's old text after the catalogue changes, even when its version number stays", () => {
    const original = catalogue.modules[0]!.lessons[0]!;
    expect(lessonContentHtml(original, contentVersion())).toContain(`<li>${escapeHtml(original.objectives[0]!)}</li>`);
    const edited = structuredClone(catalogue);
    const lessonNow = edited.modules[0]!.lessons[0]!;
    lessonNow.objectives[0] = "A freshly written objective";
    expect(lessonNow.version).toBe(original.version);
    const html = lessonContentHtml(lessonNow, catalogueVersion(edited));
    expect(html).toContain("<li>A freshly written objective</li>");
    expect(html).not.toContain(`<li>${escapeHtml(original.objectives[0]!)}</li>`);
  });
});

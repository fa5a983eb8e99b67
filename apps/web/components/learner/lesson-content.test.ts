import { describe, expect, it } from "vitest";
import { lessonContentHtml, type LessonContent } from "./lesson-content";

const lesson = (over: Partial<LessonContent> = {}): LessonContent => ({
  id: "test-lesson",
  version: 1,
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

  it("is made once per lesson version: a new version of the lesson shows its new text", () => {
    expect(lessonContentHtml(lesson({ id: "versions", body: "First wording." }))).toContain("First wording.");
    expect(lessonContentHtml(lesson({ id: "versions", body: "First wording." }))).toContain("First wording.");
    expect(lessonContentHtml(lesson({ id: "versions", version: 2, body: "Second wording." }))).toContain("Second wording.");
  });
});

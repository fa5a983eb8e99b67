import { describe, expect, it } from "vitest";
import { markdownToHtml } from "./markdown";

describe("lesson Markdown", () => {
  it("renders headings, lists, quotes and emphasis as the lesson page shows them", () => {
    const html = markdownToHtml("## Why it works\nPeople calm down when **heard**.\n\n- Name the feeling\n- Offer a _next step_\n\n1. Listen\n2. Act\n\n> Slow is smooth");
    expect(html).toBe(
      '<h3 class="mt-6 text-lg font-semibold text-slate-900">Why it works</h3>' +
        "<p>People calm down when <strong>heard</strong>.</p>" +
        '<ul class="ml-6 list-disc space-y-1"><li>Name the feeling</li><li>Offer a <em>next step</em></li></ul>' +
        '<ol class="ml-6 list-decimal space-y-1"><li>Listen</li><li>Act</li></ol>' +
        '<blockquote class="border-l-4 border-brand-100 pl-4 italic text-slate-700">Slow is smooth</blockquote>',
    );
  });

  it("never lets markup in the text through: everything is escaped", () => {
    const html = markdownToHtml('<script>alert("x")</script> & **<img src=x onerror=alert(1)>** `<b>`');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;");
    expect(html).toContain("<strong>&lt;img src=x onerror=alert(1)&gt;</strong>");
    expect(html).toContain('<code class="rounded bg-slate-100 px-1">&lt;b&gt;</code>');
  });
});

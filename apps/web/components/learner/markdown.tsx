/**
 * A deliberately small Markdown renderer for lesson bodies (headings, paragraphs, lists, quotes,
 * bold, italic, inline code). Runs on the server and ships no JavaScript.
 *
 * Lesson text is the same for every learner, so it is turned into HTML once per text (a new
 * content version is a new text) and kept in a bounded per-process map: React then serialises one
 * string instead of building and walking hundreds of elements on every request. Every character
 * of the source is escaped; the only markup is the tags written here, so no HTML from the content
 * ever reaches the page.
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function inline(text: string): string {
  let out = "";
  const re = /(\*\*[^*]+\*\*|\*[^*]+\*|_[^_]+_|`[^`]+`)/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > last) out += escapeHtml(text.slice(last, m.index));
    const tok = m[0];
    if (tok.startsWith("**")) out += `<strong>${escapeHtml(tok.slice(2, -2))}</strong>`;
    else if (tok.startsWith("`")) out += `<code class="rounded bg-slate-100 px-1">${escapeHtml(tok.slice(1, -1))}</code>`;
    else out += `<em>${escapeHtml(tok.slice(1, -1))}</em>`;
    last = m.index + tok.length;
  }
  if (last < text.length) out += escapeHtml(text.slice(last));
  return out;
}

/** The HTML for a Markdown text (without the wrapping element); exported for tests. */
export function markdownToHtml(source: string, headingOffset = 1): string {
  const blocks = source.replace(/\r\n/g, "\n").split(/\n{2,}/);
  let html = "";
  for (const block of blocks) {
    const lines = block.split("\n").filter((l) => l.trim() !== "");
    if (lines.length === 0) continue;
    // A heading may be followed by text in the same block.
    const h = /^(#{1,6})\s+(.*)$/.exec(lines[0]!);
    if (h) {
      const level = Math.min(6, h[1]!.length + headingOffset);
      html += `<h${level} class="mt-6 text-lg font-semibold text-slate-900">${inline(h[2]!)}</h${level}>`;
      lines.shift();
      if (lines.length === 0) continue;
    }
    if (lines.every((l) => /^\s*[-*]\s+/.test(l))) {
      html += `<ul class="ml-6 list-disc space-y-1">${lines.map((l) => `<li>${inline(l.replace(/^\s*[-*]\s+/, ""))}</li>`).join("")}</ul>`;
    } else if (lines.every((l) => /^\s*\d+[.)]\s+/.test(l))) {
      html += `<ol class="ml-6 list-decimal space-y-1">${lines.map((l) => `<li>${inline(l.replace(/^\s*\d+[.)]\s+/, ""))}</li>`).join("")}</ol>`;
    } else if (lines.every((l) => l.startsWith(">"))) {
      html += `<blockquote class="border-l-4 border-brand-100 pl-4 italic text-slate-700">${inline(lines.map((l) => l.replace(/^>\s?/, "")).join(" "))}</blockquote>`;
    } else {
      html += `<p>${inline(lines.join(" "))}</p>`;
    }
  }
  return html;
}

// The curriculum is finite (a few hundred texts); the cap only guards against unbounded growth.
const rendered = new Map<string, string>();
const MAX_ENTRIES = 2000;

/**
 * The HTML `render` makes, kept per process under `key`: for curriculum that is the same for every
 * learner, so the key must name everything the HTML depends on (the text itself, or an item's id
 * and content version).
 */
export function cachedHtml(key: string, render: () => string): string {
  let html = rendered.get(key);
  if (html === undefined) {
    html = render();
    if (rendered.size >= MAX_ENTRIES) rendered.delete(rendered.keys().next().value!);
    rendered.set(key, html);
  }
  return html;
}

/** The classes of the element a Markdown text renders into. */
export const MARKDOWN_CLASS = "space-y-4 leading-relaxed text-slate-800";

export function Markdown({ source, headingOffset = 1 }: { source: string; headingOffset?: number }) {
  return (
    <div
      className={MARKDOWN_CLASS}
      // Built by markdownToHtml above from escaped text only (see the file comment).
      dangerouslySetInnerHTML={{ __html: cachedHtml(`md:${headingOffset}\u0000${source}`, () => markdownToHtml(source, headingOffset)) }}
    />
  );
}

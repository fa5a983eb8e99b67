import type { ReactNode } from "react";

/**
 * A deliberately small Markdown renderer for lesson bodies (headings, paragraphs, lists, quotes,
 * bold, italic, inline code). Runs on the server, ships no JavaScript, and never injects HTML.
 */
function inline(text: string, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  const re = /(\*\*[^*]+\*\*|\*[^*]+\*|_[^_]+_|`[^`]+`)/g;
  let last = 0;
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = re.exec(text))) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const tok = m[0];
    const k = `${key}-${i++}`;
    if (tok.startsWith("**")) out.push(<strong key={k}>{tok.slice(2, -2)}</strong>);
    else if (tok.startsWith("`")) out.push(<code key={k} className="rounded bg-slate-100 px-1">{tok.slice(1, -1)}</code>);
    else out.push(<em key={k}>{tok.slice(1, -1)}</em>);
    last = m.index + tok.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function Markdown({ source, headingOffset = 1 }: { source: string; headingOffset?: number }) {
  const blocks = source.replace(/\r\n/g, "\n").split(/\n{2,}/);
  const nodes: ReactNode[] = [];
  blocks.forEach((block, b) => {
    const lines = block.split("\n").filter((l) => l.trim() !== "");
    if (lines.length === 0) return;
    const key = `b${b}`;
    // A heading may be followed by text in the same block.
    const h = /^(#{1,6})\s+(.*)$/.exec(lines[0]!);
    if (h) {
      const level = Math.min(6, h[1]!.length + headingOffset);
      const Tag = `h${level}` as "h2";
      nodes.push(
        <Tag key={`${key}h`} className="mt-6 text-lg font-semibold text-slate-900">
          {inline(h[2]!, key)}
        </Tag>,
      );
      lines.shift();
      if (lines.length === 0) return;
    }
    if (lines.every((l) => /^\s*[-*]\s+/.test(l))) {
      nodes.push(
        <ul key={key} className="ml-6 list-disc space-y-1">
          {lines.map((l, i) => (
            <li key={i}>{inline(l.replace(/^\s*[-*]\s+/, ""), `${key}-${i}`)}</li>
          ))}
        </ul>,
      );
    } else if (lines.every((l) => /^\s*\d+[.)]\s+/.test(l))) {
      nodes.push(
        <ol key={key} className="ml-6 list-decimal space-y-1">
          {lines.map((l, i) => (
            <li key={i}>{inline(l.replace(/^\s*\d+[.)]\s+/, ""), `${key}-${i}`)}</li>
          ))}
        </ol>,
      );
    } else if (lines.every((l) => l.startsWith(">"))) {
      nodes.push(
        <blockquote key={key} className="border-l-4 border-brand-100 pl-4 italic text-slate-700">
          {inline(lines.map((l) => l.replace(/^>\s?/, "")).join(" "), key)}
        </blockquote>,
      );
    } else {
      nodes.push(<p key={key}>{inline(lines.join(" "), key)}</p>);
    }
  });
  return <div className="space-y-4 leading-relaxed text-slate-800">{nodes}</div>;
}

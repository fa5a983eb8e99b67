import { Badge, cx } from "@/components/ui";
import { messageOf } from "@/lib/errors";
import type { SaveState } from "./use-draft-autosave";

/**
 * The top of the scenario and rubric editors: the title, whether it is a draft, published or
 * archived (and its latest version), its key, and whether what was typed is saved.
 */
export function EditorHeader(props: {
  title: string;
  status: string;
  publishedVersion: number | null;
  /** How the latest version is described: "is live" for a scenario, "is the latest published" for a rubric. */
  latestIs: string;
  itemKey: string;
  state: SaveState;
  saveError: unknown;
}) {
  const { status, state } = props;
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900">{props.title}</h1>
        <p className="mt-1 text-slate-700">
          <Badge tone={status === "PUBLISHED" ? "good" : status === "ARCHIVED" ? "neutral" : "warn"}>{status === "PUBLISHED" ? "Published" : status === "ARCHIVED" ? "Archived" : "Draft"}</Badge>{" "}
          {props.publishedVersion ? `Version ${props.publishedVersion} ${props.latestIs}.` : "Not published yet."} Id <code className="break-all">{props.itemKey}</code>
        </p>
      </div>
      <p role="status" aria-live="polite" className={cx("text-sm font-medium", state === "failed" ? "text-heat" : state === "saved" ? "text-emerald-800" : "text-slate-700")}>
        {state === "saved" ? "All changes saved" : state === "saving" ? "Saving…" : state === "failed" ? `Not saved: ${messageOf(props.saveError)}` : "Unsaved changes"}
      </p>
    </div>
  );
}

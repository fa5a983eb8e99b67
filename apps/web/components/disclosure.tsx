"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/**
 * The behaviour of a disclosure button and its panel: open state, ids and refs, closing on Escape
 * (focus back on the button), on a click outside `root` and on moving to another page.
 * `keepOnEscape` lets an outer disclosure leave an Escape to an inner one that is open.
 */
export function useDisclosure<T extends HTMLElement>(keepOnEscape?: (root: T) => boolean) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<T>(null);
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  const keep = useRef(keepOnEscape);
  keep.current = keepOnEscape;

  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && !(root.current && keep.current?.(root.current))) {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);
  return { open, setOpen, id, root, button };
}

/**
 * A button that shows and hides a small panel under it (the disclosure pattern, not an ARIA
 * menu): the button says whether the panel is open (aria-expanded); Escape closes it and puts
 * focus back on the button; a click elsewhere or moving to another page closes it too. The panel's
 * content is rendered on the server (links, the sign-out form) and passed in as children.
 */
export function Disclosure({ label, current = false, align = "left", children }: { label: ReactNode; current?: boolean; align?: "left" | "right"; children: ReactNode }) {
  const { open, setOpen, id, root, button } = useDisclosure<HTMLDivElement>();

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className={`flex items-center gap-1 rounded-md px-2.5 py-2 text-sm font-medium hover:bg-slate-100 hover:text-slate-900 ${current ? "text-slate-900" : "text-slate-700"}`}
      >
        {label}
        <svg aria-hidden="true" viewBox="0 0 20 20" className={`h-4 w-4 transition-transform motion-reduce:transition-none ${open ? "rotate-180" : ""}`}>
          <path fill="currentColor" d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
        </svg>
      </button>
      <div
        id={id}
        hidden={!open}
        className={`absolute z-40 mt-1 min-w-48 rounded-md border border-slate-200 bg-white py-1 shadow-lg ${align === "right" ? "right-0" : "left-0"}`}
      >
        {children}
      </div>
    </div>
  );
}

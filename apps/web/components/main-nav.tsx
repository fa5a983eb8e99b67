"use client";

import type { ReactNode } from "react";
import { useDisclosure } from "./disclosure";

/**
 * The header's main navigation. From the `md` breakpoint up its links sit in the bar; below it
 * (a phone) they hide behind one "Menu" button (the disclosure pattern: aria-expanded, Escape closes
 * and returns focus, a click elsewhere or a new page closes), so the header stays one row high
 * instead of wrapping into three. The links themselves are rendered on the server and passed in.
 */
export function MainNav({ children }: { children: ReactNode }) {
  // A Learning menu open inside the panel closes first (it handles the same Escape).
  const { open, setOpen, id, root, button } = useDisclosure<HTMLElement>((nav) => !!nav.querySelector("[aria-expanded=true]:not([data-main-menu])"));

  return (
    <nav ref={root} aria-label="Main" className="flex flex-1 justify-end md:justify-start">
      <button
        ref={button}
        type="button"
        data-main-menu
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="flex items-center gap-1.5 rounded-md px-2.5 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 md:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5">
          <path fill="currentColor" d="M3 5h14v1.8H3zM3 9.1h14v1.8H3zM3 13.2h14V15H3z" />
        </svg>
        Menu
      </button>
      <div
        id={id}
        className={`${open ? "flex" : "hidden"} absolute inset-x-0 top-full z-40 flex-col gap-1 border-b border-slate-200 bg-white px-4 py-2 shadow-lg md:static md:flex md:flex-1 md:flex-row md:flex-wrap md:border-0 md:p-0 md:shadow-none`}
      >
        {children}
      </div>
    </nav>
  );
}

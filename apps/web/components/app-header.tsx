"use client";

import type { Role } from "@defuse/api";
import { signOutAction } from "@/app/sign-out-action";
import { Disclosure } from "./disclosure";
import { MainNav } from "./main-nav";
import { headerNavFor } from "./nav-items";
import { usePlainLinkNavigation } from "./plain-link-navigation";

const ROLE_LABEL = { ADMIN: "Admin", TRAINER: "Trainer", LEARNER: "Learner" } as const;
const barLink = "rounded-md px-2.5 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900";
const panelItem = "block w-full px-3 py-2 text-left text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus:bg-slate-100";

export interface AppHeaderProps {
  name: string;
  role: Role;
  /** A temporary password: every other page sends them back until they choose their own, so offer none. */
  bare: boolean;
  /** Turn clicks on plain same-origin links into client-side navigations (usePlainLinkNavigation): the (app) pages. */
  plainLinks?: boolean;
}

/**
 * The header of every signed-in page, one client component rendered from three plain props (issue 16,
 * perf26). It was a server component holding client ones (the main navigation, two menus, the sign-out
 * form's inline action), so every render, a page memo miss included, serialised the whole header's
 * markup and its client references into the page's RSC payload; now the payload carries only the
 * props, and the links are built here from nav-items.ts. Its links are plain anchors: with
 * `plainLinks` (the (app) layout) it also runs usePlainLinkNavigation's listener, which makes a click on
 * one (or on any plain link of the page) a client-side navigation, as next/link does.
 */
export function AppHeader({ name, role, bare, plainLinks = false }: AppHeaderProps) {
  usePlainLinkNavigation(plainLinks);
  const nav = bare ? { bar: [], learning: [] } : headerNavFor(role);
  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-x-2 px-4 py-3 md:gap-x-4">
        <a href="/dashboard" className="text-lg font-semibold text-brand-700">
          Defuse
        </a>
        <MainNav>
          {nav.bar.map((item) => (
            <a key={item.href} href={item.href} className={barLink}>
              {item.label}
            </a>
          ))}
          {nav.learning.length ? (
            <Disclosure label="Learning">
              <ul>
                {nav.learning.map((item) => (
                  <li key={item.href}>
                    <a href={item.href} className={panelItem}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </Disclosure>
          ) : null}
        </MainNav>
        <Disclosure
          align="right"
          label={
            <span>
              <span className="text-slate-900">{name}</span> <span className="font-normal text-slate-600">· {ROLE_LABEL[role]}</span>
            </span>
          }
        >
          <a href="/account/password" className={panelItem}>
            Change password
          </a>
          <a href="/account/notifications" className={panelItem}>
            Email reminders
          </a>
          <form action={signOutAction}>
            <button type="submit" className={panelItem}>
              Sign out
            </button>
          </form>
        </Disclosure>
      </div>
    </header>
  );
}

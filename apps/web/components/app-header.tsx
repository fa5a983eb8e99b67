import Link from "next/link";
import type { SessionUser } from "@defuse/api";
import { signOut } from "@/server/auth";
import { Disclosure } from "./disclosure";
import { MainNav } from "./main-nav";
import { headerNavFor } from "./nav-items";

const ROLE_LABEL = { ADMIN: "Admin", TRAINER: "Trainer", LEARNER: "Learner" } as const;
const barLink = "rounded-md px-2.5 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900";
const panelItem = "block w-full px-3 py-2 text-left text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus:bg-slate-100";

export function AppHeader({ user }: { user: SessionUser }) {
  // Until they choose their own password every other page sends them back, so offer none.
  const nav = user.mustChangePassword ? { bar: [], learning: [] } : headerNavFor(user.role);
  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-x-2 px-4 py-3 md:gap-x-4">
        <Link href="/dashboard" className="text-lg font-semibold text-brand-700">
          Defuse
        </Link>
        <MainNav>
          {nav.bar.map((item) => (
            <Link key={item.href} href={item.href} className={barLink}>
              {item.label}
            </Link>
          ))}
          {nav.learning.length ? (
            <Disclosure label="Learning">
              <ul>
                {nav.learning.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className={panelItem}>
                      {item.label}
                    </Link>
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
              <span className="text-slate-900">{user.name}</span> <span className="font-normal text-slate-600">· {ROLE_LABEL[user.role]}</span>
            </span>
          }
        >
          <Link href="/account/password" className={panelItem}>
            Change password
          </Link>
          <Link href="/account/notifications" className={panelItem}>
            Email reminders
          </Link>
          <form
            action={async () => {
              "use server";
              await signOut({ redirectTo: "/login" });
            }}
          >
            <button type="submit" className={panelItem}>
              Sign out
            </button>
          </form>
        </Disclosure>
      </div>
    </header>
  );
}

import type { SessionUser } from "@defuse/api";
import { signOut } from "@/server/auth";
import { Disclosure } from "./disclosure";
import { MainNav } from "./main-nav";
import { headerNavFor } from "./nav-items";

const ROLE_LABEL = { ADMIN: "Admin", TRAINER: "Trainer", LEARNER: "Learner" } as const;
const barLink = "rounded-md px-2.5 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900";
const panelItem = "block w-full px-3 py-2 text-left text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus:bg-slate-100";

/**
 * The header of every signed-in page. Its links are plain anchors: PlainLinkNavigation (rendered
 * beside it by the (app) layout) makes a click on one a client-side navigation, as next/link does,
 * without a client component to render per link on every page view.
 */
export function AppHeader({ user }: { user: SessionUser }) {
  // Until they choose their own password every other page sends them back, so offer none.
  const nav = user.mustChangePassword ? { bar: [], learning: [] } : headerNavFor(user.role);
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
              <span className="text-slate-900">{user.name}</span> <span className="font-normal text-slate-600">· {ROLE_LABEL[user.role]}</span>
            </span>
          }
        >
          <a href="/account/password" className={panelItem}>
            Change password
          </a>
          <a href="/account/notifications" className={panelItem}>
            Email reminders
          </a>
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

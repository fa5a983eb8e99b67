import Link from "next/link";
import type { SessionUser } from "@defuse/api";
import { signOut } from "@/server/auth";
import { navFor } from "./nav-items";

const ROLE_LABEL = { ADMIN: "Admin", TRAINER: "Trainer", LEARNER: "Learner" } as const;

export function AppHeader({ user }: { user: SessionUser }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/dashboard" className="text-lg font-semibold text-brand-700">
          Defuse
        </Link>
        <nav aria-label="Main" className="flex flex-1 flex-wrap gap-1">
          {/* Until they choose their own password every other page sends them back, so offer none. */}
          {(user.mustChangePassword ? [] : navFor(user.role)).map((item) => (
            <Link key={item.href} href={item.href} className="rounded-md px-2.5 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900">
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="flex items-center gap-3 text-sm">
          <span className="text-slate-700">
            <span className="font-medium text-slate-900">{user.name}</span> · {ROLE_LABEL[user.role]}
          </span>
          <Link href="/account/password" className="rounded-md px-2 py-1.5 font-medium text-brand-700 underline-offset-2 hover:underline">
            Change password
          </Link>
          <form
            action={async () => {
              "use server";
              await signOut({ redirectTo: "/login" });
            }}
          >
            <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-100">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}

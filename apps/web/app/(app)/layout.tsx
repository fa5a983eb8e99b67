import type { ReactNode } from "react";
import { AppHeader } from "@/components/app-header";
import { requireUser } from "@/server/session";

/** Every page under (app) needs a signed-in, active user; checked here on the server. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <AppHeader name={user.name} role={user.role} bare={!!user.mustChangePassword} plainLinks />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}

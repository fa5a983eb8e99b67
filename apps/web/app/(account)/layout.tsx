import type { ReactNode } from "react";
import { AppHeader } from "@/components/app-header";
import { requireUser } from "@/server/session";

/**
 * The signed-in person's own account pages. Beside (app) rather than inside it: the (app) layout
 * sends anyone with a temporary password here, so this page cannot sit under that layout.
 */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const user = await requireUser(undefined, { allowPendingPasswordChange: true });
  return (
    <>
      <AppHeader name={user.name} role={user.role} bare={!!user.mustChangePassword} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}

import type { Role } from "@defuse/api";

export interface NavItem {
  href: string;
  label: string;
  roles: Role[];
}

const everyone: Role[] = ["LEARNER", "TRAINER", "ADMIN"];
export const STAFF_ROLES: Role[] = ["TRAINER", "ADMIN"];

/** The signed-in navigation. A page is listed for the roles its server check lets in. */
export const NAV_ITEMS: NavItem[] = [
  { href: "/dashboard", label: "Dashboard", roles: everyone },
  { href: "/trainer", label: "Cohorts", roles: ["TRAINER"] },
  { href: "/trainer/reviews", label: "Reviews", roles: STAFF_ROLES },
  { href: "/trainer/agreement", label: "Scoring agreement", roles: STAFF_ROLES },
  { href: "/admin/people", label: "People", roles: ["ADMIN"] },
  { href: "/admin/cohorts", label: "Cohorts", roles: ["ADMIN"] },
  { href: "/admin/settings", label: "Settings", roles: ["ADMIN"] },
  { href: "/admin/audit", label: "Audit log", roles: ["ADMIN"] },
  { href: "/courses", label: "Courses", roles: everyone },
  { href: "/practice", label: "Practice", roles: everyone },
  { href: "/progress", label: "Progress", roles: everyone },
];

export function navFor(role: Role) {
  return NAV_ITEMS.filter((i) => i.roles.includes(role));
}

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
  { href: "/trainer/scenarios", label: "Scenarios", roles: STAFF_ROLES },
  { href: "/admin/people", label: "People", roles: ["ADMIN"] },
  { href: "/admin/cohorts", label: "Cohorts", roles: ["ADMIN"] },
  { href: "/admin/settings", label: "Settings", roles: ["ADMIN"] },
  { href: "/admin/audit", label: "Audit log", roles: ["ADMIN"] },
  { href: "/courses", label: "Courses", roles: everyone },
  { href: "/practice", label: "Practice", roles: everyone },
  { href: "/progress", label: "Progress", roles: everyone },
];

const LEARNING = new Set(["/courses", "/practice", "/progress"]);

export function navFor(role: Role) {
  return NAV_ITEMS.filter((i) => i.roles.includes(role));
}

/**
 * The header's layout of navFor: learners see every page in the bar; trainers and admins, whose
 * bar holds their own tools, find the learner pages under one "Learning" menu so the bar stays on
 * one line.
 */
export function headerNavFor(role: Role): { bar: NavItem[]; learning: NavItem[] } {
  const items = navFor(role);
  if (role === "LEARNER") return { bar: items, learning: [] };
  return { bar: items.filter((i) => !LEARNING.has(i.href)), learning: items.filter((i) => LEARNING.has(i.href)) };
}

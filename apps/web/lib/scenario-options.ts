import type { AppRouter, inferRouterOutputs } from "@defuse/api";

type Listed = inferRouterOutputs<AppRouter>["authoring"]["list"];

/**
 * Every scenario a trainer may filter history by: the built-in ones, then the organisation's own
 * that were ever published (archived ones too, since their attempts stay), each by its title.
 */
export function scenarioOptions(list: Listed): Array<{ id: string; title: string }> {
  return [
    ...list.builtIn.map((s) => ({ id: s.id, title: s.title })),
    ...list.authored.filter((s) => s.publishedVersion != null).map((s) => ({ id: s.key, title: s.title })),
  ];
}

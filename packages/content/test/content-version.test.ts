import { describe, expect, it } from "vitest";
import { catalogue, catalogueVersion, contentVersion } from "../src";

/** A deep copy of the running catalogue that can be edited without touching it. */
const copy = () => structuredClone(catalogue);

describe("content version", () => {
  it("is the running catalogue's fingerprint, the same on every call", () => {
    expect(contentVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(contentVersion()).toBe(catalogueVersion(catalogue));
    expect(catalogueVersion(copy())).toBe(contentVersion());
  });

  it("changes with a lesson's text even when its version number stays", () => {
    const edited = copy();
    const lesson = edited.modules[0]!.lessons[0]!;
    lesson.body += "\n\nOne more sentence.";
    expect(lesson.version).toBe(catalogue.modules[0]!.lessons[0]!.version);
    expect(catalogueVersion(edited)).not.toBe(contentVersion());
  });

  it("changes with a course's title, a question's option text and the order of lessons", () => {
    const title = copy();
    title.modules[0]!.title += " (revised)";
    const option = copy();
    option.quizzes[0]!.questions[0]!.options[0]!.text += ".";
    const order = copy();
    order.modules[0]!.lessons.reverse();
    const versions = [title, option, order].map(catalogueVersion);
    expect(new Set([...versions, contentVersion()]).size).toBe(4);
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { zipSync, strToU8 } from "fflate";
import { maskText } from "../src/services/qa/mask";
import { parseTranscript, parseCsvTranscript } from "../src/services/qa/parseTranscript";
import { emailFromFileName, readUpload, MAX_FILE_BYTES } from "../src/services/qa/readUpload";

describe("transcript formats", () => {
  it("reads plain text with Agent:/Customer:, A:/C: and names, ignoring timestamps and joining continuation lines", () => {
    const r = parseTranscript(
      "call.txt",
      [
        "[00:00:02] Customer: You've charged me twice!",
        "[00:00:09] Agent: I'm sorry about that.",
        "Let me look at the bill.",
        "00:01:23 C: It's the March one.",
        "(01:30) A: Thanks.",
        "Sam: I'll refund it today.",
        "Mrs Patel: Good.",
      ].join("\n"),
      { agent: "Sam Jones" },
    );
    expect(r.problems).toEqual([]);
    expect(r.turns.map((t) => [t.speaker, t.text, t.line])).toEqual([
      ["customer", "You've charged me twice!", 1],
      ["agent", "I'm sorry about that. Let me look at the bill.", 2],
      ["customer", "It's the March one.", 4],
      ["agent", "Thanks.", 5],
      ["agent", "I'll refund it today.", 6],
      ["customer", "Good.", 7],
    ]);
  });

  it("names the line of a speaker it cannot place, and a transcript that starts without one", () => {
    const two = parseTranscript("call.txt", "Agent: Hello.\nBob: Hi.\nCarol: Hello?\n");
    expect(two.problems).toEqual([
      { line: 2, message: expect.stringContaining('unknown speaker "Bob"') },
      { line: 3, message: expect.stringContaining('unknown speaker "Carol"') },
    ]);
    const start = parseTranscript("call.txt", "\nhello there\nAgent: Hi.");
    expect(start.problems[0]).toEqual({ line: 2, message: expect.stringContaining("no speaker") });
    expect(parseTranscript("call.txt", "Customer: Hello?\nCaller: Anyone?").problems[0]!.message).toMatch(/no agent turns/);
  });

  it("reads JSON turns and names the bad turn", () => {
    const ok = parseTranscript("call.json", JSON.stringify({ turns: [{ speaker: "customer", text: "Hi", at: "00:01" }, { speaker: "agent", text: "Hello" }] }));
    expect(ok.problems).toEqual([]);
    expect(ok.turns).toEqual([
      { speaker: "customer", text: "Hi", line: 1, at: "00:01" },
      { speaker: "agent", text: "Hello", line: 2 },
    ]);
    const bad = parseTranscript("call.json", JSON.stringify({ turns: [{ speaker: "agent", text: "Hi" }, { speaker: "bot", text: "?" }] }));
    expect(bad.problems[0]!.message).toMatch(/turn 2: unknown speaker "bot"/);
    expect(parseTranscript("call.json", '{"turns": [\n{"speaker": "agent",, }]}').problems[0]).toEqual({ line: 2, message: expect.stringMatching(/not valid JSON/) });
  });

  it("reads CSV with a guessed mapping, shows the columns, and takes a trainer's mapping", () => {
    const csv = 'time,who,message,agent email\n00:01,Customer,"Hi, I was charged twice",sam@example.test\n00:02,Agent,Sorry about that,sam@example.test\n';
    const r = parseTranscript("call.csv", csv);
    expect(r.problems).toEqual([]);
    expect(r.csv).toMatchObject({ columns: ["time", "who", "message", "agent email"], mapping: { speaker: "who", text: "message", at: "time", email: "agent email" }, agentEmail: "sam@example.test" });
    expect(r.turns[0]).toEqual({ speaker: "customer", text: "Hi, I was charged twice", at: "00:01", line: 2 });
    const odd = "col1,col2\nA,Hello\nX,What?\n";
    expect(parseCsvTranscript(odd).problems[0]!.message).toMatch(/speaker column and a text column/);
    const mapped = parseCsvTranscript(odd, {}, { speaker: "col1", text: "col2" });
    expect(mapped.problems).toEqual([{ line: 3, message: expect.stringContaining('unknown speaker "X"') }]);
  });
});

describe("masking personal data", () => {
  it("masks emails, phone numbers, card and account numbers and postcodes, and says what it masked", () => {
    const r = maskText("Card 4111 1111 1111 1111, acct 12345678 sort 12-34-56, call 07700 900123 or +44 20 7946 0018, jo@example.com, SW1A 1AA. It was £42.50 on the 14th, ref 5521.");
    expect(r.text).toBe(
      "Card [card number], acct [account number] sort [account number], call [phone number] or [phone number], [email], [postcode]. It was £42.50 on the 14th, ref 5521.",
    );
    expect(r.masked.map((m) => m.kind).sort()).toEqual(["account", "account", "card", "email", "phone", "phone", "postcode"]);
    expect(r.masked.find((m) => m.kind === "card")!.shown).toBe("card number ending 1111");
  });

  it("no 13 to 19 digit card-like number survives, however it is spaced and wherever it sits", () => {
    const card = fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: 13, maxLength: 19 })
      .chain((ds) => fc.tuple(fc.constant(ds), fc.array(fc.constantFrom("", " ", "-", "."), { minLength: ds.length - 1, maxLength: ds.length - 1 })))
      .map(([ds, seps]) => ds.map((d, i) => `${d}${seps[i] ?? ""}`).join(""));
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), card, fc.string({ maxLength: 30 }), (before, c, after) => {
        const out = maskText(`${before}${c}${after}`).text;
        expect(out.replace(/[ .-]/g, "")).not.toMatch(/\d{13,19}/);
      }),
      { numRuns: 500 },
    );
  });
});

describe("uploads", () => {
  it("unpacks a zip of transcripts, sorted by name, and matches agents by the email in the file name", () => {
    const zip = zipSync({ "sam@example.test/call-2.txt": strToU8("Agent: Hi"), "jo@example.test__call-1.json": strToU8('{"turns":[]}'), "__MACOSX/x": strToU8("junk") });
    const r = readUpload("calls.zip", zip);
    expect(r).toEqual({ ok: true, files: [{ name: "jo@example.test__call-1.json", content: '{"turns":[]}' }, { name: "sam@example.test/call-2.txt", content: "Agent: Hi" }] });
    expect(emailFromFileName("jo@example.test__call-1.json")).toBe("jo@example.test");
    expect(emailFromFileName("Sam@Example.test/call-2.txt")).toBe("sam@example.test");
    expect(emailFromFileName("call-3.txt")).toBeNull();
  });

  it("refuses oversized files before parsing and files of other kinds", () => {
    const big = zipSync({ "a.txt": new Uint8Array(MAX_FILE_BYTES + 1).fill(65) });
    expect(readUpload("calls.zip", big)).toEqual({ ok: false, problem: expect.stringContaining("a.txt is larger than") });
    expect(readUpload("calls.zip", zipSync({ "a.pdf": strToU8("x") }))).toEqual({ ok: false, problem: expect.stringContaining("a.pdf") });
    expect(readUpload("one.txt", new Uint8Array(MAX_FILE_BYTES + 1))).toMatchObject({ ok: false });
  });
});

import { deflateRawSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, signInViaApi, test, trpc, unique } from "../fixtures";

// CRC-32 (the zip format's checksum), table-driven.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of deflated files, written by hand so the test needs no zip tool or library. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, "utf8");
    const packed = deflateRawSync(data);
    const fileName = Buffer.from(name, "utf8");
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(head, fileName, packed);
    centrals.push(central, fileName);
    offset += head.length + fileName.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

async function noHorizontalScroll(page: Page, what: string) {
  await page.setViewportSize({ width: 375, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal scroll on ${what} at 375 px`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
}

// One whole QA loop across four people on a shared two-core machine.
test.describe.configure({ timeout: 300_000 });

test("a trainer imports a zip of real calls (fixing a broken file), calibrates one with a second trainer and releases it; the agent disputes it and sees the outcome", async ({ browser, page }) => {
  // Admin (API): an agent and a second trainer who look after the same cohort.
  const admin = await browser.newContext();
  await signInViaApi(admin.request, DEMO.admin);
  const cohort = await trpc<{ id: string }>(admin.request, "cohort.create", { name: unique("QA night shift") });
  const agentEmail = `${unique("agent")}@defuse.test`.toLowerCase();
  const trainer2Email = `${unique("calibrator")}@defuse.test`.toLowerCase();
  await trpc(admin.request, "people.create", { name: "Aisha Agent", email: agentEmail, password: "a-good-agent-pass", role: "LEARNER", cohortId: cohort.id });
  await trpc(admin.request, "people.create", { name: "Cal Second", email: trainer2Email, password: "a-good-trainer-pass", role: "TRAINER", cohortId: cohort.id });
  await admin.close();

  const good1 = [
    "[00:00:02] Customer: I've been charged twice and my card 4111 1111 1111 1111 is now overdrawn! This is ridiculous.",
    "[00:00:09] Agent: I'm so sorry, that sounds really stressful. I'll sort this out for you myself right now.",
    "[00:00:20] Customer: Fine. Call me back on 07700 900123 when it's done.",
    "[00:00:31] Agent: I've refunded the second charge today; it shows within 3 to 5 working days, and I'll call you on Thursday to check.",
  ].join("\n");
  const good2 = JSON.stringify({
    turns: [
      { speaker: "customer", text: "Nobody has answered my emails for a week." },
      { speaker: "agent", text: "I'm sorry you've been waiting. Can you tell me what the emails were about?" },
      { speaker: "customer", text: "The broken router." },
      { speaker: "agent", text: "Thank you. I'll send a replacement today and email you the tracking number." },
    ],
  });
  const broken3 = "speaker,text\ncustomer,I want to cancel.\nrobot,Please hold.\nagent,I understand. Let me help you with that.\n";
  const fixed3 = "speaker,text\ncustomer,I want to cancel.\nagent,I understand. Let me help you with that.\ncustomer,Thanks.\n";
  const files = { [`${agentEmail}-call-1.txt`]: good1, [`${agentEmail}-call-2.json`]: good2 };

  // Trainer: the import page, a broken zip first.
  await signInViaApi(page.context().request, DEMO.trainer);
  await page.goto("/trainer/reviews");
  await page.getByRole("link", { name: /Real calls: import/ }).click();
  await page.getByRole("link", { name: "Import calls" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import calls" })).toBeVisible();
  const rubric = await page.getByLabel("Rubric").inputValue();
  await page.getByLabel(/Transcript file or zip/).setInputFiles({ name: "calls.zip", mimeType: "application/zip", buffer: zip({ ...files, [`${agentEmail}-call-3.csv`]: broken3 }) });
  await page.getByRole("button", { name: "Check files" }).click();
  const problems = page.getByRole("alert").filter({ hasText: "Nothing can be imported" });
  await expect(problems).toContainText(`${agentEmail}-call-3.csv, line 3: unknown speaker "robot"`);
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  // the masked card and phone numbers are shown highlighted in the preview
  const firstFile = page.getByRole("list", { name: `First turns of ${agentEmail}-call-1.txt` });
  await expect(firstFile.locator("mark").first()).toHaveText("[card number]");
  await expect(page.getByRole("list", { name: "Files in this upload" })).toContainText("card number ending 1111");
  await expect(firstFile).not.toContainText("4111");
  await expectAccessible(page, "import calls with a broken file");

  // Fixed and chosen again: the rubric stays, all three are ready, one import.
  await page.getByLabel(/Transcript file or zip/).setInputFiles({ name: "calls-fixed.zip", mimeType: "application/zip", buffer: zip({ ...files, [`${agentEmail}-call-3.csv`]: fixed3 }) });
  await expect(page.getByLabel("Rubric")).toHaveValue(rubric);
  await page.getByRole("button", { name: "Check files" }).click();
  await expect(page.getByRole("status").filter({ hasText: "All 3 files are ready to import." })).toBeVisible();
  await expect(page.getByRole("table", { name: `First rows of ${agentEmail}-call-3.csv` })).toContainText("I want to cancel.");
  await page.getByRole("button", { name: "Import 3 calls" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 3 calls" })).toBeVisible();
  await noHorizontalScroll(page, "import calls");

  // The review queue: real calls beside practice, filtered by source.
  await page.goto("/trainer/reviews");
  await page.getByLabel("Source").selectOption("real");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/source=real/);
  const row = page.getByRole("row").filter({ hasText: "Aisha Agent" }).filter({ hasText: "call-1.txt" });
  await expect(row).toContainText("Real call");
  await expectAccessible(page, "review queue, real calls");
  await row.getByRole("link", { name: /Review Aisha Agent/ }).click();

  // The real call's review page: transcript, labels, tension with reasons, scorecard.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review: real call");
  await expect(page.getByRole("main")).toContainText(`Real call: ${agentEmail}-call-1.txt`);
  const transcript = page.getByRole("list", { name: "Transcript" }).first();
  await expect(transcript).toContainText("[phone number]");
  await expect(transcript).toContainText(/Tension \d+ → \d+: /);
  await expect(transcript).toContainText("Empathy"); // the label's name, as on practice attempts
  // what the customer said before the agent spoke, with why their tension stood where it did
  await expect(page.getByTestId("opening-line")).toContainText("[card number]");
  await expect(page.getByTestId("opening-line")).toContainText(/Tension \d+: Tension rose \(35 → \d+\): the customer said .*"ridiculous" \(anger\)/);
  // practice-only parts stay off a real call: the learner's reflection, hints
  await expect(page.getByRole("heading", { name: /reflection/i })).toHaveCount(0);
  await expect(page.getByText("hint used")).toHaveCount(0);
  await page.getByLabel("Overall feedback for the learner").fill("A calm, clear call.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Draft saved");
  await expectAccessible(page, "real-call review");
  await noHorizontalScroll(page, "real-call review");

  // Calibration: invite the second trainer; both score blind; the spread shows; the agreed score is released.
  await page.getByRole("checkbox", { name: "Cal Second" }).check();
  await page.getByRole("button", { name: "Open a calibration session" }).click();
  await expect(page).toHaveURL(/\/trainer\/qa\/calibration\/[a-z0-9]+$/);
  const sessionUrl = page.url();
  const criteria = page.getByRole("region", { name: "Your blind score" }).getByRole("combobox");
  for (const select of await criteria.all()) await select.selectOption("3");
  await page.getByRole("button", { name: "Submit my score" }).click();
  await expect(page.getByRole("status")).toContainText("stay hidden until everyone has scored");
  await expectAccessible(page, "calibration, scoring blind");
  await noHorizontalScroll(page, "calibration");

  const t2ctx = await browser.newContext();
  await signInViaApi(t2ctx.request, trainer2Email, "a-good-trainer-pass");
  const t2 = await t2ctx.newPage();
  await t2.goto("/trainer/qa");
  await expect(t2.getByRole("region", { name: "Calibration sessions" })).toContainText("Your score is awaited");
  await expectAccessible(t2, "real calls hub");
  await t2.goto(sessionUrl);
  await expect(t2.getByRole("region", { name: "Spread per criterion" })).toHaveCount(0); // blind: no one else's levels
  const mine2 = t2.getByRole("region", { name: "Your blind score" }).getByRole("combobox");
  for (const select of await mine2.all()) await select.selectOption("1");
  await t2.getByRole("button", { name: "Submit my score" }).click();
  await expect(t2.getByRole("status")).toContainText("Everyone has scored");
  await expect(t2.getByRole("region", { name: "Spread per criterion" })).toContainText("1–3");

  await page.reload();
  const spread = page.getByRole("region", { name: "Spread per criterion" });
  await expect(spread).toContainText("Cal Second");
  await expect(page.getByTestId("differs-most")).toBeVisible();
  const agreed = page.getByRole("region", { name: "Agreed score" }).getByRole("combobox");
  for (const select of await agreed.all()) await select.selectOption("2");
  await page.getByLabel("Feedback for the agent (optional)").fill("Agreed by two trainers.");
  await expectAccessible(page, "calibration, agreeing");
  await page.getByRole("button", { name: "Record the agreed score and release it" }).click();
  await expect(page.getByRole("status")).toContainText(/Agreed score \d+ released as the review/);
  const agreedScore = Number((await page.getByRole("status").textContent())!.match(/Agreed score (\d+)/)![1]);

  // The agent sees it beside practice, disputes it once, and it goes to the other trainer.
  const agentCtx = await browser.newContext();
  await signInViaApi(agentCtx.request, agentEmail, "a-good-agent-pass");
  const agent = await agentCtx.newPage();
  await agent.goto("/progress");
  await expect(agent.getByRole("region", { name: "Your real calls" })).toContainText("call-1.txt");
  await expect(agent.getByTestId("technique-comparison")).toBeVisible();
  await expectAccessible(agent, "progress with real calls");
  await noHorizontalScroll(agent, "progress");
  await agent.getByRole("link", { name: /call-1\.txt/ }).click();
  await expect(agent.getByRole("heading", { name: `Official score: ${agreedScore}/100` })).toBeVisible();
  // the agent reads their own call: masked, labelled, tension explained, the agreed feedback; nothing of the calibration
  const agentTranscript = agent.getByRole("list", { name: "Transcript" });
  await expect(agentTranscript).toContainText("[phone number]");
  await expect(agentTranscript).toContainText(/Tension \d+ → \d+: Tension (rose|fell)/);
  await expect(agentTranscript.getByLabel("Labels on turn 1")).toContainText("Empathy");
  await expect(agent.getByTestId("trainer-feedback")).toContainText("Agreed by two trainers.");
  await expect(agent.getByRole("main")).not.toContainText("Cal Second");
  await expect(agent.getByRole("main")).not.toContainText(/blind score|your reflection|hint used/i);
  await agent.getByRole("button", { name: "Send the dispute" }).click();
  await expect(agent.getByText("Say in a sentence or two why you disagree.")).toBeVisible();
  await agent.getByLabel("Why you disagree").fill("I refunded the charge and arranged a call back, which the score misses.");
  await agent.getByRole("button", { name: "Send the dispute" }).click();
  await expect(agent.getByTestId("dispute-outcome")).toContainText("Waiting for a trainer");
  await expectAccessible(agent, "real-call review for the agent");
  await noHorizontalScroll(agent, "real-call review for the agent");

  // The reviewer (organiser) does not get it; the second trainer decides it.
  await page.goto("/trainer/qa");
  await expect(page.getByRole("region", { name: "Disputes waiting for you" })).not.toContainText("Aisha Agent");
  await t2.goto("/trainer/qa");
  await t2.getByRole("link", { name: `Aisha Agent disputes a score of ${agreedScore}` }).click();
  await t2.getByLabel("Uphold it with a new score").check();
  for (const select of await t2.getByRole("region", { name: "Your decision" }).getByRole("combobox").all()) await select.selectOption("3");
  await t2.getByLabel("Reason for the agent").fill("The refund and call back were both there.");
  await expectAccessible(t2, "deciding a dispute");
  await t2.getByRole("button", { name: "Uphold and release the new score" }).click();
  // the form's own status shows only until the page refreshes into the decided dispute, which keeps saying so
  await expect(t2.getByTestId("dispute-decision")).toContainText(/^Decided .*The refund and call back were both there\. New score \d+\./);
  await expect(t2.getByRole("button", { name: "Uphold and release the new score" })).toHaveCount(0);
  await t2.goto("/trainer/agreement");
  await expect(t2.getByTestId("dispute-counts")).toContainText("upheld");

  await agent.reload();
  await expect(agent.getByTestId("dispute-outcome")).toContainText("Upheld");
  await expect(agent.getByTestId("dispute-outcome")).toContainText(/your new score is \d+/);
  await expect(agent.getByRole("button", { name: "Send the dispute" })).toHaveCount(0);
  await Promise.all([t2ctx.close(), agentCtx.close()]);

  // The admin sets how long real-call transcripts are kept (the nightly job deletes older ones).
  const adminCtx = await browser.newContext();
  await signInViaApi(adminCtx.request, DEMO.admin);
  const adminPage = await adminCtx.newPage();
  await adminPage.goto("/admin/settings");
  await adminPage.getByLabel("Keep imported real calls for (days)").fill("400");
  await adminPage.getByRole("button", { name: "Save retention" }).click();
  // 30 s: on a loaded run this save once answered after 11 s (the settings page itself took 5.5 s)
  await expect(adminPage.getByRole("status")).toHaveText("Saved: real calls older than 400 days are deleted each night.", { timeout: 30_000 });
  await adminPage.reload();
  await expect(adminPage.getByLabel("Keep imported real calls for (days)")).toHaveValue("400");
  await expectAccessible(adminPage, "settings with transcript retention");
  await adminCtx.close();
});

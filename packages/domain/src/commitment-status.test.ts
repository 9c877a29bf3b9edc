/** Commitment status: computed from the due date, the evidence and "today", never stored. */
import { describe, expect, it } from "vitest";
import { type CommitmentEvidence, ZCommitmentEvidence, ZCommitmentInput } from "./commitment";
import { computeCommitmentStatus } from "./commitment-status";

const ev = (resolution: CommitmentEvidence["resolution"], date: string, sourceId = "src-x"): CommitmentEvidence =>
  ZCommitmentEvidence.parse({ resolution, date, sourceId });

// "Within the year" of a 7 March 2025 meeting.
const within2025 = { due: "2025", evidence: [] as CommitmentEvidence[] };

describe("computeCommitmentStatus", () => {
  it("is not yet due until the due period has ended", () => {
    expect(computeCommitmentStatus(within2025, "2025-03-07")).toMatchObject({
      status: "not_yet_due",
      late: false,
      evidence: null,
      dueBy: "2025-12-31",
    });
    expect(computeCommitmentStatus(within2025, "2025-12-31").status).toBe("not_yet_due");
  });

  it("becomes overdue the day after, computed from today", () => {
    expect(computeCommitmentStatus(within2025, "2026-01-01").status).toBe("overdue");
    expect(computeCommitmentStatus({ due: "2024-02", evidence: [] }, "2024-02-29").status).toBe("not_yet_due");
    expect(computeCommitmentStatus({ due: "2024-02", evidence: [] }, "2024-03-01").status).toBe("overdue");
  });

  it("is never overdue without a due date", () => {
    expect(computeCommitmentStatus({ due: null, evidence: [] }, "2099-01-01")).toMatchObject({ status: "not_yet_due", dueBy: null });
  });

  it("is fulfilled on time when the evidence falls inside the due period", () => {
    const r = computeCommitmentStatus({ due: "2025", evidence: [ev("fulfilled", "2025-11-20")] }, "2026-06-01");
    expect(r).toMatchObject({ status: "fulfilled", late: false });
    expect(r.evidence?.date).toBe("2025-11-20");
  });

  it("is fulfilled late when the evidence is dated after the due period", () => {
    expect(computeCommitmentStatus({ due: "2025", evidence: [ev("fulfilled", "2026-02-10")] }, "2026-06-01")).toMatchObject({
      status: "fulfilled",
      late: true,
    });
    expect(computeCommitmentStatus({ due: "2025", evidence: [ev("fulfilled", "2026")] }, "2027-01-01").late).toBe(true);
  });

  it("does not call it late when imprecise evidence may fall inside the due period", () => {
    expect(computeCommitmentStatus({ due: "2025-06", evidence: [ev("fulfilled", "2025")] }, "2026-01-01")).toMatchObject({
      status: "fulfilled",
      late: false,
    });
  });

  it("is abandoned or superseded as the latest evidence says", () => {
    expect(computeCommitmentStatus({ due: "2025", evidence: [ev("abandoned", "2025-05-01")] }, "2025-06-01").status).toBe("abandoned");
    expect(computeCommitmentStatus({ due: "2025", evidence: [ev("superseded", "2025-05-01")] }, "2026-06-01").status).toBe("superseded");
  });

  it("is in progress before the due date, overdue after it, on in-progress evidence", () => {
    const c = { due: "2025", evidence: [ZCommitmentEvidence.parse({ resolution: "in_progress", date: "2025-06-01" })] };
    expect(computeCommitmentStatus(c, "2025-07-01")).toMatchObject({ status: "in_progress", late: false });
    const after = computeCommitmentStatus(c, "2026-01-01");
    expect(after.status).toBe("overdue");
    expect(after.evidence?.resolution).toBe("in_progress");
  });

  it("lets the latest known evidence decide, whatever the list order", () => {
    const c = { due: "2025", evidence: [ev("fulfilled", "2025-09-01"), ev("in_progress", "2025-03-01")] };
    expect(computeCommitmentStatus(c, "2025-10-01").status).toBe("fulfilled");
    expect(computeCommitmentStatus(c, "2025-05-01").status).toBe("in_progress");
  });

  it("ignores evidence dated after today", () => {
    const c = { due: "2025", evidence: [ev("fulfilled", "2026-03-01")] };
    expect(computeCommitmentStatus(c, "2026-01-15")).toMatchObject({ status: "overdue", evidence: null });
    expect(computeCommitmentStatus(c, "2025-06-01")).toMatchObject({ status: "not_yet_due", evidence: null });
    expect(computeCommitmentStatus(c, "2026-03-01")).toMatchObject({ status: "fulfilled", late: true });
  });
});

describe("commitment records", () => {
  it("need an event or a source for any outcome other than 'in progress'", () => {
    expect(ZCommitmentEvidence.safeParse({ resolution: "fulfilled", date: "2025-11-01" }).success).toBe(false);
    expect(ZCommitmentEvidence.safeParse({ resolution: "fulfilled", date: "2025-11-01", eventId: "evt-1" }).success).toBe(true);
    expect(ZCommitmentEvidence.safeParse({ resolution: "in_progress", date: "2025-11-01" }).success).toBe(true);
  });

  it("store a due date, never a computed status", () => {
    const c = ZCommitmentInput.parse({
      slug: "hold-dialogue",
      text: { en: "Hold the dialogue" },
      parties: ["KR", "CA"],
      due: "2025",
      dueText: "within the year",
    });
    expect(c).not.toHaveProperty("status");
    expect(ZCommitmentInput.safeParse({ slug: "x", text: { en: "x" }, parties: ["KR"], due: "2025-02-30" }).success).toBe(false);
  });
});

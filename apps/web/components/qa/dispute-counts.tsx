/** The agreement report's dispute line: how many agents disputed a released review and how each ended. */
export function DisputeCounts({ summary }: { summary: { total: number; open: number; upheld: number; declined: number } }) {
  return (
    <p className="text-sm text-slate-700" data-testid="dispute-counts">
      Disputes: <strong>{summary.total}</strong> in all · {summary.open} open · {summary.upheld} upheld with a new score · {summary.declined} declined
    </p>
  );
}

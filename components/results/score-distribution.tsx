import type { HistogramBin } from "@/lib/results/statistics";

const binLabel = (b: HistogramBin) => `${b.from}–${b.to}%`;

/**
 * The chart is for sighted readers at a glance; the table under it carries the same numbers for everyone,
 * so the chart itself is hidden from assistive technology rather than described twice. Bars are plain boxes
 * sized by CSS, so the chart needs no script of its own (a chart library was over 100 KiB of the page's
 * JavaScript, issue 19) and fits a phone's width by construction.
 */
export function ScoreDistribution({ bins }: { bins: HistogramBin[] }) {
  const most = Math.max(1, ...bins.map((b) => b.count));
  return (
    <figure aria-labelledby="distribution-caption">
      <div aria-hidden="true" data-testid="score-distribution-chart">
        <div className="flex h-60 w-full items-end gap-1 border-b border-stone-500 pt-5">
          {bins.map((b) => (
            <div key={b.from} className="flex h-full min-w-0 flex-1 flex-col justify-end">
              <div className="relative bg-blue-800" style={{ height: `${(b.count / most) * 100}%` }}>
                {b.count > 0 && (
                  <span className="absolute inset-x-0 -top-5 text-center text-xs text-stone-800">
                    {b.count}
                  </span>
                )}
              </div>
            </div>
          ))}
        </div>
        <div className="mt-1 flex gap-1 text-xs text-stone-700">
          {bins.map((b) => (
            <span key={b.from} className="min-w-0 flex-1 text-center">
              {b.from}
            </span>
          ))}
        </div>
        <p className="text-center text-xs text-stone-700">Score from (%)</p>
      </div>
      <figcaption id="distribution-caption" className="mt-2">
        <table className="text-left text-sm">
          <caption className="mb-1 text-left font-medium">
            Number of students per score range (ranges with no students are left out)
          </caption>
          <thead>
            <tr>
              <th scope="col" className="pr-4">
                Score
              </th>
              <th scope="col">Students</th>
            </tr>
          </thead>
          <tbody>
            {bins
              .filter((b) => b.count > 0)
              .map((b) => (
                <tr key={b.from}>
                  <th scope="row" className="pr-4 font-normal">
                    {binLabel(b)}
                  </th>
                  <td>{b.count}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}

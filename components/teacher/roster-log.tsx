import type { RosterEventRow } from "@/lib/classes/roster-log";
import { LocalTime } from "../ui/local-time";

/** Who changed the roster, when, and what: newest first. */
export function RosterLog({ events }: { events: RosterEventRow[] }) {
  if (events.length === 0) return <p className="text-stone-700">No changes yet.</p>;
  return (
    // Focusable so a keyboard can scroll it sideways on a phone.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Roster changes, scrollable">
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b border-stone-400">
            <th scope="col" className="py-2 pr-4">
              When
            </th>
            <th scope="col" className="py-2 pr-4">
              Who
            </th>
            <th scope="col" className="py-2 pr-4">
              What
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} className="border-b border-stone-200 align-top">
              <td className="py-2 pr-4 whitespace-nowrap">
                <LocalTime date={e.at} />
              </td>
              <td className="py-2 pr-4">{e.actor}</td>
              <td className="py-2 pr-4">
                {e.student && <>{e.student}: </>}
                {e.what}
                {e.detail && <> ({e.detail})</>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

"use client";

import type { AdminTeacher } from "@/lib/admin/admin-teacher";
import { ColumnHeaders } from "../ui/column-headers";
import { LocalTime } from "../ui/local-time";
import { ApproveButton, DisableOrEnable, ResetPasswordButton, type RunIntent } from "./teacher-actions";

type TableProps = { teachers: AdminTeacher[]; run: RunIntent; busy: boolean };

export function PendingTeachersTable({ teachers, run, busy }: TableProps) {
  if (teachers.length === 0) return <p>No teacher is waiting for approval.</p>;
  return (
    <table className="w-full text-left">
      <caption className="sr-only">Teachers waiting for approval</caption>
      <ColumnHeaders labels={["Teacher", "Email", "Signed up", "Actions"]} />
      <tbody>
        {teachers.map((t) => (
          <tr key={t.id} className="border-b border-stone-200 align-top">
            <th scope="row" className="py-2 pr-3 font-medium">
              {t.displayName}
            </th>
            <td className="py-2 pr-3 break-all">{t.email}</td>
            <td className="py-2 pr-3">
              <LocalTime date={t.createdAt} />
            </td>
            <td className="py-2">
              <div className="flex flex-wrap gap-2">
                <ApproveButton teacher={t} run={run} busy={busy} />
                <DisableOrEnable teacher={t} run={run} busy={busy} />
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function statusOf(t: AdminTeacher): string {
  if (t.disabled) return "Disabled";
  if (t.admin) return t.approved ? "Administrator" : "Administrator, waiting for approval";
  return t.approved ? "Approved" : "Waiting for approval";
}

export function AllTeachersTable({ teachers, run, busy }: TableProps) {
  return (
    <table className="w-full text-left">
      <caption className="sr-only">All teacher accounts</caption>
      <ColumnHeaders labels={["Teacher", "Email", "Status", "Actions"]} />
      <tbody>
        {teachers.map((t) => (
          <tr key={t.id} className="border-b border-stone-200 align-top">
            <th scope="row" className="py-2 pr-3 font-medium">
              {t.displayName}
            </th>
            <td className="py-2 pr-3 break-all">{t.email}</td>
            <td className="py-2 pr-3">{statusOf(t)}</td>
            <td className="py-2">
              {t.admin ? (
                <span className="text-stone-700">Managed with LECTERN_ADMINS or make-admin</span>
              ) : (
                <div className="flex flex-wrap gap-2">
                  <ResetPasswordButton teacher={t} run={run} busy={busy} />
                  <DisableOrEnable teacher={t} run={run} busy={busy} />
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { ArrivalNotice } from "../ui/arrival-notice";

/** The confirmation the assign page sends the teacher back with (`?assigned=N`). */
export function AssignedNotice({ count }: { count: number }) {
  return (
    <ArrivalNotice param="assigned">
      Lesson assigned{count > 1 ? ` to ${count} classes` : ""}. Students see it once it opens.
    </ArrivalNotice>
  );
}

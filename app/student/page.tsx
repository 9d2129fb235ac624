import { AssignmentList } from "@/components/student/assignment-list";
import { JoinClassForm } from "@/components/student/join-class-form";
import { PageHeader } from "@/components/ui/page-header";
import { listStudentAssignments } from "@/lib/assignments/queries";
import { viewerForPage } from "@/lib/auth/get-viewer";

export const metadata = { title: "My assignments" };

export default async function StudentDashboard() {
  const viewer = await viewerForPage("student");
  const { todo, late, done } = await listStudentAssignments(viewer);
  return (
    <>
      <PageHeader title="My assignments" />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div>
          <AssignmentList title="To do" items={todo} empty="Nothing due. Well done!" />
          <AssignmentList title="Late" items={late} empty="Nothing late." />
          <AssignmentList title="Done" items={done} empty="Nothing submitted yet." />
        </div>
        <JoinClassForm />
      </div>
    </>
  );
}

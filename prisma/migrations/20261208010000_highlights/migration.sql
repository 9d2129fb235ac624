-- Reading tools (issue 20): students' highlights and notes on a lesson's passage, and a teacher's optional
-- instructions for an assignment, shown above the passage.

ALTER TABLE "Assignment" ADD COLUMN "instructions" TEXT;

CREATE TYPE "HighlightColor" AS ENUM ('yellow', 'green', 'blue', 'pink');

CREATE TABLE "Highlight" (
    "id" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "assignmentId" TEXT,
    "startOffset" INTEGER NOT NULL,
    "endOffset" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "color" "HighlightColor" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL,
    "deletedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Highlight_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "Highlight_studentId_lessonId_idx" ON "Highlight"("studentId", "lessonId");
CREATE INDEX "Highlight_assignmentId_idx" ON "Highlight"("assignmentId");

ALTER TABLE "Highlight" ADD CONSTRAINT "Highlight_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Highlight" ADD CONSTRAINT "Highlight_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Highlight" ADD CONSTRAINT "Highlight_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

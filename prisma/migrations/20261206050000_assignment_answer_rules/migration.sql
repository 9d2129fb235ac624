-- CreateTable
-- A teacher's decision to accept or reject a short answer for everyone on a shared, read-only lesson.
CREATE TABLE "AssignmentAnswerRule" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "accepted" BOOLEAN NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssignmentAnswerRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AssignmentAnswerRule_questionId_idx" ON "AssignmentAnswerRule"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "AssignmentAnswerRule_assignmentId_questionId_answer_key" ON "AssignmentAnswerRule"("assignmentId", "questionId", "answer");

-- AddForeignKey
ALTER TABLE "AssignmentAnswerRule" ADD CONSTRAINT "AssignmentAnswerRule_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentAnswerRule" ADD CONSTRAINT "AssignmentAnswerRule_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentAnswerRule" ADD CONSTRAINT "AssignmentAnswerRule_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
-- Existing questions list no wrong answers: the grader treats an empty list as none.
ALTER TABLE "Question" ADD COLUMN     "rejectedAnswers" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
-- Responses graded before this were matched exactly, so none of them was near.
ALTER TABLE "Response" ADD COLUMN     "near" BOOLEAN NOT NULL DEFAULT false;

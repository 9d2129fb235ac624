-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "originId" TEXT;

-- CreateIndex
CREATE INDEX "Question_originId_idx" ON "Question"("originId");


-- AlterEnum
-- At the end: "Attempt"."skillPoints" holds one element per value in the enum's order, so every stored array keeps
-- its meaning and simply has no element yet for the new skill (read as 0).
ALTER TYPE "Skill" ADD VALUE 'FACT_OPINION';

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "about" TEXT;

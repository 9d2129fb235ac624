-- A lesson's description, in its owner's words (issue 17): existing lessons start with none.
ALTER TABLE "Lesson" ADD COLUMN "description" TEXT NOT NULL DEFAULT '';

-- New assignments shuffle choices unless the teacher turns it off: existing assignments keep their setting.
ALTER TABLE "Assignment" ALTER COLUMN "shuffleChoices" SET DEFAULT true;

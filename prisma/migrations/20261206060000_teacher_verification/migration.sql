-- A teacher who signs up waits for a school administrator's approval (verifiedAt), and administrators can be
-- stored (isAdmin, set by the make-admin command).
ALTER TABLE "User" ADD COLUMN "isAdmin" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "verifiedAt" TIMESTAMP(3);

-- Teachers who exist when approval starts being required stay approved, so nobody loses a lesson they use.
UPDATE "User" SET "verifiedAt" = CURRENT_TIMESTAMP WHERE role = 'TEACHER';

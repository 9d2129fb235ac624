-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "acceptedAt" TIMESTAMP(3);

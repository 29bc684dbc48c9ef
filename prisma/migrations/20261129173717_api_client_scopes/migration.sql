-- CreateEnum
CREATE TYPE "ApiScope" AS ENUM ('READ', 'WRITE');

-- AlterTable
ALTER TABLE "ApiClient" ADD COLUMN     "scopes" "ApiScope"[] DEFAULT ARRAY[]::"ApiScope"[];

-- CreateTable
CREATE TABLE "ApiClientService" (
    "apiClientId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,

    CONSTRAINT "ApiClientService_pkey" PRIMARY KEY ("apiClientId","serviceId")
);

-- CreateIndex
CREATE INDEX "ApiClientService_serviceId_idx" ON "ApiClientService"("serviceId");

-- AddForeignKey
ALTER TABLE "ApiClientService" ADD CONSTRAINT "ApiClientService_apiClientId_fkey" FOREIGN KEY ("apiClientId") REFERENCES "ApiClient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiClientService" ADD CONSTRAINT "ApiClientService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Keys made before scopes existed keep working as before: read and write for every service there is now.
UPDATE "ApiClient" SET "scopes" = ARRAY['READ', 'WRITE']::"ApiScope"[];
INSERT INTO "ApiClientService" ("apiClientId", "serviceId") SELECT c."id", s."id" FROM "ApiClient" c CROSS JOIN "Service" s;

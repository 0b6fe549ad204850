CREATE TABLE "Articles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Articles" PRIMARY KEY AUTOINCREMENT,
    "SourceId" TEXT NOT NULL,
    "Url" TEXT NOT NULL,
    "FeedGuid" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "DiscoveredAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NULL,
    "InlineContent" TEXT NULL,
    "InlineContentType" TEXT NULL,
    "Title" TEXT NOT NULL,
    "Subtitle" TEXT NULL,
    "Author" TEXT NULL,
    "Organisation" TEXT NULL,
    "PublishedAt" INTEGER NULL,
    "Language" TEXT NULL,
    "Text" TEXT NULL,
    "Captions" TEXT NULL,
    "ImagesJson" TEXT NULL,
    "ContentHash" TEXT NULL,
    "ETag" TEXT NULL,
    "LastModified" INTEGER NULL,
    "AudioKey" TEXT NULL,
    "AudioBytes" INTEGER NULL,
    "AudioDurationMs" INTEGER NULL,
    "AudioHash" TEXT NULL,
    "SentenceTimingsJson" TEXT NULL,
    "LastError" TEXT NULL,
    "FailureCount" INTEGER NOT NULL
);
CREATE TABLE "Sources" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Sources" PRIMARY KEY,
    "LastPolledAt" INTEGER NULL,
    "LastSucceededAt" INTEGER NULL,
    "LastError" TEXT NULL,
    "ConsecutiveFailures" INTEGER NOT NULL,
    "ETag" TEXT NULL,
    "LastModified" INTEGER NULL
);
CREATE UNIQUE INDEX "IX_Articles_FeedGuid" ON "Articles" ("FeedGuid");
CREATE INDEX "IX_Articles_SourceId_ContentHash" ON "Articles" ("SourceId", "ContentHash");
CREATE UNIQUE INDEX "IX_Articles_SourceId_Url" ON "Articles" ("SourceId", "Url");
CREATE INDEX "IX_Articles_Status_PublishedAt" ON "Articles" ("Status", "PublishedAt");
CREATE INDEX IX_Articles_FeedOrder ON Articles (SourceId, Status, COALESCE(PublishedAt, DiscoveredAt), Id);

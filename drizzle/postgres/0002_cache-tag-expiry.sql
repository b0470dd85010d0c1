CREATE TABLE "cache_tag_expiry" (
	"tag" text PRIMARY KEY NOT NULL,
	"stale_at" timestamp (3) with time zone,
	"expired_at" timestamp (3) with time zone
);

CREATE TABLE "level_days" (
	"user_id" text NOT NULL,
	"day" integer NOT NULL,
	"skill_id" text NOT NULL,
	"first_changed_at" timestamp (3) with time zone NOT NULL,
	"first_old_level" integer NOT NULL,
	"last_changed_at" timestamp (3) with time zone NOT NULL,
	"last_level" integer NOT NULL,
	CONSTRAINT "level_days_user_id_day_skill_id_pk" PRIMARY KEY("user_id","day","skill_id"),
	CONSTRAINT "level_days_first_range" CHECK ("level_days"."first_old_level" BETWEEN 0 AND 3),
	CONSTRAINT "level_days_last_range" CHECK ("level_days"."last_level" BETWEEN 0 AND 3)
);
--> statement-breakpoint
ALTER TABLE "level_days" ADD CONSTRAINT "level_days_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- Added by hand: the days of the log written so far. Per user, skill and UTC day, the first change
-- (time, level before) and the last (time, level after), ordered as the app orders the log (time,
-- then id); from now on the level writes keep the table (db/queries/levels.ts).
INSERT INTO "level_days" ("user_id", "day", "skill_id", "first_changed_at", "first_old_level", "last_changed_at", "last_level")
SELECT f."user_id", f."day", f."skill_id", f."changed_at", f."old_level", l."changed_at", l."new_level"
FROM (
	SELECT "user_id", "skill_id", floor(extract(epoch FROM "changed_at") / 86400)::integer AS "day", "changed_at", "old_level",
		row_number() OVER (PARTITION BY "user_id", "skill_id", floor(extract(epoch FROM "changed_at") / 86400)::integer ORDER BY "changed_at", "id") AS "n"
	FROM "level_changes"
) f
JOIN (
	SELECT "user_id", "skill_id", floor(extract(epoch FROM "changed_at") / 86400)::integer AS "day", "changed_at", "new_level",
		row_number() OVER (PARTITION BY "user_id", "skill_id", floor(extract(epoch FROM "changed_at") / 86400)::integer ORDER BY "changed_at" DESC, "id" DESC) AS "n"
	FROM "level_changes"
) l ON l."user_id" = f."user_id" AND l."skill_id" = f."skill_id" AND l."day" = f."day" AND l."n" = 1
WHERE f."n" = 1;

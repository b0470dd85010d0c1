ALTER TABLE "users" ADD COLUMN "goal_tier" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "goal_date" text;
CREATE TABLE `level_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`skill_id` text NOT NULL,
	`old_level` integer NOT NULL,
	`new_level` integer NOT NULL,
	`changed_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "level_changes_old_range" CHECK("level_changes"."old_level" BETWEEN 0 AND 3),
	CONSTRAINT "level_changes_new_range" CHECK("level_changes"."new_level" BETWEEN 0 AND 3),
	CONSTRAINT "level_changes_is_change" CHECK("level_changes"."old_level" <> "level_changes"."new_level")
);
--> statement-breakpoint
CREATE INDEX `level_changes_user_time` ON `level_changes` (`user_id`,`changed_at`);--> statement-breakpoint
CREATE TABLE `skill_levels` (
	`user_id` text NOT NULL,
	`skill_id` text NOT NULL,
	`level` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `skill_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "skill_levels_level_range" CHECK("skill_levels"."level" BETWEEN 0 AND 3)
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`name` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);
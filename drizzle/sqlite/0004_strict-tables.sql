-- Hand-written (drizzle-kit cannot emit STRICT): every table is rebuilt as STRICT with SQLite's
-- 12-step procedure, keeping each column, default, CHECK, foreign key, unique index and index.
-- Dropping `users` while foreign keys are enforced would cascade-delete every child row, and
-- PRAGMA foreign_keys cannot change inside the migrator's transaction, so the caller must turn
-- them off first (db/migrate.ts does, then runs foreign_key_check). This guard refuses otherwise.
CREATE TEMP TABLE `strict_tables_guard` (
	`foreign_keys` integer CONSTRAINT "foreign_keys_must_be_off_during_migration" CHECK(`foreign_keys` = 0)
);
--> statement-breakpoint
INSERT INTO temp.`strict_tables_guard` SELECT `foreign_keys` FROM pragma_foreign_keys;
--> statement-breakpoint
DROP TABLE temp.`strict_tables_guard`;
--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`name` text,
	`created_at` integer NOT NULL,
	`handle` text,
	`is_public` integer DEFAULT false NOT NULL,
	`session_version` integer DEFAULT 0 NOT NULL
) STRICT;
--> statement-breakpoint
INSERT INTO `__new_users` (`id`, `email`, `password_hash`, `name`, `created_at`, `handle`, `is_public`, `session_version`)
	SELECT `id`, `email`, `password_hash`, `name`, `created_at`, `handle`, `is_public`, `session_version` FROM `users`;
--> statement-breakpoint
DROP TABLE `users`;
--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_handle_unique` ON `users` (`handle`);
--> statement-breakpoint
CREATE TABLE `__new_skill_levels` (
	`user_id` text NOT NULL,
	`skill_id` text NOT NULL,
	`level` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `skill_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "skill_levels_level_range" CHECK("__new_skill_levels"."level" BETWEEN 0 AND 3)
) STRICT;
--> statement-breakpoint
INSERT INTO `__new_skill_levels` (`user_id`, `skill_id`, `level`, `updated_at`)
	SELECT `user_id`, `skill_id`, `level`, `updated_at` FROM `skill_levels`;
--> statement-breakpoint
DROP TABLE `skill_levels`;
--> statement-breakpoint
ALTER TABLE `__new_skill_levels` RENAME TO `skill_levels`;
--> statement-breakpoint
CREATE TABLE `__new_level_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`skill_id` text NOT NULL,
	`old_level` integer NOT NULL,
	`new_level` integer NOT NULL,
	`changed_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "level_changes_old_range" CHECK("__new_level_changes"."old_level" BETWEEN 0 AND 3),
	CONSTRAINT "level_changes_new_range" CHECK("__new_level_changes"."new_level" BETWEEN 0 AND 3),
	CONSTRAINT "level_changes_is_change" CHECK("__new_level_changes"."old_level" <> "__new_level_changes"."new_level")
) STRICT;
--> statement-breakpoint
INSERT INTO `__new_level_changes` (`id`, `user_id`, `skill_id`, `old_level`, `new_level`, `changed_at`)
	SELECT `id`, `user_id`, `skill_id`, `old_level`, `new_level`, `changed_at` FROM `level_changes`;
--> statement-breakpoint
-- AUTOINCREMENT never reuses an id, even of deleted rows: carry the old counter over.
DELETE FROM `sqlite_sequence` WHERE `name` = '__new_level_changes';
--> statement-breakpoint
INSERT INTO `sqlite_sequence` (`name`, `seq`) SELECT '__new_level_changes', `seq` FROM `sqlite_sequence` WHERE `name` = 'level_changes';
--> statement-breakpoint
DROP TABLE `level_changes`;
--> statement-breakpoint
ALTER TABLE `__new_level_changes` RENAME TO `level_changes`;
--> statement-breakpoint
CREATE INDEX `level_changes_user_time` ON `level_changes` (`user_id`,`changed_at`);
--> statement-breakpoint
CREATE TABLE `__new_skill_notes` (
	`user_id` text NOT NULL,
	`skill_id` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`links` text DEFAULT '[]' NOT NULL,
	`is_public` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `skill_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "skill_notes_note_length" CHECK(length("__new_skill_notes"."note") <= 2000)
) STRICT;
--> statement-breakpoint
INSERT INTO `__new_skill_notes` (`user_id`, `skill_id`, `note`, `links`, `is_public`, `updated_at`)
	SELECT `user_id`, `skill_id`, `note`, `links`, `is_public`, `updated_at` FROM `skill_notes`;
--> statement-breakpoint
DROP TABLE `skill_notes`;
--> statement-breakpoint
ALTER TABLE `__new_skill_notes` RENAME TO `skill_notes`;
--> statement-breakpoint
CREATE TABLE `__new_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
) STRICT;
--> statement-breakpoint
INSERT INTO `__new_sessions` (`id`, `user_id`, `created_at`, `expires_at`)
	SELECT `id`, `user_id`, `created_at`, `expires_at` FROM `sessions`;
--> statement-breakpoint
DROP TABLE `sessions`;
--> statement-breakpoint
ALTER TABLE `__new_sessions` RENAME TO `sessions`;
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);
--> statement-breakpoint
CREATE TABLE `__new_auth_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`window_start` integer NOT NULL,
	`locked_until` integer
) STRICT;
--> statement-breakpoint
INSERT INTO `__new_auth_throttle` (`key`, `failures`, `window_start`, `locked_until`)
	SELECT `key`, `failures`, `window_start`, `locked_until` FROM `auth_throttle`;
--> statement-breakpoint
DROP TABLE `auth_throttle`;
--> statement-breakpoint
ALTER TABLE `__new_auth_throttle` RENAME TO `auth_throttle`;

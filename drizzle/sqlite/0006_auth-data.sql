-- Hand-written (drizzle-kit cannot emit STRICT): the two new tables are STRICT, and `users` is
-- rebuilt with SQLite's 12-step procedure because `password_hash` becomes nullable (OAuth-only
-- users) and gains `email_verified_at`; every row, column, default, unique index and the child
-- tables' foreign keys are kept. As in 0004, the caller (db/migrate-sqlite.ts) turns foreign keys
-- off around the migrator, since dropping `users` with them on would cascade-delete every child
-- row; this guard refuses to run otherwise.
CREATE TEMP TABLE `auth_data_guard` (
	`foreign_keys` integer CONSTRAINT "foreign_keys_must_be_off_during_migration" CHECK(`foreign_keys` = 0)
);
--> statement-breakpoint
INSERT INTO temp.`auth_data_guard` SELECT `foreign_keys` FROM pragma_foreign_keys;
--> statement-breakpoint
DROP TABLE temp.`auth_data_guard`;
--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`password_hash` text,
	`name` text,
	`created_at` integer NOT NULL,
	`handle` text,
	`is_public` integer DEFAULT false NOT NULL,
	`session_version` integer DEFAULT 0 NOT NULL,
	`email_verified_at` integer
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
CREATE TABLE `auth_tokens` (
	`hash` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`purpose` text NOT NULL,
	`new_email` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "auth_tokens_purpose" CHECK("auth_tokens"."purpose" IN ('reset-password', 'verify-email', 'change-email'))
) STRICT;
--> statement-breakpoint
CREATE INDEX `auth_tokens_user_purpose` ON `auth_tokens` (`user_id`,`purpose`);
--> statement-breakpoint
CREATE INDEX `auth_tokens_expires_at` ON `auth_tokens` (`expires_at`);
--> statement-breakpoint
CREATE TABLE `auth_accounts` (
	`provider` text NOT NULL,
	`issuer` text NOT NULL,
	`provider_account_id` text NOT NULL,
	`user_id` text NOT NULL,
	`email` text,
	`email_verified` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`provider`, `issuer`, `provider_account_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "auth_accounts_provider" CHECK("auth_accounts"."provider" IN ('github', 'oidc')),
	CONSTRAINT "auth_accounts_email_verified" CHECK("auth_accounts"."email_verified" IN (0, 1))
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `auth_accounts_user_provider` ON `auth_accounts` (`user_id`,`provider`);

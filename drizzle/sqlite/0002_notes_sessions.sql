CREATE TABLE `skill_notes` (
	`user_id` text NOT NULL,
	`skill_id` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`links` text DEFAULT '[]' NOT NULL,
	`is_public` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `skill_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "skill_notes_note_length" CHECK(length("skill_notes"."note") <= 2000)
);
--> statement-breakpoint
ALTER TABLE `users` ADD `session_version` integer DEFAULT 0 NOT NULL;
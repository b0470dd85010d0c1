ALTER TABLE `users` ADD `goal_tier` text;--> statement-breakpoint
ALTER TABLE `users` ADD `goal_date` text;
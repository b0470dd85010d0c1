CREATE INDEX `auth_throttle_window_start` ON `auth_throttle` (`window_start`);--> statement-breakpoint
CREATE INDEX `sessions_expires_at` ON `sessions` (`expires_at`);
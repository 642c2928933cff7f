-- When an instance last claimed the scheduled update (pulse serve --update-every): instances
-- sharing the database update once per interval, not once each.
ALTER TABLE store_state ADD COLUMN update_claimed_at TIMESTAMP WITH TIME ZONE;

-- When the store last changed, in commit order: every ingest that changes something locks
-- store_state first (so writers take turns) and sets changed_at to a time later than the one before
-- (the ingest's time, or one second after the previous change). Caches and Last-Modified follow it;
-- MAX(ingest.started_at) did not, when an ingest that started earlier committed later.
ALTER TABLE store_state ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
UPDATE store_state SET changed_at = (SELECT MAX(started_at) FROM ingest) WHERE id = 1;

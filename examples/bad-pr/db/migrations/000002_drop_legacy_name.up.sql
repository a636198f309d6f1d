-- The legacy name is no longer shown anywhere.
ALTER TABLE users DROP COLUMN legacy_name;

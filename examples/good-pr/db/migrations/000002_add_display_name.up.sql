SET lock_timeout = '5s';
-- Expand step: nullable, no default, so old code keeps working and no rewrite happens.
ALTER TABLE users ADD COLUMN display_name text;

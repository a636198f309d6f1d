CREATE TABLE users (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  legacy_name text
);

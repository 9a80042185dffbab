-- Extensions the design relies on: tone-mark-insensitive search (unaccent, pg_trgm),
-- subtree queries over the administrative tree (ltree), and random UUIDs (pgcrypto).
create extension if not exists unaccent;
create extension if not exists pg_trgm;
create extension if not exists ltree;
create extension if not exists pgcrypto;

-- The path of the user's area on today's map ("" for the nation, "25" for a province, "25.04795" for a
-- commune), kept with the user when the scope is assigned, so that listing a province's users needs no
-- other module's tables.
alter table app_user add column scope_path text not null default '';
alter table app_user alter column scope_path drop default;
create index app_user_scope_path on app_user (scope_path text_pattern_ops);

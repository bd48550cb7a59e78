-- Saved views of a list (a named search + filters + sort + columns, one of them the default the
-- list opens with) and each list's remembered layout (sort, columns, widths). Views are soft
-- deleted so a delete can be undone; at most one live view per name and one default per list.
CREATE TABLE list_views (
  id         INTEGER PRIMARY KEY,
  uid        TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  list       TEXT NOT NULL CHECK (list IN ('customers')),
  name       TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 60),
  state      TEXT NOT NULL CHECK (json_valid(state)),
  is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at TEXT
) STRICT;
CREATE UNIQUE INDEX list_views_name ON list_views (list, name COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX list_views_default ON list_views (list) WHERE is_default = 1 AND deleted_at IS NULL;

-- A preference, rewritten as the user resizes or sorts: one row per list, no audit rows.
CREATE TABLE list_prefs (
  list       TEXT PRIMARY KEY CHECK (list IN ('customers')),
  prefs      TEXT NOT NULL CHECK (json_valid(prefs)),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

-- Oracle script for rspamd_sqlite3: rspamadm lua sqlite.lua; every line it
-- prints is "<key> <value>", log messages come in between (see regen.sh).
-- It runs in a scratch directory and creates its databases there. The
-- driver's conversions by declared type (BOOLEAN, DATE) are left out.

local sqlite3 = require "rspamd_sqlite3"

local h = dofile('helpers.lua')
local out, show, call = h.out, h.show, h.call

local function exists(name)
  local f = io.open(name, 'rb')
  if f then f:close() end
  return f ~= nil
end

local db = sqlite3.open('test.sqlite')
out('open', show(db))
out('open.files', tostring(exists('test.sqlite')) .. ' ' .. tostring(exists('test.sqlite.lock')))
out('open.nodir', show(sqlite3.open('nodir/test.sqlite')))
out('open.nil', call(sqlite3.open))
out('open.num', show(sqlite3.open(12)))

out('create', call(db.sql, db, [[CREATE TABLE x (id INT, value TEXT, r REAL, b BLOB, n INT);]]))
out('insert', call(db.exec, db, [[INSERT INTO x VALUES (?1, ?2, ?3, ?4, ?5);]], 1, 'one', 1.5, 'blob\0x', 7))
out('insert.neg', call(db.query, db, [[INSERT INTO x (id, value, r) VALUES (?1, ?2, ?3);]], -1, 'minus', 2))
out('insert.types', call(db.sql, db, [[INSERT INTO x (id, value) VALUES (?1, ?2);]], true, {}, 3, 'three'))
out('insert.extra', call(db.sql, db, [[INSERT INTO x (id, value) VALUES (?1, ?2);]], 4, 'four', 'extra'))
out('insert.few', call(db.sql, db, [[INSERT INTO x (id, value) VALUES (?1, ?2);]], 5))
out('insert.big', call(db.sql, db, [[INSERT INTO x (id, r) VALUES (?1, ?2);]], 2^53, 1e300))
out('select.first', call(db.sql, db, [[SELECT id, value, r, n FROM x ORDER BY id]]))
out('select.none', call(db.sql, db, [[SELECT * FROM x WHERE id = 100]]))
out('select.expr', call(db.sql, db, [[SELECT 1 + 1 AS two, 'a' || 'b', NULL AS none, 2.5 * 2 AS five, x'00ff' AS blob, 9007199254740993 AS big]]))
out('select.bad', call(db.sql, db, [[SELECT * FROM nosuchtable]]))
out('syntax', call(db.sql, db, [[SELEKT 1]]))
out('constraint', call(db.sql, db, [[CREATE TABLE u (k TEXT UNIQUE)]]))
out('constraint.1', call(db.sql, db, [[INSERT INTO u VALUES ('a')]]))
out('constraint.2', call(db.sql, db, [[INSERT INTO u VALUES ('a')]]))
out('empty', call(db.sql, db, ''))
out('two', call(db.sql, db, [[INSERT INTO u VALUES ('b'); INSERT INTO u VALUES ('c')]]))
out('two.count', call(db.sql, db, [[SELECT count(*) AS c FROM u]]))
out('noquery', call(db.sql, db))
out('badself', call(db.sql, 'x', 'SELECT 1'))

local rows = {}
for row in db:rows([[SELECT id, value, r, b, n FROM x WHERE id < ?1 ORDER BY id]], 100) do
  rows[#rows + 1] = show(row)
end
out('rows', table.concat(rows, ' '))
local it = db:rows([[SELECT value FROM x ORDER BY id]])
out('rows.it', show(it()) .. ' ' .. show(it()))
out('rows.bad', call(db.rows, db, [[SELECT * FROM nosuchtable]]))
out('rows.empty', call(function()
  local n = 0
  for _ in db:rows([[SELECT * FROM x WHERE id = 100]]) do n = n + 1 end
  return n
end))
out('pragma', call(db.sql, db, [[PRAGMA journal_mode]]))
out('pragma.sync', call(db.sql, db, [[PRAGMA synchronous]]))
out('pragma.fk', call(db.sql, db, [[PRAGMA foreign_keys]]))
out('pragma.cache', call(db.sql, db, [[PRAGMA cache_size]]))
out('pragma.locking', call(db.sql, db, [[PRAGMA locking_mode]]))
out('pragma.autocheckpoint', call(db.sql, db, [[PRAGMA wal_autocheckpoint]]))
out('pragma.readuncommitted', call(db.sql, db, [[PRAGMA read_uncommitted]]))

local db2 = sqlite3.open('test.sqlite')
out('reopen', call(db2.sql, db2, [[SELECT count(*) AS c FROM x]]))
out('tostring', show(db2))

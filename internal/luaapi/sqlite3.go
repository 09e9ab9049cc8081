package luaapi

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/mattn/go-sqlite3"
	"golang.org/x/sys/unix"

	"github.com/gorspamd/rspamd/internal/cconv"
	"github.com/gorspamd/rspamd/internal/logger"
	"github.com/gorspamd/rspamd/internal/lua"
)

// rspamd_sqlite3, rspamd{sqlite3} and rspamd{sqlite3_stmt} (upstream's
// lua_sqlite3.c) over github.com/mattn/go-sqlite3: one connection per
// database object, opened as rspamd_sqlite3_open_or_create does (a lock
// file while the database is created, WAL and the same tuning pragmas).
//
// The driver converts some values by the column's declared type: an
// integer of a BOOLEAN column comes back as 1 or 0, a value of a DATE,
// DATETIME or TIMESTAMP column that reads as a time in the driver's
// format. Upstream gives them as stored.

const (
	sqliteClass     = "rspamd{sqlite3}"
	sqliteStmtClass = "rspamd{sqlite3_stmt}"
)

// sqliteDB is the value of an rspamd{sqlite3}.
type sqliteDB struct {
	conn *sqlite3.SQLiteConn
}

// sqliteRows is the value of the rspamd{sqlite3_stmt} a rows iterator
// holds.
type sqliteRows struct {
	stmt driver.Stmt
	rows driver.Rows
	done bool
}

// close finalizes the statement.
func (r *sqliteRows) close() {
	if r.rows != nil {
		r.rows.Close()
	}
	if r.stmt != nil {
		r.stmt.Close()
	}
	r.rows, r.stmt, r.done = nil, nil, true
}

func init() {
	defineClass(sqliteClass, func(rt *Runtime) []lua.Reg {
		return []lua.Reg{
			{Name: "sql", Func: rt.sqliteSQL},
			{Name: "query", Func: rt.sqliteSQL},
			{Name: "exec", Func: rt.sqliteSQL},
			{Name: "rows", Func: rt.sqliteRowsIter},
			{Name: "__tostring", Func: lua.ClassTostring},
		}
	}, func(rt *Runtime, c *lua.Class) {
		c.SetFinalizer(func(v any) { v.(*sqliteDB).conn.Close() })
	})
	defineClass(sqliteStmtClass, func(rt *Runtime) []lua.Reg {
		return []lua.Reg{{Name: "__tostring", Func: lua.ClassTostring}}
	}, func(rt *Runtime, c *lua.Class) {
		c.SetFinalizer(func(v any) { v.(*sqliteRows).close() })
	})
	defineLib("rspamd_sqlite3", func(rt *Runtime) []lua.Reg {
		return []lua.Reg{{Name: "open", Func: rt.sqliteOpen}}
	})
}

// Pragmas of rspamd_sqlite3_open_or_create.
const (
	sqliteWAL          = `PRAGMA journal_mode="wal";PRAGMA wal_autocheckpoint = 16;PRAGMA journal_size_limit = 1536;`
	sqliteExclusive    = `PRAGMA locking_mode="exclusive";`
	sqliteSynchronous  = `PRAGMA synchronous="NORMAL";`
	sqliteForeignKeys  = `PRAGMA foreign_keys="ON";`
	sqliteMmap         = `PRAGMA mmap_size=268435456;`
	sqliteOtherPragmas = `PRAGMA read_uncommitted="ON";PRAGMA cache_size=262144;`
)

// sqliteDSN names path for the driver: a URI (so that the path is taken
// as it is) asking for a shared cache and no busy timeout, as upstream
// opens its databases.
func sqliteDSN(path string) string {
	var b strings.Builder
	b.WriteString("file:")
	for i := 0; i < len(path); i++ {
		switch c := path[i]; c {
		case '%', '?', '#':
			fmt.Fprintf(&b, "%%%02X", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteString("?cache=shared&_busy_timeout=0")
	return b.String()
}

// sqliteExec runs SQL, again while the database is busy when busyRetry.
func sqliteExec(conn *sqlite3.SQLiteConn, query string, busyRetry bool) error {
	for {
		_, err := conn.ExecContext(context.Background(), query, nil)
		var se sqlite3.Error
		if busyRetry && errors.As(err, &se) && se.Code == sqlite3.ErrBusy {
			time.Sleep(time.Millisecond)
			continue
		}
		return err
	}
}

// sqliteWaitLock waits for another process's lock file to go, as
// rspamd_sqlite3_wait does: a lock of this process, of a dead one or
// without a pid is stale and removed.
func (rt *Runtime) sqliteWaitLock(lock string) error {
	for {
		f, err := os.OpenFile(lock, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err == nil {
			f.Close()
			os.Remove(lock)
			return nil
		}
		if !errors.Is(err, os.ErrExist) && !errors.Is(err, syscall.EBUSY) {
			rt.log().Logf(logger.LevelCritical, "", "", false, "rspamd_sqlite3_wait", "cannot open lock file %s: %s", lock, errText(err))
			return err
		}
		data, err := os.ReadFile(lock)
		if err != nil {
			rt.log().Logf(logger.LevelCritical, "", "", false, "rspamd_sqlite3_wait", "cannot open lock file %s: %s", lock, errText(err))
			return err
		}
		if len(data) < 4 {
			rt.log().Logf(logger.LevelWarning, "", "", false, "rspamd_sqlite3_wait", "stale lock file %s, removing", lock)
			os.Remove(lock)
			return nil
		}
		pid := int(int32(uint32(data[0]) | uint32(data[1])<<8 | uint32(data[2])<<16 | uint32(data[3])<<24))
		if pid == os.Getpid() {
			rt.log().Logf(logger.LevelWarning, "", "", false, "rspamd_sqlite3_wait", "lock file %s, belongs to me, removing", lock)
			os.Remove(lock)
			return nil
		}
		if err := unix.Kill(pid, 0); errors.Is(err, unix.ESRCH) {
			rt.log().Logf(logger.LevelWarning, "", "", false, "rspamd_sqlite3_wait", "stale lock file %s from pid: %s, removing", lock, strconv.Itoa(pid))
			os.Remove(lock)
			return nil
		}
		time.Sleep(time.Millisecond)
	}
}

// sqliteOpenOrCreate opens (creating it when missing) the database at
// path as rspamd_sqlite3_open_or_create does with no schema.
func (rt *Runtime) sqliteOpenOrCreate(path string) (*sqlite3.SQLiteConn, error) {
	dir := filepath.Dir(path)
	if err := unix.Access(dir, unix.W_OK); err != nil {
		return nil, fmt.Errorf("cannot open sqlite directory %s: %s", dir, errText(err))
	}
	create := unix.Access(path, unix.R_OK) != nil
	lockPath := path + ".lock"
	var lock *os.File
	lf, err := os.OpenFile(lockPath, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	switch {
	case err == nil:
		pid := uint32(os.Getpid())
		lf.Write([]byte{byte(pid), byte(pid >> 8), byte(pid >> 16), byte(pid >> 24)})
		if err := unix.Flock(int(lf.Fd()), unix.LOCK_EX); err != nil {
			lf.Close()
			os.Remove(lockPath)
			return nil, fmt.Errorf("cannot lock sqlite file %s: %s", path, errText(err))
		}
		lock = lf
	case errors.Is(err, os.ErrExist) || errors.Is(err, syscall.EBUSY):
		if err := rt.sqliteWaitLock(lockPath); err != nil {
			return nil, fmt.Errorf("cannot create sqlite file %s: %s", path, errText(err))
		}
		create = false
	}
	unlock := func() {
		if lock != nil {
			unix.Flock(int(lock.Fd()), unix.LOCK_UN)
			os.Remove(lockPath)
			lock.Close()
			lock = nil
		}
	}
	defer unlock()
	drv := &sqlite3.SQLiteDriver{}
	open := func(what string) (*sqlite3.SQLiteConn, error) {
		c, err := drv.Open(sqliteDSN(path))
		if err != nil {
			return nil, fmt.Errorf("cannot open sqlite db %s%s: %s", what, path, sqliteErrstr(err))
		}
		return c.(*sqlite3.SQLiteConn), nil
	}
	conn, err := open("")
	if err != nil {
		return nil, err
	}
	warn := func(format string, err error) {
		rt.log().Logf(logger.LevelWarning, "", "", false, "rspamd_sqlite3_open_or_create", format, err.Error())
	}
	if create && lock != nil {
		if err := sqliteExec(conn, sqliteWAL, true); err != nil {
			warn("WAL mode is not supported (%s), locking issues might occur", err)
		}
		if err := sqliteExec(conn, sqliteExclusive, false); err != nil {
			warn("cannot exclusively lock database to create schema: %s", err)
		}
		conn.Close()
		if conn, err = open("after creation "); err != nil {
			return nil, err
		}
	}
	if err := sqliteExec(conn, sqliteWAL, true); err != nil {
		warn("WAL mode is not supported (%s), locking issues might occur", err)
	}
	for _, p := range []struct{ sql, msg string }{
		{sqliteSynchronous, "cannot set synchronous: %s"},
		{sqliteForeignKeys, "cannot enable foreign keys: %s"},
		{sqliteMmap, "cannot enable mmap: %s"},
		{sqliteOtherPragmas, "cannot execute tuning pragmas: %s"},
	} {
		if err := sqliteExec(conn, p.sql, false); err != nil {
			warn(p.msg, err)
		}
	}
	return conn, nil
}

// sqliteErrstr is sqlite3_errstr of the result code of a failed open.
func sqliteErrstr(err error) string {
	var se sqlite3.Error
	if errors.As(err, &se) {
		return se.Code.Error()
	}
	return err.Error()
}

// sqliteOpen is rspamd_sqlite3.open(path): the database, created when
// missing, or nil.
func (rt *Runtime) sqliteOpen(s *lua.State) int {
	path := cconv.CString(s.CheckString(1))
	conn, err := rt.sqliteOpenOrCreate(path)
	if err != nil {
		rt.log().Logf(logger.LevelCritical, "", "", false, "lua_sqlite3_open", "cannot open db: %s", err.Error())
		s.PushNil()
		return 1
	}
	s.PushUserdata(rt.Class(sqliteClass), &sqliteDB{conn: conn})
	return 1
}

// sqlitePrepare prepares the first statement of the query at argument 2
// and binds the arguments after it, as lua_sqlite3_bind_statements does:
// numbers (integers when integral), strings; other values are skipped
// with an error. It raises the database's message when the query does not
// compile, prefixed with the caller's position when where is set (sql
// uses luaL_error, rows a bare lua_error).
func (rt *Runtime) sqlitePrepare(s *lua.State, db *sqliteDB, fn string, where bool) (driver.Stmt, []driver.NamedValue) {
	query := cconv.CString(s.CheckString(2))
	stmt, err := db.conn.Prepare(query)
	if err != nil {
		rt.log().Logf(logger.LevelCritical, "", "", false, fn, "cannot prepare query %s: %s", query, err.Error())
		if where {
			s.Raisef("%s", err.Error())
		}
		s.Raise(err.Error())
	}
	var args []driver.NamedValue
	for i := 3; i <= s.GetTop(); i++ {
		var v driver.Value
		switch t := s.Type(i); t {
		case lua.TypeNumber:
			n := s.ToNumber(i)
			if n >= math.MinInt64 && n < math.MaxInt64 && n == math.Trunc(n) {
				v = int64(n)
			} else {
				v = n
			}
		case lua.TypeString:
			v, _ = s.ToString(i)
		default:
			rt.log().Logf(logger.LevelCritical, "", "", false, "lua_sqlite3_bind_statements", "invalid type at position %s: %s", strconv.Itoa(i), t.String())
			continue
		}
		args = append(args, driver.NamedValue{Ordinal: len(args) + 1, Value: v})
	}
	// upstream ignores the failure to bind more values than the
	// statement has parameters
	if n := stmt.NumInput(); n >= 0 && len(args) > n {
		args = args[:n]
	}
	return stmt, args
}

// sqliteNoStatement reports whether a prepared query holds no statement
// (nothing but blanks and comments): SQLite gives no statement handle
// then, which the driver cannot run.
func sqliteNoStatement(stmt driver.Stmt) bool {
	v := reflect.ValueOf(stmt)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return false
	}
	h := v.Elem().FieldByName("s")
	return h.IsValid() && h.Kind() == reflect.Pointer && h.IsNil()
}

// pushSQLiteRow pushes a row as a table of column name -> value: integers
// as decimal strings (of the unsigned value, as upstream prints them),
// reals as numbers, text and blobs as strings, NULL as false.
func pushSQLiteRow(s *lua.State, cols []string, vals []driver.Value) {
	s.NewTable(0, len(cols))
	for i, name := range cols {
		s.PushString(name)
		switch v := vals[i].(type) {
		case int64:
			s.PushString(strconv.FormatUint(uint64(v), 10))
		case bool:
			if v {
				s.PushString("1")
			} else {
				s.PushString("0")
			}
		case float64:
			s.PushNumber(v)
		case string:
			s.PushString(v)
		case []byte:
			s.PushBytes(v)
		case time.Time:
			s.PushString(v.Format(sqlite3.SQLiteTimestampFormats[0]))
		default:
			s.PushBool(false)
		}
		s.SetTable(-3)
	}
}

// sqliteSQL is db:sql(query, args...) (also query and exec): the first
// row the first statement gave, if any, then whether it ran.
func (rt *Runtime) sqliteSQL(s *lua.State) int {
	db := lua.Check[*sqliteDB](s, 1, rt.Class(sqliteClass))
	stmt, args := rt.sqlitePrepare(s, db, "lua_sqlite3_sql", true)
	defer stmt.Close()
	if sqliteNoStatement(stmt) {
		// stepping no statement is a misuse, which leaves the
		// database's message as it was
		rt.log().Logf(logger.LevelWarning, "", "", false, "lua_sqlite3_sql", "sqlite3 error: %s", "not an error")
		s.PushBool(false)
		return 1
	}
	rows, err := stmt.(driver.StmtQueryContext).QueryContext(context.Background(), args)
	if err == nil {
		defer rows.Close()
		cols := rows.Columns()
		vals := make([]driver.Value, len(cols))
		switch err = rows.Next(vals); err {
		case nil:
			pushSQLiteRow(s, cols, vals)
			s.PushBool(true)
			return 2
		case io.EOF:
			s.PushBool(true)
			return 1
		}
	}
	rt.log().Logf(logger.LevelWarning, "", "", false, "lua_sqlite3_sql", "sqlite3 error: %s", err.Error())
	s.PushBool(false)
	return 1
}

// sqliteRowsIter is db:rows(query, args...): an iterator over the rows of
// the first statement.
func (rt *Runtime) sqliteRowsIter(s *lua.State) int {
	db := lua.Check[*sqliteDB](s, 1, rt.Class(sqliteClass))
	stmt, args := rt.sqlitePrepare(s, db, "lua_sqlite3_rows", false)
	r := &sqliteRows{stmt: stmt, done: sqliteNoStatement(stmt)}
	if !r.done {
		rows, err := stmt.(driver.StmtQueryContext).QueryContext(context.Background(), args)
		r.rows, r.done = rows, err != nil
	}
	s.PushUserdata(rt.Class(sqliteStmtClass), r)
	s.PushClosure(func(s *lua.State) int {
		if r.done {
			s.PushNil()
			return 1
		}
		cols := r.rows.Columns()
		vals := make([]driver.Value, len(cols))
		if err := r.rows.Next(vals); err != nil {
			r.done = true
			s.PushNil()
			return 1
		}
		pushSQLiteRow(s, cols, vals)
		return 1
	}, 1)
	return 1
}

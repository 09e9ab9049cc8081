/* C half of the binding: trampolines, protected helpers and the lpeg wrapper.
 * Nothing here keeps a Go pointer; Go reaches its values through indices. */
#ifndef GOLUA_H
#define GOLUA_H

#include <stddef.h>
#include <stdint.h>
#if !__has_include(<luajit.h>)
#error "LuaJIT is not built: run `make deps` (scripts/luajit.sh builds the oracle's LuaJIT into .cache/luajit)"
#endif
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include <luajit.h>

#define GOL_MAGIC 0x676f6c75u /* "golu" */

/* Result kinds a Go function reports to its trampoline (negative results):
 * -(kind | arg << 3). */
#define GOL_KIND_ERROR 1    /* lua_error with the value on top */
#define GOL_KIND_ERRORMSG 2 /* luaL_error with the string on top (adds where) */
#define GOL_KIND_ARGERROR 3 /* luaL_argerror(arg, string on top) */
#define GOL_KIND_YIELD 4    /* lua_yield(arg) */

/* Arguments of a Go function call, read by the trampoline so that Go reads
 * them without cgo calls. Only the first GOL_MAXARGS are cached. */
#define GOL_MAXARGS 8
#define GOL_MAXDEPTH 64

typedef struct gol_arg {
	int32_t type;
	uint32_t udcls;    /* class userdata: class id and object index */
	uint32_t udidx;
	uint32_t pad;
	lua_Number num;    /* numbers; booleans as 0/1 */
	const char *str;   /* strings */
	size_t len;
} gol_arg;

typedef struct gol_frame {
	int32_t ncached;
	int32_t pad;
	gol_arg args[GOL_MAXARGS];
} gol_frame;

/* Per-state C data, owned by Go (allocated and freed by gol_open/gol_close). */
typedef struct gol_state {
	gol_frame frames[GOL_MAXDEPTH]; /* one per nested Go function call */
	int depth;
	uint32_t sid;        /* index of the Go state in the process table */
	int handler_ref;     /* registry ref of the pcall message handler */
	int guard_mt_ref;    /* registry ref of the Go function guard metatable */
	int gettable_ref;    /* registry refs of protected table helpers */
	int settable_ref;
	int concat_ref;
	int compare_ref;
	char *tb;            /* traceback of the last error seen by the handler */
	size_t tblen;
	size_t tbcap;
	uint32_t *freed;     /* object slots released by __gc, drained by Go */
	size_t nfreed;
	size_t capfreed;
	uint32_t *freedfn;   /* function slots released by __gc, drained by Go */
	size_t nfreedfn;
	size_t capfreedfn;
} gol_state;

/* Block of a class userdata. */
typedef struct gol_udata {
	uint32_t magic;
	uint32_t cls;
	uint32_t idx;
	uint32_t pad;
} gol_udata;

/* Block of the first upvalue of every Go function closure. */
typedef struct gol_guard {
	uint32_t magic;
	uint32_t sid;
	uint32_t fid;
	uint32_t pad;
	gol_state *gs;
} gol_guard;

typedef struct gol_str {
	const char *p;
	size_t n;
} gol_str;

typedef struct gol_num {
	lua_Number v;
	int ok;
} gol_num;

lua_State *gol_open(gol_state *gs);
void gol_close(lua_State *L, gol_state *gs);
int gol_pcall(lua_State *L, gol_state *gs, int nargs, int nres);
void gol_pushgofunc(lua_State *L, gol_state *gs, uint32_t fid, int nup);
int gol_newclass(lua_State *L, gol_state *gs, const char *name, size_t len, uint32_t cls);
void gol_newudata(lua_State *L, int mtref, uint32_t cls, uint32_t idx);
uint32_t gol_testudata(lua_State *L, int idx, uint32_t cls);
uint32_t gol_toudata(lua_State *L, int idx, uint32_t *cls);
void gol_udata_diag(lua_State *L, int pos, const char *classname);
void gol_traceback(lua_State *L, int level);
int gol_where(lua_State *L, int level, char *src, size_t srclen, int *line);
void gol_class_tostring(lua_State *L, int idx);
gol_str gol_tolstring(lua_State *L, int idx);
gol_str gol_strview(lua_State *L, int idx);
size_t gol_objlen(lua_State *L, int idx);
gol_num gol_tonumber(lua_State *L, int idx);
int gol_getfield(lua_State *L, gol_state *gs, int idx, const char *k, size_t klen);
int gol_setfield(lua_State *L, gol_state *gs, int idx, const char *k, size_t klen);
int gol_gettable(lua_State *L, gol_state *gs, int idx);
int gol_settable(lua_State *L, gol_state *gs, int idx);
int gol_rawgetfield(lua_State *L, int idx, const char *k, size_t klen);
void gol_rawsetfield(lua_State *L, int idx, const char *k, size_t klen);
int gol_concat(lua_State *L, gol_state *gs, int n);
int gol_compare(lua_State *L, gol_state *gs, int a, int b, int op);
int gol_loadbuffer(lua_State *L, const char *buf, size_t len, const char *name, size_t namelen);
void gol_preload(lua_State *L, const char *name, size_t len);
void gol_preload_lpeg(lua_State *L, gol_state *gs);
int gol_errorstatus(lua_State *L, int r);

#endif

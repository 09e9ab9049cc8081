/* C half of the binding; see golua.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "golua.h"
#include "_cgo_export.h"

extern int luaopen_lpeg(lua_State *L);

/* Appends a released slot to a queue drained by Go. */
static void
gol_queue(uint32_t **arr, size_t *n, size_t *cap, uint32_t v)
{
	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 64;
		uint32_t *p = realloc(*arr, ncap * sizeof(uint32_t));
		if (p == NULL) {
			return; /* the slot leaks; nothing better to do in a finalizer */
		}
		*arr = p;
		*cap = ncap;
	}
	(*arr)[(*n)++] = v;
}

static void
gol_tbappend(gol_state *gs, const char *s, size_t n)
{
	if (gs->tblen + n + 1 > gs->tbcap) {
		size_t ncap = gs->tbcap ? gs->tbcap : 256;
		while (ncap < gs->tblen + n + 1) {
			ncap *= 2;
		}
		char *p = realloc(gs->tb, ncap);
		if (p == NULL) {
			return;
		}
		gs->tb = p;
		gs->tbcap = ncap;
	}
	memcpy(gs->tb + gs->tblen, s, n);
	gs->tblen += n;
	gs->tb[gs->tblen] = '\0';
}

/* Frames from level on, in rspamd's log format: " [n]:{src:line - name [what]};" */
static void
gol_tbframes(lua_State *L, int level, gol_state *gs, luaL_Buffer *b)
{
	lua_Debug d;
	char tmp[256];
	int i = level;

	while (lua_getstack(L, i++, &d)) {
		lua_getinfo(L, "nSl", &d);
		int r = snprintf(tmp, sizeof(tmp), " [%d]:{%s:%d - %s [%s]};",
						 i - level, d.short_src, d.currentline,
						 d.name ? d.name : "<unknown>", d.what);
		if (r < 0) {
			continue;
		}
		if ((size_t) r >= sizeof(tmp)) {
			r = sizeof(tmp) - 1;
		}
		if (gs) {
			gol_tbappend(gs, tmp, r);
		}
		else {
			luaL_addlstring(b, tmp, r);
		}
	}
}

void
gol_traceback(lua_State *L, int level)
{
	luaL_Buffer b;
	luaL_buffinit(L, &b);
	gol_tbframes(L, level, NULL, &b);
	luaL_pushresult(&b);
}

/* Source (short_src) and current line of the function at level; 0 if there
 * is no such level. */
int
gol_where(lua_State *L, int level, char *src, size_t srclen, int *line)
{
	lua_Debug d;

	if (!lua_getstack(L, level, &d)) {
		return 0;
	}
	lua_getinfo(L, "Sl", &d);
	snprintf(src, srclen, "%s", d.short_src);
	*line = d.currentline;
	return 1;
}

/* pcall message handler: records the traceback, keeps the error value. */
static int
gol_msgh(lua_State *L)
{
	gol_state *gs = (gol_state *) lua_touserdata(L, lua_upvalueindex(1));
	gs->tblen = 0;
	gol_tbappend(gs, "", 0);
	gol_tbframes(L, 1, gs, NULL);
	return 1;
}

static int
gol_guard_gc(lua_State *L)
{
	gol_state *gs = (gol_state *) lua_touserdata(L, lua_upvalueindex(1));
	gol_guard *g = (gol_guard *) lua_touserdata(L, 1);
	if (g && g->magic == GOL_MAGIC && g->fid != 0) {
		gol_queue(&gs->freedfn, &gs->nfreedfn, &gs->capfreedfn, g->fid);
		g->fid = 0;
	}
	return 0;
}

static int
gol_udata_gc(lua_State *L)
{
	gol_state *gs = (gol_state *) lua_touserdata(L, lua_upvalueindex(1));
	gol_udata *u = (gol_udata *) lua_touserdata(L, 1);
	if (u && lua_objlen(L, 1) == sizeof(gol_udata) && u->magic == GOL_MAGIC &&
		u->idx != 0) {
		gol_queue(&gs->freed, &gs->nfreed, &gs->capfreed, u->idx);
		u->idx = 0;
	}
	return 0;
}

static int
gol_gettable_p(lua_State *L)
{
	lua_gettable(L, 1);
	return 1;
}

static int
gol_settable_p(lua_State *L)
{
	lua_settable(L, 1);
	return 0;
}

static int
gol_concat_p(lua_State *L)
{
	lua_concat(L, lua_gettop(L));
	return 1;
}

static int
gol_compare_p(lua_State *L)
{
	int op = (int) lua_tointeger(L, 3);
	lua_pushboolean(L, op ? lua_lessthan(L, 1, 2) : lua_equal(L, 1, 2));
	return 1;
}

static int
gol_refcfunc(lua_State *L, lua_CFunction f)
{
	lua_pushcfunction(L, f);
	return luaL_ref(L, LUA_REGISTRYINDEX);
}

lua_State *
gol_open(gol_state *gs)
{
	lua_State *L = luaL_newstate();
	if (L == NULL) {
		return NULL;
	}
	luaL_openlibs(L);

	lua_pushlightuserdata(L, gs);
	lua_pushcclosure(L, gol_msgh, 1);
	gs->handler_ref = luaL_ref(L, LUA_REGISTRYINDEX);

	lua_createtable(L, 0, 2);
	lua_pushlightuserdata(L, gs);
	lua_pushcclosure(L, gol_guard_gc, 1);
	lua_setfield(L, -2, "__gc");
	lua_pushboolean(L, 0);
	lua_setfield(L, -2, "__metatable");
	gs->guard_mt_ref = luaL_ref(L, LUA_REGISTRYINDEX);

	gs->gettable_ref = gol_refcfunc(L, gol_gettable_p);
	gs->settable_ref = gol_refcfunc(L, gol_settable_p);
	gs->concat_ref = gol_refcfunc(L, gol_concat_p);
	gs->compare_ref = gol_refcfunc(L, gol_compare_p);
	return L;
}

void
gol_close(lua_State *L, gol_state *gs)
{
	lua_close(L);
	free(gs->tb);
	gs->tb = NULL;
	gs->tblen = gs->tbcap = 0;
}

int
gol_pcall(lua_State *L, gol_state *gs, int nargs, int nres)
{
	int base = lua_gettop(L) - nargs;
	lua_rawgeti(L, LUA_REGISTRYINDEX, gs->handler_ref);
	lua_insert(L, base);
	gs->tblen = 0;
	int st = lua_pcall(L, nargs, nres, base);
	lua_remove(L, base);
	return st;
}

int
gol_errorstatus(lua_State *L, int r)
{
	r = -r;
	switch (r & 7) {
	case GOL_KIND_ERROR:
		return lua_error(L);
	case GOL_KIND_ERRORMSG:
		return luaL_error(L, "%s", lua_tostring(L, -1));
	case GOL_KIND_ARGERROR:
		return luaL_argerror(L, r >> 3, lua_tostring(L, -1));
	case GOL_KIND_YIELD:
		if ((r >> 3) > lua_gettop(L)) {
			return luaL_error(L, "Go function yields more values than its stack holds");
		}
		return lua_yield(L, r >> 3);
	}
	return luaL_error(L, "Go function returned an invalid status %d", -r);
}

static gol_udata *gol_udata_at(lua_State *L, int idx);

static void
gol_cacheargs(lua_State *L, gol_frame *f)
{
	int n = lua_gettop(L);
	if (n > GOL_MAXARGS) {
		n = GOL_MAXARGS;
	}
	f->ncached = n;
	for (int i = 0; i < n; i++) {
		gol_arg *a = &f->args[i];
		a->type = lua_type(L, i + 1);
		switch (a->type) {
		case LUA_TNUMBER:
			a->num = lua_tonumber(L, i + 1);
			break;
		case LUA_TBOOLEAN:
			a->num = lua_toboolean(L, i + 1);
			break;
		case LUA_TSTRING:
			a->str = lua_tolstring(L, i + 1, &a->len);
			break;
		case LUA_TUSERDATA: {
			gol_udata *u = gol_udata_at(L, i + 1);
			a->udcls = u ? u->cls : 0;
			a->udidx = u ? u->idx : 0;
			break;
		}
		}
	}
}

static int
gol_trampoline(lua_State *L)
{
	gol_guard *g = (gol_guard *) lua_touserdata(L, lua_upvalueindex(1));
	if (g == NULL || g->magic != GOL_MAGIC || g->fid == 0) {
		return luaL_error(L, "invalid Go function");
	}
	gol_state *gs = g->gs;
	int depth = gs->depth++;
	if (depth < GOL_MAXDEPTH) {
		gol_cacheargs(L, &gs->frames[depth]);
	}
	int r = golua_call(L, g->sid, g->fid, depth);
	gs->depth--;
	if (r >= 0) {
		if (r > lua_gettop(L)) {
			return luaL_error(L, "Go function returns more values than its stack holds");
		}
		return r;
	}
	return gol_errorstatus(L, r);
}

void
gol_pushgofunc(lua_State *L, gol_state *gs, uint32_t fid, int nup)
{
	gol_guard *g = (gol_guard *) lua_newuserdata(L, sizeof(gol_guard));
	g->magic = GOL_MAGIC;
	g->sid = gs->sid;
	g->fid = fid;
	g->pad = 0;
	g->gs = gs;
	lua_rawgeti(L, LUA_REGISTRYINDEX, gs->guard_mt_ref);
	lua_setmetatable(L, -2);
	if (nup > 0) {
		lua_insert(L, -(nup + 1));
	}
	lua_pushcclosure(L, gol_trampoline, nup + 1);
}

int
gol_newclass(lua_State *L, gol_state *gs, const char *name, size_t len, uint32_t cls)
{
	lua_createtable(L, 1, 4);
	lua_pushlstring(L, "__index", 7);
	lua_pushvalue(L, -2);
	lua_rawset(L, -3);
	lua_pushlstring(L, "class", 5);
	lua_pushlstring(L, name, len);
	lua_rawset(L, -3);
	lua_pushinteger(L, cls);
	lua_rawseti(L, -2, 1);
	lua_pushlstring(L, "__gc", 4);
	lua_pushlightuserdata(L, gs);
	lua_pushcclosure(L, gol_udata_gc, 1);
	lua_rawset(L, -3);
	/* Also reachable as registry[name], like luaL_newmetatable. */
	lua_pushlstring(L, name, len);
	lua_pushvalue(L, -2);
	lua_rawset(L, LUA_REGISTRYINDEX);
	return luaL_ref(L, LUA_REGISTRYINDEX);
}

void
gol_newudata(lua_State *L, int mtref, uint32_t cls, uint32_t idx)
{
	gol_udata *u = (gol_udata *) lua_newuserdata(L, sizeof(gol_udata));
	u->magic = GOL_MAGIC;
	u->cls = cls;
	u->idx = idx;
	u->pad = 0;
	lua_rawgeti(L, LUA_REGISTRYINDEX, mtref);
	lua_setmetatable(L, -2);
}

static gol_udata *
gol_udata_at(lua_State *L, int idx)
{
	if (lua_type(L, idx) != LUA_TUSERDATA || lua_objlen(L, idx) != sizeof(gol_udata)) {
		return NULL;
	}
	gol_udata *u = (gol_udata *) lua_touserdata(L, idx);
	if (u->magic != GOL_MAGIC) {
		return NULL;
	}
	return u;
}

uint32_t
gol_testudata(lua_State *L, int idx, uint32_t cls)
{
	gol_udata *u = gol_udata_at(L, idx);
	if (u == NULL || u->cls != cls) {
		return 0;
	}
	return u->idx;
}

uint32_t
gol_toudata(lua_State *L, int idx, uint32_t *cls)
{
	gol_udata *u = gol_udata_at(L, idx);
	if (u == NULL) {
		*cls = 0;
		return 0;
	}
	*cls = u->cls;
	return u->idx;
}

/* Class name for diagnostics: mt.__index.class or "unknown"; leaves values on the stack. */
static const char *
gol_classname_diag(lua_State *L, int pos)
{
	const char *ret = NULL;
	if (lua_getmetatable(L, pos)) {
		lua_pushlstring(L, "__index", 7);
		lua_rawget(L, -2);
		if (lua_istable(L, -1)) {
			lua_pushlstring(L, "class", 5);
			lua_rawget(L, -2);
			ret = lua_tostring(L, -1);
		}
	}
	return ret ? ret : "unknown";
}

void
gol_udata_diag(lua_State *L, int pos, const char *classname)
{
	int top = lua_gettop(L);
	int nstack = top < 10 ? top : 10;
	const char *names[10] = {NULL};
	const char *actual;
	char tmp[512];
	luaL_Buffer b;
	int i, r;

	if (lua_type(L, pos) == LUA_TUSERDATA) {
		actual = gol_classname_diag(L, pos);
	}
	else {
		actual = lua_typename(L, lua_type(L, pos));
	}
	if (lua_checkstack(L, nstack * 3 + 8)) {
		for (i = 1; i <= nstack; i++) {
			if (lua_type(L, i) == LUA_TUSERDATA) {
				names[i - 1] = gol_classname_diag(L, i);
			}
		}
	}
	luaL_buffinit(L, &b);
	r = snprintf(tmp, sizeof(tmp),
				 "expected %s at position %d, but userdata has %s metatable; trace: ",
				 classname, pos, actual);
	luaL_addlstring(&b, tmp, r < (int) sizeof(tmp) ? r : (int) sizeof(tmp) - 1);
	gol_tbframes(L, 1, NULL, &b);
	r = snprintf(tmp, sizeof(tmp), " stack(%d): ", top);
	luaL_addlstring(&b, tmp, r);
	for (i = 1; i <= nstack; i++) {
		if (lua_type(L, i) == LUA_TUSERDATA) {
			r = snprintf(tmp, sizeof(tmp), "[%d: ud=%s] ", i,
						 names[i - 1] ? names[i - 1] : "unknown");
		}
		else {
			r = snprintf(tmp, sizeof(tmp), "[%d: %s] ", i, lua_typename(L, lua_type(L, i)));
		}
		luaL_addlstring(&b, tmp, r < (int) sizeof(tmp) ? r : (int) sizeof(tmp) - 1);
	}
	luaL_pushresult(&b);
	/* Drop the diagnostic helpers, keep the message. */
	if (lua_gettop(L) > top + 1) {
		lua_replace(L, top + 1);
		lua_settop(L, top + 1);
	}
}

void
gol_class_tostring(lua_State *L, int idx)
{
	char buf[64];
	const char *name = NULL;
	int top = lua_gettop(L);
	if (lua_getmetatable(L, idx)) {
		lua_pushlstring(L, "class", 5);
		lua_rawget(L, -2);
		name = lua_tostring(L, -1);
	}
	if (name == NULL) {
		lua_settop(L, top);
		lua_pushnil(L);
		return;
	}
	snprintf(buf, sizeof(buf), "(%016llX)",
			 (unsigned long long) (uintptr_t) lua_touserdata(L, idx));
	lua_pushstring(L, buf);
	lua_concat(L, 2);
	lua_replace(L, top + 1);
	lua_settop(L, top + 1);
}

gol_str
gol_tolstring(lua_State *L, int idx)
{
	gol_str s = {NULL, 0};
	switch (lua_type(L, idx)) {
	case LUA_TSTRING:
		s.p = lua_tolstring(L, idx, &s.n);
		break;
	case LUA_TNUMBER:
		/* Convert a copy: converting in place would break lua_next. */
		lua_pushvalue(L, idx);
		s.p = lua_tolstring(L, -1, &s.n);
		lua_pop(L, 1); /* numbers' strings are not anchored: callers copy at once */
		break;
	}
	return s;
}

gol_str
gol_strview(lua_State *L, int idx)
{
	gol_str s = {NULL, 0};
	if (lua_type(L, idx) == LUA_TSTRING) {
		s.p = lua_tolstring(L, idx, &s.n);
	}
	return s;
}

/* lua_objlen without converting a number in place. */
size_t
gol_objlen(lua_State *L, int idx)
{
	if (lua_type(L, idx) != LUA_TNUMBER) {
		return lua_objlen(L, idx);
	}
	lua_pushvalue(L, idx);
	size_t n = lua_objlen(L, -1);
	lua_pop(L, 1);
	return n;
}

gol_num
gol_tonumber(lua_State *L, int idx)
{
	gol_num r;
	r.ok = lua_isnumber(L, idx);
	r.v = r.ok ? lua_tonumber(L, idx) : 0;
	return r;
}

static int
gol_absindex(lua_State *L, int idx)
{
	return (idx > 0 || idx <= LUA_REGISTRYINDEX) ? idx : lua_gettop(L) + idx + 1;
}

/* Runs registry[ref](args on top) protected; returns 0 or the error status. */
static int
gol_protected(lua_State *L, int ref, int nargs, int nres)
{
	lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
	lua_insert(L, -(nargs + 1));
	return lua_pcall(L, nargs, nres, 0);
}

/* Pushes t[key] (key on top, replaced); returns the type or -2 with the error on top. */
int
gol_gettable(lua_State *L, gol_state *gs, int idx)
{
	idx = gol_absindex(L, idx);
	if (lua_type(L, idx) == LUA_TTABLE) {
		lua_pushvalue(L, -1);
		lua_rawget(L, idx);
		if (!lua_isnil(L, -1) || !lua_getmetatable(L, idx)) {
			lua_remove(L, -2);
			return lua_type(L, -1);
		}
		lua_pop(L, 2);
	}
	lua_pushvalue(L, idx);
	lua_insert(L, -2);
	if (gol_protected(L, gs->gettable_ref, 2, 1) != 0) {
		return -2;
	}
	return lua_type(L, -1);
}

int
gol_getfield(lua_State *L, gol_state *gs, int idx, const char *k, size_t klen)
{
	idx = gol_absindex(L, idx);
	lua_pushlstring(L, k, klen);
	return gol_gettable(L, gs, idx);
}

/* t[key] = value with key and value on top (both popped); 0 or -2 with the error on top. */
int
gol_settable(lua_State *L, gol_state *gs, int idx)
{
	idx = gol_absindex(L, idx);
	int kt = lua_type(L, -2);
	if (lua_type(L, idx) == LUA_TTABLE && kt != LUA_TNIL &&
		!(kt == LUA_TNUMBER && lua_tonumber(L, -2) != lua_tonumber(L, -2))) {
		if (!lua_getmetatable(L, idx)) {
			lua_rawset(L, idx);
			return 0;
		}
		lua_pop(L, 1);
	}
	lua_pushvalue(L, idx);
	lua_insert(L, -3);
	return gol_protected(L, gs->settable_ref, 3, 0) != 0 ? -2 : 0;
}

int
gol_setfield(lua_State *L, gol_state *gs, int idx, const char *k, size_t klen)
{
	idx = gol_absindex(L, idx);
	lua_pushlstring(L, k, klen);
	lua_insert(L, -2);
	return gol_settable(L, gs, idx);
}

int
gol_rawgetfield(lua_State *L, int idx, const char *k, size_t klen)
{
	idx = gol_absindex(L, idx);
	lua_pushlstring(L, k, klen);
	lua_rawget(L, idx);
	return lua_type(L, -1);
}

void
gol_rawsetfield(lua_State *L, int idx, const char *k, size_t klen)
{
	idx = gol_absindex(L, idx);
	lua_pushlstring(L, k, klen);
	lua_insert(L, -2);
	lua_rawset(L, idx);
}

int
gol_concat(lua_State *L, gol_state *gs, int n)
{
	return gol_protected(L, gs->concat_ref, n, 1) != 0 ? -2 : 0;
}

/* op 0: a == b, op 1: a < b; returns 0/1 or -2 with the error on top. */
int
gol_compare(lua_State *L, gol_state *gs, int a, int b, int op)
{
	a = gol_absindex(L, a);
	b = gol_absindex(L, b);
	lua_pushvalue(L, a);
	lua_pushvalue(L, b);
	lua_pushinteger(L, op);
	if (gol_protected(L, gs->compare_ref, 3, 1) != 0) {
		return -2;
	}
	int r = lua_toboolean(L, -1);
	lua_pop(L, 1);
	return r;
}

int
gol_loadbuffer(lua_State *L, const char *buf, size_t len, const char *name, size_t namelen)
{
	char small[256];
	char *cname = namelen < sizeof(small) ? small : malloc(namelen + 1);
	if (cname == NULL) {
		lua_pushliteral(L, "not enough memory");
		return LUA_ERRMEM;
	}
	memcpy(cname, name, namelen);
	cname[namelen] = '\0';
	int st = luaL_loadbuffer(L, buf, len, cname);
	if (cname != small) {
		free(cname);
	}
	return st;
}

/* package.preload[name] = function on top (popped). */
void
gol_preload(lua_State *L, const char *name, size_t len)
{
	lua_getfield(L, LUA_GLOBALSINDEX, "package");
	lua_getfield(L, -1, "preload");
	lua_pushlstring(L, name, len);
	lua_pushvalue(L, -4);
	lua_rawset(L, -3);
	lua_pop(L, 3);
}

/* The original lpeg match (a C function of the static library). */
static lua_CFunction gol_lpeg_match_orig;

/* lpeg.match accepting, like rspamd's patched LPeg, an rspamd{text} subject;
 * any other non-string subject is an error (stock LPeg would coerce numbers). */
static int
gol_lpeg_match(lua_State *L)
{
	int t = lua_type(L, 2);
	if (t == LUA_TSTRING) {
		return gol_lpeg_match_orig(L);
	}
	if (t == LUA_TUSERDATA) {
		gol_state *gs = (gol_state *) lua_touserdata(L, lua_upvalueindex(1));
		int r = golua_lpeg_text(L, gs->sid);
		switch (r) {
		case 1:
			lua_replace(L, 2);
			return gol_lpeg_match_orig(L);
		case 0:
			lua_pushnil(L);
			return 1;
		case -1:
			return luaL_argerror(L, 2, "'text' expected");
		default:
			return lua_error(L);
		}
	}
	return luaL_error(L, "invalid argument: %s", lua_typename(L, t));
}

static int
gol_lpeg_version(lua_State *L)
{
	lua_pushliteral(L, "1.0.0");
	return 1;
}

static int
gol_open_lpeg(lua_State *L)
{
	/* luaopen_lpeg registers a global "lpeg"; upstream's state has none. */
	lua_getfield(L, LUA_GLOBALSINDEX, "lpeg");
	int saved = lua_gettop(L);
	lua_pushnil(L);
	lua_setfield(L, LUA_GLOBALSINDEX, "lpeg");
	luaopen_lpeg(L);
	int lib = lua_gettop(L);
	lua_getfield(L, lib, "match");
	gol_lpeg_match_orig = lua_tocfunction(L, -1);
	lua_pop(L, 1);
	if (gol_lpeg_match_orig == NULL) {
		return luaL_error(L, "lpeg.match is not a C function");
	}
	lua_pushvalue(L, lua_upvalueindex(1));
	lua_pushcclosure(L, gol_lpeg_match, 1);
	lua_setfield(L, lib, "match");
	lua_pushcfunction(L, gol_lpeg_version);
	lua_setfield(L, lib, "version");
	lua_pushvalue(L, saved);
	lua_setfield(L, LUA_GLOBALSINDEX, "lpeg");
	lua_pushvalue(L, lib);
	return 1;
}

void
gol_preload_lpeg(lua_State *L, gol_state *gs)
{
	lua_pushlightuserdata(L, gs);
	lua_pushcclosure(L, gol_open_lpeg, 1);
	gol_preload(L, "lpeg", 4);
}

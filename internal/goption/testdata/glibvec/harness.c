/*
 * harness: parses its arguments with the system GLib's GOption and prints
 * the outcome in the format goption's TestGLibVectors expects. Built by
 * gen.sh against the oracle chroot's libglib-2.0.so.0; declares the few
 * GLib symbols it needs itself (no GLib headers needed).
 *
 * Mode (first argument): a string of letters
 *   H  help enabled        I  ignore unknown options
 *   G  add group "extra"   U  UTF-8 locale (setlocale from LANG=C.UTF-8)
 *   R  add a remaining-arguments entry
 * GLib prints help requests itself (and exits 0); otherwise the harness
 * prints "error: <message>" on failure, else the values and the rest.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <locale.h>

typedef struct { unsigned domain; int code; char *message; } GError;
typedef struct {
	const char *long_name; char short_name; int flags; int arg;
	void *arg_data; const char *description; const char *arg_description;
} GOptionEntry;
typedef int (*GOptionArgFunc)(const char *, const char *, void *, GError **);
void *g_option_context_new(const char *);
void g_option_context_add_main_entries(void *, const GOptionEntry *, const char *);
int g_option_context_parse(void *, int *, char ***, GError **);
void g_option_context_set_help_enabled(void *, int);
void g_option_context_set_ignore_unknown_options(void *, int);
void g_option_context_set_summary(void *, const char *);
void *g_option_group_new(const char *, const char *, const char *, void *, void *);
void g_option_group_add_entries(void *, const GOptionEntry *);
void g_option_context_add_group(void *, void *);
void g_set_error_literal(GError **, unsigned, int, const char *);
unsigned g_quark_from_static_string(const char *);

static int verbose, quiet = 1, count, extra_flag;
static char *name, *file, *extra_name;
static char **list, **files, **remaining;
static double ratio;
static long long big;

static int cb(const char *opt, const char *value, void *d, GError **err)
{
	printf("cb %s=%s\n", opt, value ? value : "(null)");
	if (value && strcmp(value, "fail") == 0) {
		g_set_error_literal(err, g_quark_from_static_string("t"), 1, "callback failed");
		return 0;
	}
	if (value && strcmp(value, "silent") == 0) {
		return 0;
	}
	return 1;
}

static int flagcb(const char *opt, const char *value, void *d, GError **err)
{
	printf("flagcb %s=%s\n", opt, value ? value : "(null)");
	return 1;
}

static void strv(const char *k, char **v)
{
	if (!v) return;
	printf("%s", k);
	for (; *v; v++) printf(" [%s]", *v);
	printf("\n");
}

int main(int argc, char **argv)
{
	const char *mode = argv[1];
	GOptionEntry entries[] = {
		{"verbose", 'v', 0, 0, &verbose, "Be verbose", NULL},
		{"quiet", 'q', 4, 0, &quiet, "Not quiet", NULL},
		{"name", 'n', 0, 1, &name, "A name", "NAME"},
		{"count", 'c', 0, 2, &count, "A count", NULL},
		{"ratio", 'r', 0, 7, &ratio, "A ratio", NULL},
		{"big", 0, 0, 8, &big, "A big number", NULL},
		{"file", 'f', 0, 4, &file, "A file", NULL},
		{"list", 'l', 0, 5, &list, "List item", NULL},
		{"files", 'F', 0, 6, &files, "File item", NULL},
		{"password", 'P', 32, 3, (void *) cb, "Optional callback", NULL},
		{"flag", 'x', 8, 3, (void *) flagcb, "Flag callback", NULL},
		{"hidden", 0, 1, 0, &extra_flag, "Hidden", NULL},
		{NULL}};
	GOptionEntry rest[] = {{"", 0, 0, 6, &remaining, "Rest", "FILES..."}, {NULL}};
	GOptionEntry extra[] = {
		{"extra-name", 'e', 0, 1, &extra_name, "Extra name", NULL},
		{"verbose", 'V', 0, 0, &extra_flag, "Extra verbose", NULL},
		{NULL}};
	GError *err = NULL;
	void *ctx;
	int i;

	if (strchr(mode, 'U')) setlocale(LC_ALL, "");
	ctx = g_option_context_new("- test harness");
	g_option_context_set_summary(ctx, "Summary:\n  harness");
	g_option_context_add_main_entries(ctx, entries, NULL);
	if (strchr(mode, 'R')) g_option_context_add_main_entries(ctx, rest, NULL);
	if (strchr(mode, 'G')) {
		void *g = g_option_group_new("extra", "Extra Options:", "Show extra options", NULL, NULL);
		g_option_group_add_entries(g, extra);
		g_option_context_add_group(ctx, g);
	}
	g_option_context_set_help_enabled(ctx, strchr(mode, 'H') != NULL);
	g_option_context_set_ignore_unknown_options(ctx, strchr(mode, 'I') != NULL);
	argv[1] = argv[0];
	argc--;
	argv++;
	if (!g_option_context_parse(ctx, &argc, &argv, &err)) {
		printf("error: %s\n", err->message);
		return 1;
	}
	printf("verbose=%d quiet=%d count=%d big=%lld ratio=%.17g extra=%d\n",
		verbose, quiet, count, big, ratio, extra_flag);
	printf("name=%s file=%s extra-name=%s\n", name ? name : "(null)",
		file ? file : "(null)", extra_name ? extra_name : "(null)");
	strv("list", list);
	strv("files", files);
	strv("remaining", remaining);
	printf("rest");
	for (i = 1; i < argc; i++) printf(" [%s]", argv[i]);
	printf("\n");
	return 0;
}

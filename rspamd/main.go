// Command rspamd is the Go replacement for upstream's rspamd daemon. So far
// it reproduces the daemon's command line (options, help, version report,
// privilege checks) and checks that the configuration file can be read;
// configuration loading and serving are not built yet.
package main

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/user"
	"syscall"
	"time"

	"github.com/gorspamd/rspamd/internal/buildinfo"
	"github.com/gorspamd/rspamd/internal/goption"
	"github.com/gorspamd/rspamd/internal/syserr"
	"github.com/gorspamd/rspamd/internal/version"
)

// defaultConfig is the configuration file of the Debian build.
const defaultConfig = "/etc/rspamd/rspamd.conf"

// options are the daemon's command-line options.
type options struct {
	noFork, debug, insecure, showVersion, skipTemplate bool
	configs, luaEnv                                    []string
	user, group, pidFile                               *string
	vars                                               goption.Vars
}

func main() {
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

func run(argv []string, stdout, stderr io.Writer) int {
	var o options
	ctx := goption.NewContext("- run rspamd daemon", goption.NewGroup("", "", "",
		goption.Bool("no-fork", 'f', &o.noFork, "Do not daemonize main process"),
		goption.Filenames("config", 'c', &o.configs, "Specify config file(s)"),
		goption.String("user", 'u', &o.user, "User to run rspamd as"),
		goption.String("group", 'g', &o.group, "Group to run rspamd as"),
		goption.String("pid", 'p', &o.pidFile, "Path to pidfile"),
		goption.Bool("debug", 'd', &o.debug, "Force debug output"),
		goption.Bool("insecure", 'i', &o.insecure, "Ignore running workers as privileged users (insecure)"),
		goption.Bool("version", 'v', &o.showVersion, "Show version and exit"),
		goption.Func("var", 0, 0, varCallback(&o.vars, stderr), "Redefine/define environment variable"),
		goption.Bool("skip-template", 'T', &o.skipTemplate, "Do not apply Jinja templates"),
		goption.Filenames("lua-env", 0, &o.luaEnv, "Load lua environment from the specified files"),
	))
	ctx.Summary = "Summary:\n  Rspamd daemon version " + version.Upstream
	// Upstream switches to the environment's locale only when LANG is set.
	if _, ok := os.LookupEnv("LANG"); ok {
		ctx.Charset, _ = goption.EnvCharset()
	}
	rest, err := ctx.Parse(argv)
	if err != nil {
		return goption.Report(err, stdout, stderr)
	}
	if len(o.configs) > 1 {
		// Upstream asserts that a single configuration file is given.
		const msg = "ERROR:./src/rspamd.c:207:read_cmd_line: assertion failed: (cfg_num == 1)\n"
		fmt.Fprint(stderr, "**\n"+msg)
		fmt.Fprint(stdout, "Bail out! "+msg)
		abort()
	}
	if o.showVersion {
		if err := buildinfo.WriteReport(stdout); err != nil {
			return 1
		}
		return 0
	}
	for _, a := range rest[1:] {
		o.vars.Parse(a)
	}

	log := newLogger(stderr)
	if code, stop := detectPriv(&o, log); stop {
		return code
	}
	log.main("main", "rspamd %s is loading configuration, build id: %s", version.Upstream, version.ReleaseID)
	cfg := defaultConfig
	if len(o.configs) == 1 {
		cfg = o.configs[0]
	}
	return loadConfig(&o, cfg, log.tag, stderr)
}

// varCallback handles --var NAME=VALUE. Upstream reports a bad value with
// an error in an unregistered domain, which GLib warns about first.
func varCallback(vars *goption.Vars, stderr io.Writer) goption.Callback {
	return func(_ string, value *string) error {
		if vars.Parse(*value) {
			return nil
		}
		fmt.Fprintf(stderr, "\n(%s:%d): GLib-WARNING **: %s: (../../../glib/gerror.c:290):g_error_new_valist: runtime check failed: (domain != 0)\n",
			goption.ProgramName(), os.Getpid(), time.Now().Format("15:04:05.000"))
		return fmt.Errorf("Bad variable format: %s", *value)
	}
}

// detectPriv refuses to run as root without -u or --insecure and checks
// the user and group given, as upstream does before loading the
// configuration. stop tells the daemon to exit with code.
func detectPriv(o *options, log *logger) (code int, stop bool) {
	if os.Geteuid() != 0 || o.insecure {
		return 0, false
	}
	if o.user == nil {
		log.main("detect_priv", "cannot run rspamd workers as root user, please add -u and -g options to select a proper unprivileged user or specify --insecure flag")
		return 1, true
	}
	if _, err := user.Lookup(*o.user); err != nil {
		errno := errnoOf(err)
		log.main("detect_priv", "user specified does not exists (%s), aborting", syserr.Strerror(errno))
		return int(-errno) & 0xff, true
	}
	if o.group != nil {
		if _, err := user.LookupGroup(*o.group); err != nil {
			errno := errnoOf(err)
			log.main("detect_priv", "group specified does not exists (%s), aborting", syserr.Strerror(errno))
			return int(-errno) & 0xff, true
		}
	}
	return 0, false
}

// errnoOf returns the errno behind err; a name that does not exist leaves
// errno 0, as getpwnam does.
func errnoOf(err error) syscall.Errno {
	var errno syscall.Errno
	errors.As(err, &errno)
	return errno
}

// logger writes the main process's messages to stderr in the format of
// upstream's console logger, until the logging package takes over.
type logger struct {
	w   io.Writer
	tag string
}

func newLogger(w io.Writer) *logger {
	var b [3]byte
	_, _ = rand.Read(b[:])
	return &logger{w: w, tag: hex.EncodeToString(b[:])}
}

func (l *logger) line(module, function, format string, args ...any) {
	fmt.Fprintf(l.w, "%s #%d(main) %s; %s: %s\n", time.Now().Format("2006-01-02 15:04:05"), os.Getpid(),
		module, function, fmt.Sprintf(format, args...))
}

// main logs a message of the main process, tagged with its log id.
func (l *logger) main(function, format string, args ...any) {
	l.line("<"+l.tag+">; main", function, format, args...)
}

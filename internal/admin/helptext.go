package admin

// Full help texts of the C-implemented commands, as "rspamadm help <command>"
// prints them (followed by a newline).
const (
	// controlCommandList ends "help control" and the control command's
	// usage errors.
	controlCommandList = `Supported commands:
  stat            - show statistics
  reload          - reload workers dynamic data
  reresolve       - resolve upstreams addresses
  recompile       - recompile hyperscan regexes
  fuzzystat       - show fuzzy statistics
  fuzzysync       - immediately sync fuzzy database to storage
  fuzzyhash <hex> - show storage info for a fuzzy hash (128 hex chars)
  compositesstats - show composites processing statistics
  memstat         - show memory usage statistics across all workers
`

	helpPw = `Manipulate with passwords in Rspamd

Usage: rspamadm pw [command]
Where commands are:

--encrypt: encrypt password (this is a default command)
--check: check encrypted password using encrypted password
--list: list available pbkdf algorithms
--password: input password
--type: select the specified pbkdf type
--help: shows available options and commands`

	helpConfigtest = `Perform configuration file test

Usage: rspamadm configtest [-q -c <config_name>]
Where options are:

-q: quiet output
-c: config file to test
--help: shows available options and commands`

	helpConfigdump = `Perform configuration file dump

Usage: rspamadm configdump [-c <config_name> [-j --compact -m] [<path1> [<path2> ...]]]
Where options are:

-j: output plain json
--compact: output compacted json
-c: config file to test
-m: show state of modules only
-h: show help for dumped options
--local: show only local (and override) configuration
--override: show only override configuration
--help: shows available options and commands`

	helpControl = `Manage rspamd main control interface

Usage: rspamadm control [-c] [-j] [-u] [-s path] command
Where options are:

-c: output compacted json
-j: output linted json
-u: output ucl (default)
-s: use the following socket instead of /var/lib/rspamd/rspamd.sock
-t: set IO timeout (1.0 seconds default)
--help: shows available options and commands

` + controlCommandList

	helpConfighelp = `Shows help for the specified configuration options

Usage: rspamadm confighelp [option[, option...]]
Where options are:

-c: output compacted JSON
-j: output pretty formatted JSON
-k: search by keyword in doc string
-P: use specific Lua plugins path
--no-color: disable coloured output
--short: show only option names
--no-examples: do not show examples (implied by --short)
--help: shows available options and commands`

	helpStatconvert = `Convert statistics from sqlite3 to redis

Usage: rspamadm statconvert -c /etc/rspamd.conf [-r]
Where options are:

-c: config file to read data from
-r: reset previous data instead of increasing values
-e: set expire to that amount of seconds
** Or specify options directly **
--redis-host: output redis ip (in format ip:port)
--redis-db: output redis database
--redis-username: redis username
--redis-password: redis password
--cache: sqlite3 file for learn cache
--spam-db: sqlite3 input file for spam data
--ham-db: sqlite3 input file for ham data
--symbol-spam: symbol in redis for spam (e.g. BAYES_SPAM)
--symbol-ham: symbol in redis for ham (e.g. BAYES_HAM)
`

	helpFuzzyconvert = `Convert fuzzy hashes from sqlite3 to redis

Usage: rspamadm fuzzyconvert -d <sqlite_db> -h <redis_ip>
Where options are:

-d: input sqlite
-h: output redis ip (in format ip:port)
-D: output redis database
-u: redis username
-p: redis password
`

	helpSigntool = `Manage digital signatures

Usage: rspamadm signtool [-o] -k <keypair_file> [-v -p <pubkey> | -P <pubkey_file>] [-S <suffix>] file1 ...
Where options are:

-v: verify against pubkey instead of 
-o: use ECDSA instead of EdDSA
-p: load pubkey as base32 string
-P: load pubkey paced in file
-k: load signing keypair from ucl file
-S: append suffix for signatures and store them in files
-q: be quiet
-e: opens file for editing and sign the result
--editor: use the specified editor instead of $EDITOR environment var
--help: shows available options and commands`

	helpLua = `Run lua read/execute/print loop

Usage: rspamadm lua [-P paths] [-s scripts]
Where options are:

-P: add additional lua paths (may be repeated)
-p: split input to lines and feed each line to the script
-s: load scripts on start from specified files (may be repeated)
-S: listen on a specified address as HTTP server
-a: pass argument to lua (may be repeated)
-e: execute script specified in command line--help: shows available options and commands`
)

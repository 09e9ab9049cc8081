package cfg

import (
	"github.com/gorspamd/rspamd/internal/encoding"
	"github.com/gorspamd/rspamd/internal/ucl"
)

// CModules are the modules upstream implements in C, in the order the
// Debian build registers them.
var CModules = []string{"chartable", "dkim", "fuzzy_check", "regexp"}

const dkimSignHeaders = "(o)from:(x)sender:(o)reply-to:(o)subject:(x)date:(x)message-id:" +
	"(o)to:(o)cc:(x)mime-version:(x)content-type:(x)content-transfer-encoding:" +
	"resent-to:resent-cc:resent-from:resent-sender:resent-message-id:" +
	"(x)in-reply-to:(x)references:list-id:list-help:list-owner:list-unsubscribe:" +
	"list-unsubscribe-post:list-subscribe:list-post:(x)openpgp:(x)autocrypt"

// moduleDoc is a documentation entry a C module registers when it is
// initialised.
type moduleDoc struct {
	path, doc, name string
	typ             ucl.Type
	def             string
}

var cModuleDocs = []moduleDoc{
	{"", "DKIM check plugin", "dkim", ucl.TypeObject, ""},
	{"dkim", "Map of IP addresses that should be excluded from DKIM checks", "whitelist", ucl.TypeString, ""},
	{"dkim", "Symbol that is added if DKIM check is successful", "symbol_allow", ucl.TypeString, "R_DKIM_ALLOW"},
	{"dkim", "Symbol that is added if DKIM check is unsuccessful", "symbol_reject", ucl.TypeString, "R_DKIM_REJECT"},
	{"dkim", "Symbol that is added if DKIM check can't be completed (e.g. DNS failure)", "symbol_tempfail", ucl.TypeString, "R_DKIM_TEMPFAIL"},
	{"dkim", "Symbol that is added if mail is not signed", "symbol_na", ucl.TypeString, "R_DKIM_NA"},
	{"dkim", "Symbol that is added if permanent failure encountered", "symbol_permfail", ucl.TypeString, "R_DKIM_PERMFAIL"},
	{"dkim", "Size of DKIM keys cache", "dkim_cache_size", ucl.TypeInt, "2048"},
	{"dkim", "Allow this time difference when checking DKIM signature time validity", "time_jitter", ucl.TypeTime, "60"},
	{"dkim", "Domains to check DKIM for (check all domains if this option is empty)", "domains", ucl.TypeString, "empty"},
	{"dkim", "Map of domains that are treated as 'trusted' meaning that DKIM policy failure has more significant score", "trusted_domains", ucl.TypeString, "empty"},
	{"dkim", "Multiply dkim score by this factor for trusted domains", "strict_multiplier", ucl.TypeFloat, ""},
	{"dkim", "Check DKIM policies merely for `trusted_domains`", "trusted_only", ucl.TypeBoolean, "false"},
	{"dkim", "Lua script that tells if a message should be signed and with what params (obsoleted)", "sign_condition", ucl.TypeString, "empty"},
	{"dkim", "Obsoleted: maximum number of DKIM signatures to check", "max_sigs", ucl.TypeInt, "n/a"},
	{"dkim", "Headers used in signing", "sign_headers", ucl.TypeString, dkimSignHeaders},
	{"", "Fuzzy check plugin", "fuzzy_check", ucl.TypeObject, ""},
	{"fuzzy_check", "Default symbol", "symbol", ucl.TypeString, ""},
	{"fuzzy_check", "Minimum number of *words* to check a text part", "min_length", ucl.TypeInt, ""},
	{"fuzzy_check", "Minimum number of *bytes* to check a non-text part", "min_bytes", ucl.TypeInt, ""},
	{"fuzzy_check", "Multiplier for bytes limit when checking for text parts", "text_multiplier", ucl.TypeFloat, ""},
	{"fuzzy_check", "Minimum height in pixels for embedded images to check using fuzzy storage", "min_height", ucl.TypeInt, ""},
	{"fuzzy_check", "Minimum width in pixels for embedded images to check using fuzzy storage", "min_width", ucl.TypeInt, ""},
	{"fuzzy_check", "Timeout for waiting reply from a fuzzy server", "timeout", ucl.TypeTime, ""},
	{"fuzzy_check", "Maximum number of retransmits for a single request", "retransmits", ucl.TypeInt, ""},
	{"fuzzy_check", "Maximum number of upstream errors, affects error rate threshold", "max_errors", ucl.TypeInt, ""},
	{"fuzzy_check", "Time to lapse before re-resolve faulty upstream", "revive_time", ucl.TypeFloat, ""},
	{"fuzzy_check", "Whitelisted IPs map", "whitelist", ucl.TypeString, ""},
	{"fuzzy_check", "Fuzzy check rule", "rule", ucl.TypeObject, ""},
	{"fuzzy_check.rule", "Headers that are used to make a separate hash", "headers", ucl.TypeArray, ""},
	{"fuzzy_check.rule", "Whitelisted hashes map", "skip_hashes", ucl.TypeString, ""},
	{"fuzzy_check.rule", "Set of mime types (in form type/subtype, or type/*, or *) to check with fuzzy", "mime_types", ucl.TypeArray, ""},
	{"fuzzy_check.rule", "Number of fuzzy hash hits at which the normalized score reaches ~1.0. Score is calculated as tanh(e * hits / hits_limit). Legacy name: max_score", "hits_limit", ucl.TypeInt, ""},
	{"fuzzy_check.rule", "Exponent of the probability weight curve: score multiplier is ((prob - prob_bias) / (1 - prob_bias)) ^ prob_power, so weak shingle matches score much lower than exact ones (default: 1.0)", "prob_power", ucl.TypeFloat, ""},
	{"fuzzy_check.rule", "Anchor of the probability weight curve, normally the shingle match threshold (default: 0.5)", "prob_bias", ucl.TypeFloat, ""},
	{"fuzzy_check.rule", "List of servers to check (or learn)", "servers", ucl.TypeString, ""},
	{"fuzzy_check.rule", "List of servers to check (read-only operations)", "read_servers", ucl.TypeString, ""},
	{"fuzzy_check.rule", "List of servers to learn (write operations)", "write_servers", ucl.TypeString, ""},
	{"fuzzy_check.rule", "If true then never try to learn this fuzzy storage", "read_only", ucl.TypeBoolean, ""},
	{"fuzzy_check.rule", "If true then ignore unknown flags and not add the default fuzzy symbol", "skip_unknown", ucl.TypeBoolean, ""},
	{"fuzzy_check.rule", "Default symbol for rule (if no flags defined or matched)", "symbol", ucl.TypeString, ""},
	{"fuzzy_check.rule", "Base32 value for the protocol encryption public key", "encryption_key", ucl.TypeString, ""},
	{"fuzzy_check.rule", "Base32 value for the protocol encryption public key for read operations", "read_encryption_key", ucl.TypeString, ""},
	{"fuzzy_check.rule", "Base32 value for the protocol encryption public key for write operations", "write_encryption_key", ucl.TypeString, ""},
	{"fuzzy_check.rule", "Base32 value for the hashing key (for private storages)", "fuzzy_key", ucl.TypeString, ""},
	{"fuzzy_check.rule", "Base32 value for the shingles hashing key (for private storages)", "fuzzy_shingles_key", ucl.TypeString, ""},
	{"fuzzy_check.rule", "Lua script that returns boolean function to check if this task should be considered when learning fuzzy storage", "learn_condition", ucl.TypeString, ""},
	{"fuzzy_check.rule", "Map of SYMBOL -> data for flags configuration", "fuzzy_map", ucl.TypeObject, ""},
	{"fuzzy_check.rule", "Use direct hash for short texts", "short_text_direct_hash", ucl.TypeBoolean, "true"},
	{"fuzzy_check.rule", "Enable hashing of text content (set to false to disable text hashes)", "text_hashes", ucl.TypeBoolean, "true"},
	{"fuzzy_check.rule", "Enable HTML structure hashing for this rule", "html_shingles", ucl.TypeBoolean, "false"},
	{"fuzzy_check.rule", "Minimum number of HTML tags required to generate HTML hashes", "min_html_tags", ucl.TypeInt, ""},
	{"fuzzy_check.rule", "Multiplier applied to HTML fuzzy matches", "html_weight", ucl.TypeFloat, ""},
	{"fuzzy_check.rule", "Ignore link domains in HTML structural tokens (for template-only matching)", "html_ignore_domains", ucl.TypeBoolean, "false"},
	{"fuzzy_check.rule", "Content hashing checks configuration object (e.g. { text = { enabled = true; }, html = { enabled = true; } })", "checks", ucl.TypeObject, ""},
	{"fuzzy_check.rule", "Override module default min bytes for this rule", "min_bytes", ucl.TypeInt, ""},
	{"fuzzy_check.rule.fuzzy_map", "Number of fuzzy hash hits at which the normalized score reaches ~1.0 for this flag. Legacy name: max_score", "hits_limit", ucl.TypeInt, ""},
	{"fuzzy_check.rule.fuzzy_map", "Flag number", "flag", ucl.TypeInt, ""},
	{"fuzzy_check.rule", "Do no use subject to distinguish short text hashes", "no_subject", ucl.TypeBoolean, "false"},
	{"fuzzy_check.rule", "Disable sharing message stats with the fuzzy server", "no_share", ucl.TypeBoolean, "false"},
	{"", "Regular expressions rules plugin", "regexp", ucl.TypeObject, ""},
	{"regexp", "Maximum size of data chunk scanned with any regexp (further data is truncated)", "max_size", ucl.TypeInt, ""},
}

// InitCModules registers the documentation of the C modules, as their
// init functions do, and checks the `filters` list (the C part of
// rspamd_init_filters): unknown names are reported, sections defined more
// than once too.
func (c *Config) InitCModules() {
	for _, d := range cModuleDocs {
		var def *string
		if d.def != "" {
			v := d.def
			def = &v
		}
		c.AddDocByPath(d.path, d.doc, d.name, d.typ, def, false)
	}
	for _, name := range c.Filters {
		known := false
		for _, m := range CModules {
			if encoding.EqualFoldASCII(m, name) {
				known = true
				c.checkDuplicateSections(m)
				break
			}
		}
		if !known {
			c.warnf("rspamd_init_filters", "requested unknown module %s", name)
		}
	}
}

// checkDuplicateSections warns when a module's section is defined several
// times (only the first one is read).
func (c *Config) checkDuplicateSections(name string) {
	sec := c.UCL.Lookup(name)
	if sec == nil || sec.Next() == nil {
		return
	}
	n := len(sec.Values())
	c.warnf("rspamd_config_check_duplicate_sections", "section '%s' is defined %ud times in the configuration, but module %s reads only the first one; the remaining sections are IGNORED; merge them into a single section (check for stray files in modules.d or duplicate includes)",
		name, uint(n), name)
}

-- Lines rspamd_logger writes through the daemon's configured logger (run by
-- logfmt.sh while real rspamd loads a minimal configuration, and by
-- internal/luaapi's TestLogFormats): every line holds "logfmt".
local logger = require "rspamd_logger"
local rspamd_text = require "rspamd_text"
logger.infox('logfmt info %s', 'one')
logger.errx(rspamd_text.fromstring('x'), 'logfmt error with an empty tag')
logger.warnx('logfmt warning with\ttab and \1 control')
logger.messagex('logfmt notice "quoted" back\\slash')
logger.debugm('lua', 'abcdefghijkl', 'logfmt debug is hidden')
logger.debugm('mymodule', 'abcdefghijklmnopqrstuvwxyz', 'logfmt debug of an enabled module')
logger.debugm('MyModule', 'short', 'logfmt debug module names ignore case')
logger.logx(8, 'mymodule', 'abcdefghijkl', 'logfmt logx with a long tag')
logger.logx(64, 'mymodule', 'abcdefghijkl', 2, 'logfmt logx with stack level 2')
for _ = 1, 10 do logger.infox('logfmt repeated line') end
logger.infox('logfmt after repeats')
for _ = 1, 5 do logger.infox('logfmt repeated five times') end
logger.infox('logfmt last')
os.exit(0)

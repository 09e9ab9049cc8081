-- rspamadm: -v
-- rspamd_logger under `rspamadm -v` (debug threshold, time stamps with
-- microseconds, the id column): every line printed holds LUATEST.
io.stdout:setvbuf('no')
local logger = require "rspamd_logger"
local rspamd_text = require "rspamd_text"
logger.debugm('mymod', 'abcdefgh', 'LUATEST debugm %s', 'x')
logger.debugm('mymod', 'ab', 'LUATEST debugm short id')
logger.debugm('mymod', '', 'LUATEST debugm empty id')
logger.debugm('mymod', rspamd_text.fromstring('t'), 'LUATEST debugm text id')
logger.infox('LUATEST infox %s', 1)
logger.infox(rspamd_text.fromstring('x'), 'LUATEST infox with a text id %s', 1)
logger.debugx('LUATEST debugx')
logger.errx('LUATEST errx')
logger.warnx('LUATEST warnx')
logger.messagex('LUATEST messagex')
logger.logx(64, 'mod', 'abcdef', 'LUATEST logx info')
logger.logx(128, 'mod', 'abcdefghijk', 2, 'LUATEST logx debug with stack level')
print('LUATEST', logger.log_level())

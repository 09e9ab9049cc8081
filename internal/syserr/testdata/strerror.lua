-- Prints errno and strerror's text for 0..139 with the oracle's C library:
--   cp strerror.lua /srv/oracle-sid/tmp/ &&
--   chroot /srv/oracle-sid rspamadm lua /tmp/strerror.lua > strerror.txt
local ffi = require "ffi"
ffi.cdef "char *strerror(int);"
for i = 0, 139 do
  print(i .. "\t" .. ffi.string(ffi.C.strerror(i)))
end

module github.com/gorspamd/rspamd

go 1.26

package client

/*
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <netdb.h>
#include <arpa/inet.h>

#ifndef AI_IDN
#define AI_IDN 0
#endif

// resolve_first resolves host as rspamc resolves --ip (service 25, stream
// sockets, any family) and writes the first address as text into out.
// It returns 0 or a getaddrinfo error code.
static int resolve_first(const char *host, char *out, size_t outlen) {
	struct addrinfo hints, *res, *cur;
	memset(&hints, 0, sizeof(hints));
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_NUMERICSERV | AI_IDN;
	hints.ai_family = AF_UNSPEC;
	int r = getaddrinfo(host, "25", &hints, &res);
	if (r != 0) {
		return r;
	}
	out[0] = '\0';
	for (cur = res; cur != NULL; cur = cur->ai_next) {
		const void *a = NULL;
		if (cur->ai_family == AF_INET) {
			a = &((struct sockaddr_in *)cur->ai_addr)->sin_addr;
		} else if (cur->ai_family == AF_INET6) {
			a = &((struct sockaddr_in6 *)cur->ai_addr)->sin6_addr;
		}
		if (a != NULL && inet_ntop(cur->ai_family, a, out, outlen) != NULL) {
			break;
		}
	}
	freeaddrinfo(res);
	return 0;
}
*/
import "C"

import (
	"errors"
	"unsafe"
)

// Resolve resolves a host name for --ip with the C library's resolver,
// as rspamc does; errors carry gai_strerror's text.
func Resolve(host string) (string, error) {
	ch := C.CString(host)
	defer C.free(unsafe.Pointer(ch))
	var buf [C.INET6_ADDRSTRLEN + 1]C.char
	if r := C.resolve_first(ch, &buf[0], C.size_t(len(buf))); r != 0 {
		return "", errors.New(C.GoString(C.gai_strerror(r)))
	}
	if buf[0] == 0 {
		return host, nil
	}
	return C.GoString(&buf[0]), nil
}

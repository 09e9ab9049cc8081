// Command fakedns runs the loopback DNS responder of the differential tests
// (package fakedns): it answers from the zone files it is given and with
// NXDOMAIN for every other name; with no zone files it answers NXDOMAIN to
// everything. SIGHUP reloads the zone files (a failed reload keeps the old
// zone); SIGTERM and SIGINT stop it.
//
// Usage:
//
//	fakedns [-listen 127.0.0.1:5353] [-log] [ZONE-FILE-OR-DIR...]
//
// A directory stands for every *.zone file in it.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/gorspamd/rspamd/compat-tests/fakedns"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:5353", "loopback `address:port` to serve on (UDP and TCP)")
	logQueries := flag.Bool("log", false, "log every query and its answer code")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: %s [-listen addr:port] [-log] [zone-file-or-dir...]\n", os.Args[0])
		flag.PrintDefaults()
	}
	flag.Parse()
	log.SetPrefix("fakedns: ")
	log.SetFlags(log.LstdFlags)

	zones := flag.Args()
	z, err := fakedns.LoadZones(zones...)
	if err != nil {
		log.Fatal(err)
	}
	var opts []fakedns.Option
	if *logQueries {
		opts = append(opts, fakedns.WithQueryLog(log.Default()))
	}
	s, err := fakedns.Start(*listen, z, opts...)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("serving %d records on %s (udp, tcp)", z.Len(), s.Addr())

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT)
	for sg := range sig {
		if sg != syscall.SIGHUP {
			break
		}
		nz, err := fakedns.LoadZones(zones...)
		if err != nil {
			log.Printf("reload failed, keeping the old zone: %v", err)
			continue
		}
		s.SetZone(nz)
		log.Printf("reloaded: %d records", nz.Len())
	}
	if err := s.Close(); err != nil {
		log.Fatal(err)
	}
	log.Print("stopped")
}

package fakedns

import (
	"errors"
	"fmt"
	"log"
	"net"
	"net/netip"
	"sync"
	"sync/atomic"

	"github.com/miekg/dns"
)

// Server answers DNS queries over UDP and TCP on one loopback address from
// a zone that can be swapped while it runs.
type Server struct {
	zone atomic.Pointer[Zone]
	qlog *log.Logger
	udp  *dns.Server
	tcp  *dns.Server
	wg   sync.WaitGroup
	errs chan error
}

// Option configures a Server.
type Option func(*Server)

// WithQueryLog logs each query with the code of its answer to l.
func WithQueryLog(l *log.Logger) Option { return func(s *Server) { s.qlog = l } }

// Start listens on addr (host:port; the host must be a loopback address, and
// port 0 picks a free port, the same for UDP and TCP) and serves z.
func Start(addr string, z *Zone, opts ...Option) (*Server, error) {
	ap, err := netip.ParseAddrPort(addr)
	if err != nil {
		return nil, fmt.Errorf("fakedns: listen address: %w", err)
	}
	if !ap.Addr().IsLoopback() {
		return nil, fmt.Errorf("fakedns: refusing non-loopback address %s", ap.Addr())
	}
	pc, ln, err := listenBoth(ap)
	if err != nil {
		return nil, err
	}
	s := &Server{errs: make(chan error, 2)}
	for _, o := range opts {
		o(s)
	}
	s.zone.Store(z)
	h := dns.HandlerFunc(s.serve)
	started := make(chan struct{}, 2)
	notify := func() { started <- struct{}{} }
	s.udp = &dns.Server{PacketConn: pc, Handler: h, NotifyStartedFunc: notify}
	s.tcp = &dns.Server{Listener: ln, Handler: h, NotifyStartedFunc: notify}
	for _, srv := range []*dns.Server{s.udp, s.tcp} {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			if err := srv.ActivateAndServe(); err != nil {
				s.errs <- err
				started <- struct{}{}
			}
		}()
	}
	for range 2 {
		<-started
	}
	if len(s.errs) > 0 {
		return nil, fmt.Errorf("fakedns: start: %w", s.Close())
	}
	return s, nil
}

// listenBoth opens the UDP and TCP sockets on the same port. With port 0
// the kernel picks the UDP port, and TCP takes the same one.
func listenBoth(ap netip.AddrPort) (net.PacketConn, net.Listener, error) {
	pc, err := net.ListenUDP("udp", net.UDPAddrFromAddrPort(ap))
	if err != nil {
		return nil, nil, fmt.Errorf("fakedns: %w", err)
	}
	tap := pc.LocalAddr().(*net.UDPAddr).AddrPort()
	ln, err := net.ListenTCP("tcp", net.TCPAddrFromAddrPort(tap))
	if err != nil {
		pc.Close()
		return nil, nil, fmt.Errorf("fakedns: %w", err)
	}
	return pc, ln, nil
}

// Addr returns the address the server listens on (UDP and TCP).
func (s *Server) Addr() string { return s.udp.PacketConn.LocalAddr().String() }

// SetZone makes the server answer from z from now on.
func (s *Server) SetZone(z *Zone) { s.zone.Store(z) }

// Close stops the server and waits for its listeners to end. It returns the
// first error a listener ended with, if any.
func (s *Server) Close() error {
	err := errors.Join(s.udp.Shutdown(), s.tcp.Shutdown())
	s.wg.Wait()
	close(s.errs)
	for e := range s.errs {
		err = errors.Join(err, e)
	}
	return err
}

func (s *Server) serve(w dns.ResponseWriter, req *dns.Msg) {
	m := s.zone.Load().Answer(req)
	if _, udp := w.RemoteAddr().(*net.UDPAddr); udp {
		size := dns.MinMsgSize
		if opt := req.IsEdns0(); opt != nil {
			size = max(int(opt.UDPSize()), dns.MinMsgSize)
			m.SetEdns0(uint16(size), false)
		}
		m.Truncate(size)
	}
	m.Compress = true
	if s.qlog != nil && len(req.Question) > 0 {
		q := req.Question[0]
		s.qlog.Printf("%s %s %s: %s, %d answers", w.RemoteAddr().Network(), dns.TypeToString[q.Qtype], q.Name, dns.RcodeToString[m.Rcode], len(m.Answer))
	}
	// A write error means the client went away; there is nobody to tell.
	_ = w.WriteMsg(m)
}

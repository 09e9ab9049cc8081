package task

import "testing"

// FuzzRequestHeaders feeds request header values to the envelope setters
// and processes a message with the resulting task.
func FuzzRequestHeaders(f *testing.F) {
	f.Add("IP", "192.0.2.1", "<a@example.com>, b@example.com", "From: x\r\n\r\nbody")
	f.Add("From", "", "\"a,b\"@example.com,,", "")
	f.Add("Flags", "milter,,ssl, x", "\"unterminated", simple)
	f.Add("X-Rspamd-Rcpt-Esmtp-Args", "3:A=B", "<>", "\x00\xff")
	f.Add("Deliver-To", "<<>>", " , ", "Received: from [::1]\n\n")
	f.Fuzz(func(t *testing.T, name, value, rcpt, msg string) {
		tk := New(nil)
		tk.HandleRequestHeaders([]string{name, "Rcpt"}, []string{value, rcpt})
		tk.SetMessage([]byte(msg))
		if _, err := tk.ParseAndProcess(false); err != nil {
			return
		}
		tk.PrincipalRecipient()
		tk.ReplySender()
		tk.FlagList()
		tk.Destroy()
	})
}

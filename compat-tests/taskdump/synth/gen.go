//go:build ignore

// gen writes the synthetic messages of compat-tests/taskdump/synth: small
// messages that each exercise one parser case (a Received header, an
// envelope address, an encoded subject, a charset, a transfer encoding, a
// disposition, a MIME structure, an image or archive). capture.sh dumps
// them with the oracle like the corpus messages.
//
//	cd compat-tests/taskdump/synth && go run gen.go
package main

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
)

const date = "Date: Tue, 14 Jan 2025 10:23:45 +0100\n"

// simple is a plain message with the given extra headers and body.
func simple(headers, body string) string {
	h := "From: Alice <alice@example.com>\nTo: Bob <bob@example.net>\n" +
		"Subject: synthetic\n" + date + "Message-ID: <synth@example.com>\n"
	return headers + h + "\n" + body
}

func b64(b []byte) string {
	s := base64.StdEncoding.EncodeToString(b)
	var out strings.Builder
	for len(s) > 76 {
		out.WriteString(s[:76] + "\n")
		s = s[76:]
	}
	out.WriteString(s + "\n")
	return out.String()
}

var written = map[string]bool{}

func write(topic string, n int, content string) {
	dir := topic
	if err := os.MkdirAll(dir, 0o755); err != nil {
		panic(err)
	}
	name := filepath.Join(dir, fmt.Sprintf("%03d.eml", n))
	written[name] = true
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		panic(err)
	}
}

func writeAll(topic string, msgs []string) {
	for i, m := range msgs {
		write(topic, i+1, m)
	}
}

const d = "; Tue, 14 Jan 2025 10:23:45 +0100"

var receivedCases = []string{
	"from mail.example.com (mail.example.com [203.0.113.5]) by mx.example.net (Postfix) with ESMTPS id 4YXa1b2C3d for <bob@example.net>" + d,
	"from mail.example.com (mail.example.com [203.0.113.5])\n\tby mx.example.net (Postfix) with ESMTP id 4YXa1b2C3d\n\tfor <bob@example.net>" + d,
	"from unknown (HELO mail.example.com) (203.0.113.5) by mx.example.net with SMTP" + d,
	"from mail.example.com (unknown [203.0.113.5]) by mx.example.net (Postfix) with ESMTPSA id X" + d,
	"from [203.0.113.5] (helo=mail.example.com) by mx.example.net with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96) (envelope-from <alice@example.com>) id 1tXYZ-000ABC-12 for bob@example.net" + d,
	"from [203.0.113.5] (port=4711 helo=[192.168.1.2]) by mx.example.net with esmtpsa (TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256) (Exim 4.94.2) (envelope-from <alice@example.com>) id 1abc" + d,
	"from host.example.com (host.example.com [203.0.113.5]) by mx.example.net (8.15.2/8.15.2/Debian-22) with ESMTP id 50E9NjWx012345 for <bob@example.net>" + d,
	"(qmail 12345 invoked by uid 89)" + d,
	"(qmail 12345 invoked from network); 14 Jan 2025 10:23:45 -0000",
	"from unknown (HELO ?192.168.1.2?) (alice@example.com@203.0.113.5) by mx.example.net with ESMTPA" + d,
	"from AM0PR01MB1234.eurprd01.prod.exchangelabs.com (2603:10a6:208:1::1) by AM0PR01MB5678.eurprd01.prod.exchangelabs.com (2603:10a6:208:2::2) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.1234.5; Tue, 14 Jan 2025 09:23:45 +0000",
	"from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2100.outbound.protection.outlook.com [40.107.13.100]) by mx.example.net (Postfix) with ESMTPS id 4Y" + d,
	"by 2002:a05:6a10:1234:b0:5a1:abcd:ef01 with SMTP id abc123csp1234567pxb; Tue, 14 Jan 2025 01:23:45 -0800 (PST)",
	"from mail-wm1-f41.google.com (mail-wm1-f41.google.com. [209.85.128.41]) by mx.google.com with ESMTPS id abc.123.2025.01.14.01.23.45 for <bob@example.net> (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); Tue, 14 Jan 2025 01:23:45 -0800 (PST)",
	"from localhost (localhost [127.0.0.1]) by mx.example.net (Postfix) with LMTP id X" + d,
	"from localhost (localhost [127.0.0.1]) by mx.example.net with ESMTPSA" + d,
	"from webmail (webmail [10.0.0.1]) by mx.example.net with HTTP" + d,
	"from webmail (webmail [10.0.0.1]) by mx.example.net with HTTPS" + d,
	"from a (a [10.0.0.1]) by b with UTF8SMTPS" + d,
	"from a (a [10.0.0.1]) by b with UTF8SMTPSA" + d,
	"from a (a [10.0.0.1]) by b with UTF8SMTP" + d,
	"from a (a [10.0.0.1]) by b with LMTPSA" + d,
	"from a (a [10.0.0.1]) by b with LMTPS" + d,
	"from a (a [10.0.0.1]) by b with IMAP" + d,
	"from a (a [10.0.0.1]) by b with local" + d,
	"from a (a [10.0.0.1]) by b with smtp" + d,
	"from a (a [10.0.0.1]) by b with esmtp" + d,
	"from a (a [10.0.0.1]) by b with ESMTPS" + d,
	"from a (a [10.0.0.1]) by b with ESMTPA" + d,
	"from a (a [10.0.0.1]) by b with ESMTPSA" + d,
	"from a (a [10.0.0.1]) by b with XYZ" + d,
	"from a (a [10.0.0.1]) by b via HTTP" + d,
	"from a (a [IPv6:2001:db8::1]) by b with ESMTP" + d,
	"from a (a [2001:db8::1]) by b with ESMTP" + d,
	"from a (a [::ffff:203.0.113.5]) by b with ESMTP" + d,
	"from a (a [IPv6:::1]) by b with ESMTP" + d,
	"from a ([203.0.113.5]) by b with ESMTP" + d,
	"from [203.0.113.5] by b with ESMTP" + d,
	"from a (203.0.113.5) by b with ESMTP" + d,
	"from a (a [203.0.113.5] (may be forged)) by b with ESMTP" + d,
	"from a (EHLO a) (203.0.113.5) by b with ESMTP" + d,
	"from a (user@a [203.0.113.5]) by b with ESMTP" + d,
	"from a (a [203.0.113.5]:12345) by b with ESMTP" + d,
	"from a (a [203.0.113.5.6]) by b with ESMTP" + d,
	"from a (a [999.0.113.5]) by b with ESMTP" + d,
	"from a (a [not-an-ip]) by b with ESMTP" + d,
	"from a (a [10.0.0.1]) by b with ESMTP (comment (nested (deep))) for <x@y.z>" + d,
	"from a by b with ESMTP" + d,
	"from a by b",
	"from a",
	"by b",
	"by b with ESMTP",
	"by b; garbage date",
	"; Tue, 14 Jan 2025 10:23:45 +0100",
	"",
	"garbage without structure",
	"from a (a [10.0.0.1]) by b with ESMTP for bob@example.net" + d,
	"from a (a [10.0.0.1]) by b with ESMTP for <bob@example.net> <carol@example.net>" + d,
	"from a (a [10.0.0.1]) by b with ESMTP for <>" + d,
	"from a (a [10.0.0.1]) by b with ESMTP for <\"quoted user\"@example.net>" + d,
	"from a (a [10.0.0.1]) by b with ESMTP; Tue, 14 Jan 2025 10:23:45",
	"from a (a [10.0.0.1]) by b with ESMTP; 14 Jan 2025 10:23:45 -0500 (EST)",
	"from a (a [10.0.0.1]) by b with ESMTP; Tue, 14 Jan 2025 10:23:45 +0100; extra; semicolons",
	"from a (a [10.0.0.1]) by b with ESMTP id X; invalid date",
	"from a (a [10.0.0.1])\r\n\tby b with ESMTP" + d,
	"FROM A (A [10.0.0.1]) BY B WITH ESMTP" + d,
	"from\ta\t(a\t[10.0.0.1])\tby\tb\twith\tESMTP" + d,
	"from пример.рф (пример.рф [10.0.0.1]) by b with UTF8SMTP" + d,
	"from a (a [10.0.0.1]) by b.example.com (Postfix, from userid 1000) id X" + d,
	"by mx.example.net (Postfix, from userid 0) id 4Y; Tue, 14 Jan 2025 10:23:45 +0100 (CET)",
	"from " + strings.Repeat("x", 2000) + " by b with ESMTP" + d,
	"from a (" + strings.Repeat("(", 200) + ") by b" + d,
	"from a (a [10.0.0.1]) by b with ESMTP id " + strings.Repeat("y", 5000) + d,
	"from a.example.com (a.example.com [203.0.113.5]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256) (No client certificate requested) by mx.example.net (Postfix) with ESMTPS id 4Y for <bob@example.net>" + d,
	"from a.example.com (a.example.com [203.0.113.5]) (Authenticated sender: alice@example.com) by mx.example.net (Postfix) with ESMTPSA id 4Y" + d,
	"from [127.0.0.1] (localhost [127.0.0.1]) by b (Haraka/3.0.2) with ESMTPSA id X envelope-from <a@b.c> (authenticated bits=0) tls TLS_AES_256_GCM_SHA384" + d,
	"from a ([10.0.0.1] helo=a) by b with smtp (Exim 4.96) id X" + d,
	"from a (HELO a) ([10.0.0.1]) by b (qpsmtpd/0.96) with ESMTP" + d,
	"from 10.0.0.1 by b with ESMTP" + d,
	"from [10.0.0.1] (unknown) by b" + d,
	"from b (b) by c" + d,
}

var multiReceived = []string{
	// A realistic chain: MUA -> submission -> relay -> MX.
	"Received: from mx.example.net (mx.example.net [198.51.100.7]) by mail.example.org (Postfix) with ESMTPS id A for <bob@example.org>; Tue, 14 Jan 2025 10:23:47 +0100\n" +
		"Received: from relay.example.com (relay.example.com [203.0.113.9]) by mx.example.net with ESMTP id B; Tue, 14 Jan 2025 10:23:46 +0100\n" +
		"Received: from [192.168.1.2] (unknown [203.0.113.5]) (Authenticated sender: alice) by relay.example.com (Postfix) with ESMTPSA id C; Tue, 14 Jan 2025 10:23:45 +0100\n",
	strings.Repeat("Received: from a (a [10.0.0.1]) by b with ESMTP; Tue, 14 Jan 2025 10:23:45 +0100\n", 300),
	"Received: from a (a [10.0.0.1]) by b\nReceived: \nReceived: by c\n",
}

var returnPathCases = []string{
	"<alice@example.com>", "<>", "alice@example.com", "<@relay.example.net:alice@example.com>",
	"<@a,@b:alice@example.com>", "<\"quoted user\"@example.com>", "< alice@example.com >",
	"<alice@[203.0.113.5]>", "<postmaster>", "<alice@example.com", "alice@example.com>",
	"garbage", "", "<alice@example.com> SIZE=1000", "<ALICE@EXAMPLE.COM>", "<alice@пример.рф>",
	"<пользователь@пример.рф>", "<alice@example.com>, <bob@example.net>", "<<alice@example.com>>",
	"<alice@@example.com>", "<@example.com>", "<alice@>", "<alice>", "<\"\"@example.com>",
	"<alice\\@x@example.com>", "<\"a\\\"b\"@example.com>", "Alice <alice@example.com>",
	"<alice@example.com> (comment)", "(comment) <alice@example.com>", "<a.@example.com>",
	"<alice@exam ple.com>", "<" + strings.Repeat("a", 300) + "@example.com>",
	"<alice@" + strings.Repeat("b", 300) + ".com>", "<prvs=1234abcd=alice@example.com>",
	"<SRS0=HHH=TT=example.com=alice@forwarder.net>", "<bounce+abc=def@example.com>",
	"=?utf-8?Q?x?= <alice@example.com>", "<alice@example.com.>", "<alice@localhost>",
}

var subjectCases = []string{
	"plain ascii subject", "=?utf-8?B?0J/RgNC40LLQtdGCINC80LjRgA==?=", "=?utf-8?Q?Caf=C3=A9_cr=C3=A8me?=",
	"=?iso-8859-1?Q?Caf=E9?=", "=?ISO-8859-1?q?caf=e9?=", "=?windows-1251?B?z/Do4uXy?=", "=?koi8-r?B?8NLJ18XU?=",
	"=?utf-8?B?SGVsbG8=?= =?utf-8?B?V29ybGQ=?=", "=?utf-8?B?SGVsbG8=?=\n =?utf-8?B?V29ybGQ=?=",
	"=?utf-8?Q?a?= b =?utf-8?Q?c?=", "=?utf-8?Q?a?==?utf-8?Q?b?=", "prefix=?utf-8?Q?inside?=suffix",
	"=?utf-8?B?8J+YgA==?=", "=?utf-8?B?invalid!!?=", "=?utf-8?B?SGVsbG8?=", "=?utf-8?X?abc?=",
	"=?unknown-charset?Q?abc?=", "=?utf-8?Q?unterminated", "=?utf-8?Q??=", "=??Q?abc?=", "=?utf-8??abc?=",
	"=?utf-8*en?Q?with_language?=", "=?gb2312?B?1tDOxA==?=", "=?gbk?B?1tDOxA==?=", "=?gb18030?B?ptk=?=",
	"=?big5?B?pKSk5Q==?=", "=?shift_jis?B?k/qWe4zq?=", "=?iso-2022-jp?B?GyRCRnxLXDhsGyhC?=", "=?euc-kr?B?x9Gx27ytx/Q=?=",
	"=?utf-16?B?/v8AaABp?=", "=?utf-7?Q?+AGEAYg-?=", "Raw UTF-8: Привет мир", "Raw latin1: caf\xe9",
	"Mixed =?utf-8?Q?=C3=A9?= and raw é", "Long " + strings.Repeat("word ", 200), "Folded\n continuation\n\tline",
	"Tab\tinside", "Control \x01\x02 chars", "Zero\x00width", "Trailing spaces   ", "   Leading spaces",
	"=?utf-8?Q?=E2=80=8Bzero=E2=80=8Cwidth=E2=80=8D?=", "=?utf-8?Q?RTL_=E2=80=AEoverride?=",
	"=?utf-8?B?" + base64.StdEncoding.EncodeToString([]byte(strings.Repeat("é", 500))) + "?=",
	"=?us-ascii?Q?plain?=", "=?utf-8?Q?a=5Fb_c?=", "=?utf-8?Q?=?=", "=?utf-8?Q?=F?=", "=?utf-8?Q?=ZZ?=",
	"=?utf-8?b?U3ViamVjdA==?=", "=?UTF-8?B?U3ViamVjdA==?=", "=?utf-8?B?U3Vi amVjdA==?=",
	"=?iso-8859-15?Q?=A4uro?=", "=?windows-1252?Q?=93quoted=94?=", "=?x-mac-cyrillic?Q?=8F?=",
	"RE: Fwd: =?utf-8?Q?Re=3A?= test", "[tag] =?utf-8?B?0YLQtdGB0YI=?= (comment)",
	"",
}

var addrHeaderCases = []string{
	"From: Alice <alice@example.com>\nTo: Bob <bob@example.net>, carol@example.net\nCc: \"Dave, D\" <dave@example.org>\nBcc: eve@example.org\n",
	"From: alice@example.com\nFrom: mallory@evil.example\nTo: bob@example.net\n",
	"From: \nTo: \n",
	"From: =?utf-8?B?0JDQu9C40YHQsA==?= <alice@example.com>\nTo: undisclosed-recipients:;\n",
	"From: Alice <alice@example.com>\nReply-To: Support <support@example.com>\nSender: bounce@example.com\nTo: bob@example.net\n",
	"From: Alice <alice@example.com>\nReply-To: a@b.c, d@e.f\nTo: bob@example.net\n",
	"From: Alice <alice@example.com>\nTo: group: bob@example.net, carol@example.net;\nCc: other@example.org\n",
	"From: Alice <alice@example.com>\nTo: " + strings.Repeat("x@example.net, ", 2000) + "last@example.net\n",
	"From: \"Alice\" <alice@example.com>\nTo: bob@example.net\nDelivered-To: bob@example.net\nX-Original-To: bob@example.net\n",
	"From: Пользователь <user@пример.рф>\nTo: пользователь@пример.рф\n",
	"From: alice@example.com (Alice Comment)\nTo: <bob@example.net>\nCc: <>\n",
}

var charsetBodies = []struct{ label, body string }{
	{"windows-1251", "\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0! \xdd\xf2\xee \xf2\xe5\xf1\xf2\xee\xe2\xee\xe5 \xf1\xee\xee\xe1\xf9\xe5\xed\xe8\xe5."},
	{"cp1251", "\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0!"},
	{"koi8-r", "\xf0\xd2\xc9\xd7\xc5\xd4, \xcd\xc9\xd2! \xfc\xd4\xcf \xd4\xc5\xd3\xd4\xcf\xd7\xcf\xc5 \xd3\xcf\xcf\xc2\xdd\xc5\xce\xc9\xc5."},
	{"iso-8859-5", "\xbf\xe0\xd8\xd2\xd5\xe2, \xdc\xd8\xe0!"},
	{"ibm866", "\x8f\xe0\xa8\xa2\xa5\xe2, \xac\xa8\xe0!"},
	{"iso-8859-1", "Caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve fa\xe7ade."},
	{"latin1", "Caf\xe9 cr\xe8me"},
	{"iso-8859-2", "P\xf8\xedli\xb9 \xbelu\xbbou\xe8k\xfd k\xf9\xf2."},
	{"iso-8859-15", "Prix: 10 \xa4"},
	{"iso-8859-16", "\xaa\xba\xde\xfe"},
	{"windows-1252", "\x93Smart quotes\x94 and \x80 euro \x85"},
	{"iso-8859-7", "\xc3\xe5\xe9\xdc \xf3\xef\xf5 \xca\xfc\xf3\xec\xe5"},
	{"iso-8859-8", "\xf9\xec\xe5\xed \xf2\xe5\xec\xed"},
	{"iso-8859-8-i", "\xf9\xec\xe5\xed"},
	{"windows-1256", "\xe3\xd1\xcd\xc8\xc7 \xc8\xc7\xe1\xda\xc7\xe1\xe3"},
	{"iso-8859-9", "T\xfcrk\xe7e \xfe\xf0\xfd\xdd"},
	{"tis-620", "\xca\xc7\xd1\xca\xb4\xd5\xa4\xc3\xd1\xba"},
	{"windows-874", "\xca\xc7\xd1\xca\xb4\xd5"},
	{"gb2312", "\xd6\xd0\xce\xc4\xb2\xe2\xca\xd4\xa3\xac\xc4\xe3\xba\xc3\xca\xc0\xbd\xe7"},
	{"gbk", "\xd6\xd0\xce\xc4\xb2\xe2\xca\xd4"},
	{"gb18030", "\xd6\xd0\xce\xc4 \xa6\xd9\xa6\xda \xfe\x59 \x81\x30\x81\x30"},
	{"big5", "\xa4\xa4\xa4\xe5\xb4\xfa\xb8\xd5"},
	{"shift_jis", "\x93\xfa\x96\x7b\x8c\xea\x82\xcc\x83\x65\x83\x58\x83\x67"},
	{"euc-jp", "\xc6\xfc\xcb\xdc\xb8\xec\xa4\xce\xa5\xc6\xa5\xb9\xa5\xc8"},
	{"iso-2022-jp", "\x1b$BF|K\\8l$N%F%9%H\x1b(B"},
	{"euc-kr", "\xc7\xd1\xb1\xb9\xbe\xee \xc5\xd7\xbd\xba\xc6\xae"},
	{"ks_c_5601-1987", "\xc7\xd1\xb1\xb9\xbe\xee"},
	{"utf-16le", "\xff\xfeH\x00i\x00 \x00\x1f\x04@\x04"},
	{"utf-16be", "\xfe\xff\x00H\x00i\x00 \x04\x1f\x04@"},
	{"utf-16", "\xfe\xff\x00H\x00i"},
	{"utf-32", "\x00\x00\xfe\xff\x00\x00\x00H"},
	{"utf-7", "Hi +BB8EQAQ4BDIENQRC-!"},
	{"utf-8", "Valid UTF-8: \xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82 \xe2\x82\xac \xf0\x9f\x98\x80"},
	{"utf-8", "Invalid UTF-8: \xcf\xf0\xe8\xe2\xe5\xf2 \xec\xe8\xf0 \xdd\xf2\xee \xf2\xe5\xf1\xf2"},
	{"utf-8", "Broken sequences: \xc3 \xe2\x82 \xf0\x9f\x98 \xed\xa0\x80 \xc0\xaf \xff\xfe"},
	{"utf8", "Alias label \xc3\xa9"},
	{"UTF-8 ", "Label with space \xc3\xa9"},
	{"\"utf-8\"", "Quoted label \xc3\xa9"},
	{"us-ascii", "ASCII label with 8-bit \xe9\xe8"},
	{"us-ascii", "Pure ASCII"},
	{"x-unknown-charset", "Unknown label \xe9\xe8 text"},
	{"", "Empty label \xcf\xf0\xe8\xe2\xe5\xf2"},
	{"-", "Dash label \xe9"},
	{"x-mac-cyrillic", "\x8f\xf0\xe8\xe2\xe5\xf2"},
	{"windows-1250", "P\xf8\xedli\xb9 \x9elu\x9dou\xe8k\xfd"},
	{"cp-1251", "\xcf\xf0\xe8\xe2\xe5\xf2"},
	{"ibm-866", "\x8f\xe0\xa8\xa2\xa5\xe2"},
	{"cp866", "\x8f\xe0\xa8\xa2\xa5\xe2"},
	{"ansi_x3.4-1968", "ascii"},
	{"iso-8859-6", "\xe5\xd1\xcd\xc8\xc7"},
	{"macintosh", "Caf\x8e"},
	{"hz-gb-2312", "~{VPND~}"},
	{"iso-2022-kr", "\x1b$)C\x0eGQ19\x0f"},
	{"cp932", "\x93\xfa\x96\x7b"},
	{"windows-31j", "\x93\xfa\x96\x7b"},
	{"euc-tw", "\xc4\xe3\xc5\xc6"},
	{"viscii", "Vi\xd5t"},
	{"koi8-u", "\xf0\xd2\xc9\xd7\xa6\xd4"},
}

func charsetMessages() []string {
	var out []string
	for _, c := range charsetBodies {
		ct := "Content-Type: text/plain\n"
		if c.label != "-" {
			ct = "Content-Type: text/plain; charset=" + c.label + "\n"
		}
		out = append(out, simple("MIME-Version: 1.0\n"+ct+"Content-Transfer-Encoding: 8bit\n", c.body+"\n"))
	}
	// No Content-Type at all, 8-bit bodies: detection only.
	for _, body := range []string{
		"\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0! \xdd\xf2\xee \xf2\xe5\xf1\xf2\xee\xe2\xee\xe5 \xf1\xee\xee\xe1\xf9\xe5\xed\xe8\xe5 \xe4\xeb\xff \xef\xf0\xee\xe2\xe5\xf0\xea\xe8.",
		"\xd6\xd0\xce\xc4\xb2\xe2\xca\xd4\xa3\xac\xc4\xe3\xba\xc3\xca\xc0\xbd\xe7\xa3\xac\xd5\xe2\xca\xc7\xd2\xbb\xb8\xf6\xb2\xe2\xca\xd4\xa1\xa3",
		"\x93\xfa\x96\x7b\x8c\xea\x82\xcc\x83\x65\x83\x58\x83\x67\x82\xc5\x82\xb7\x81\x42",
		"Caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve fa\xe7ade, \xe0 la carte.",
	} {
		out = append(out, simple("", body+"\n"))
	}
	// HTML parts in a charset.
	out = append(out, simple("MIME-Version: 1.0\nContent-Type: text/html; charset=windows-1251\n",
		"<html><body><p>\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0!</p></body></html>\n"))
	out = append(out, simple("MIME-Version: 1.0\nContent-Type: text/html\n",
		"<html><head><meta charset=\"koi8-r\"></head><body><p>\xf0\xd2\xc9\xd7\xc5\xd4</p></body></html>\n"))
	return out
}

var cteCases = []struct{ cte, body string }{
	{"base64", "SGVsbG8sIHdvcmxkIQ==\n"},
	{"base64", "SGVsbG8s\nIHdvcmxk\nIQ==\n"},
	{"base64", "SGVsbG8sIHdvcmxkIQ\n"},
	{"base64", "SGVsbG8sIHdvcmxkIQ==\n\nTrailing text after base64\n"},
	{"base64", "!!!not base64 at all!!!\n"},
	{"base64", "SGVs bG8s IHdv cmxk IQ==\n"},
	{"base64", "SGVsbG8sIHdvcmxkIQ==garbage\n"},
	{"base64", "\n\n"},
	{"BASE64", "SGVsbG8=\n"},
	{"Base64 ", "SGVsbG8=\n"},
	{"base-64", "SGVsbG8=\n"},
	{"quoted-printable", "Caf=C3=A9 cr=C3=A8me =\nsoft break\n"},
	{"quoted-printable", "Invalid =ZZ escape and =3 short\n"},
	{"quoted-printable", "Lower case =c3=a9 hex\n"},
	{"quoted-printable", "Trailing spaces   \nand tabs\t\t\n"},
	{"Quoted-Printable", "=E2=82=AC\n"},
	{"7bit", "Plain seven bit\n"},
	{"7bit", "Seven bit label with 8-bit \xc3\xa9 data\n"},
	{"8bit", "Eight bit \xc3\xa9\n"},
	{"binary", "Binary \x00\x01\x02 data\n"},
	{"x-uuencode", "begin 644 test.txt\n,2&5L;&\\L('=O<FQD(0``\n`\nend\n"},
	{"uuencode", "begin 644 test.txt\n,2&5L;&\\L('=O<FQD(0``\n`\nend\n"},
	{"x-uue", "begin 644 test.txt\n,2&5L;&\\L('=O<FQD(0``\n`\nend\n"},
	{"x-unknown", "Unknown encoding\n"},
	{"", "Empty encoding header\n"},
	{"base64; comment", "SGVsbG8=\n"},
	{"8bit", strings.Repeat("A very long line without breaks ", 400) + "\n"},
	{"quoted-printable", strings.Repeat("=41", 3000) + "\n"},
}

func cteMessages() []string {
	var out []string
	for _, c := range cteCases {
		out = append(out, simple("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: "+c.cte+"\n", c.body))
	}
	// No CTE header: guessing.
	out = append(out, simple("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n", "SGVsbG8sIHdvcmxkIQ==\n"))
	out = append(out, simple("MIME-Version: 1.0\nContent-Type: application/octet-stream\n", "SGVsbG8sIHdvcmxkIQ==\n"))
	out = append(out, simple("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n", "Caf=C3=A9 =\nqp-looking\n"))
	return out
}

const boundary = "b0undary"

func multipart(sub string, parts ...string) string {
	var b strings.Builder
	b.WriteString("MIME-Version: 1.0\nContent-Type: multipart/" + sub + "; boundary=\"" + boundary + "\"\n")
	h := "From: Alice <alice@example.com>\nTo: Bob <bob@example.net>\nSubject: synthetic\n" + date + "Message-ID: <synth@example.com>\n\n"
	b.WriteString(h)
	b.WriteString("This is a multi-part message in MIME format.\n")
	for _, p := range parts {
		b.WriteString("--" + boundary + "\n" + p)
	}
	b.WriteString("--" + boundary + "--\n")
	return b.String()
}

const textPart = "Content-Type: text/plain; charset=utf-8\n\nHello, this is the text part.\n"

var dispositions = []string{
	"attachment; filename=\"report.pdf\"",
	"attachment; filename=report.pdf",
	"attachment; filename*=utf-8''%D0%BE%D1%82%D1%87%D0%B5%D1%82.pdf",
	"attachment; filename*0=\"very\"; filename*1=\"long\"; filename*2=\"name.pdf\"",
	"attachment; filename*0*=utf-8''%D0%BE%D1%82; filename*1*=%D1%87%D0%B5%D1%82.pdf",
	"attachment; filename=\"=?utf-8?B?0L7RgtGH0LXRgi5wZGY=?=\"",
	"attachment; filename==?utf-8?Q?report=2Epdf?=",
	"inline; filename=\"image.png\"",
	"inline",
	"attachment",
	"ATTACHMENT; FILENAME=\"UPPER.PDF\"",
	"attachment; filename=\"\"",
	"attachment; filename",
	"attachment; filename=\"a.pdf\"; filename=\"b.pdf\"",
	"attachment; filename=\"evil.pdf.exe\"",
	"attachment; filename=\"name with spaces.doc\"",
	"attachment; filename=\"path/to/file.txt\"",
	"attachment; filename=\"C:\\\\Windows\\\\file.txt\"",
	"attachment; filename=\"\xd0\xbe\xd1\x82\xd1\x87\xd0\xb5\xd1\x82.pdf\"",
	"attachment; filename=\"caf\xe9.pdf\"",
	"form-data; name=\"field\"; filename=\"upload.bin\"",
	"garbage;;;",
	"attachment; size=12345; creation-date=\"Tue, 14 Jan 2025 10:23:45 +0100\"; filename=x.txt",
	"attachment; filename=\"" + strings.Repeat("long", 100) + ".txt\"",
	"attachment; filename*=''plain.txt",
	"attachment; filename*=bogus-charset''%E9t%E9.txt",
}

func dispositionMessages() []string {
	var out []string
	payload := "Content-Transfer-Encoding: base64\n\nSGVsbG8sIHdvcmxkIQ==\n"
	for _, disp := range dispositions {
		out = append(out, multipart("mixed", textPart,
			"Content-Type: application/octet-stream\nContent-Disposition: "+disp+"\n"+payload))
	}
	// Name only in Content-Type.
	out = append(out, multipart("mixed", textPart,
		"Content-Type: application/pdf; name=\"fromtype.pdf\"\n"+payload))
	out = append(out, multipart("mixed", textPart,
		"Content-Type: application/pdf; name*=utf-8''%D1%84.pdf\n"+payload))
	// Both, different.
	out = append(out, multipart("mixed", textPart,
		"Content-Type: application/pdf; name=\"type.pdf\"\nContent-Disposition: attachment; filename=\"disp.pdf\"\n"+payload))
	// Text attachments.
	out = append(out, multipart("mixed", textPart,
		"Content-Type: text/plain; charset=utf-8\nContent-Disposition: attachment; filename=\"notes.txt\"\n\nAttached text.\n"))
	out = append(out, multipart("mixed", textPart,
		"Content-Type: text/html; charset=utf-8\nContent-Disposition: attachment; filename=\"page.html\"\n\n<html><body>Attached html</body></html>\n"))
	out = append(out, multipart("mixed", textPart,
		"Content-Type: text/calendar; method=REQUEST; charset=utf-8\n\nBEGIN:VCALENDAR\nEND:VCALENDAR\n"))
	return out
}

func nested(depth int) string {
	var b strings.Builder
	b.WriteString("MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"n0\"\n" +
		"From: a@example.com\nTo: b@example.net\nSubject: nested\n\n")
	for i := 0; i < depth; i++ {
		b.WriteString(fmt.Sprintf("--n%d\nContent-Type: multipart/mixed; boundary=\"n%d\"\n\n", i, i+1))
	}
	b.WriteString(fmt.Sprintf("--n%d\nContent-Type: text/plain\n\ndeepest\n--n%d--\n", depth, depth))
	for i := depth - 1; i >= 0; i-- {
		b.WriteString(fmt.Sprintf("--n%d--\n", i))
	}
	return b.String()
}

func manyParts(n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = fmt.Sprintf("Content-Type: text/plain\n\npart %d\n", i)
	}
	return multipart("mixed", parts...)
}

func structureMessages() []string {
	rfc822 := "Content-Type: message/rfc822\n\n" +
		"From: inner@example.org\nTo: x@example.net\nSubject: inner message\n" +
		"MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"inner\"\n\n" +
		"--inner\nContent-Type: text/plain\n\ninner text\n--inner\nContent-Type: text/html\n\n<p>inner html</p>\n--inner--\n"
	return []string{
		multipart("alternative", textPart, "Content-Type: text/html; charset=utf-8\n\n<html><body><p>Hello, this is the html part.</p></body></html>\n"),
		multipart("alternative", textPart, "Content-Type: text/html; charset=utf-8\n\n<html><body><p>Completely different content here.</p></body></html>\n"),
		multipart("mixed", textPart, rfc822),
		multipart("related", "Content-Type: text/html\n\n<img src=\"cid:img1@x\">\n", "Content-Type: image/png\nContent-ID: <img1@x>\nContent-Transfer-Encoding: base64\n\n"+b64(pngImage(4, 3))),
		multipart("mixed"),
		multipart("mixed", "", ""),
		multipart("mixed", "\n", "Content-Type: text/plain\n"),
		// Missing final boundary.
		"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"x\"\nSubject: no end\n\n--x\nContent-Type: text/plain\n\nfirst\n--x\nContent-Type: text/plain\n\nsecond, never closed\n",
		// Boundary never used.
		"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"never\"\nSubject: unused\n\nJust text, no parts.\n",
		// No boundary parameter.
		"MIME-Version: 1.0\nContent-Type: multipart/mixed\nSubject: no boundary\n\n--x\nContent-Type: text/plain\n\ntext\n--x--\n",
		// Preamble and epilogue.
		"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"x\"\n\npreamble text\n--x\nContent-Type: text/plain\n\nbody\n--x--\nepilogue text\n",
		// Transport padding and boundary look-alikes.
		"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"x\"\n\n--x   \nContent-Type: text/plain\n\n--xnot a boundary\n--x-- \n",
		"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"a b\"\n\n--a b\nContent-Type: text/plain\n\nspaced boundary\n--a b--\n",
		"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"x\"\n\n--x\nContent-Type: multipart/alternative; boundary=\"x\"\n\n--x\nContent-Type: text/plain\n\nsame boundary nested\n--x--\n--x--\n",
		"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"outer\"\n\n--outer\nContent-Type: multipart/alternative; boundary=\"inner\"\n\n--inner\nContent-Type: text/plain\n\ninner never closed\n--outer\nContent-Type: text/plain\n\nsecond outer\n--outer--\n",
		// CRLF and mixed newlines.
		strings.ReplaceAll(multipart("alternative", textPart, "Content-Type: text/html\n\n<p>crlf</p>\n"), "\n", "\r\n"),
		"From: a@example.com\r\nTo: b@example.net\nSubject: mixed newlines\r\n\r\nline one\r\nline two\nline three\rline four\n",
		"From: a@example.com\rTo: b@example.net\rSubject: cr only\r\rbody\r",
		// Headers only, body only, empty.
		"From: a@example.com\nTo: b@example.net\nSubject: headers only\n",
		"From: a@example.com\nTo: b@example.net\nSubject: headers and separator\n\n",
		"Just a body without headers\nsecond line\n",
		"\n\nBody after empty headers\n",
		"",
		"X",
		// Header oddities.
		"From: a@example.com\nNoColonHeader\nSubject: after broken\n\nbody\n",
		" continuation first\nFrom: a@example.com\n\nbody\n",
		"From: a@example.com\nSubject: one\nSubject: two\nContent-Type: text/plain\nContent-Type: text/html\n\n<b>dup</b>\n",
		"From: a@example.com\nSubject:no space\nX-Empty:\nX-Spaces:    \n\nbody\n",
		"From: a@example.com\nX-Long: " + strings.Repeat("a", 100000) + "\n\nbody\n",
		"From: a@example.com\n" + strings.Repeat("X-Many: header value\n", 3000) + "\nbody\n",
		"From: a@example.com\nX-Folded: a\n b\n\tc\n  d\n\nbody\n",
		"From: a@example.com\nX-8bit: caf\xe9 \xd0\x9f\xd1\x80\n\nbody\n",
		"From: a@example.com\nX-Nul: a\x00b\n\nbody\n",
		"From: a@example.com\nHeader With Space: value\nX\x01Ctl: v\n\nbody\n",
		"Message-ID: <  spaced id  >\nFrom: a@example.com\n\nbody\n",
		"Message-ID: no-brackets@example.com\nFrom: a@example.com\n\nbody\n",
		"Message-ID: <caf\xe9@example.com>\nFrom: a@example.com\n\nbody\n",
		"Date: garbage\nFrom: a@example.com\n\nbody\n",
		"Date: Tue, 14 Jan 2025 10:23:45 -0800 (PST)\nFrom: a@example.com\n\nbody\n",
		// Hostile nesting and part counts.
		nested(3), nested(20), nested(60), nested(300),
		manyParts(50), manyParts(600),
		// Deep message/rfc822 nesting.
		rfc822Nest(30),
		// Non-text single parts.
		simple("MIME-Version: 1.0\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n", "AAECAwQFBgcICQ==\n"),
		simple("MIME-Version: 1.0\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n", b64(pngImage(2, 2))),
		simple("MIME-Version: 1.0\nContent-Type: text\n", "Type without subtype\n"),
		simple("MIME-Version: 1.0\nContent-Type: html\n", "<b>html type only</b>\n"),
		simple("MIME-Version: 1.0\nContent-Type: garbage\n", "garbage type\n"),
		simple("MIME-Version: 1.0\nContent-Type: multipart/alternate; boundary=x\n", "--x\nContent-Type: text/plain\n\nalternate\n--x--\n"),
		simple("MIME-Version: 1.0\nContent-Type: message/delivery-status\n", "Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: 5.1.1\n"),
		simple("MIME-Version: 1.0\nContent-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\nContent-Transfer-Encoding: base64\n", "MIAGCSqGSIb3DQEHA6CAMIACAQA=\n"),
		// GTUBE-like but not exact.
		simple("", "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X-not\n"),
	}
}

func rfc822Nest(depth int) string {
	inner := "From: leaf@example.org\nSubject: leaf\n\nleaf body\n"
	for i := 0; i < depth; i++ {
		inner = fmt.Sprintf("From: level%d@example.org\nSubject: level %d\nMIME-Version: 1.0\nContent-Type: message/rfc822\n\n", i, i) + inner
	}
	return inner
}

var texts = []string{
	"The quick brown fox jumps over the lazy dog. This is an English text with enough words to detect the language reliably, hopefully.",
	"Le renard brun rapide saute par-dessus le chien paresseux. Ceci est un texte en français avec suffisamment de mots pour détecter la langue.",
	"Der schnelle braune Fuchs springt über den faulen Hund. Dies ist ein deutscher Text mit genügend Wörtern, um die Sprache zu erkennen.",
	"El rápido zorro marrón salta sobre el perro perezoso. Este es un texto en español con suficientes palabras para detectar el idioma.",
	"Быстрая коричневая лиса прыгает через ленивую собаку. Это русский текст с достаточным количеством слов для определения языка.",
	"Швидка бура лисиця стрибає через ледачого пса. Це український текст із достатньою кількістю слів, щоб визначити мову повідомлення.",
	"快速的棕色狐狸跳过了懒狗。这是一个中文文本，有足够的字来检测语言。我们希望语言检测能够正确地工作。",
	"素早い茶色の狐が怠け者の犬を飛び越える。これは言語を検出するのに十分な単語を含む日本語のテキストです。",
	"빠른 갈색 여우가 게으른 개를 뛰어넘습니다. 이것은 언어를 감지하기에 충분한 단어가 있는 한국어 텍스트입니다.",
	"الثعلب البني السريع يقفز فوق الكلب الكسول. هذا نص عربي يحتوي على كلمات كافية لاكتشاف اللغة.",
	"השועל החום המהיר קופץ מעל הכלב העצלן. זהו טקסט בעברית עם מספיק מילים כדי לזהות את השפה.",
	"Η γρήγορη καφέ αλεπού πηδά πάνω από τον τεμπέλη σκύλο. Αυτό είναι ένα ελληνικό κείμενο με αρκετές λέξεις.",
	"สุนัขจิ้งจอกสีน้ำตาลกระโดดข้ามสุนัขขี้เกียจ นี่คือข้อความภาษาไทยที่มีคำเพียงพอสำหรับการตรวจจับภาษา",
	"तेज़ भूरी लोमड़ी आलसी कुत्ते के ऊपर कूदती है। यह हिंदी पाठ है जिसमें भाषा का पता लगाने के लिए पर्याप्त शब्द हैं।",
	"A raposa marrom rápida pula sobre o cão preguiçoso. Este é um texto em português com palavras suficientes para detectar o idioma.",
	"La volpe marrone veloce salta sopra il cane pigro. Questo è un testo italiano con abbastanza parole per rilevare la lingua.",
	"De snelle bruine vos springt over de luie hond. Dit is een Nederlandse tekst met genoeg woorden om de taal te detecteren.",
	"Szybki brązowy lis przeskakuje nad leniwym psem. To jest polski tekst z wystarczającą liczbą słów do wykrycia języka.",
	"Hızlı kahverengi tilki tembel köpeğin üzerinden atlar. Bu, dili tespit etmek için yeterli kelime içeren Türkçe bir metindir.",
	"Mixed scripts: Hello мир 世界 مرحبا שלום Γειά 안녕 こんにちは",
	"Zero\u200bwidth\u200cjoiners\u200dand\ufeffBOM and soft\u00adhyphen in wo\u2060rds",
	"Invisible\u2062math\u2063separators and \u202eRTL override\u202c text",
	"Ｆｕｌｌｗｉｄｔｈ　ｔｅｘｔ ＮＦＫＣ ﬁ ligature ①②③ ㎞ ™",
	"Emoji 😀🎉👍🏽 family 👨‍👩‍👧 flags 🇺🇸 and text",
	"Numbers 12345 3.14159 1,000,000 +1-555-0100 2025-01-14 10:23:45 0x1F",
	"Short w a b c d e f g h i j k l m n o p",
	strings.Repeat("Supercalifragilisticexpialidocious", 20) + " long word",
	"Contact us at support@example.com or visit www.example.com/path?q=1 and http://example.org",
	"UPPERCASE TEXT SHOUTING LOUDLY AND ANOTHER UPPERCASE SENTENCE FOR STATISTICS",
	"Tabs\tand\tmultiple    spaces\n\n\nand empty lines\n\n\n\nend",
	"Line one\r\nLine two\r\n\r\nParagraph two\r\n",
	"Punctuation!!! ??? ... --- *** ### $$$ %%% &&& (((())))",
	"Čeština: Příliš žluťoučký kůň úpěl ďábelské ódy. Slovenčina: Kŕdeľ ďatľov učí koňa žrať kôru.",
	"Tiếng Việt: Con cáo nâu nhanh nhẹn nhảy qua con chó lười biếng. Đây là văn bản tiếng Việt.",
	"",
}

func textMessages() []string {
	var out []string
	for _, t := range texts {
		out = append(out, simple("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n", t+"\n"))
	}
	out = append(out, simple("MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n",
		"<html><body><p>Visible text</p><div style=\"display:none\">hidden text</div><p style=\"font-size:0\">zero font</p></body></html>\n"))
	return out
}

func pngImage(w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for x := 0; x < w; x++ {
		for y := 0; y < h; y++ {
			img.Set(x, y, color.RGBA{uint8(x * 40), uint8(y * 40), 200, 255})
		}
	}
	var b bytes.Buffer
	png.Encode(&b, img)
	return b.Bytes()
}

func jpegImage(w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	var b bytes.Buffer
	jpeg.Encode(&b, img, &jpeg.Options{Quality: 50})
	return b.Bytes()
}

func gifImage(w, h int) []byte {
	img := image.NewPaletted(image.Rect(0, 0, w, h), []color.Color{color.Black, color.White})
	var b bytes.Buffer
	gif.Encode(&b, img, nil)
	return b.Bytes()
}

func bmpImage(w, h int) []byte {
	row := (w*3 + 3) &^ 3
	size := 54 + row*h
	b := make([]byte, size)
	copy(b, "BM")
	le32 := func(off, v int) {
		b[off], b[off+1], b[off+2], b[off+3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
	}
	le32(2, size)
	le32(10, 54)
	le32(14, 40)
	le32(18, w)
	le32(22, h)
	b[26] = 1
	b[28] = 24
	le32(34, row*h)
	return b
}

func zipArchive(files map[string]string, names []string) []byte {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, n := range names {
		w, _ := z.Create(n)
		w.Write([]byte(files[n]))
	}
	z.Close()
	return b.Bytes()
}

func gzipFile(name, content string) []byte {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Name = name
	z.Write([]byte(content))
	z.Close()
	return b.Bytes()
}

func attachment(ct, name string, data []byte) string {
	return "Content-Type: " + ct + "; name=\"" + name + "\"\nContent-Disposition: attachment; filename=\"" + name +
		"\"\nContent-Transfer-Encoding: base64\n\n" + b64(data)
}

func binaryMessages() []string {
	zfiles := map[string]string{"readme.txt": "hello", "dir/": "", "dir/run.exe": "MZ", "документ.doc": "x"}
	znames := []string{"readme.txt", "dir/", "dir/run.exe", "документ.doc"}
	many := map[string]string{}
	var manyNames []string
	for i := 0; i < 300; i++ {
		n := fmt.Sprintf("file%03d.txt", i)
		many[n] = "x"
		manyNames = append(manyNames, n)
	}
	return []string{
		multipart("mixed", textPart, attachment("image/png", "a.png", pngImage(16, 9))),
		multipart("mixed", textPart, attachment("image/jpeg", "b.jpg", jpegImage(33, 17))),
		multipart("mixed", textPart, attachment("image/gif", "c.gif", gifImage(7, 5))),
		multipart("mixed", textPart, attachment("image/bmp", "d.bmp", bmpImage(12, 8))),
		multipart("mixed", textPart, attachment("application/octet-stream", "e.png", pngImage(3, 3))),
		multipart("mixed", textPart, attachment("image/png", "f.png", []byte("\x89PNG\r\n\x1a\ntruncated"))),
		multipart("mixed", textPart, attachment("image/jpeg", "g.jpg", []byte("\xff\xd8\xff\xe0garbage"))),
		multipart("mixed", textPart, attachment("image/png", "big.png", pngImage(1200, 1))),
		multipart("mixed", textPart, attachment("application/zip", "a.zip", zipArchive(zfiles, znames))),
		multipart("mixed", textPart, attachment("application/octet-stream", "b.zip", zipArchive(many, manyNames))),
		multipart("mixed", textPart, attachment("application/zip", "c.zip", []byte("PK\x03\x04truncated zip"))),
		multipart("mixed", textPart, attachment("application/gzip", "d.txt.gz", gzipFile("d.txt", "hello gzip"))),
		multipart("mixed", textPart, attachment("application/x-gzip", "e.gz", gzipFile("", "no name"))),
		multipart("mixed", textPart, attachment("application/zip", "f.zip", zipArchive(map[string]string{"inner.zip": string(zipArchive(zfiles, znames))}, []string{"inner.zip"}))),
		multipart("mixed", textPart, attachment("application/octet-stream", "g.rar", []byte("Rar!\x1a\x07\x00truncated"))),
		multipart("mixed", textPart, attachment("application/octet-stream", "h.7z", []byte("7z\xbc\xaf\x27\x1ctruncated"))),
	}
}

func receivedMessages() []string {
	var out []string
	for _, r := range receivedCases {
		out = append(out, "Received: "+r+"\n"+
			"From: Alice <alice@example.com>\nTo: Bob <bob@example.net>\nSubject: received\n\nbody\n")
	}
	for _, r := range multiReceived {
		out = append(out, r+"From: Alice <alice@example.com>\nTo: Bob <bob@example.net>\nSubject: received chain\n\nbody\n")
	}
	return out
}

func main() {
	writeAll("received", receivedMessages())
	var rp []string
	for _, r := range returnPathCases {
		rp = append(rp, "Return-Path: "+r+"\nFrom: Alice <alice@example.com>\nTo: Bob <bob@example.net>\nSubject: return-path\n\nbody\n")
	}
	writeAll("returnpath", rp)
	var subj []string
	for _, s := range subjectCases {
		subj = append(subj, "Subject: "+s+"\nFrom: Alice <alice@example.com>\nTo: Bob <bob@example.net>\n\nbody\n")
	}
	writeAll("subject", subj)
	var addrs []string
	for _, h := range addrHeaderCases {
		addrs = append(addrs, h+"Subject: addresses\n\nbody\n")
	}
	writeAll("addresses", addrs)
	writeAll("charset", charsetMessages())
	writeAll("cte", cteMessages())
	writeAll("disposition", dispositionMessages())
	writeAll("structure", structureMessages())
	writeAll("text", textMessages())
	writeAll("binary", binaryMessages())
	// Remove messages left over from a longer case list.
	filepath.WalkDir(".", func(p string, de os.DirEntry, err error) error {
		if err == nil && !de.IsDir() && strings.HasSuffix(p, ".eml") && !written[p] {
			os.Remove(p)
		}
		return nil
	})
}

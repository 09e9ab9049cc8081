#!/usr/bin/env python3
"""Regenerates vectors.txt: argument lists parsed by the oracle chroot's
GLib (through harness.c) and what GLib made of them.

Run as root on a machine with the oracle chroot (see ../../../../../shared/oracle):
    python3 gen.py [ORACLE_ROOT]
It builds harness.c with the host's gcc against the chroot's
libglib-2.0.so.0, runs every case inside the chroot and rewrites
vectors.txt. goption's TestGLibVectors replays the file.
"""
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = sys.argv[1] if len(sys.argv) > 1 else "/srv/oracle-sid"
LIB = os.path.join(ROOT, "usr/lib/x86_64-linux-gnu/libglib-2.0.so.0")
BIN = "/tmp/goption-harness"

# Hand-written cases: (mode, args).
CASES = [
    ("H", ["-v"]), ("H", ["-vc", "5"]), ("H", ["-cv", "5"]), ("H", ["-cr", "5", "6"]),
    ("H", ["--count=7"]), ("H", ["--count", "7"]), ("H", ["--count"]), ("H", ["-c"]),
    ("H", ["-c", "x"]), ("H", ["--count="]), ("H", ["-c", "0x10"]), ("H", ["-c", "010"]),
    ("H", ["-c", " 5"]), ("H", ["-c", "08"]), ("H", ["-c", "5 "]), ("H", ["-c", "0x"]),
    ("H", ["-c", "2147483647"]), ("H", ["-c", "2147483648"]), ("H", ["-c", "-2147483648"]),
    ("H", ["-c", "-2147483649"]), ("H", ["-c", "99999999999999999999"]), ("H", ["-c", "+-1"]),
    ("H", ["--big", "9223372036854775807"]), ("H", ["--big", "9223372036854775808"]),
    ("H", ["--big", "-9223372036854775808"]), ("H", ["--big", "-0x8000000000000000"]),
    ("H", ["--bogus"]), ("H", ["-vz"]), ("H", ["-z"]), ("H", ["a", "--", "-v", "b"]),
    ("H", ["a", "--", "b"]), ("H", ["--"]), ("H", ["-"]), ("H", ["--", "--"]),
    ("H", ["--name", "-v"]), ("H", ["-n", "--count"]), ("H", ["-P"]), ("H", ["-P", "-v"]),
    ("H", ["-P", "pw"]), ("H", ["--password"]), ("H", ["--password", "-v"]),
    ("H", ["--password", "pw"]), ("H", ["--password=pw"]), ("H", ["--password="]),
    ("H", ["-Pv"]), ("H", ["-vP"]), ("H", ["-P", "fail"]), ("H", ["-P", "silent"]),
    ("H", ["-x"]), ("H", ["--flag=val"]), ("H", ["-xv", "a"]), ("H", ["--verbose=yes"]),
    ("H", ["--quiet"]), ("H", ["-l", "a", "-l", "b", "--list=c"]), ("H", ["-F", "a", "--files", "b"]),
    ("H", ["--hidden"]), ("H", ["-v", "--bogus"]), ("H", ["-c", "3", "-c", "x"]),
    ("H", ["--help"]), ("H", ["-h"]), ("H", ["-?"]), ("H", ["-vh"]), ("H", ["--help-all"]),
    ("H", ["--help-extra"]), ("H", ["--help-bogus"]), ("", ["--help"]), ("", ["-h"]),
    ("", ["-?"]), ("HG", ["--help"]), ("HG", ["--help-all"]), ("HG", ["--help-extra"]),
    ("HG", ["-e", "x", "--extra-verbose", "--extra-name=y"]), ("HG", ["-V"]),
    ("HG", ["--extra-bogus"]), ("HGR", ["-?"]), ("HR", ["a", "-v", "b", "--", "-c"]),
    ("HR", ["--help"]), ("R", ["--help"]), ("I", ["-vz", "--bogus", "a"]), ("I", ["-z"]),
    ("I", ["-zv"]), ("I", ["-cz", "5"]), ("I", ["--bogus", "--", "-v"]), ("I", ["-z", "--", "a"]),
    ("I", ["--bogus=1", "-v", "x"]), ("HI", ["-?z"]),
    ("H", ["-n", "é"]), ("H", ["-n", "\xff"]), ("H", ["-f", "é"]), ("H", ["-l", "é"]),
    ("H", ["-F", "\xff"]), ("H", ["-P", "é"]), ("HU", ["-n", "é"]), ("HU", ["-n", "\xff"]),
    ("HU", ["-P", "\xff"]), ("HU", ["-l", "\xe9"]),
    ("H", ["-r", "1.5"]), ("H", ["-r", "abc"]), ("H", ["-r", ""]), ("H", ["-r", "1e-310"]),
    ("H", ["-r", "1e-400"]), ("H", ["-r", "0x1p-1074"]), ("H", ["-r", "0x1p-1022"]),
    ("H", ["-r", "0x1.8"]), ("H", ["-r", "0x1.8p1"]), ("H", ["-r", "0x.8"]), ("H", ["-r", "0x1."]),
    ("H", ["-r", "0xg"]), ("H", ["-r", " 1.5"]), ("H", ["-r", "1.5 "]), ("H", ["-r", "inf"]),
    ("H", ["-r", "-Infinity"]), ("H", ["-r", "infinit"]), ("H", ["-r", "nan"]), ("H", ["-r", "nan(12ab_)"]),
    ("H", ["-r", "nan(12"]), ("H", ["-r", "1e308"]), ("H", ["-r", "1.8e308"]), ("H", ["-r", "-1.8e308"]),
    ("H", ["-r", "1e"]), ("H", ["-r", "1e+"]), ("H", ["-r", ".5"]), ("H", ["-r", "5."]), ("H", ["-r", "."]),
    ("H", ["-r", "-"]), ("H", ["-r", "0e999999"]), ("H", ["-r", "1_0"]), ("H", ["-r", "1e5000"]),
    ("H", ["-r", "2.2250738585072011e-308"]), ("H", ["-r", "2.2250738585072014e-308"]),
    ("H", ["-r", "4.9e-324"]), ("H", ["-r", "-0"]), ("H", ["-r", "+.5e-3"]),
]

POOL = [
    "-v", "-q", "-n", "-c", "-r", "--big", "-f", "-l", "-F", "-P", "-x", "--verbose", "--quiet",
    "--name", "--count", "--ratio", "--file", "--list", "--files", "--password", "--flag",
    "--hidden", "--name=x", "--count=3", "--count=", "--ratio=1.5", "--password=pw", "--flag=z",
    "-vq", "-vc", "-cv", "-cr", "-vn", "-nv", "-Pv", "-vP", "-xv", "-vz", "-z", "--bogus",
    "--bogus=1", "--", "-", "a", "b", "5", "0x1f", "010", "08", " 7", "-3", "1e3", "nan", "inf",
    "1e-400", "abc", "fail", "silent", "-e", "--extra-name", "-V", "--extra-verbose", "--help",
    "-h", "-?", "--help-all", "--help-extra", "0x", "0x1p-1074", "1e-310", "-0x10", "+5", "5 ",
    " ", "", "=", "--count=0x7fffffff", "--big=-1", "--ratio=.e1", "--ratio=0x.8p-2", "é", "\xff",
    "-Pq", "-qP", "-xq", "-?v", "-vh", "--list=", "--files=x",
]


def quote(b):
    out = ['"']
    for c in b:
        if c == 0x22 or c == 0x5C:
            out.append("\\" + chr(c))
        elif c == 0x0A:
            out.append("\\n")
        elif c == 0x09:
            out.append("\\t")
        elif 0x20 <= c < 0x7F:
            out.append(chr(c))
        else:
            out.append("\\x%02x" % c)
    out.append('"')
    return "".join(out)


def encode(arg):
    # Test strings use code points below 256 to stand for raw bytes,
    # except "é", which stands for its UTF-8 encoding.
    if arg == "é":
        return arg.encode()
    return arg.encode("latin-1")


def run(mode, args):
    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin"}
    if "U" in mode:
        env["LANG"] = "C.UTF-8"
    p = subprocess.run(["chroot", ROOT, BIN, mode or "-"] + [encode(a) for a in args],
                       env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.stderr:
        raise SystemExit("harness wrote to stderr: %r" % p.stderr)
    return p.returncode, p.stdout


def main():
    subprocess.run(["gcc", "-O1", "-o", ROOT + BIN, os.path.join(HERE, "harness.c"), LIB,
                    "-Wl,--allow-shlib-undefined"], check=True)
    rnd = random.Random(4105)
    cases = list(CASES)
    for _ in range(1500):
        mode = rnd.choice(["H", "H", "HG", "I", "HI", "HR", "", "GI", "HU", "IU"])
        cases.append((mode, [rnd.choice(POOL) for _ in range(rnd.randint(1, 5))]))
    with open(os.path.join(HERE, "vectors.txt"), "w") as f:
        f.write("# Generated by gen.py from the oracle's GLib; do not edit.\n")
        for mode, args in cases:
            rc, out = run(mode, args)
            f.write("mode %s\n" % (mode or "-"))
            for a in args:
                f.write("arg %s\n" % quote(encode(a)))
            f.write("rc %d\n" % rc)
            f.write("out %s\n\n" % quote(out))
    os.unlink(ROOT + BIN)


if __name__ == "__main__":
    main()

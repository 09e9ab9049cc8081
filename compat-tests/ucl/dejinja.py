#!/usr/bin/env python3
"""Replaces the packaged config's Jinja expressions {= env.X|default(...) =}
with their default values in every file under the given directory, so that
plain libucl can parse the tree (the same rewrite as dejinja in
conftree_test.go)."""
import os
import re
import sys

EXPR = re.compile(r"""\{=\s*env\.\w+\s*\|\s*default\s*(?:\(\s*'([^']*)'\s*\)|"([^"]*)")\s*=\}""")

for root, _, files in os.walk(sys.argv[1]):
    for name in files:
        path = os.path.join(root, name)
        with open(path, 'rb') as f:
            data = f.read().decode('utf-8', 'surrogateescape')
        new = EXPR.sub(lambda m: (m.group(1) or '') + (m.group(2) or ''), data)
        if new != data:
            with open(path, 'wb') as f:
                f.write(new.encode('utf-8', 'surrogateescape'))

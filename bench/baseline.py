#!/usr/bin/env python3
"""The script an office would otherwise write: walk the evidence folder, SHA-256 every file."""
import hashlib
import os
import sys

count = 0
total = 0
for root, dirs, files in os.walk(sys.argv[1]):
    for name in files:
        path = os.path.join(root, name)
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
                total += len(chunk)
        count += 1
print(f"hashed {count} files, {total / 1048576:.0f} MiB")

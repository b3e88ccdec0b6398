#!/usr/bin/env python3
"""What a user would otherwise write: json.load every district result and sum coverage per area."""
import json, os, sys

totals = {}
for name in sorted(os.listdir(sys.argv[1])):
    if not name.endswith(".json"):
        continue
    with open(os.path.join(sys.argv[1], name), encoding="utf-8") as f:
        doc = json.load(f)
    area_of = {i["id"]: i["area"] for i in doc["indicators"]}
    for t in doc["tasks"]:
        area = totals.setdefault(area_of.get(t["indicator"], ""), {})
        area[t["state"]] = area.get(t["state"], 0) + 1
print(json.dumps(totals, ensure_ascii=False, sort_keys=True))

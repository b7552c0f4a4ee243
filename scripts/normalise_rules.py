#!/usr/bin/env python3
"""Normalises the cyber rule pack (src/rules/cyber/*.toml): a term listed as guarded
is dropped from `terms`, a term already in an earlier rule (files in name order) is
dropped, and each file is rewritten in one layout with its header comment kept.
Run after editing the pack; the pack's own test refuses duplicates anyway."""
import glob
import json
import os
import tomllib

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "rules", "cyber")
ORDER = ["id", "kind", "severity", "exemption", "reason", "version", "models", "terms", "guarded", "cues", "examples"]


def value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ", ".join(value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {value(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


seen = {}
for path in sorted(glob.glob(os.path.join(ROOT, "*.toml"))):
    text = open(path, encoding="utf-8").read()
    header = []
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            header.append(line)
        else:
            break
    data = tomllib.loads(text)
    out = "\n".join(header).rstrip() + "\n"
    for rule in data["rule"]:
        guarded = rule.get("guarded", [])
        gl = {g.lower() for g in guarded}
        kept = []
        for t in rule["terms"]:
            k = t.lower()
            if k in gl or k in seen:
                continue
            seen[k] = rule["id"]
            kept.append(t)
        rule["terms"] = kept
        g2 = []
        for g in guarded:
            if g.lower() in seen:
                continue
            seen[g.lower()] = rule["id"]
            g2.append(g)
        if guarded:
            rule["guarded"] = g2
        out += "\n[[rule]]\n"
        for key in ORDER:
            if key in rule:
                out += f"{key} = {value(rule[key])}\n"
    open(path, "w", encoding="utf-8").write(out)
    print(os.path.basename(path), len(data["rule"]), sum(len(r["terms"]) + len(r.get("guarded", [])) for r in data["rule"]))

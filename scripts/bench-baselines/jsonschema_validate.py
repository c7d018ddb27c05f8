#!/usr/bin/env python3
"""Baseline: Python `jsonschema` validating a dataset against chidao's published schema.

usage: jsonschema_validate.py SCHEMA FILE

What an integrator does: json.load the document, then Draft202012Validator with its
FormatChecker (so `date` is checked, as ours does) and iter_errors over the whole document.
The schema's shared definitions (defs.schema.json, beside it) are given in a `referencing`
registry of every schema file of its directory, as docs/schemas.md shows.
Prints its internal timings as one JSON line; exits 1 when the document is invalid.
"""
import glob
import json
import os
import sys
import time

from jsonschema import Draft202012Validator
from referencing import Registry, Resource


def main():
    schema_path, doc_path = sys.argv[1], sys.argv[2]
    start = time.perf_counter()
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    resources = []
    for path in glob.glob(os.path.join(os.path.dirname(schema_path), "*.schema.json")):
        with open(path, encoding="utf-8") as f:
            contents = json.load(f)
        resources.append((contents["$id"], Resource.from_contents(contents)))
    registry = Registry().with_resources(resources)
    validator = Draft202012Validator(schema, registry=registry,
                                     format_checker=Draft202012Validator.FORMAT_CHECKER)
    compiled = time.perf_counter()
    with open(doc_path, encoding="utf-8") as f:
        doc = json.load(f)
    loaded = time.perf_counter()
    errors = sum(1 for _ in validator.iter_errors(doc))
    end = time.perf_counter()
    print(json.dumps({"op": "py-jsonschema", "total_s": end - start,
                      "phases": {"schema": compiled - start, "json_load": loaded - compiled,
                                 "validate": end - loaded},
                      "facts": {"errors": str(errors)}}))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()

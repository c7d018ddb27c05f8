#!/usr/bin/env python3
"""Baseline: Python lxml parsing chidao's XML document into a tree.

usage: lxml_parse.py FILE

lxml.etree.parse of the whole file (entities off, no network, huge_tree for large text nodes),
then a count of the task elements so the tree is really there. Prints its internal timings as
one JSON line.
"""
import json
import sys
import time

from lxml import etree

NS = "urn:chidao:dataset:1"


def main():
    start = time.perf_counter()
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    tree = etree.parse(sys.argv[1], parser)
    parsed = time.perf_counter()
    tasks = sum(1 for _ in tree.getroot().iter(f"{{{NS}}}task"))
    end = time.perf_counter()
    print(json.dumps({"op": "py-lxml", "total_s": end - start,
                      "phases": {"parse": parsed - start, "count": end - parsed},
                      "facts": {"tasks": str(tasks)}}))


if __name__ == "__main__":
    main()

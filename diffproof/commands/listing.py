"""``diffproof list [--json]``: every identity's name, section and title."""

from __future__ import annotations

import argparse
import json


def register(subparsers) -> None:
    parser = subparsers.add_parser("list", help="list the identities of the catalogue")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from derivations.catalogue import IDENTITIES

    rows = [{"name": i.name, "section": i.section, "title": i.title} for i in IDENTITIES]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    width = max(len(row["name"]) for row in rows)
    section = None
    for row in rows:
        if row["section"] != section:
            section = row["section"]
            print(f"\n{section}")
        print(f"  {row['name']:<{width}}  {row['title']}")
    return 0

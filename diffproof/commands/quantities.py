"""``diffproof quantities [--json]``: every checkable quantity, its reference formula, symbols and relations."""

from __future__ import annotations

import argparse
import json

from derivations.symbols import POSITIVE, UNIT, domain_of
from diffproof.answers.notation import latex
from diffproof.answers.quantities import MISSING, QUANTITIES, Quantity


def register(subparsers) -> None:
    parser = subparsers.add_parser("quantities", help="list the quantities 'diffproof check' can judge")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.set_defaults(run=run)


def _domain(symbol) -> str:
    return {UNIT: "(0, 1)", POSITIVE: "(0, inf)"}.get(domain_of(symbol), "real")


def describe(quantity: Quantity) -> dict:
    symbols = [
        {"plain": str(symbol), "latex": latex(symbol), "domain": _domain(symbol)}
        for symbol in quantity.vocabulary.symbols
    ]
    return {
        "name": quantity.name,
        "title": quantity.title,
        "reference_latex": latex(quantity.reference),
        "reference_plain": str(quantity.reference),
        "symbols": symbols,
        "densities": quantity.vocabulary.densities,
        "relations": list(quantity.relations()),
    }


def run(args: argparse.Namespace) -> int:
    rows = [describe(quantity) for quantity in QUANTITIES]
    if args.json:
        print(json.dumps({"quantities": rows, "unavailable": list(MISSING)}, indent=2))
        return 0
    for row in rows:
        print(f"{row['name']}: {row['title']}")
        print(f"  reference: {row['reference_plain']}")
        print(f"             {row['reference_latex']}")
        symbols = ", ".join(f"{s['plain']} in {s['domain']}" for s in row["symbols"])
        print(f"  symbols:   {symbols}" + ("; densities p(.), q(.) over them" if row["densities"] else ""))
        if row["relations"]:
            print(f"  relations: {'; '.join(row['relations'])}")
    if MISSING:
        print("\nnot yet available (their sections do not export the formula): " + ", ".join(MISSING))
    return 0

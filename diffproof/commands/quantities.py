"""``diffproof quantities [--bank FILE] [--json]``: every checkable question, its reference, symbols and relations."""

from __future__ import annotations

import argparse
import json
import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser("quantities", help="list the quantities 'diffproof check' can judge")
    parser.add_argument("--bank", metavar="FILE", help="also list the questions of a TOML bank")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.set_defaults(run=run)


def describe(question) -> dict:
    """A question as plain data: name, title, reference (LaTeX and plain), symbols with domains, relations."""
    from diffproof.answers.notation import describe_set, latex

    symbols = [
        {"plain": str(symbol), "latex": latex(symbol), "domain": describe_set(question.domain(symbol))}
        for symbol in question.symbols
    ]
    return {
        "name": question.name,
        "title": question.title,
        "reference_latex": latex(question.reference.expr),
        "reference_plain": plain_text(question.reference.expr),
        "symbols": symbols,
        "relations": list(question.relations()),
        "source": question.source,
    }


def plain_text(expr) -> str:
    """The reference in plain text that the parser reads back (network outputs with their inputs)."""
    import sympy as sp

    return sp.sstr(expr)


def run(args: argparse.Namespace) -> int:
    from diffproof.answers.bank import BankError, load
    from diffproof.answers.quantities import missing
    from diffproof.answers.quantities import questions as builtins

    questions = list(builtins())
    if args.bank is not None:
        try:
            questions = list(load(args.bank).questions.values()) + questions
        except BankError as error:
            print(f"diffproof quantities: --bank: {error}", file=sys.stderr)
            return 2
    rows = [describe(question) for question in questions]
    if args.json:
        print(json.dumps({"quantities": rows, "unavailable": list(missing())}, indent=2))
        return 0
    for row in rows:
        print(f"{row['name']}: {row['title']}")
        print(f"  reference: {row['reference_plain']}")
        print(f"             {row['reference_latex']}")
        symbols = ", ".join(f"{s['plain']} in {s['domain']}" for s in row["symbols"])
        print(f"  symbols:   {symbols}")
        if row["relations"]:
            print(f"  relations: {'; '.join(row['relations'])}")
    if missing():
        print("\nnot yet available (their sections do not export the formula): " + ", ".join(missing()))
    return 0

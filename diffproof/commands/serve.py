"""``diffproof serve [--host H] [--port P] [--bank FILE]``: a web page and a JSON API for checking answers.

Binds 127.0.0.1 by default.  Judgements run in killable worker processes with the
limits of ``diffproof check`` (``--timeout``); the page and KaTeX ship with the package.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys

from diffproof.commands.check import DEFAULT_SECONDS


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="serve a web page where students check their answers",
        description="Serve a page where a student picks a question, types an answer, sees how it is read and "
        "gets the verdict; and POST /api/check, which returns the JSON of 'check --json'.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="the address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="the port (default 8000; 0 picks a free one)")
    parser.add_argument("--bank", metavar="FILE", help="a TOML question bank whose questions the page offers")
    parser.add_argument("--workers", type=int, default=0, metavar="N", help="worker processes (default: every core)")
    parser.add_argument(
        "--timeout", type=float, default=DEFAULT_SECONDS, metavar="SECONDS", help="time allowed per answer"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from diffproof.commands.check import limits_from, load_bank

    limits = limits_from(args, "serve")
    if limits is None:
        return 2
    if not 0 <= args.port <= 65535 or args.workers < 0:
        print("diffproof serve: --port must be in 0..65535 and --workers positive", file=sys.stderr)
        return 2
    if load_bank(args.bank, limits, "serve") is None:
        return 2
    from diffproof.answers.server import App, make_server

    app = App(args.bank, args.workers or os.cpu_count() or 1, limits)
    try:
        server = make_server(args.host, args.port, app)
    except OSError as error:
        app.pool.close()
        print(f"diffproof serve: cannot listen on {args.host}:{args.port}: {error.strerror}", file=sys.stderr)
        return 2
    host, port = server.server_address[:2]
    print(f"serving on http://{host}:{port}/ (Ctrl-C to stop)", flush=True)
    signal.signal(signal.SIGTERM, _interrupt)  # stopped by a service manager: close the workers as for Ctrl-C
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        app.pool.close()
    return 0


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt

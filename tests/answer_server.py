"""A ``diffproof serve`` process for the tests: started on a free port, stopped by its own process id."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

BANK = Path(__file__).parent.parent / "examples" / "course_bank.toml"


@contextlib.contextmanager
def running_server(*extra: str) -> Iterator[str]:
    """The base URL of a server started with ``extra`` arguments; the server is stopped afterwards."""
    command = [sys.executable, "-m", "diffproof", "serve", "--port", "0", "--workers", "2", "--bank", str(BANK), *extra]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        if not line.startswith("serving on "):
            raise RuntimeError(f"the server did not start: {line}{process.stderr.read()}")
        yield line.split()[2].rstrip("/")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def post(url: str, body: bytes | dict, timeout: float = 60) -> tuple[int, dict]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def get(url: str, timeout: float = 30) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()

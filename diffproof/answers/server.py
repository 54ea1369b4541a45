"""A web page and a JSON API for checking answers, with the checker kept warm in killable workers.

The standard library's :class:`http.server.ThreadingHTTPServer` is enough: four
routes, JSON in and out, and every judgement runs in a worker process
(:class:`diffproof.answers.limits.Worker`) with the CLI's time and memory
limits, so a request thread only waits on a pipe.  Routes:

* ``GET /`` the page; ``GET /static/...`` its script, style and KaTeX (shipped with the package);
* ``GET /api/questions``: the questions (built-in and bank) without their references;
* ``POST /api/check`` ``{"quantity" or "question": NAME, "answer": TEXT}`` -> the JSON of ``check --json``;
  ``{"reference": TEXT, "answer": TEXT, "given": [...]}`` -> the JSON of ``equiv --json``;
* ``POST /api/preview`` ``{"answer": TEXT, "question": NAME}`` -> how the answer is read (LaTeX per reading).

A request that is not JSON, too large, or missing a field gets 400 with a message; a worker that overruns is
killed and replaced, and the request gets an ``undecided`` judgement.
"""

from __future__ import annotations

import json
import queue
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from diffproof.answers import bank as banks
from diffproof.answers import quantities
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.grading import CheckTask, EquivTask, grade, question
from diffproof.answers.judge import Judgement
from diffproof.answers.limits import Failure, Limits, Worker
from diffproof.answers.notation import latex, read

WEB = Path(__file__).parent / "web"
#: The largest request body accepted, in bytes.
MAX_BODY = 64 * 1024
#: How long a request waits for a free worker before it is told the server is busy, in seconds.
QUEUE_SECONDS = 30.0
TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".woff2": "font/woff2"}  # fmt: skip


@dataclass(frozen=True)
class PreviewTask:
    """Read ``answer`` as the question ``quantity`` reads it, without judging it."""

    quantity: str
    answer: str
    bank: str | None = None


def preview(task: PreviewTask) -> dict:
    """How an answer is read: the LaTeX of each reading, or the error with its position; never raises."""
    try:
        vocabulary = question(task.quantity, task.bank).vocabulary if task.quantity else None
        found = read(task.answer, vocabulary) if vocabulary else read(task.answer)
        return {"readings": [latex(f.expr) for f in found], "error": None, "position": None}
    except InvalidAnswer as error:
        return {"readings": [], "error": str(error), "position": error.position}
    except Exception as error:  # untrusted input: a message, never a traceback
        return {"readings": [], "error": f"could not read the answer ({type(error).__name__})", "position": None}


def work(task: CheckTask | EquivTask | PreviewTask):
    """The workers' function: a judgement, or a preview."""
    return preview(task) if isinstance(task, PreviewTask) else grade(task)


class Pool:
    """Workers shared by the request threads: each request borrows one, runs its task, returns it."""

    def __init__(self, size: int, limits: Limits) -> None:
        self.limits = limits
        self.free: queue.Queue[Worker] = queue.Queue()
        for _ in range(size):
            worker = Worker(work, limits)
            worker.start()
            self.free.put(worker)

    def run(self, task):
        try:
            worker = self.free.get(timeout=QUEUE_SECONDS)
        except queue.Empty:
            return Failure.TIMED_OUT
        try:
            return worker.run(task)
        finally:
            self.free.put(worker)

    def warm(self, task) -> None:
        """Run ``task`` once in every worker (SymPy's caches filled before the first student arrives)."""
        workers = [self.free.get() for _ in range(self.free.qsize())]
        for worker in workers:
            worker.run(task)
            self.free.put(worker)

    def close(self) -> None:
        while not self.free.empty():
            self.free.get().close()


class BadRequest(ValueError):
    """A request the API cannot serve; the message says what was expected."""


class App:
    """The state of a server: the bank, the workers, and the list of questions."""

    def __init__(self, bank: str | None, workers: int, limits: Limits) -> None:
        self.bank = bank
        self.limits = limits
        self.questions = self._questions()
        self.pool = Pool(workers, limits)
        self.pool.warm(CheckTask("snr", r"\frac{\bar\alpha_t}{1-\bar\alpha_t}"))

    def _questions(self) -> list[dict]:
        listed = []
        if self.bank is not None:
            listed += [(q, "bank") for q in banks.load(self.bank).questions.values()]
        listed += [(q, "built-in") for q in quantities.questions() if q.name not in {x.name for x, _ in listed}]
        return [{"name": q.name, "title": q.title, "source": where} for q, where in listed]

    def check(self, body: dict) -> dict:
        answer = _text(body, "answer")
        if "reference" in body:
            given = body.get("given", [])
            if not isinstance(given, list) or not all(isinstance(g, str) for g in given):
                raise BadRequest("'given' must be a list of texts")
            task = EquivTask(_text(body, "reference"), answer, tuple(given))
            fields = {"reference": task.reference, "answer": answer, "given": given}
        else:
            name = _text(body, "question" if "question" in body else "quantity")
            task = CheckTask(name, answer, self.bank)
            fields = {"quantity": name, "answer": answer}
        result = self.pool.run(task)
        if isinstance(result, Failure):
            extra = f" ({self.limits.seconds:g} s)" if result is Failure.TIMED_OUT else ""
            result = Judgement.undecided(f"the check {result.value}{extra}")
        return {**fields, **result.to_json()}

    def preview(self, body: dict) -> dict:
        task = PreviewTask(body.get("question") or body.get("quantity") or "", _text(body, "answer"), self.bank)
        if not isinstance(task.quantity, str):
            raise BadRequest("'question' must be text")
        result = self.pool.run(task)
        if isinstance(result, Failure):
            return {"readings": [], "error": f"reading the answer {result.value}", "position": None}
        return result


def _text(body: dict, field: str) -> str:
    value = body.get(field)
    if not isinstance(value, str):
        raise BadRequest(f"expected a text field {field!r}")
    return value


def handler_for(app: App) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "diffproof"
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args) -> None:  # quiet: the terminal shows only the address
            pass

        def send(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'")
            self.end_headers()
            self.wfile.write(body)

        def send_json(self, status: int, data: object) -> None:
            self.send(status, json.dumps(data).encode("utf-8"), "application/json")

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/api/questions":
                return self.send_json(HTTPStatus.OK, {"questions": app.questions})
            if path in ("/", "/index.html"):
                return self.send_file(WEB / "index.html")
            if path.startswith("/static/"):
                target = (WEB / path[len("/static/") :]).resolve()
                if WEB.resolve() in target.parents and target.is_file() and target.suffix in TYPES:
                    return self.send_file(target)
            self.send_json(HTTPStatus.NOT_FOUND, {"error": f"no such page {path!r}"})

        def send_file(self, path: Path) -> None:
            self.send(HTTPStatus.OK, path.read_bytes(), TYPES[path.suffix])

        def do_POST(self) -> None:
            routes = {"/api/check": app.check, "/api/preview": app.preview}
            route = routes.get(self.path)
            try:
                length = int(self.headers.get("Content-Length") or -1)
            except ValueError:
                length = -1
            if route is None:
                return self.send_json(HTTPStatus.NOT_FOUND, {"error": f"no such endpoint {self.path!r}"})
            if not 0 <= length <= MAX_BODY:
                self.close_connection = True
                return self.send_json(
                    HTTPStatus.BAD_REQUEST, {"error": f"expected a JSON body of at most {MAX_BODY} bytes"}
                )
            try:
                body = json.loads(self.rfile.read(length).decode("utf-8"))
                if not isinstance(body, dict):
                    raise BadRequest("expected a JSON object")
                self.send_json(HTTPStatus.OK, route(body))
            except (UnicodeDecodeError, json.JSONDecodeError):
                self.send_json(HTTPStatus.BAD_REQUEST, {"error": "the body is not JSON"})
            except BadRequest as error:
                self.send_json(HTTPStatus.BAD_REQUEST, {"error": str(error)})

    return Handler


def make_server(host: str, port: int, app: App) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer((host, port), handler_for(app))
    server.daemon_threads = True
    return server


def serve_in_thread(server: ThreadingHTTPServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread

"""``diffproof serve``: the JSON API returns what ``check --json`` prints; hostile requests never take it down."""

from __future__ import annotations

import concurrent.futures
import json

import pytest
from answer_server import BANK, get, post, running_server

from diffproof.cli import main


@pytest.fixture(scope="module")
def server():
    with running_server("--timeout", "3") as url:
        yield url


def test_the_page_and_its_assets_are_served_without_a_cdn(server):
    status, page = get(server + "/")
    assert status == 200 and b"/static/katex/katex.min.js" in page and b"http" not in page.split(b"<body>")[0]
    for asset in ("/static/app.js", "/static/style.css", "/static/katex/katex.min.css", "/static/katex/katex.min.js",
                  "/static/katex/fonts/KaTeX_Main-Regular.woff2"):  # fmt: skip
        assert get(server + asset)[0] == 200, asset


def test_questions_are_listed_without_their_references(server):
    status, body = get(server + "/api/questions")
    questions = json.loads(body)["questions"]
    assert status == 200 and questions[0] == {
        "name": "langevin-step",
        "title": "One step of Langevin dynamics with step size c",
        "source": "bank",
    }
    assert {"snr", "ddim-update"} <= {q["name"] for q in questions}
    assert b"reference" not in body


@pytest.mark.parametrize(
    ("fields", "argv"),
    [
        ({"quantity": "snr", "answer": "alpha_t/(1-alpha_t)"}, ["check", "--json", "snr", "alpha_t/(1-alpha_t)"]),
        ({"question": "ddim-update", "answer": "x_t"}, ["check", "--json", "--bank", str(BANK), "ddim-update", "x_t"]),
        ({"quantity": "snr", "answer": "SNR(t"}, ["check", "--json", "snr", "SNR(t"]),
        ({"reference": r"\sqrt{a^2}", "answer": "a", "given": ["0 < a"]}, ["equiv", "--json", "--given", "0 < a", r"\sqrt{a^2}", "a"]),
        ({"reference": r"\frac{d}{dx} x^2", "answer": "x"}, ["equiv", "--json", r"\frac{d}{dx} x^2", "x"]),
        ({"reference": r"\partial_t \bar\alpha_t", "answer": "0"}, ["equiv", "--json", r"\partial_t \bar\alpha_t", "0"]),
    ],
    ids=["built-in", "bank", "invalid", "equiv", "equiv-derivative-leibniz-wrong", "equiv-derivative-held"],
)  # fmt: skip
def test_api_check_returns_the_json_of_check(server, capsys, fields, argv, request):
    status, body = post(server + "/api/check", fields)
    main(argv)
    printed = json.loads(capsys.readouterr().out)
    printed.pop("question", None)
    body.pop("question", None)
    assert status == 200 and body == printed
    if "derivative" in request.node.callspec.id:  # the web page's verdicts on derivatives: never correct
        assert (
            body["verdict"]
            == {"equiv-derivative-leibniz-wrong": "wrong", "equiv-derivative-held": "undecided"}[
                request.node.callspec.id
            ]
        )


def test_preview_shows_how_the_answer_is_read(server):
    status, body = post(server + "/api/preview", {"question": "snr", "answer": "ᾱ_t/(1−ᾱ_t)"})
    assert status == 200 and body["readings"] == [r"\frac{\bar\alpha_t}{1 - \bar\alpha_t}"]
    status, body = post(server + "/api/preview", {"question": "snr", "answer": "ᾱ_t/(1−"})
    assert body["readings"] == [] and "expected a formula" in body["error"] and body["position"] == 7
    status, body = post(server + "/api/preview", {"answer": r"\log p(x)\sigma"})
    assert len(body["readings"]) == 2


HOSTILE = [
    (b"not json", "the body is not JSON"),
    (b"[1, 2]", "expected a JSON object"),
    (b'{"answer": "x"}', "expected a text field 'quantity'"),
    (b'{"quantity": "snr", "answer": 3}', "expected a text field 'answer'"),
    (b'{"reference": "x", "answer": "x", "given": "0 < x"}', "'given' must be a list of texts"),
    (b"\xff\xfe", "the body is not JSON"),
    (b"{" + b'"a":' * 5000 + b"1" + b"}" * 5000, "the body is not JSON"),
]


@pytest.mark.parametrize(("body", "message"), HOSTILE, ids=[m for _, m in HOSTILE])
def test_bad_requests_get_400_with_a_message(server, body, message):
    status, answer = post(server + "/api/check", body)
    assert status == 400 and message in answer["error"]


def test_oversized_unknown_and_traversing_requests(server):
    status, answer = post(server + "/api/check", b'{"quantity": "snr", "answer": "' + b"x" * 70000 + b'"}')
    assert status == 400 and "at most 65536 bytes" in answer["error"]
    assert post(server + "/api/nothing", {})[0] == 404
    for path in ("/static/../../pyproject.toml", "/static/%2e%2e/server.py", "/etc/passwd", "/static/katex"):
        assert get(server + path)[0] == 404, path


def test_hostile_answers_are_judged_in_killable_workers_and_the_server_survives(server):
    slow = {"reference": r"\frac{(a+b+c+u)^{12}}{(a+b)^{6}}", "answer": r"\frac{(a+b+c+u)^{12}}{(b+a)^{6}} + 0"}
    status, body = post(server + "/api/check", slow)
    assert status == 200 and body["verdict"] in ("undecided", "correct")
    for text in ("x\x00", "9**9**9", "(" * 900, "__import__('os')", "x" * 3000):
        status, body = post(server + "/api/check", {"quantity": "snr", "answer": text})
        assert status == 200 and body["verdict"] == "invalid input"
    status, body = post(server + "/api/check", {"quantity": "snr", "answer": "SNR(t)"})
    assert status == 200 and body["verdict"] == "correct"


def test_concurrent_requests_are_all_answered_in_order_of_their_own(server):
    answers = ["SNR(t)", "alpha_t", "abar_t/(1-abar_t)", "x/("] * 5
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda a: post(server + "/api/check", {"quantity": "snr", "answer": a}), answers))
    words = [body["verdict"] for _, body in results]
    assert words == ["correct", "wrong", "correct", "invalid input"] * 5


def test_serve_usage_errors(capsys):
    assert main(["serve", "--port", "70000"]) == 2
    assert main(["serve", "--timeout", "0"]) == 2
    assert "--port" in capsys.readouterr().err


def test_stopping_the_server_stops_its_workers():
    import signal
    import subprocess
    import sys
    import time

    from answer_server import BANK

    command = [sys.executable, "-m", "diffproof", "serve", "--port", "0", "--workers", "2", "--bank", str(BANK)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout.readline().startswith("serving on ")
    children = _children(process.pid)
    assert len(children) == 2
    process.send_signal(signal.SIGKILL)  # even killed outright, the server leaves no worker behind
    process.wait(timeout=10)
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in children)


def _children(pid: int) -> list[int]:
    from pathlib import Path

    found = []
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = status.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(status.parent.name))
    return found


def _alive(pid: int) -> bool:
    from pathlib import Path

    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"

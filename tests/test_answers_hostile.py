"""Hostile input: every attempt is refused with a clear message, inside the worker, within the time limit.

Nothing here is evaluated as code: the answer is tokenized and parsed by our own
grammar, and only whitelisted SymPy constructors are called.  The table runs
through :func:`diffproof.answers.grading.verdicts`, the path the CLI takes.
"""

from __future__ import annotations

import os
import time

import pytest
import sympy as sp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diffproof.answers import InvalidAnswer, parse
from diffproof.answers.grading import CheckTask, EquivTask, verdicts
from diffproof.answers.limits import CRASHED, TIMED_OUT, Limits, WarmWorkers, Worker

HOSTILE = [
    ("python-import", "__import__('os').system('touch /tmp/pwned')", "expected a formula"),
    ("python-eval", 'eval("1+1")', "unexpected character '\"'"),
    ("python-exec-word", "exec(1)", None),  # any identifier is a number: judged, harmlessly, never run
    ("python-dunder", "x.__class__.__bases__", "unexpected '.'"),
    ("python-lambda", "lambda: 0", "unexpected character ':'"),
    ("python-builtin", "open(x)", None),
    ("python-semicolon", "x; import os", "unexpected ';'"),
    ("sympy-function", "Symbol('x')", 'expected a formula, found "\'"'),
    ("sympy-sympify-attr", "sqrt(x).func", "unexpected '.'"),
    ("shell-substitution", "$(rm -rf /)", "unexpected character '$'"),
    ("shell-backtick", "`ls`", "unexpected character '`'"),
    ("latex-input", r"\input{/etc/passwd}", r"unsupported command \input"),
    ("latex-def", r"\def\x{1}", r"unsupported command \def"),
    ("latex-newcommand", r"\newcommand{\a}{b}", r"unsupported command \newcommand"),
    ("latex-write18", r"\immediate\write18{ls}", r"unsupported command \immediate"),
    ("tower-of-powers", "10^{10^{10}}", "larger than 64"),
    ("python-power-tower", "9**9**9", "larger than 64"),
    ("tiny-root", "x^{1/1000}", "larger than 64"),
    ("huge-root", r"\sqrt[1000]{x}", "degree of a root"),
    ("exp-tower", r"\exp(\exp(\exp(\exp(100))))", "nested more than 2 deep"),
    ("expansion-blowup", "(a+b+c+u+v+m+s+w)^{64}", "more than 20000 terms"),
    ("nested-parentheses", "(" * 900 + "x" + ")" * 900, "nested more than 40 levels"),
    ("nested-braces", "{" * 900 + "x" + "}" * 900, "nested more than 40 levels"),
    ("nested-fractions", r"\frac{1}{" * 60 + "x" + "}" * 60, "nested more than 40 levels"),
    ("many-minus-signs", "-" * 1999 + "x", "nested more than 40 levels"),
    ("superscript-minus-chain", "x^" + "-" * 1990 + "1", "nested more than 40 levels"),
    ("megabyte", "x+" * 500_000 + "x", "at most 2000 are accepted"),
    ("null-byte", "x\x00+1", "U+0000 (a control character)"),
    ("escape-sequence", "\x1b[31mx", "U+001B (a control character)"),
    ("bidi-override", "x\u202e+1", "U+202E (a control character)"),
    ("unbalanced-open-brace", r"\frac{x}{1", "unbalanced '{'"),
    ("unbalanced-close-brace", "x}", "unexpected '}'"),
    ("unbalanced-left-right", r"\left(x", "unbalanced '('"),
    ("long-number", "1" * 40, "more than 15 digits"),
    ("division-by-zero", "x/(1-1)", "division by zero"),
    ("density-of-density", "p(p(x))", "must be single symbols"),
    ("empty", "", "expected a formula"),
    ("only-spaces", "   ", "expected a formula"),
]


@pytest.fixture(scope="module")
def hostile_verdicts():
    tasks = [EquivTask("x", text) for _, text, _ in HOSTILE]
    return list(verdicts(tasks, Limits(seconds=10)))


@pytest.mark.parametrize("index", range(len(HOSTILE)), ids=[row[0] for row in HOSTILE])
def test_hostile_input_is_refused_clearly(hostile_verdicts, index):
    _, _, message = HOSTILE[index]
    verdict = hostile_verdicts[index]
    if message is None:
        assert verdict.word == "wrong" and verdict.counterexample is not None
        return
    assert verdict.word == "invalid input"
    assert verdict.reason.startswith("ANSWER: ")
    assert message in verdict.reason


def test_nothing_was_executed(hostile_verdicts):
    assert not os.path.exists("/tmp/pwned")


def test_hostile_rows_do_not_stop_a_batch():
    tasks = [
        CheckTask("snr", "x\x00"),
        CheckTask("no-such-quantity", "x"),
        CheckTask("snr", r"\frac{\bar\alpha_t}{1-\bar\alpha_t}"),
    ]
    words = [v.word for v in verdicts(tasks, Limits(seconds=10))]
    assert words == ["invalid input", "invalid input", "correct"]


# ------------------------------------------------------------------ the worker


def _sleep(seconds: float) -> str:
    time.sleep(seconds)
    return f"slept {seconds}"


def _die(code: int) -> None:
    os._exit(code)


def test_a_runaway_task_is_killed_and_the_worker_replaced():
    with Worker(_sleep, Limits(seconds=0.5)) as worker:
        assert worker.run(60) is TIMED_OUT
        assert worker.process is None
        assert worker.run(0) == "slept 0"


def test_a_crashing_task_is_reported_and_the_worker_replaced():
    with Worker(_die, Limits(seconds=5)) as worker:
        assert worker.run(3) is CRASHED
        assert worker.run(3) is CRASHED


def test_the_worker_is_reused_across_tasks():
    with Worker(_pid, Limits(seconds=5)) as worker:
        pids = {worker.run(0) for _ in range(3)}
    assert len(pids) == 1 and os.getpid() not in pids


def _pid(_: object) -> int:
    return os.getpid()


def _pid_or_sleep(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def test_warm_workers_lend_the_same_child_again_and_one_per_thread_at_a_time():
    warm = WarmWorkers(_pid, renewed_after=100, kept=2)
    limits = Limits(seconds=5)
    try:
        with warm.lent(limits) as first:
            child = first.run(0)
            with warm.lent(limits) as second:  # the first is lent: another worker, another child
                assert second is not first and second.run(0) != child
        with warm.lent(limits) as again:
            assert again.run(0) in {child, second.run(0)}  # an idle one, its child still alive
        with warm.lent(Limits(seconds=6)) as other:  # other limits: a worker of its own
            assert other not in (first, second)
    finally:
        warm.close()
    assert first.process is None and second.process is None


def test_a_warm_worker_s_runaway_task_is_killed_and_its_child_replaced():
    warm = WarmWorkers(_pid_or_sleep, renewed_after=100, kept=2)
    limits = Limits(seconds=0.5)
    try:
        with warm.lent(limits) as worker:
            child = worker.run(0)
            assert worker.run(60) is TIMED_OUT and worker.process is None
        with warm.lent(limits) as again:
            assert again is worker and again.run(0) not in {child, os.getpid()}
    finally:
        warm.close()


def test_a_warm_worker_s_child_is_renewed_after_its_tasks():
    warm = WarmWorkers(_pid, renewed_after=3, kept=2)
    limits = Limits(seconds=5)
    try:
        with warm.lent(limits) as worker:
            children = {worker.run(0) for _ in range(3)}
        assert len(children) == 1 and worker.process is None  # served 3 tasks: ended when given back
        with warm.lent(limits) as again:
            assert again is worker and again.run(0) not in children
    finally:
        warm.close()


def test_only_the_workers_given_back_last_are_kept_idle():
    warm = WarmWorkers(_pid, renewed_after=100, kept=2)
    try:
        workers = []
        for seconds in (4, 5, 6):
            with warm.lent(Limits(seconds=seconds)) as worker:
                worker.run(0)
            workers.append(worker)
        assert workers[0].process is None and all(worker.process is not None for worker in workers[1:])
        with warm.lent(Limits(seconds=4)) as worker:
            assert worker is not workers[0]
    finally:
        warm.close()
    with pytest.raises(ValueError, match="one is kept"):
        WarmWorkers(_pid, renewed_after=100, kept=0)


def test_a_warm_worker_left_by_an_exception_is_not_lent_again():
    warm = WarmWorkers(_pid, renewed_after=100, kept=2)
    limits = Limits(seconds=5)
    with pytest.raises(KeyboardInterrupt), warm.lent(limits) as worker:
        worker.run(0)
        raise KeyboardInterrupt
    assert worker.process is None
    with warm.lent(limits) as other:
        assert other is not worker
    warm.close()


def test_time_limit_gives_undecided_not_a_hang():
    slow = EquivTask(r"\frac{(a+b+c+u)^{12}}{(a+b)^{6}}", r"\frac{(a+b+c+u)^{12}}{(b+a)^{6}} + 0")
    (verdict,) = verdicts([slow], Limits(seconds=1e-3))
    assert verdict.word == "undecided"
    assert "did not finish within the time limit" in verdict.reason


def test_limits_are_validated():
    with pytest.raises(ValueError, match="time limit"):
        Limits(seconds=0)


PIECES = [
    "x_t", "x_0", r"\bar\alpha_t", r"\alpha_{t-1}", r"\epsilon", r"\sigma", "a", "b", "2", "0", "1.5",
    "+", "-", "*", "/", "^", "**", "_", "(", ")", "{", "}", "[", "]", ",", "|", "=", "<",
    r"\frac", r"\sqrt", r"\log", "exp", r"\nabla", r"\left(", r"\right)", r"\mid", "p", "q_\\phi",
    r"\hat", r"\mathbf", "s_\\theta", r"\mathrm{SNR}", " ", "t", "e", r"\cdot",
]  # fmt: skip


@settings(max_examples=400, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_any_token_soup_parses_or_is_refused_cleanly(text):
    try:
        expr = parse(text)
    except InvalidAnswer as error:
        assert error.position is None or 0 <= error.position <= len(text)
    else:
        assert isinstance(expr, sp.Expr)

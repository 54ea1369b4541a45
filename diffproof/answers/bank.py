"""A course's own question bank: a TOML file of questions with their symbols, relations and feedback.

Format (every field but ``title`` and ``reference`` optional)::

    [questions.langevin-step]
    title = "One step of Langevin dynamics with step size c"
    reference = 'x_i + c\\nabla_{x_i}\\log p(x_i) + \\sqrt{2c}\\,\\epsilon'
    symbols = { x_i = "real", c = "positive", epsilon = "real" }   # also "(0, 1)", "[2, 5)", "integer", ...
    relations = ['\\delta = 2c']                                      # equations or bounds, as --given
    [[questions.langevin-step.feedback]]
    answer = 'x_i + c\\nabla_{x_i}\\log p(x_i) + 2c\\,\\epsilon'
    message = "The noise is scaled by the square root of 2c."

The symbols and relations of :mod:`derivations.symbols` hold in every question
(``abar_t = alpha_t abar_{t-1}``, ``beta_t = 1 - alpha_t``); a question's own
declarations come first.  :func:`load` reads and checks the file: a reference
that does not parse (or reads two ways), an unknown domain, an unknown field, a
relation that is neither an equation nor a bound is a :class:`BankError` naming
the file, line and question.  :func:`check_judgements` then judges each
reference against itself and each feedback answer against its reference (a
feedback answer that is correct, or cannot be shown wrong, is an error); the
commands run it in a worker before any answer is judged.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import sympy as sp

from derivations import symbols as registry
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.givens import parse_given
from diffproof.answers.judge import Assumptions, Status, judge
from diffproof.answers.notation import (
    SPELLINGS,
    Formula,
    Vocabulary,
    assumptions_of,
    describe_set,
    identifier,
    key_of,
    latex,
    read,
    vocabulary_of,
)
from diffproof.answers.questions import Feedback, Question

#: The domains a bank may name, besides intervals such as ``(0, 1)`` or ``[2, 5)``.
NAMED_DOMAINS = {
    "real": sp.Reals,
    "positive": registry.POSITIVE,
    "negative": sp.Interval.open(-sp.oo, 0),
    "nonnegative": sp.Interval(0, sp.oo),
    "nonpositive": sp.Interval(-sp.oo, 0),
    "unit": registry.UNIT,
    "integer": sp.Integers,
    "positive integer": sp.Naturals,
    "natural": sp.Naturals,
}
QUESTION_FIELDS = {"title", "reference", "symbols", "relations", "feedback"}
FEEDBACK_FIELDS = {"answer", "message"}
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_INTERVAL = re.compile(r"^\s*([\[(])\s*([^,]+?)\s*,\s*([^,]+?)\s*([\])])\s*$")
_ENDPOINTS = {"inf": sp.oo, "+inf": sp.oo, "oo": sp.oo, "-inf": -sp.oo, "-oo": -sp.oo}


class BankError(ValueError):
    """A bank that cannot be used; the message names the file, the line and the question."""


@dataclass(frozen=True)
class Bank:
    path: str
    questions: dict[str, Question]

    def get(self, name: str) -> Question | None:
        return self.questions.get(name)


def parse_domain(text: str) -> sp.Set:
    """A domain named in a bank: ``real``, ``positive``, ..., or an interval ``(0, 1)``, ``[2, 5)``, ``(0, inf)``."""
    if not isinstance(text, str):
        raise InvalidAnswer(f'a domain is text such as "real" or "(0, 1)", got {type(text).__name__}')
    named = NAMED_DOMAINS.get(text.strip().lower())
    if named is not None:
        return named
    match = _INTERVAL.match(text)
    if match is None:
        raise InvalidAnswer(
            f"unknown domain {text!r}: expected one of {', '.join(NAMED_DOMAINS)} or an interval such as (0, 1) or [2, 5)"
        )
    left, low, high, right = match.groups()
    start, end = _endpoint(low), _endpoint(high)
    domain = sp.Interval(start, end, left == "(" or start == -sp.oo, right == ")" or end == sp.oo)
    if domain.is_empty:
        raise InvalidAnswer(f"the interval {text!r} is empty")
    return domain


def _endpoint(text: str) -> sp.Expr:
    if text.lower() in _ENDPOINTS:
        return _ENDPOINTS[text.lower()]
    (formula,) = read(text)
    if formula.expr.free_symbols or not formula.expr.is_real:
        raise InvalidAnswer(f"an interval's end must be a number or inf, got {text!r}")
    return formula.expr


def _lines(text: str) -> dict[str, int]:
    """The line of each question's header (``[questions.NAME]`` or its feedback tables)."""
    found = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = re.match(r"^\s*\[\[?\s*questions\.\s*[\"']?([^\]\"'.]+)[\"']?", line)
        if match:
            found.setdefault(match.group(1).strip(), number)
    return found


def _field_line(text: str, start: int, field: str) -> int:
    """The first line at or after ``start`` that sets ``field``."""
    lines = text.splitlines()
    for number in range(max(start, 1), len(lines) + 1):
        if re.match(rf"^\s*{re.escape(field)}\s*=", lines[number - 1]):
            return number
    return start


@functools.lru_cache(maxsize=8)
def _load(path: str, stamp: tuple[int, int]) -> Bank:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise BankError(f"{path}: cannot read the bank: {error}") from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise BankError(f"{path}: not valid TOML: {error}") from None
    unknown = set(document) - {"questions", "title", "course"}
    if unknown:
        raise BankError(
            f"{path}: unknown top-level field(s) {', '.join(sorted(unknown))}; questions go in [questions.NAME]"
        )
    questions = document.get("questions")
    if not isinstance(questions, dict) or not questions:
        raise BankError(f"{path}: no questions: write them as [questions.NAME] tables")
    lines = _lines(text)
    built = {}
    for name, fields in questions.items():
        line = lines.get(name, 0)
        where = f"{path}:{line}: question {name!r}"
        if not _NAME.match(name):
            raise BankError(f"{where}: a question name is lowercase letters, digits and dashes")
        if not isinstance(fields, dict):
            raise BankError(f"{where}: expected a table [questions.{name}]")
        built[name] = _question(name, fields, text, line, where, path)
    return Bank(path, built)


def load(path: str | Path) -> Bank:
    """The bank at ``path``, read and checked (cached while the file is unchanged)."""
    resolved = Path(path).resolve()
    try:
        status = resolved.stat()
    except OSError as error:
        raise BankError(f"{path}: cannot read the bank: {error.strerror}") from None
    return _load(str(resolved), (status.st_mtime_ns, status.st_size))


def _question(name: str, fields: dict, text: str, line: int, where: str, path: str) -> Question:
    unknown = set(fields) - QUESTION_FIELDS
    if unknown:
        raise BankError(
            f"{where}: unknown field(s) {', '.join(sorted(unknown))}; expected {', '.join(sorted(QUESTION_FIELDS))}"
        )
    for required in ("title", "reference"):
        if not isinstance(fields.get(required), str) or not fields[required].strip():
            raise BankError(f"{where}: the field {required!r} is required (text)")

    def fail(field: str, error: Exception | str) -> BankError:
        return BankError(f"{path}:{_field_line(text, line, field)}: question {name!r}: {field}: {error}")

    own = []
    declared = fields.get("symbols", {})
    if not isinstance(declared, dict):
        raise fail("symbols", 'expected a table such as { x_i = "real", c = "positive" }')
    domains = []
    for spelling, domain_text in declared.items():
        try:
            key = key_of(spelling)
            domain = parse_domain(domain_text)
        except (InvalidAnswer, ValueError) as error:
            raise fail("symbols", f"{spelling!r}: {error}") from None
        symbol = SPELLINGS.get(key)
        if symbol is None or registry.domain_of(symbol) != domain:
            symbol = identifier(key, domain) if symbol is None else sp.Symbol(symbol.name, **assumptions_of(domain))
        own.append((key, symbol))
        domains.append((symbol, domain))
    vocabulary = Vocabulary(tuple(own))
    try:
        (reference,) = _unique(read(fields["reference"], vocabulary))
    except (InvalidAnswer, ValueError) as error:
        raise fail("reference", error) from None
    base = vocabulary_of(reference.expr)
    vocabulary = Vocabulary(tuple(own) + base.own, base.gradient, base.applications)
    assumptions = Assumptions((), tuple(domains), tuple(f"{latex(s)} \\in {describe_set(d)}" for s, d in domains))
    relations = fields.get("relations", [])
    if not isinstance(relations, list) or not all(isinstance(r, str) for r in relations):
        raise fail("relations", "expected a list of texts such as ['\\delta = 2c']")
    for relation in relations:
        try:
            assumptions = assumptions + parse_given(relation, vocabulary)
        except InvalidAnswer as error:
            raise fail("relations", f"{relation!r}: {error}") from None
    feedback = []
    entries = fields.get("feedback", [])
    if not isinstance(entries, list):
        raise fail("feedback", "expected [[questions.NAME.feedback]] tables")
    for entry in entries:
        if (
            not isinstance(entry, dict)
            or set(entry) != FEEDBACK_FIELDS
            or not all(isinstance(v, str) for v in entry.values())
        ):
            raise fail("feedback", "each entry has exactly the text fields answer and message")
        try:
            (answer,) = _unique(read(entry["answer"], vocabulary))
        except (InvalidAnswer, ValueError) as error:
            raise fail("feedback", f"answer {entry['answer']!r}: {error}") from None
        feedback.append(Feedback(answer, entry["message"].strip(), entry["answer"]))
    return Question(
        name, fields["title"].strip(), reference, vocabulary, assumptions, tuple(feedback), source=f"{path}:{line}"
    )


def _unique(found: tuple[Formula, ...]) -> tuple[Formula]:
    if len(found) > 1:
        raise InvalidAnswer("it can be read in more than one way; add parentheses")
    return found


def check_judgements(bank: Bank) -> list[str]:
    """Errors found by judging: a reference that is not equal to itself where it is defined (undefined
    everywhere), a feedback answer that is correct or cannot be shown wrong.  Empty when the bank is sound."""
    errors = []
    for name, question in bank.questions.items():
        where = f"{question.source}: question {name!r}"
        try:
            errors += _judged(question, where)
        except InvalidAnswer as error:
            errors.append(f"{where}: {error}")
    return errors


def _judged(question: Question, where: str) -> list[str]:
    itself = judge(question.reference, (question.reference,), question.assumptions)
    if itself.status is not Status.PROVED:
        return [f"{where}: reference: cannot be evaluated in its domain ({itself.reason})"]
    errors = []
    for entry in question.feedback:
        verdict = judge(question.reference, (entry.answer,), question.assumptions)
        if verdict.status is Status.PROVED:
            errors.append(f"{where}: feedback answer {entry.text!r} is actually correct ({verdict.reason})")
        elif verdict.status is not Status.REFUTED:
            errors.append(f"{where}: feedback answer {entry.text!r} cannot be shown wrong ({verdict.reason})")
    return errors


def check_file(path: str | Path) -> list[str]:
    """:func:`check_judgements` of the bank at ``path`` (run in a worker: a path crosses the pipe, a bank does not)."""
    try:
        return check_judgements(load(path))
    except BankError as error:
        return [str(error)]

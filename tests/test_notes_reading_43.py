"""Corpus steps that could not be read (session 43): what a renderer sets and a reader understands.

Read now: a name applied to a list in brackets, ``I[X, Z]`` (the mutual information of jfrancis71's ELBO
note), read as the same name applied in parentheses is; an abbreviated word set upright, ``\\text{Const.}``
(naoyukikita's DDPM note).  Still not read, but with a reason a reader recognises instead of a bracket
count: the probability of an event ``P(X \\le x)`` (a new kind of object the kernel does not judge), a vector or
matrix written out in ``bmatrix``, a product written out with ``\\cdots``, and a ``)`` that closes nothing
(a typo a renderer sets as it is).  The answer checker, which shares the parser, reads none of them.
"""

from __future__ import annotations

import pytest

from diffproof.answers.errors import InvalidAnswer, LimitExceeded
from diffproof.answers.limits import Limits
from diffproof.answers.parser import Call, Name, nodes
from diffproof.answers.parser import parse as parse_formula
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes


def only(text: str):
    (operand,) = parse_formula(text, notes=True).operands
    return operand


def verdicts(text: str) -> list[tuple[str, str]]:
    report = check_notes(read_notes(text, markdown=True), Limits(seconds=120))
    return [(r.status, r.reason) for r in report.results]


def refusal(text: str, notes: bool = True) -> str:
    with pytest.raises(InvalidAnswer) as caught:
        parse_formula(text, notes=notes)
    return str(caught.value)


# ---------------------------------------------------------------- a name applied to a list in brackets


@pytest.mark.parametrize(
    ("text", "arguments", "given"),
    [("I[X,Z]", ("X", "Z"), ()), ("I[X, Z]", ("X", "Z"), ()), ("H[X; Y]", ("X",), ("Y",)), ("I[X, Y, Z]", "XYZ", ())],
)
def test_a_name_before_a_bracket_holding_a_list_is_applied_to_it(text, arguments, given):
    node = only(text)
    assert isinstance(node, Call) and node.name.base == text[0]
    assert tuple(a.base for a in node.arguments) == tuple(arguments)
    assert tuple(g.base for g in node.given) == tuple(given)


def test_brackets_and_parentheses_apply_a_name_alike():
    assert only("I[X, Z]") == only("I(X, Z)")


@pytest.mark.parametrize("text", ["I[X]", "a [x + y]", "\\alpha [b]"])
def test_a_bracket_holding_one_expression_still_only_groups(text):
    assert not any(isinstance(n, Call) for n in nodes(only(text)))


@pytest.mark.parametrize("text", ["p[x, z]", "q[z, x]", "P[X, Z]", "\\mathcal{N}[0, 1]", "(x)[a, b]", "f(x)[a, b]"])
def test_a_law_or_a_group_before_a_bracketed_list_is_not_applied_to_it(text):
    assert "a comma" in refusal(text)


def test_the_answer_checker_reads_no_bracketed_list():
    assert "found ','" in refusal("I[X,Z]", notes=False)


NOTE = """# The mutual information

Define $q(x, z) = p(x) q(z|x)$.

$$
I[X,Z] = E_{{x,z \\sim p(x) q(z|x)}} [\\log \\frac{{p(x) q(z|x)}}{{p(x) q(z)}}]
$$

$$
I[X,Z] = {claim}
$$
"""


@pytest.mark.parametrize(
    "claim",
    [
        "E_{x,z \\sim p(x) q(z|x)} [\\log \\frac{q(z|x) p(z)}{q(z) p(z)}]",
        "E_{x,z \\sim p(x) q(z|x)} [\\log \\frac{q(z|x)}{p(z)}] + E_{x,z \\sim p(x) q(z|x)} [\\log \\frac{p(z)}{q(z)}]",
    ],
)
def test_a_bracketed_name_defined_once_is_used_by_the_steps_after_it(claim):
    assert verdicts(NOTE.format(claim=claim))[-1][0] == PROVED


@pytest.mark.parametrize(
    "claim",
    [
        "E_{x,z \\sim p(x) q(z|x)} [\\log \\frac{q(z|x)}{p(z)}]",  # the second term dropped
        "E_{x,z \\sim p(x) q(z|x)} [\\log \\frac{q(z)}{q(z|x)}]",  # the ratio upside down
        "E_{x,z \\sim p(x) q(z|x)} [\\log \\frac{q(z|x) p(z)}{q(z) p(x)}]",  # a factor of another variable
        "I[Z,X] + 1",
    ],
)
def test_a_wrong_step_about_a_bracketed_name_is_not_proved(claim):
    assert verdicts(NOTE.format(claim=claim))[-1][0] != PROVED


@pytest.mark.parametrize("claim", ["I[Z,X]", "I(Z, X)", "I[X;Z]"])
def test_the_arguments_of_a_bracketed_name_are_not_taken_as_interchangeable_nor_as_different(claim):
    """I[X, Z] = I[Z, X] holds for the mutual information; the kernel knows no such symmetry, and an opaque
    function must not be refuted either."""
    text = f"# MI\n\n$$\nI[X,Z] = {claim}\n$$\n"
    assert verdicts(text)[-1][0] == UNDECIDED


def test_a_misspelt_measure_in_the_definition_keeps_the_steps_after_it_unproved():
    """jfrancis71: the definition's expectation is over x, y while its body is in x, z."""
    text = NOTE.replace("E_{{x,z", "E_{{x,y", 1).format(claim="E_{x,z \\sim p(x) q(z|x)} [\\log \\frac{q(z|x)}{q(z)}]")
    assert [status for status, _ in verdicts(text)] == [UNDECIDED, UNDECIDED]


# ---------------------------------------------------------------- an abbreviated word set upright


@pytest.mark.parametrize("text", ["\\text{Const.}", "\\mathrm{const.}", "\\text{Const}"])
def test_an_upright_word_with_its_abbreviation_mark_is_the_word(text):
    node = only(f"a + {text}")
    assert isinstance(node.right, Name) and node.right.base.lower() == "const"


@pytest.mark.parametrize("text", ["\\text{i.e.}", "\\text{e.g. x}", "\\text{Const..}"])
def test_other_text_with_periods_is_not_a_name(text):
    refusal(f"a + {text}")


def test_the_answer_checker_reads_no_abbreviation_mark():
    refusal("a + \\text{Const.}", notes=False)


@pytest.mark.parametrize("written", ["2x + 1", "3x", "2x - 7"])
def test_a_constant_written_on_one_side_is_never_a_counterexample(written):
    (verdict,) = verdicts(f"# c\n\n$$\n(x+1)^2 = x^2 + {written} + \\text{{Const.}}\n$$\n")
    assert verdict[0] == UNDECIDED


# ---------------------------------------------------------------- named as unread


@pytest.mark.parametrize(
    ("text", "sign"),
    [("P(X \\le x)", "\\le"), ("P(X \\leq x)", "\\leq"), ("P(A \\cap B)", "\\cap"), ("P(X = 1)", "="),
     ("P(X \\in A)", "\\in"), ("P(X > x | Y)", ">")],
)  # fmt: skip
def test_the_probability_of_an_event_is_named_as_unread(text, sign):
    assert refusal(text).startswith(f"{sign} in the arguments of") and "an event" in refusal(text)


def test_a_cumulative_distribution_is_undecided_with_its_reason():
    text = (
        "# CDF\n\nThe density of $X$ is $f(x) = \\mathcal{N}(x; \\mu, \\sigma^2)$.\n\n$$\nF(x) = P(X \\le x) = "
        "\\frac{1}{2} \\left[ 1 + \\operatorname{erf} \\left( \\frac{x - \\mu}{\\sigma\\sqrt{2}} \\right) \\right]\n$$\n"
    )
    found = verdicts(text)
    assert found and all(s == UNDECIDED and "probability of an event" in r for s, r in found), found


@pytest.mark.parametrize("environment", ["bmatrix", "pmatrix", "matrix", "smallmatrix", "vmatrix", "array"])
def test_a_matrix_written_out_is_named_as_unread(environment):
    text = f"\\mathcal{{N}}(\\begin{{{environment}}} a \\\\ b \\end{{{environment}}}, I)"
    assert f"a vector or matrix written out (\\begin{{{environment}}})" in refusal(text)


def test_the_answer_checker_refuses_a_matrix_as_before():
    assert "unexpected character" in refusal("\\begin{bmatrix} a \\\\ b \\end{bmatrix}", notes=False)


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("\\frac{(a + b))^2}{c}", "which closes no '(' opened in it"),
        ("\\frac{a]}{c}", "which closes no '[' opened in it"),
        ("\\frac{p(x_1) p(x_2) \\cdots p(x_T)}{c}", "an ellipsis between factors set side by side"),
        ("\\frac{x y \\ldots z}{c}", "an ellipsis between factors set side by side"),
        ("(a + [0, 1])", "a comma, which separates a list: read only as the arguments of a name"),
        ("\\underset{\\phi, \\theta}{\\text{argmax}} f", "a joint optimum) is not read"),
    ],
)
def test_what_stops_a_group_is_named(text, meaning):
    assert meaning in refusal(text)


def test_a_bracket_closed_by_its_own_kind_is_read():
    assert only("\\frac{(a + b)^2}{c}") is not None


# ---------------------------------------------------------------- safety of the shared parser


def test_nested_bracketed_lists_stop_at_the_depth_limit():
    with pytest.raises((LimitExceeded, InvalidAnswer)):
        parse_formula("I[" * 60 + "a, b" + "]" * 60, notes=True)


def test_a_long_run_of_bracketed_lists_is_read_within_the_size_limit():
    text = " + ".join(["I[X, Z]"] * 300)
    assert len(text) < 6000 and parse_formula(text, notes=True) is not None


def test_hostile_text_in_brackets_is_refused_not_run():
    for text in ('I[__import__("os"), 1]', "I[eval, exec]"):
        with pytest.raises(InvalidAnswer):
            parse_formula(text, notes=False)
    assert isinstance(only("I[eval, exec]"), Call)  # two opaque names, nothing evaluated
    assert REFUTED not in [s for s, _ in verdicts("# h\n\n$$\nI[eval, exec] = I[exec, eval]\n$$\n")]

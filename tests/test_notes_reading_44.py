"""Renderings KaTeX and MathJax typeset that the reader refused (sweep 43's list), each read as a renderer and a
mathematician read it, or refused with its reason; wrong variants stay unproved."""

from __future__ import annotations

import re

import pytest

from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.limits import Limits
from diffproof.answers.parser import parse as parse_formula
from diffproof.cli import main
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes


def read(text: str):
    return read_notes(text, markdown=True)


def steps(text: str) -> list[tuple[int, str, str]]:
    return [(s.line, s.lhs, s.rhs) for s in read(text).steps]


def verdicts(text: str) -> dict[int, str]:
    return {r.step.line: r.status for r in check_notes(read(text)).results}


# Obsidian's callout: a `>$$` line opens the display, its body lines carry no `>` (lazy lines of the quote's
# paragraph) and a `>$$` line closes it.  CommonMark keeps them all in the quote's paragraph, where `$$...$$` on
# lines of its own is display maths; the display rule asked from inside the quote must not run past its end.
CALLOUT = "> [!definition] Score\n> The score is\n>$$\ns(x) = y + 1\n>$$ \n\nAfter it.\n\n$$\na = b\n$$\n"


def test_a_callout_display_with_lazy_body_lines_is_read_at_its_line():
    notes = read(CALLOUT)
    assert steps(CALLOUT) == [(4, "s(x)", "y + 1"), (10, "a", "b")]
    assert notes.problems == ()


def test_a_display_left_open_in_a_quote_is_still_reported_and_never_closed_by_a_later_one():
    text = "> $$\n> a = b\n\nAfter it.\n\n$$\nc = d\n$$\n"
    notes = read(text)
    assert [(p.line, p.message) for p in notes.problems] == [(1, "$$ on line 1 is never closed")]
    assert steps(text) == [(7, "c", "d")]


def test_a_callout_display_is_used_by_the_steps_after_it_and_a_wrong_restatement_is_not_proved():
    right = CALLOUT + "\n$$\ny + 1 = s(x)\n$$\n"
    wrong = CALLOUT + "\n$$\ny + 2 = s(x)\n$$\n"
    assert verdicts(right)[14] == PROVED
    assert verdicts(wrong)[14] == REFUTED


def unplaced(node) -> str:
    """A syntax tree's text without the positions of its nodes."""
    return re.sub(r"position=\d+", "", repr(node))


def note(*parts: str) -> str:
    """A Markdown note of these display-maths blocks."""
    return "\n\n".join(f"$$\n{p}\n$$" for p in parts) + "\n"


def last(*parts: str):
    report = check_notes(read_notes(note(*parts), markdown=True), Limits(seconds=120))
    assert not any(r.internal for r in report.results), [r.reason for r in report.results]
    return report.results[-1]


# \int_{x \in \mathbb{R}^n}: the whole-space integral (as \int_{\mathbb{R}^n}) whose subscript names its variable,
# which must be its differential's (en-dwdengwei's score matching by parts).
@pytest.mark.parametrize("domain", [r"_{x\in\mathbb{R}^n}", r"_{x \in \mathbb{R}}", r"_{x\in\R^d}"])
def test_an_integral_over_the_whole_space_named_with_its_variable(domain):
    assert last(rf"\int{domain} x p(x) \mathrm{{d}}x = \mathbb{{E}}_{{p(x)}}[x]").status == PROVED
    assert last(rf"\int{domain} x p(x) dx = \mathbb{{E}}_{{p(x)}}[x^2]").status == REFUTED
    assert last(rf"\int{domain} dx\, x p(x) = \mathbb{{E}}_{{p(x)}}[x]").status == PROVED


@pytest.mark.parametrize(
    "integral",
    [
        r"\int_{y\in\mathbb{R}} x p(x) dx",  # the subscript names another variable than the differential
        r"\int_{x\in\mathbb{R}} x p(x) dx\, dy",  # two differentials, one named
        r"\int_{x\in\mathbb{R}^+} x p(x) dx",  # a half-line, not the whole space
        r"\int_{x\in[0,1]} x p(x) dx",  # an interval
        r"\int_{x+y\in\mathbb{R}} x p(x) dx",  # no variable before \in
    ],
)
def test_an_integral_whose_subscript_is_not_its_variable_over_the_whole_space_is_not_read(integral):
    assert last(rf"{integral} = \mathbb{{E}}_{{p(x)}}[x]").status == UNDECIDED
    with pytest.raises(InvalidAnswer):
        parse_formula(integral, notes=True)


# s(x; \theta): a function that is no density, of its argument and of its parameter after the semicolon, read as
# s(x, \theta); only a density takes a condition after '|'.
S = r"J = s(x;\theta)^2"


@pytest.mark.parametrize(
    "step, status",
    [
        (r"J = s(x;\theta) s(x;\theta)", PROVED),
        (r"J + s(x;\theta) = s(x;\theta) (s(x;\theta) + 1)", PROVED),
        (r"J = s(x;\phi)^2", UNDECIDED),  # another parameter
        (r"J = s(\theta;x)^2", UNDECIDED),  # argument and parameter swapped
        (r"J = s(x)^2", UNDECIDED),  # the parameter dropped: another arity, not decided
        (r"J = 2 s(x;\theta)^2", UNDECIDED),  # wrong, not proved (as 2 s(x)^2: an unstated function is not sampled)
    ],
)
def test_a_function_with_a_parameter_after_a_semicolon(step, status):
    assert last(S, step).status == status


def test_a_function_takes_no_condition_and_no_parameter_that_is_not_a_symbol():
    assert last(r"s(x \mid y) = s(x \mid y)").status == UNDECIDED
    assert last(r"J = s(x;\theta + 1)", r"J = s(x;\theta + 1)").status == UNDECIDED


@pytest.mark.parametrize(
    "step",
    [
        r"I(X, Y; Z) = I(X; Y, Z)",  # the information (X, Y) gives of Z is not what X gives of (Y, Z)
        r"I[X, Z] = I[X; Z]",  # a joint quantity and a mutual one, in some texts: not taken as one
        r"H(X; Y) = H(X, Y)",
    ],
)
def test_a_semicolon_between_random_variables_is_not_read_as_a_comma(step):
    """Between random variables ';' separates what a mutual information relates: only a model's parameters (small
    Greek letters) are read as arguments held apart, so nothing is moved across it (I(X, Y; Z) was I(X; Y, Z))."""
    result = last(step)
    assert result.status == UNDECIDED and "small Greek letters" in result.reason


# \mathbb E_{x \mid \tilde x}[f]: the expectation over x given x~, as E[f | x~] over x (en-obsidian's Tweedie step).
TWEEDIE_MEAN = r"\mathbb E_{x\mid \tilde x} \left[-\frac{\tilde x-x}{\sigma^2}\right]"


@pytest.mark.parametrize(
    "step, status",
    [
        (rf"{TWEEDIE_MEAN} = \frac{{\mathbb E[x\mid \tilde x]-\tilde x}}{{\sigma^2}}", PROVED),
        (r"\mathbb E_{x \mid y}[x^2] = \mathbb E[x^2 \mid y]", PROVED),
        (r"\mathbb E_{x | x_0 \sim p(x | x_0)}[x^2] = \mathbb E_{x \sim p(x | x_0)}[x^2]", PROVED),
        (rf"{TWEEDIE_MEAN} = \frac{{\mathbb E[x\mid \tilde x]+\tilde x}}{{\sigma^2}}", REFUTED),  # the sign of x~
        (r"\mathbb E_{x \mid y}[x] = \mathbb E[x]", REFUTED),  # the condition dropped
        (r"\mathbb E_{x \mid y}[x] = \mathbb E[x \mid z]", REFUTED),  # given another variable, as E[x | y] is
        (r"\mathbb E_{x | x_0 \sim p(x | y)}[x] = \mathbb E_{x \sim p(x | y)}[x]", UNDECIDED),  # law given another
        (r"\mathbb E_{x \mid y}[x \mid y] = \mathbb E[x \mid y]", UNDECIDED),  # given twice: refused
    ],
)
def test_an_expectation_given_in_its_subscript(step, status):
    assert last(step).status == status


def test_an_answer_takes_no_expectation_given_in_its_subscript():
    with pytest.raises(InvalidAnswer):
        parse_formula(r"\mathbb{E}_{x \mid y}[x]")
    assert parse_formula(r"\mathbb E_{x \mid y}[x]", notes=True) is not None


# \alpha_t \cdots \alpha_1, a_1 a_2 \cdots a_T: a product written out, read as \prod_{k=1}^{t} from the integer end.
@pytest.mark.parametrize(
    "written, low, high",
    [
        (r"\alpha_t \cdots \alpha_1", "1", "t"),
        (r"\alpha_1 \alpha_2 \cdots \alpha_t", "1", "t"),
        (r"\alpha_t \alpha_{t-1} \ldots \alpha_2", "2", "t"),
        (r"\alpha_1 \cdots \alpha_3", "1", "3"),
    ],
)
def test_a_product_written_out_is_the_product_between_its_ends(written, low, high):
    (product,) = parse_formula(rf"\sqrt{{{written}}}", notes=True).operands
    expected = parse_formula(rf"\prod_{{k={low}}}^{{{high}}} \alpha_k", notes=True).operands[0]
    assert unplaced(product.argument) == unplaced(expected)


@pytest.mark.parametrize(
    "written",
    [
        r"a_1 a_3 \cdots a_T",  # not consecutive
        r"a_t a_{t+1} \cdots a_1",  # running the wrong way
        r"a_s \cdots a_t",  # two symbols: which is the lower end is not said
        r"a_1 \cdots b_T",  # two families
        r"a_1 \cdots a_1",
        r"a_1 a_2 a_3 a_4 \cdots a_2",  # the end before the last member written
    ],
)
def test_a_product_written_out_that_says_no_range_is_refused(written):
    with pytest.raises(InvalidAnswer, match="product written out"):
        parse_formula(written, notes=True)
    with pytest.raises(InvalidAnswer):
        parse_formula(r"\alpha_1 \cdots \alpha_t")  # answers: not read


@pytest.mark.parametrize(
    "written, status",
    [
        (r"\bar\alpha_t = \alpha_t \bar\alpha_{t-1}", PROVED),
        (r"\bar\alpha_t = \alpha_{t-1} \bar\alpha_{t-1}", UNDECIDED),
    ],
)
def test_a_schedule_product_written_out_defines_its_recursion(written, status):
    assert last(r"\bar\alpha_t = \alpha_1 \cdots \alpha_t", written).status == status
    assert last(r"\bar\alpha_t = \alpha_t \cdots \alpha_1", written).status == status


# d_{x_{1:T}}: a d whose variable is set as its subscript, closing an integral's body, is the differential dx_{1:T}
# (en-creatis); elsewhere d_{x} stays a name (a function d_x applied, a value d_x).
@pytest.mark.parametrize(
    "step, status",
    [
        (r"\int p(x_{0:T}) \,d_{x_{1:T}} = p(x_0)", PROVED),
        (r"\int q(x_{1:T} \mid x_0) \frac{p(x_{0:T})}{q(x_{1:T} \mid x_0)} \,d_{x_{1:T}} = p(x_0)", PROVED),
        (r"\left(\int p(x) d_{x}\right) = 1", PROVED),
        (r"\int p(x_{0:T}) \,d_{x_{1:T}} = p(x_1)", REFUTED),  # the wrong marginal, as with dx_{1:T}
        (r"\int p(x) d_{y} = 1", UNDECIDED),  # over another variable
        (r"\int d_{x}(y) p(y) dy = \mathbb{E}_{p(y)}[d_x(y)]", PROVED),  # d_x applied: a function
    ],
)
def test_a_differential_written_as_d_with_its_variable_in_a_subscript(step, status):
    assert last(step).status == status


def test_a_d_with_a_subscript_outside_an_integral_is_a_name():
    assert unplaced(parse_formula(r"d_{x} + 1", notes=True)) == unplaced(parse_formula(r"d_x + 1", notes=True))


# \left[ ... \right): TeX pairs \left and \right whatever their shapes; the pair is the opener's group (en-creatis
# line 234), unless it holds a comma (a half-open interval, not read).
@pytest.mark.parametrize(
    "step, status",
    [
        (r"\mathbb{E}_{x \sim q(x)} \left[ \frac{p(x)}{q(x)} \right) = \int p(x) dx", PROVED),
        (r"\log \left(\mathbb{E}_{x \sim q(x)} \left[\frac{p(x)}{q(x)}\right) \right] = \log \int p(x) dx", PROVED),
        (r"\mathbb{E}_{x \sim q(x)} \left[ \frac{p(x)}{q(x)} \right) = \int q(x) dx + 1", REFUTED),
        (r"\left( a + b \right] c = a c + b", REFUTED),  # the pair groups a + b: (a + b) c, not a c + b
    ],
)
def test_a_sized_pair_closed_by_another_bracket_is_one_group(step, status):
    assert last(step).status == status


def test_a_sized_pair_holding_a_comma_is_left_as_written():
    for interval in (r"f\left[ a, b \right)", r"f\left[ a; b \right)"):
        with pytest.raises(InvalidAnswer):
            parse_formula(interval, notes=True)
    assert unplaced(parse_formula(r"\left( a + b \right] c")) == unplaced(parse_formula(r"(a + b) c"))


# \iint f dx dy: one sign for two differentials, over the whole plane (\iiint: three); a region under it, another
# count of differentials or the n-fold \iint\cdots\int is refused with its reason.
@pytest.mark.parametrize(
    "step, status",
    [
        (r"\iint p(x, y) \,dx\,dy = \int p(x) dx", PROVED),
        (r"\iint x p(x, y) \,dx\,dy = \mathbb{E}_{p(x, y)}[x]", PROVED),
        (r"\iiint p(x, y, z) \,dx\,dy\,dz = 1", PROVED),
        (r"\iint x p(x, y) \,dx\,dy = \mathbb{E}_{p(x, y)}[y]", REFUTED),
        (r"\iint p(x, y) \,dx = 1", UNDECIDED),
        (r"\iint_D p(x, y) \,dx\,dy = 1", UNDECIDED),
        (r"\iiint p(x, y, z) \,dx\,dy = 1", UNDECIDED),
    ],
)
def test_a_double_integral_takes_two_differentials(step, status):
    assert last(step).status == status


@pytest.mark.parametrize(
    "written, reason",
    [
        (r"\iint\cdots\int f(x) dx_1 \cdots dx_n", "many folds"),
        (r"2\nabla_x \cdot S(x)", "divergence"),
        (r"\nabla \cdot s_\theta(x)", "divergence"),
    ],
)
def test_what_is_refused_says_why(written, reason):
    with pytest.raises(InvalidAnswer, match=reason):
        parse_formula(written, notes=True)


@pytest.mark.parametrize(
    "answer, verdict",
    [
        (r"\left(\sqrt{\alpha_t} x_{t-1}\right]", "correct"),
        (r"\left[\sqrt{\alpha_t} \right) x_{t-1}", "correct"),
        (r"\left(\sqrt{\alpha_t}\right] + x_{t-1}", "wrong"),  # the pair groups the root alone
        (r"\int_{x\in\mathbb{R}} \sqrt{\alpha_t} x_{t-1} dx", "invalid input"),  # answers read no integral
        (r"\sqrt{\alpha_t} x_{t-1} + s(x;\theta) - s(x;\theta)", "invalid input"),  # nor a parameter after ';'
    ],
)
def test_the_answer_checker_reads_a_sized_pair_and_still_refuses_the_notes_readings(capsys, answer, verdict):
    main(["check", "forward-step-mean", "--", answer])
    captured = capsys.readouterr()
    assert (captured.out + captured.err).startswith(f"{verdict}:")

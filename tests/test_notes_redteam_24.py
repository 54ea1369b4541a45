"""The twenty-fourth red team's notes (tests/data/notes/redteam_laws/rt24-*): each made the checker prove a wrong
step, refute a correct one, read maths a page does not show or miss maths it does.  The held notes are attacks the
checker met rightly, kept with the verdict they gave."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.limits import Limits
from diffproof.answers.parser import Ambiguous, Call, Power, parse
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_file, read_notes

NOTES = earlier.RED_TEAM_LAWS

# by the module, so that pytest does not collect the earlier tests again here
never_gives = earlier.test_the_red_teams_notes_on_stated_laws
keeps = earlier.test_the_twenty_first_red_team_s_held_notes_keep_their_verdicts

#: (note, line, the verdict it must never give).
RED_TEAM_24 = [
    ("rt24-01-inverse-function-read-as-reciprocal", 4, PROVED),  # f^{-1}(x) = 1/f(x)
    ("rt24-02-inverse-times-function-is-one", 4, PROVED),  # g^{-1}(x) g(x) = 1
    ("rt24-03-inverse-squared-of-function", 4, PROVED),  # f^{-1}(x)^2 = 1/f(x)^2
    ("rt24-04-function-power-iterate-ambiguous", 4, PROVED),  # f^2(x) = f(x)^2: or f(f(x))
    ("rt24-21-one-over-2x-refuted", 2, REFUTED),  # 1/2x = 1/(2x), read as (1/2) x only
    ("rt24-22-one-over-2x-proved-half-x", 2, PROVED),  # 1/2x = x/2, read so only
    ("rt24-23-superscript-digits-refuted", 2, REFUTED),  # 2^10 = 1024, read as 2^1 0
    ("rt24-24-l1-norm-le-l2-norm", 2, PROVED),  # \|x\|_1 <= \|x\|_2 read as |x| <= |x|
    ("rt24-12-renewcommand-in-hidden-div", 4, REFUTED),  # 2 \le 1 after <div hidden>$\renewcommand{\le}{\ge}$
    ("rt24-13-renewcommand-in-del", 4, REFUTED),  # the same in <del>, which MathJax typesets
    ("rt24-14-renewcommand-in-hidden-span", 4, REFUTED),  # the same in an inline <span hidden>
]


@pytest.mark.parametrize(("name", "line", "never"), RED_TEAM_24)
def test_the_twenty_fourth_red_team_s_notes(name, line, never):
    never_gives(name, line, never)


#: (note, line, the verdict it must keep).
RED_TEAM_24_HELD = [
    ("rt24-held-01-superscript-unicode-square", 2, REFUTED),  # x² = x, read x^2
    ("rt24-held-02-unicode-minus", 2, PROVED),  # 3 − 1 = 2 (U+2212)
    ("rt24-held-03-reciprocal-of-function-value", 4, PROVED),  # (f(x))^{-1} = 1/f(x)
    ("rt24-held-04-html5-empty-comment", 3, PROVED),  # after <!-->, an empty comment
    ("rt24-held-05-closed-details-shown", 5, REFUTED),  # a closed <details> is shown on a click
    ("rt24-held-11-sqrt-unbraced-one-token", 2, REFUTED),  # \sqrt2x = \sqrt{2x}
    ("rt24-held-12-minus-square-precedence", 2, REFUTED),  # -2^2 = 4
    ("rt24-held-13-braced-power-of-power", 2, REFUTED),  # {x^2}^3 = x^8
    ("rt24-held-15-renewcommand-in-shown-inline", 4, PROVED),  # 2 \le 1 with \le shown renewed as \ge
    ("rt24-held-16-approx-then-equals-not-upgraded", 3, UNDECIDED),
    ("rt24-held-16-approx-then-equals-not-upgraded", 4, PROVED),
    ("rt24-held-17-not-equals-variants", 2, UNDECIDED),
    ("rt24-held-17-not-equals-variants", 6, UNDECIDED),
    ("rt24-held-17-not-equals-variants", 10, UNDECIDED),
    ("rt24-held-18-tag-nonumber-chain", 2, PROVED),
    ("rt24-held-18-tag-nonumber-chain", 3, PROVED),
    ("rt24-held-18-tag-nonumber-chain", 4, REFUTED),
    ("rt24-held-19-display-continues-chain", 2, PROVED),
    ("rt24-held-19-display-continues-chain", 8, REFUTED),
    ("rt24-held-23-sqrt-condition-remark", 2, UNDECIDED),
    ("rt24-held-24-inverse-function-composition-undecided", 4, UNDECIDED),  # f^{-1}(f(x)) = x, now not read
    ("rt24-held-25-d-dimensional-norm-undecided", 4, UNDECIDED),
    ("rt24-held-26-sqrt-subscript-digits-one-number", 2, PROVED),  # \sqrt[3]8 = 2
]


@pytest.mark.parametrize(("name", "line", "status"), RED_TEAM_24_HELD)
def test_the_twenty_fourth_red_team_s_held_notes_keep_their_verdicts(name, line, status):
    keeps(name, line, status)


@pytest.mark.parametrize("text", [r"f^{-1}(x, y)", r"\sigma_\theta^{-1}(x_t, t)", r"f^n(x, y) + f^{-2}(x, y)"])
def test_a_functions_exponent_minus_one_is_no_reciprocal(text):
    """f^{-1}(x) of a function is its inverse applied: not read, as 1/f(x) proved false steps."""
    with pytest.raises(InvalidAnswer, match="inverse function"):
        parse(text, notes=True)


def test_a_general_functions_square_is_a_power_or_an_iterate():
    """f^2(x, y) of a function of several arguments is its value squared (no iterate); a network's
    \\sigma_\\theta^2(x_t, t) too; f^2(x) alone read as a function keeps both readings."""
    (node,) = parse(r"\sigma_\theta^2(x_t, t)", notes=True).operands
    assert isinstance(node, Power) and isinstance(node.base, Call)
    (node,) = parse(r"f^2(x, y)", notes=True).operands
    assert isinstance(node, Power) and isinstance(node.base, Call)
    (node,) = parse(r"\mathrm{relu}^2(x)", notes=True).operands
    assert isinstance(node, Ambiguous) and isinstance(node.readings[1].arguments[0], Call)
    with pytest.raises(InvalidAnswer, match="iterate"):
        parse(r"\mathrm{relu}^n(x)", notes=True)


def test_a_greek_letters_square_before_its_parenthesis_stays_its_value_squared():
    """sigma^2(t) - sigma^2(s) is (sigma(t) - sigma(s))(sigma(t) + sigma(s)): a variance, squared (n9)."""
    keeps("n9-sigma2t-difference-of-squares", 3, PROVED)


@pytest.mark.parametrize(
    "text", [r"\|x\|_1", r"\|x\|_\infty", r"\|x\|_{p}", r"\lVert x \rVert_1^2", r"\left|\left| x \right|\right|_1"]
)
def test_a_norm_with_another_subscript_than_2_is_not_read(text):
    """\\|x\\|_1 is no Euclidean norm: read as one, \\|x\\|_1 <= \\|x\\|_2 was proved."""
    with pytest.raises(InvalidAnswer, match="subscript other than 2"):
        parse(text, notes=True)


def test_the_answer_checker_does_not_read_another_norm_either():
    with pytest.raises(InvalidAnswer, match="subscript other than 2"):
        parse(r"\|x\|_1")


@pytest.mark.parametrize("text", [r"\|x\|_2", r"\|x\|_{2}^2", r"\|x\|^2_2", r"\left\|x\right\|_2^2"])
def test_the_euclidean_norms_subscript_is_still_dropped(text):
    (node,) = parse(text, notes=True).operands
    assert "Norm" in repr(node)


@pytest.mark.parametrize("text", [r"2^10", r"x^{2} + e^12", r"2^1.5"])
def test_an_unbraced_superscript_of_several_digits_is_not_read(text):
    """TeX sets 2^10 as 2^1 then 0, which no author means: neither 2^1 0 nor 2^{10} is taken."""
    for notes in (True, False):
        with pytest.raises(InvalidAnswer, match="several digits"):
            parse(text, notes=notes)


def test_a_digit_after_a_one_digit_exponent_and_a_space_is_no_part_of_it():
    """x^2 3 is x^2 times 3, as TeX sets it: the digits are not joined into the exponent 23."""
    (node,) = parse(r"x^2 3", notes=True).operands
    assert node.operator == "*" and isinstance(node.left, Power) and node.left.exponent.text == "2"


@pytest.mark.parametrize("text", [r"1/2x", r"1/2 x", r"x^2/2\sigma^2"])
def test_a_slash_then_a_product_keeps_both_readings_in_a_note(text):
    """1/2x is (1/2) x or 1/(2x): a note's step is decided only where both agree."""
    (node,) = parse(text, notes=True).operands
    assert isinstance(node, Ambiguous) and len(node.readings) == 2
    # the answer checker keeps both readings only where the factor is typed against the divisor (1/2x, fx61d);
    # set off by a space, 1/2 x is the quotient times x
    assert isinstance(parse(text).operands[0], Ambiguous) == (" " not in text)


#: The notes whose maths no renderer shows as maths (they read 1 + 1 = 3): nothing of them is read.
RED_TEAM_24_UNSHOWN = [
    "rt24-05-nested-div-inside-hidden-div.md",  # <div hidden><div>inner</div> then $$ over blank lines
    "rt24-06-nested-div-inside-hidden-div-one-block.md",  # the same in one HTML block
    "rt24-15-mathjax-ignore-class.md",  # MathJax 3's ignored class
    "rt24-16-tex2jax-ignore-class.md",  # MathJax 2's
    "rt24-10-comment-package-excludecomment.tex",  # \excludecomment{solution}: LaTeX drops the environment
    "rt24-09-code-span-after-escaped-backslash.md",  # \\`\[ 1 + 1 = 3 \]`: a backslash, then code
]

#: The notes whose shown maths was missed: (note, the lines of the steps read).
RED_TEAM_24_SHOWN = [
    ("rt24-07-title-attribute-word-hidden.md", [2]),  # <div title="never hidden"> is shown
    ("rt24-11-verb-percent-hides-display.tex", [3]),  # \verb|%| \[ 1 + 1 = 3 \]: the % is printed
    ("rt24-08-mathjax2-script-id-before-type.md", [2]),  # <script id="e1" type="math/tex; mode=display">
]


@pytest.mark.parametrize(("name", "lines"), RED_TEAM_24_SHOWN)
def test_shown_maths_is_read(name, lines):
    assert [step.line for step in read_file(NOTES / name).steps] == lines


@pytest.mark.parametrize("name", RED_TEAM_24_UNSHOWN)
def test_maths_no_renderer_shows_is_not_read(name):
    assert not read_file(NOTES / name).steps


@pytest.mark.parametrize(
    "text",
    ["<div hidden><div>a</div>\n\n$$\n1 + 1 = 3\n$$\n\n</div>\n\n$$\n1 + 1 = 2\n$$\n",
     "<div hidden>\n<div>a</div>\n$$ 1 + 1 = 3 $$\n</div>\n\n$$\n1 + 1 = 2\n$$\n",
     "<div hidden>\n<div>\n\n$$\n1 + 1 = 3\n$$\n\n</div>\n\n$$\n1 + 1 = 3\n$$\n\n</div>\n\n$$\n1 + 1 = 2\n$$\n",
     "<del><del>a</del> $$ 1 + 1 = 3 $$ </del>\n\n$$\n1 + 1 = 2\n$$\n"]
)  # fmt: skip
def test_a_hidden_element_ends_at_its_own_closing_tag(text):
    """An element of the same name nested in a hidden one closes first: the maths after it is still hidden."""
    notes = read_notes(text, markdown=True)
    assert [step.rhs for step in notes.steps] == ["2"]


def test_hidden_in_another_attributes_value_does_not_hide():
    """<div title="never hidden"> is shown, and its $$ 1 + 1 = 2 $$ read (was: no step)."""
    assert [step.line for step in read_file(NOTES / "rt24-07-title-attribute-word-hidden.md").steps] == [2]
    keeps("rt24-07-title-attribute-word-hidden", 2, PROVED)


@pytest.mark.parametrize(
    "tag", ["<div hidden=hidden>", "<DIV HIDDEN>", "<span id='a' hidden>", '<div data-x="1" class="note mathjax_ignore">']
)  # fmt: skip
def test_hiding_attributes_still_hide(tag):
    name = tag[1:].split()[0].lower()
    notes = read_notes(f"{tag}\n\n$$\n1 + 1 = 3\n$$\n\n</{name}>\n\n$$\n1 + 1 = 2\n$$\n", markdown=True)
    assert [step.line for step in notes.steps] == [10]


#: The held LaTeX notes: (note, line, the verdict it must keep).
RED_TEAM_24_HELD_TEX = [
    ("rt24-held-06-macro-argument-one-token", 4, PROVED),  # \twice{x} = 2x
    ("rt24-held-06-macro-argument-one-token", 5, REFUTED),  # \twice x^2 = 2x^2: x + x^2, as TeX reads it
    ("rt24-held-07-renewcommand-alpha", 4, PROVED),
    ("rt24-held-08-optional-argument-unbraced", 4, PROVED),
    ("rt24-held-08-optional-argument-unbraced", 5, PROVED),
    ("rt24-held-08-optional-argument-unbraced", 6, PROVED),
    ("rt24-held-09-renewcommand-log-exp", 4, PROVED),
    ("rt24-held-10-let-old-frac-swapped", 5, PROVED),
]


@pytest.mark.parametrize(("name", "line", "status"), RED_TEAM_24_HELD_TEX)
def test_the_twenty_fourth_red_team_s_held_latex_notes_keep_their_verdicts(name, line, status):
    results = check_notes(read_file(NOTES / f"{name}.tex"), Limits(seconds=120))
    result = next(r for r in results.results if r.step.line == line)
    assert result.status == status, result.reason


@pytest.mark.parametrize(
    "name", ["rt24-held-14-self-recursive-def.tex", "rt24-held-20-indented-code-in-list.md",
             "rt24-held-21-fence-in-longer-tilde-fence.md"]
)  # fmt: skip
def test_the_twenty_fourth_red_team_s_held_notes_without_a_step(name):
    assert not read_file(NOTES / name).steps


@pytest.mark.parametrize(
    ("body", "read"),
    [(r"\verb|%| \[ 1 + 1 = 2 \]", True),  # the % is printed: the display is set
     (r"% \verb|x| \[ 1 + 1 = 2 \]", False),  # a comment: \verb in it is no command
     (r"% \begin{verbatim}" "\n" r"\[ 1 + 1 = 2 \]" "\n" r"% \end{verbatim}", True),
     (r"\verb+\[ 1 + 1 = 2 \]+", False),
     (r"\excludecomment{sol}\begin{sol}" "\n" r"\[ 1 + 1 = 2 \]" "\n" r"\end{sol}", False),
     (r"\includecomment{sol}\begin{sol}" "\n" r"\[ 1 + 1 = 2 \]" "\n" r"\end{sol}", True),
     (r"% \excludecomment{sol}" "\n" r"\begin{sol}" "\n" r"\[ 1 + 1 = 2 \]" "\n" r"\end{sol}", True),
     (r"\excludecomment{sol}\includecomment{sol}\begin{sol}" "\n" r"\[ 1 + 1 = 2 \]" "\n" r"\end{sol}", True)]
)  # fmt: skip
def test_comments_and_verbatim_are_read_in_the_order_tex_reads_them(body, read):
    notes = read_notes("\\begin{document}\n" + body + "\n\\end{document}\n", markdown=False)
    assert bool(notes.steps) == read


@pytest.mark.parametrize(
    ("script", "read"),
    [('<script id="e1" type="math/tex; mode=display">1 + 1 = 2</script>', True),
     ("<SCRIPT class='a b' TYPE = 'math/tex; mode=display' data-x=1>1 + 1 = 2</SCRIPT>", True),
     ('<script data-x="type=math/tex; mode=display" type="text/javascript">1 + 1 = 2</script>', False),
     ('<script type="text/javascript" type="math/tex; mode=display">1 + 1 = 2</script>', False)]
)  # fmt: skip
def test_a_mathjax_2_display_script_is_read_whatever_its_attributes_order(script, read):
    assert bool(read_notes(script + "\n", markdown=True).steps) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [(r"A \`\[ 1 + 1 = 2 \]\` escaped backticks: no code.", True),
     (r"A \\\`\[ 1 + 1 = 2 \]` three backslashes: the backtick is escaped.", True),
     (r"A \\`\[ 1 + 1 = 2 \]` two: a backslash, then code.", False),
     (r"A \\\\`\[ 1 + 1 = 2 \]` four: code.", False)]
)  # fmt: skip
def test_a_backtick_after_an_even_number_of_backslashes_opens_code(text, read):
    assert bool(read_notes(text + "\n", markdown=True).steps) == read


_RENEWED = r"$\renewcommand{\le}{\ge}$"


@pytest.mark.parametrize(
    ("before", "renewed"),
    [(f"<div hidden>{_RENEWED}</div>", True),
     (f"<div hidden>\n\n{_RENEWED} and\n\n$$\n1 + 1 = 3\n$$\n\n</div>", True),  # over blocks
     (f"<p>Text <span hidden>{_RENEWED}</span> and $x$.</p>", True),
     (f"<dialog>{_RENEWED}</dialog>", True),
     (f"<div hidden><div>{_RENEWED}</div></div>", True),
     (f"<template>{_RENEWED}</template>", False),  # in no page
     (f"<!-- {_RENEWED} -->", False),
     (f'<div class="mathjax_ignore">{_RENEWED}</div>', False),  # MathJax typesets nothing there
     (f'Text <span class="tex2jax_ignore">{_RENEWED}</span>.', False),
     (f"Text <span hidden><code>{_RENEWED}</code></span>.", False),
     (f'<div hidden><div class="mathjax_ignore">{_RENEWED}</div></div>', False)]
)  # fmt: skip
def test_a_definition_mathjax_typesets_in_unshown_html_holds_after_it(before, renewed):
    """MathJax typesets every text node but code, scripts and its ignored classes, whatever CSS hides: a
    definition in a hidden element holds for the maths after it; the element's claims stay unread."""
    notes = read_notes(before + "\n\n$$\n2 \\le 1\n$$\n", markdown=True)
    assert [step.rhs for step in notes.steps] == ["1"]
    assert str(notes.steps[0].relation) == ("<=" if not renewed else ">=")

"""Red team 29r's notes on the reading layer (tests/data/notes/redteam_laws/rt29r-*), and round 26b's and 28's open
findings (rt26b-24, rt26b-26, rt26b-27, rt28-06): maths a page or a slide shows was missed, or maths none shows was
read, or words shown beside a display were dropped."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier
import test_notes_redteam_26 as round26

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

NOTES = earlier.RED_TEAM_LAWS
judged = round26.judged


def verdicts(name: str) -> dict[int, str]:
    """The verdict of each step of the note ``name`` (its suffix says Markdown or LaTeX), by line."""
    text = (NOTES / name).read_text()
    results = check_notes(read_notes(text, markdown=name.endswith(".md")), Limits(seconds=120)).results
    return {result.step.line: result.status for result in results}


#: (note, line, the verdict it must never give): wrong steps proved, or correct ones never read.
NEVER = [
    # MathJax 2's <script type="math/tex"> is inline maths, and "; mode=display" display maths, in a paragraph too
    ("rt26b-24-mathjax2-inline-script-value-missed.md", 3, PROVED),  # |sigma| = sigma past sigma = -1 in a script
    ("rt29r-02-mathjax2-inline-script-matrices-proved.md", 3, PROVED),  # "Let <script>a</script> ... be matrices"
    ("rt29r-03-mathjax2-inline-script-in-html-block-proved.md", 3, PROVED),  # the same in a <p> block
    # a <p hidden> left open ends where HTML's parser ends it: at the next block, a <div>, its container's end
    ("rt26b-26-p-hidden-implicitly-closed.md", 5, PROVED),
    ("rt29r-04-p-hidden-closed-by-div-in-block-proved.md", 4, PROVED),
    ("rt29r-06-p-hidden-closed-by-list-proved.md", 5, PROVED),
    ("rt29r-05-rest-of-block-after-hidden-end-proved.md", 7, PROVED),  # </div><p>...: the rest of the block shows
    # beamer's \invisible{...} (no spec) and \invisible<1->{...} hide on every slide; \only{...}<0> on none
    ("rt26b-27-beamer-invisible-no-spec-defines.tex", 5, PROVED),
    ("rt29r-07-beamer-invisible-every-slide-defines.tex", 5, PROVED),
    ("rt29r-08-beamer-only-trailing-zero-spec-defines.tex", 5, PROVED),
    # a tag's or a text box's words with maths are a sentence about its names: "$\sigma$ may be negative"
    ("rt28-06-tag-sigma-may-be-negative-proved.md", 1, PROVED),
    ("rt29r-10-tag-star-sigma-may-be-negative-proved.md", 1, PROVED),  # \tag*{...}
    ("rt29r-11-tag-text-sigma-may-be-negative-proved.md", 1, PROVED),  # \tag{\text{...}}
    ("rt29r-12-text-remark-sigma-may-be-negative-proved.md", 1, PROVED),  # \quad \text{(...)}
    ("rt29r-13-latex-tag-paren-maths-may-be-negative-proved.tex", 5, PROVED),  # \tag{\(\sigma\) may be ...}
    ("rt29r-14-tag-star-condition-refuted.md", 1, REFUTED),  # \tag*{$x \ge 0$} is the condition \tag{...} is
    # an HTML comment ends where a browser ends it: "<!-->" at once, "--!>" as "-->" does
    ("rt29r-15-empty-comment-hides-its-line-proved.md", 3, PROVED),
    ("rt29r-16-comment-closed-by-bang-proved.md", 3, PROVED),
    # a title's text, a video's fallback content: on no page
    ("rt29r-17-title-element-value-refuted.md", 3, REFUTED),
    ("rt29r-18-video-fallback-value-refuted.md", 7, REFUTED),
    # beamer: \action<0>, onlyenv<0>, invisibleenv, the switch \mode<article>, a spec's slides part, article mode
    ("rt29r-19-beamer-action-zero-defines.tex", 5, PROVED),
    ("rt29r-20-beamer-onlyenv-zero-defines.tex", 5, PROVED),
    ("rt29r-21-beamer-invisibleenv-defines.tex", 5, PROVED),
    ("rt29r-22-beamer-mode-article-switch-defines.tex", 7, PROVED),
    ("rt29r-23-beamer-spec-with-handout-part-defines.tex", 5, PROVED),  # \only<0| handout:1>: on no slide
    ("rt29r-24-beamerarticle-mode-presentation-defines.tex", 5, PROVED),  # \mode<presentation>{...} in an article
    # a style attribute's last declaration wins (display: none; display: block shows), visibility: collapse hides
    ("rt29r-26-css-later-display-shows-proved.md", 3, PROVED),
    ("rt29r-27-visibility-collapse-refuted.md", 3, REFUTED),
    # beamer ignores text outside frames after \mode*, and \onslide<0> covers what follows it on every slide
    ("rt29r-28-beamer-mode-star-non-frame-text-defines.tex", 6, PROVED),
    ("rt29r-29-beamer-onslide-zero-switch-defines.tex", 7, PROVED),
    ("rt29r-30-kramdown-ial-display-none-refuted.md", 4, REFUTED),  # {: style="display:none"} hides its paragraph
]


@pytest.mark.parametrize(("name", "line", "never"), NEVER)
def test_the_red_team_29r_s_notes(name, line, never):
    assert verdicts(name).get(line) not in (never, None)


#: (note, line, the verdict it must give): a step the checker missed, or an attack met rightly.
GIVES = [
    ("rt29r-01-mathjax2-display-script-in-paragraph-missed.md", 1, REFUTED),  # 1 + 1 = 3 in a display script
    ("rt29r-held-01-mathjax2-script-in-code-span.md", 3, PROVED),  # a script in a code span is code
    ("rt29r-held-02-mathjax2-type-is-case-sensitive.md", 3, PROVED),  # MathJax 2 sets no "Math/TeX" script
    ("rt29r-held-03-p-hidden-inline-hides-to-paragraph-end.md", 3, PROVED),  # hidden to its paragraph's end
    ("rt29r-held-04-p-hidden-not-closed-by-span.md", 4, PROVED),  # a <span> does not end a p
    ("rt29r-held-05-beamer-invisible-on-slide-two-shown.tex", 5, PROVED),  # shown on slide 1
    ("rt29r-held-06-beamer-visible-no-spec-shown.tex", 5, PROVED),  # \visible{...}: on every slide
    ("rt29r-held-07-tag-symbol-is-a-label.md", 1, PROVED),  # \tag{$\ast$}: no words, a label
    ("rt29r-held-08-text-remark-range-keeps-proof.md", 1, PROVED),  # "for every $t$" says nothing of sigma
    ("rt29r-held-09-comment-still-hides.md", 3, PROVED),  # a comment closed by "-->" hides what is in it
    ("rt29r-held-10-beamer-invisibleenv-on-slide-two.tex", 5, PROVED),  # shown on slide 1
    ("rt29r-held-11-beamer-only-handout-zero-shown.tex", 5, PROVED),  # on every slide, in no handout
    ("rt29r-held-12-beamer-mode-presentation-switch-shown.tex", 7, PROVED),  # the slides' own material
    ("rt29r-25-mathjax-style-display-none-unread.md", 3, PROVED),  # \style{display:none}{+ 1} shows nothing
    # display: block; display: none hides where the page keeps its styles, and GitHub, which strips them, shows the
    # value: held (fx61e), where display: none; display: block (26) is proved
    ("rt29r-held-13-css-later-display-none-hides.md", 3, UNDECIDED),
    ("rt29r-held-14-beamer-onslide-switch-on-slide-two.tex", 7, PROVED),  # \onslide<2>: shown on slide 2
    ("rt29r-held-15-kramdown-ial-class-shown.md", 4, REFUTED),  # {: .note}: a class, shown
    ("rt29r-held-16-text-case-is-no-definition.md", 3, REFUTED),  # \text{for $t = 1$}: a case, t stays an index
]


@pytest.mark.parametrize(("name", "line", "verdict"), GIVES)
def test_the_red_team_29r_s_notes_give_their_verdicts(name, line, verdict):
    assert verdicts(name).get(line) == verdict


@pytest.mark.parametrize(
    "note, expected",
    [
        ('Let <script type="math/tex">c = a + b</script>.\n\n$$ c - a = b $$\n', [PROVED]),
        (
            "Let <script type='math/tex; mode=display'>c = a + b</script> here.\n\n$$ c - a = b $$\n",
            [UNDECIDED, PROVED],
        ),
        ("Let <script type=math/tex>c = a + b</script>.\n\n$$ c - a = b $$\n", [PROVED]),  # unquoted
        ('Let <script type=" math/tex">c = a + b</script>.\n\n$$ c - a = b $$\n', [UNDECIDED]),  # not MathJax's type
        ('Let <span hidden><script type="math/tex">c = a - b</script></span>.\n\n$$ c - a = b $$\n', [UNDECIDED]),
        ('<p>Let <script type="math/tex">c = a + b</script>.</p>\n\n$$ c - a = b $$\n', [PROVED]),
    ],
)
def test_mathjax_2_scripts_are_the_maths_they_set(note, expected):
    assert judged(note) == expected


@pytest.mark.parametrize(
    "note, expected",
    [
        ("<p hidden>Draft.\n\nLet $c = a + b$.\n\n$$ c - a = b $$\n", [PROVED]),  # the next paragraph's <p>
        ("<p hidden>Draft.\n\n## Let $c = a + b$.\n\n$$ c - a = b $$\n", [PROVED]),  # a heading
        ("<p hidden>Draft.\n<h2>Let $c = a + b$.</h2>\n\n$$ c - a = b $$\n", [PROVED]),  # in the same block
        ("<div><p hidden>Draft. Let $c = a + b$.</div>\n\n$$ c - a = b $$\n", [UNDECIDED]),  # hidden to the </div>
        ("<div><p hidden>Draft.</div>Let $c = a + b$.\n\n$$ c - a = b $$\n", [PROVED]),  # the </div> ends it
        ("<p hidden>Draft. Let $c = a + b$.</span> and\n\n$$ c - a = b $$\n", [UNDECIDED]),  # no span open: no end
        ("Draft <p hidden>x</p> Let $c = a + b$.\n\n$$ c - a = b $$\n", [PROVED]),  # closed
        ("Draft <p hidden>x <div>Let $c = a + b$.</div>\n\n$$ c - a = b $$\n", [PROVED]),  # the div ends it
    ],
)
def test_an_open_p_hidden_ends_where_html_ends_it(note, expected):
    assert judged(note) == expected


def test_beamer_s_alt_without_a_spec_shows_its_first_version_only():
    """rt29r-09: ``\\alt{\\[ c = 2 \\]}{\\[ c = 3 \\]}`` shows c = 2 on every slide; c = 3, on none, was refuted."""
    text = (NOTES / "rt29r-09-beamer-alt-no-spec-second-version-read.tex").read_text()
    results = check_notes(read_notes(text, markdown=False), Limits(seconds=120)).results
    assert [(r.step.line, r.status) for r in results] == [(4, UNDECIDED), (5, PROVED)]


@pytest.mark.parametrize(
    "tag, expected",
    [
        ("\\tag{if $c = a + b$}", UNDECIDED),  # a case, not a definition
        ("\\quad \\text{for $c = a + b$}", UNDECIDED),
        ("\\tag{$\\ast$}", UNDECIDED),  # a label: nothing said of c
    ],
)
def test_a_tag_s_maths_is_read_with_its_words(tag, expected):
    assert judged(f"$$ d = 1 {tag} $$\n\n$$ c - a = b $$\n")[-1] == expected


def test_a_kramdown_attribute_list_holds_the_block_it_is_given_to():
    """A display followed by {: style="display:none"} is hidden by kramdown and shown by GitHub (which prints the
    list as text): its step is the author's claim either way, held as a step in white ink is, and what follows it
    is read without it; one before a paragraph on its first line holds what the paragraph states (sigma = -1 for
    GitHub's reader, sigma > 0 by convention for kramdown's: the readings disagree), as a style that hides a <span>
    does (rt61r-31)."""
    note = '$$ |\\sigma| = -\\sigma $$\n{: style="display:none"}\n\n$$ |\\sigma| = \\sigma $$\n'
    assert judged(note) == [UNDECIDED, PROVED]
    note = '{: style="display: none"}\nWe take $\\sigma = -1$.\n\n$$ |\\sigma| = \\sigma $$\n'
    assert judged(note) == [UNDECIDED]

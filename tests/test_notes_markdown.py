"""Markdown read as its renderers read it: maths only where it is typeset, at its exact line."""

from __future__ import annotations

import pathlib

import pytest

from diffproof.answers.limits import Limits
from diffproof.notecheck import REFUTED, check_notes
from diffproof.notes import read_notes


def read(text: str):
    return read_notes(text, markdown=True)


def steps(text: str) -> list[tuple[int, str, str]]:
    return [(s.line, s.lhs, s.rhs) for s in read(text).steps]


def test_dollars_then_align_is_one_display_even_right_after_a_paragraph():
    text = (
        "Text directly:\n$$\n\\begin{align}\na &= b \\\\\n&= c\n\\end{align}\n$$\nMore text with x = y.\n\n$$d = e$$\n"
    )
    assert steps(text) == [(4, "a", "b"), (5, "b", "c"), (10, "d", "e")]


def test_inline_double_dollars_in_a_sentence_are_inline_maths():
    text = "The SNR is $$a = b$$ and more, $$c = d$$ too.\n\n$$\ne = f\n$$\n"
    assert steps(text) == [(4, "e", "f")]


def test_maths_in_list_items_quotes_and_details_is_read_at_its_line():
    text = (
        "- an item\n\n  $$\n  a = b\n  $$\n"
        "> $$\nc = d\n$$\n\n"
        "<details>\n<summary>Proof</summary>\n$$\ne = f\n$$\n</details>\n\n"
        "<details><summary>x</summary>\n\n$$\ng = h\n$$\n\n</details>\n"
    )
    assert steps(text) == [(4, "a", "b"), (7, "c", "d"), (13, "e", "f"), (20, "g", "h")]


def test_code_front_matter_comments_and_pre_are_not_maths():
    text = (
        "---\nmath: $$a = b$$\n---\n```\n$$c = d$$\n```\n    $$e = f$$\n"
        "<!-- $$g = h$$ -->\n<pre>\n$$i = j$$\n</pre>\n\n$$k = l$$\n"
    )
    assert steps(text) == [(13, "k", "l")]


def test_math_fences_are_display_maths():
    text = "```math\na = b\n```\n\n```{math}\n:label: eq\nc = d\n```\n\n```latex\ne = f\n```\n"
    assert steps(text) == [(2, "a", "b"), (7, "c", "d")]


def test_liquid_and_shortcodes_are_never_steps():
    text = (
        "{% raw %}\n$$\na = b\n$$\n{% endraw %}\n\n{% comment %} $$c = d$$ {% endcomment %}\n\n"
        '{{< details "x" >}}\n$$e = f$$\n{{< /details >}}\n\n[VAE]({{ site.baseurl }}{% post_url 2018 %})\n'
    )
    assert steps(text) == [(3, "a", "b"), (10, "e", "f")]


def test_bracket_displays_and_their_escaped_form():
    text = "\\[\na = b\n\\]\n\n\\\\[\nc = d \\\\\\\\ e = f\n\\\\]\n"
    assert steps(text) == [(2, "a", "b"), (6, "c", "d"), (6, "e", "f")]


def test_bracket_displays_inside_a_paragraph_are_displays_as_mathjax_sets_them():
    """Found on two public Tweedie posts (newnotes8): a display followed by words on its line, or two displays on
    one line, was left to the paragraph and never read (the file had no steps, and exited 0)."""
    text = (
        "Test\n\\[ a + a = 3a \\]where $a$ is real.\n\n"
        "Then \\[ b = c \\] \\[= d\\] and `\\[ e = f \\]` in code.\n\n"
        "Escaped \\\\[ g = h \\\\] too.\n"
    )
    assert steps(text) == [(2, "a + a", "3a"), (4, "b", "c"), (4, "c", "d"), (6, "g", "h")]


def test_an_unclosed_display_is_reported_and_the_rest_is_read():
    notes = read("$$\na = b\n\n\\begin{align}\nc &= d\n")
    assert {(p.line, p.message.split(" ")[0]) for p in notes.problems} == {(1, "$$"), (4, "\\begin{align}")}
    assert notes.steps == ()
    later = read("Text\n\\begin{align}\nx &= y\n\n\n$$\nu = v\n$$\n")
    assert [(s.lhs, s.rhs) for s in later.steps] == [("u", "v")] and [p.line for p in later.problems] == [2]


def test_directives_in_html_comments_and_in_maths_comments():
    text = "<!-- diffproof: assume 0 < a < 1 -->\n\nText <!-- diffproof: let b = a -->.\n\n$$\n% diffproof: by Jensen\nc \\le d\n$$\n"
    notes = read(text)
    assert [(d.kind, d.text, d.line) for d in notes.directives] == [
        ("assume", "0 < a < 1", 1),
        ("let", "b = a", 3),
        ("by", "Jensen", 6),
    ]
    assert notes.steps[0].cited == "Jensen"


PROSE = {
    "a paragraph": "So a = b, and c <= d.\n",
    "a heading": "# Why a = b\n",
    "a table": "| a | = | b |\n|---|---|---|\n| c | = | d |\n",
    "an html block": "<div>\na = b\n</div>\n",
    "currency": "It costs $5 = $6 less.\n",
    "a link": "[a = b](https://example.org/a=b)\n",
}


@pytest.mark.parametrize("text", PROSE.values(), ids=PROSE.keys())
def test_prose_and_html_are_never_steps(text):
    assert read(text).steps == ()


def test_escaped_parentheses_are_mathjax_inline_maths_at_their_line():
    """``\\\\(x\\\\)`` renders as ``\\(x\\)``, MathJax's inline maths; markup between the two ends the span (found
    by a red team: a definition in ``\\\\(...\\\\)`` was missed).  ``\\(x\\)`` is maths where the renderer leaves
    TeX alone (pandoc, Hugo's passthrough, Jupyter), and says the same in words where it shows ``(x)``: what it
    states is stated either way (a bound in it unread made a correct step refuted)."""
    text = (
        "Let \\\\(a := 1\\\\) and\nthen \\\\(b\n:= 2\\\\), but \\(c := 3\\) too.\n\n"
        "Also $x$ and \\\\(d := 4\\\\), *not \\\\(e* := 5\\\\), `\\(f := 6\\)` in code.\n"
    )
    assert sorted((item.line, item.text) for item in read(text).inline) == [
        (1, "a := 1"),
        (2, "b\n:= 2"),
        (3, "c := 3"),
        (5, "d := 4"),
        (5, "x"),
    ]


def test_a_bound_in_single_backslash_parentheses_is_stated():
    note = "Let \\(a > 0\\) be given.\n\n\\[\n\\sqrt{a^2} = a\n\\]\n"
    (result,) = check_notes(read(note), Limits(seconds=120)).results
    assert result.status != REFUTED, result.reason


def test_a_macro_defined_in_escaped_parentheses_is_in_force_after_it():
    text = "Set \\\\(\\\\renewcommand{\\\\le}{\\\\ge}\\\\) here.\n\n$$ 4 \\le 3 $$\n"
    assert [(s.lhs, s.relation.value, s.rhs) for s in read(text).steps] == [("4", ">=", "3")]


def test_an_escaped_underscore_in_maths_is_a_subscript():
    """Jekyll posts escape subscripts from Markdown's emphasis (Malav-P's ``$\\alpha\\_t := 1-\\beta\\_t$``),
    which kramdown unescapes; a literal underscore means nothing in a formula.  ``\\\\_`` (a row break before a
    subscript's base) is left alone."""
    notes = read("Define $\\alpha\\_t := 1-\\beta\\_t$.\n\n$$\na\\_1 = b\\_{t-1}\n$$\n")
    assert [item.text for item in notes.inline] == ["\\alpha_t := 1-\\beta_t"]
    assert [(s.lhs, s.rhs) for s in notes.steps] == [("a_1", "b_{t-1}")]


UNRENDERED = {
    "a link's destination": "See [the paper](http://example.com/eq\\[c=2\\]) for details.\n",
    "a link's title": 'See [the paper](http://example.com "\\[c = 2\\]") for details.\n',
    "an image's alt text": "![plot of \\[c = 2\\]](fig.png)\n",
    "an image in a link": "[![\\(c := 2\\)](fig.png)](http://example.com)\n",
    "an html attribute": 'The <abbr title="\\[c = 2\\]">constant</abbr> is used below.\n',
    "an attribute in single backslashes": "The <abbr title='\\(c := 2\\)'>constant</abbr> is used.\n",
    "a comment over lines": "The constant <!-- old value\n\\[ c = 2 \\]\n--> is used below.\n",
    "a comment before a dollar line": "The constant <!-- old value\n$$ c = 2 $$\n--> is used below.\n",
    "a comment before an environment": "The <!-- old\n\\begin{equation}\nc = 2\n\\end{equation}\n--> value.\n",
}


@pytest.mark.parametrize("text", UNRENDERED.values(), ids=UNRENDERED.keys())
def test_maths_where_mathjax_never_looks_is_not_read(text):
    """MathJax typesets the rendered text only: a URL, a title, alt text, an attribute or a comment (which may span
    lines inside a paragraph) is never maths (a red team hid ``c = 2`` there, and ``c + c = 4`` was proved)."""
    notes = read(text + "\n$$\nc + c = 4\n$$\n")
    assert [s.lhs for s in notes.steps] == ["c + c"] and notes.inline == ()


def test_maths_in_a_link_s_text_is_read():
    text = "See [where \\[a = b\\] holds](http://example.com) and [\\(c := 1\\)][ref].\n\n[ref]: http://example.com\n"
    notes = read(text)
    assert [(s.lhs, s.rhs) for s in notes.steps] == [("a", "b")] and [i.text for i in notes.inline] == ["c := 1"]


def test_an_environment_inside_a_paragraph_is_a_display_as_mathjax_sets_it():
    """Red team 13 (k08): MathJax typesets ``\\begin{equation}...\\end{equation}`` wherever it stands in the text;
    one after a word, or followed by words on its line, was never read (or reported never closed)."""
    text = (
        "Text \\begin{equation} a = b \\end{equation} more.\n\n"
        "\\begin{align} c &= d \\end{align} more.\n\n"
        "In code `\\begin{equation} e = f \\end{equation}` it is not.\n\n"
        "Unclosed\n\\begin{equation}\ng = h\n"
    )
    notes = read(text)
    assert steps(text) == [(1, "a", "b"), (3, "c", "d")]
    assert [(p.line, p.message.split(" ")[0]) for p in notes.problems] == [(8, "\\begin{equation}")]


RED_TEAM_LAWS = pathlib.Path(__file__).resolve().parent / "data" / "notes" / "redteam_laws"


@pytest.mark.parametrize(
    "name",
    ["r9-frontmatter-toml", "r9-liquid-highlight", "r9-kramdown-comment", "r9-liquid-capture", "r9-liquid-if-false"],
)
def test_what_a_site_generator_does_not_render_gives_no_steps(name):
    """Hugo's TOML front matter, Jekyll's highlighted code, kramdown's comments, a Liquid capture and the branch of
    ``{% if false %}`` are never typeset by MathJax, yet each false display in them was refuted (red team 15)."""
    notes = read_notes((RED_TEAM_LAWS / f"{name}.md").read_text(), markdown=True)
    assert notes.steps == () and notes.problems == ()


def test_liquid_if_false_hides_its_own_branch_only_and_other_blocks_keep_their_lines():
    text = (
        "{% if false %}\n$$a = b$$\n{% if x %}\n$$c = d$$\n{% else %}\n$$e = f$$\n{% endif %}\n{% else %}\n"
        "$$g = h$$\n{% endif %}\n\n{%- if false -%}\n$$a = c$$\n{% elsif y %}\n$$c = e$$\n{% endif %}\n"
        "{% if site.x %}\n$$e = g$$\n{% endif %}\n{% highlight latex linenos %}\n$$a = d$$\n{% endhighlight %}\n"
        "{{< highlight tex >}}\n$$c = f$$\n{{< /highlight >}}\n{::comment}\n$$e = h$$\n{:/}\n"
        '{::options parse_block_html="true" /}\n\n$$i = j$$\n'
    )
    assert steps(text) == [(9, "g", "h"), (15, "c", "e"), (18, "e", "g"), (31, "i", "j")]


def test_toml_front_matter_only_at_the_top_and_closed():
    assert steps("+++\ntitle = 1\n+++\n$$a = b$$\n") == [(4, "a", "b")]
    assert steps("Text\n\n+++\n$$a = b$$\n+++\n") == [(4, "a", "b")]
    assert steps("+++\ntitle = 1\n\n$$a = b$$\n") == [(4, "a", "b")]


def test_a_myst_directive_holding_markdown_is_read_and_one_holding_code_is_not():
    """MyST renders the body of ```{note}, ```{prf:proof} and ````{dropdown} as Markdown (red team 16: their
    displays were missed); ```{code-cell}, and Quarto's ```{python} and ```{r} chunks, hold code."""
    text = (
        "```{note}\n$$\na = b\n$$\n```\n\n````{dropdown} Details\n:open:\n$$\nc = d\n$$\n````\n\n"
        "```{code-cell} python\n$$\ne = f\n$$\n```\n\n```{python}\nx = df$a + df$b  # $$ g = h $$\n```\n\n"
        "```{r}\n$$\ni = j\n$$\n```\n"
    )
    assert [(s.line, s.lhs, s.rhs) for s in read_notes(text, markdown=True).steps] == [(3, "a", "b"), (10, "c", "d")]


@pytest.mark.parametrize(
    "element",
    ["<template>", "<noscript>", "<div hidden>", '<section class="x" hidden>'],
)
def test_maths_a_browser_does_not_show_is_not_read(element):
    """Red team 17: a <template>, <noscript> or hidden element spanning blank lines holds Markdown blocks that a
    browser never shows; <details> does show its content (read above)."""
    name = element[1:].split()[0].rstrip(">")
    text = f"{element}\n\n$$\n(a+b)^2 = a^2 + b^2\n$$\n\n</{name}>\n\n$$\nc = d\n$$\n"
    notes = read_notes(text, markdown=True)
    assert [(s.lhs, s.rhs) for s in notes.steps] == [("c", "d")] and not notes.problems


def test_an_unclosed_hidden_element_is_reported():
    notes = read_notes("<template>\n\n$$\na = b\n$$\n", markdown=True)
    assert not notes.steps and [p.line for p in notes.problems] == [1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (":::{math}\na + b = b + a\n:::\n", [(2, "a + b", "b + a")]),  # MyST's colon fence
        (":::{math}\n:label: sum\na + b = b + a\n:::\n", [(3, "a + b", "b + a")]),  # its options are no maths
        ("::::{note}\n:::{math}\nc = d\n:::\n::::\n", [(3, "c", "d")]),  # nested in a directive of Markdown
        ("::: {.callout-note}\n## Note\n$$\na = b\n$$\n:::\n", [(4, "a", "b")]),  # Quarto's callout: Markdown
        ("::: remark\n$$\na = b\n$$\n:::\n", [(3, "a", "b")]),  # a Pandoc div
        ("::::{tab-set}\n:::{tab-item} One\n$$\na = b\n$$\n:::\n::::\n", [(4, "a", "b")]),
        (":::{code-block} python\nx = 1 + 1\n:::\n", []),  # code, not maths
        (":::{figure} plot.png\nThe ratio $a = b$.\n:::\n", []),  # a directive not read as Markdown
    ],
)
def test_colon_fences_are_read_as_myst_and_pandoc_render_them(text, expected):
    assert steps(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('<script type="math/tex; mode=display">\na + b = b + a\n</script>\n', [(2, "a + b", "b + a")]),
        ('<div>\n<script type="math/tex; mode=display">c = d</script>\n</div>\n', [(2, "c", "d")]),
        ('<!-- <script type="math/tex; mode=display">c = d</script> -->\n', []),
        ("<script>\nvar c = d + e;\n</script>\n", []),
    ],
)
def test_mathjax_2_display_scripts_are_displays(text, expected):
    """What kramdown emits for $$ displays, and what pages written for MathJax 2 hold."""
    assert steps(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "<noscript><p>$$a + b = a$$</p></noscript>\n",
        "Text <noscript>$a + b = a$</noscript> more.\n",
        "Text <span hidden>$a + b = a$</span> more.\n",
    ],
)
def test_inline_maths_inside_an_element_a_browser_does_not_show_is_not_read(text):
    assert [inline.text for inline in read(text).inline] == []
    assert [inline.text for inline in read(text.replace("a + b = a", "c = d") + "And $e = f$.\n").inline] == ["e = f"]


@pytest.mark.parametrize("label", ["(eq-one)", "{#eq-one}", "{#eq:one}"])
def test_a_display_with_a_label_after_its_dollars_is_a_display(label):
    """MyST labels a display ``$$ ... $$ (label)``, Quarto and pandoc-crossref ``$$ ... $$ {#eq-label}``: the
    label is no text after the maths, and the display is one (Quarto's was read as a sentence's inline maths,
    its step never checked)."""
    assert steps(f"$$ a = b $$ {label}\n\nText $$ c = d $$ {label}\n") == [(1, "a", "b")]
    assert steps(f"Text\n$$\na = b\n$$ {label}\n") == [(3, "a", "b")]


@pytest.mark.parametrize("tag", ["<img hidden src='x.png'>", "<br hidden>", "<input style='display:none'>"])
def test_a_hidden_void_element_hides_nothing_after_it(tag):
    """A void element (``<img>``, ``<br>``, ``<input>``) has no content and no closing tag: hiding it hides no
    text, where the maths after it in its paragraph, or every block after it, was taken as inside it."""
    assert [inline.text for inline in read(f"Here {tag} we take $c = d$.\n").inline] == ["c = d"]
    assert steps(f"{tag}\n\n$$ a = b $$\n") == [(3, "a", "b")]


def test_a_sentence_is_read_as_shown_without_its_comments_or_hidden_words():
    """The prose and the sentence of inline maths are the words a reader sees: an HTML comment's words ("numbers,
    not", "this is a common error") or a hidden span's were read into them, dropping a noun or a definition."""
    text = "Let $a$ <!-- numbers, not --> be <span hidden>wrong</span> [matrices](http://x.org 'not').\n"
    notes = read(text)
    assert "numbers" not in notes.inline[0].sentence and "wrong" not in notes.inline[0].sentence
    assert "matrices" in notes.inline[0].sentence
    assert "numbers" not in notes.prose[0].text and "not" not in notes.prose[0].text.split()


@pytest.mark.parametrize(
    ("attributes", "shown"),
    [
        ('.content-visible when-format="pdf"', False),
        ('.content-visible when-format="html"', True),
        (".content-visible unless-format='html'", False),
        ('.content-visible unless-format="pdf"', True),
        (".content-visible when-format=revealjs", True),
        ('.content-hidden when-format="html"', False),
        ('.content-hidden when-format="pdf"', True),
        ('.content-hidden unless-format="pdf"', False),
        (".content-hidden", False),
        ('.content-visible when-meta="draft"', True),
        (".callout-note", True),
    ],
)
def test_quarto_conditional_content_is_read_where_an_html_page_shows_it(attributes, shown):
    """Quarto keeps ``.content-visible when-format="pdf"`` out of an HTML page and puts ``.content-hidden
    when-format="pdf"`` on it: a definition shown only in the PDF proved a step on the page."""
    assert steps(f"::: {{{attributes}}}\n$$ a = b $$\n:::\n") == ([(2, "a", "b")] if shown else [])


def test_myst_s_math_role_is_inline_maths():
    """MyST sets ``{math}`...``` as inline maths (another role's code span is code): its value in a sentence was
    not read, proving |sigma| = sigma past {math}`\\sigma = -1`."""
    text = "Here {math}`\\sigma = -1` and {math}``a`b`` but {abbr}`c = d` and `{math}` e.\n"
    notes = read(text)
    assert [inline.text for inline in notes.inline] == ["\\sigma = -1", "a`b"]
    assert notes.inline[0].sentence.startswith("Here")

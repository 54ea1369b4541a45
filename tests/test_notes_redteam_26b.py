"""The red team 26b's notes (tests/data/notes/redteam_laws/rt26b-*): each made the checker prove a wrong step,
refute a correct one, read maths a page or a slide does not show, or miss maths it does."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

NOTES = earlier.RED_TEAM_LAWS

#: (note with its suffix, line, the verdict it must never give).
RED_TEAM_26B = [
    ("rt26b-03-beamer-note-defines.tex", 6, PROVED),  # c^2 = 4 from c := 2 in a hidden speaker's \note
    ("rt26b-04-intertext-common-error-defines.md", 8, PROVED),  # c^2 = 4 from "\intertext{A common error ...} c &= 2"
    ("rt26b-05-intertext-common-error-defines.tex", 9, PROVED),  # the same in a LaTeX align
    ("rt26b-07-lstinline-display-defines.tex", 5, PROVED),  # c^2 = 4 from \lstinline!$$ c = 2 $$!, code
    ("rt26b-08-mintinline-display-defines.tex", 5, PROVED),  # the same in \mintinline{latex}{...}
    ("rt26b-09-fancyvrb-Verb-display-defines.tex", 5, PROVED),  # the same in fancyvrb's \Verb|...|
    ("rt26b-10-filecontents-display-defines.tex", 6, PROVED),  # the same in a filecontents environment
    ("rt26b-12-void-img-hidden-hides-paragraph.md", 3, PROVED),  # |sigma| = sigma: $\sigma = -1$ after <img hidden>
    ("rt26b-14-comment-in-sentence-drops-matrices.md", 3, PROVED),  # ab = ba: "be <!-- numbers, not --> matrices"
    ("rt26b-16-quarto-content-visible-pdf-only-defines.md", 5, PROVED),  # c := 2 shown only in the PDF
    ("rt26b-17-myst-math-role-value.md", 3, PROVED),  # |sigma| = sigma after MyST's {math}`\sigma = -1`
    ("rt26b-18-myst-math-role-matrices.md", 3, PROVED),  # ab = ba after "Let {math}`a` and {math}`b` be matrices"
    ("rt26b-19-beamer-mode-article-defines.tex", 5, PROVED),  # c^2 = 4 from \mode<article>{\[ c = 2 \]}
    ("rt26b-21-beamer-frame-zero-defines.tex", 7, PROVED),  # c^2 = 4 from c = 2 in \begin{frame}<0>, on no slide
    ("rt26b-22-newdocumentcommand-gobbles-display.tex", 5, PROVED),  # c = 2 in \hide{...}, \hide{m}{} xparse's
    ("rt26b-23-let-gobble-display-defines.tex", 5, PROVED),  # the same with \let\hide\@gobble
    ("rt26b-28-beamer-only-zero-defines.tex", 5, PROVED),  # c = 2 in \only<0>{...}, on no slide
]


@pytest.mark.parametrize(("name", "line", "never"), RED_TEAM_26B)
def test_the_red_team_26b_s_notes(name, line, never):
    """Each note made the checker give this verdict on the step at ``line`` before the fix."""
    text = (NOTES / name).read_text()
    results = check_notes(read_notes(text, markdown=name.endswith(".md")), Limits(seconds=120))
    result = next(r for r in results.results if r.step.line == line)
    assert result.status != never, result.reason


#: (note with its suffix, line, the verdict it must give): a step the checker missed, or met rightly.
RED_TEAM_26B_GIVES = [
    ("rt26b-06-quarto-label-display-missed.md", 1, REFUTED),  # $$ ... $$ {#eq-wrong}, read as a sentence before
    ("rt26b-11-url-percent-display-missed.tex", 4, REFUTED),  # after \url{http://x.org/a%20b}: no comment
    ("rt26b-held-01-comment-opener-in-code-span.md", 3, REFUTED),  # `<!--` in code opens no comment
    ("rt26b-held-02-renewcommand-local-to-environment.tex", 10, PROVED),  # \renewcommand inside a lemma is local
    ("rt26b-held-03-renewcommand-local-to-align-cell.tex", 6, REFUTED),  # and inside an align cell
    ("rt26b-held-04-macro-defined-after-use.md", 1, UNDECIDED),  # MathJax defines in page order
    ("rt26b-held-05-providecommand-keeps-first.tex", 5, PROVED),  # \providecommand of a defined name does nothing
    ("rt26b-13-void-img-hidden-block-hides-rest.md", 5, REFUTED),  # after an <img hidden> block, all was unread
    ("rt26b-15-comment-denial-drops-definition.md", 5, PROVED),  # "We define <!-- this is a common error -->"
]


@pytest.mark.parametrize(("name", "line", "verdict"), RED_TEAM_26B_GIVES)
def test_the_red_team_26b_s_notes_give_their_verdicts(name, line, verdict):
    """Each note's step at ``line`` is read and gets ``verdict``."""
    text = (NOTES / name).read_text()
    results = check_notes(read_notes(text, markdown=name.endswith(".md")), Limits(seconds=120))
    assert [r.status for r in results.results if r.step.line == line][:1] == [verdict]

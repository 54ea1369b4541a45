"""The swept notes (``tests/data/notes/sweeps``): sixty-five public notes held out from the corpus, whose proved
and refuted steps were each read by hand (``verdicts.toml``).  A verdict of proof or refutation outside that list
fails here, so whatever a change newly proves or refutes on real notes is read by a person before it lands; a
proof lost is allowed (a slow step may time out under load), a refutation of the real slip is not.  A wrong
verdict found there is a red-team finding of its own (tests/test_notes_redteam_40s.py), fixed before it lands."""

from __future__ import annotations

import pathlib
import re
import tomllib

import pytest

from diffproof.notecheck import PROVED, REFUTED, check_notes
from diffproof.notes import Notes, read_notes

SWEEPS = pathlib.Path(__file__).resolve().parent / "data" / "notes" / "sweeps"
CHECKED = tomllib.loads((SWEEPS / "verdicts.toml").read_text(encoding="utf-8"))
NOTES = sorted(path for path in SWEEPS.iterdir() if path.suffix in (".md", ".tex") and path.stem != "README")
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def read(path: pathlib.Path, context: bool) -> Notes:
    """The note, with ``context ddpm`` declared on a line of its own (after any front matter) when asked."""
    text = path.read_text(encoding="utf-8")
    markdown = path.suffix == ".md"
    if context:
        cut = match.end() if markdown and (match := FRONT_MATTER.match(text)) else 0
        comment = "<!-- diffproof: context ddpm -->" if markdown else "% diffproof: context ddpm"
        text = f"{text[:cut]}{comment}\n{text[cut:]}"
    return read_notes(text, markdown=markdown)


def _results(path: pathlib.Path, context: bool):
    """The note's verdicts, each at the line of the file (the declared context shifts them by one)."""
    shift = int(context)
    return [(r.step.line - shift, r) for r in check_notes(read(path, context)).results]


def test_every_swept_note_has_its_checked_verdicts_and_a_source():
    assert sorted(CHECKED) == [path.name for path in NOTES]
    readme = (SWEEPS / "README.md").read_text(encoding="utf-8")
    assert all(f"`{path.name}`" in readme for path in NOTES)


@pytest.mark.slow
@pytest.mark.parametrize("context", [False, True], ids=["as-published", "context-ddpm"])
@pytest.mark.parametrize("path", NOTES, ids=lambda path: path.stem)
def test_no_swept_note_gets_a_verdict_nobody_checked(path, context):
    checked = CHECKED[path.name]["context" if context else "plain"]
    results = _results(path, context)
    proved = {line for line, r in results if r.status == PROVED}
    refuted = {line for line, r in results if r.status == REFUTED}
    assert not any(r.internal for _, r in results), [r.reason for _, r in results if r.internal]
    assert proved <= set(checked["proved"]), (
        f"proved, not checked by hand: lines {sorted(proved - set(checked['proved']))}"
    )
    assert refuted == set(checked["refuted"]), f"refuted: lines {sorted(refuted)}, checked {checked['refuted']}"

"""The swept notes (``tests/data/notes/sweeps``): thirty-two public notes held out from the corpus, whose proved
and refuted steps were each read by hand (``verdicts.toml``).  A verdict of proof or refutation outside that list
fails here, so whatever a change newly proves or refutes on real notes is read by a person before it lands; a
proof lost is allowed (a slow step may time out under load), a refutation of the real slip is not.

A verdict found wrong by hand (or an internal error) is listed under ``known_wrong`` with its red-team finding:
it is left out of that check and reported as a strict xfail, which fails once the verdict is gone, so the entry
is removed with the fix."""

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


_MODES = ("plain", "context")  # an entry holds in both readings unless it lists its "modes"
#: Each wrong verdict's status (as ``StepResult.status``, or "internal" for an internal error).
INTERNAL = "internal"
KNOWN_WRONG = [
    (name, context, entry)
    for name, checked in sorted(CHECKED.items())
    for entry in checked.get("known_wrong", [])
    for context in (False, True)
    if _MODES[context] in entry.get("modes", _MODES)
]


def _results(path: pathlib.Path, context: bool):
    """The note's verdicts, each at the line of the file (the declared context shifts them by one)."""
    shift = int(context)
    return [(r.step.line - shift, r) for r in check_notes(read(path, context)).results]


def _gives(result, verdict: str) -> bool:
    return result.internal if verdict == INTERNAL else result.status == verdict and not result.internal


def test_every_swept_note_has_its_checked_verdicts_and_a_source():
    assert sorted(CHECKED) == [path.name for path in NOTES]
    readme = (SWEEPS / "README.md").read_text(encoding="utf-8")
    assert all(f"`{path.name}`" in readme for path in NOTES)


@pytest.mark.slow
@pytest.mark.parametrize("context", [False, True], ids=["as-published", "context-ddpm"])
@pytest.mark.parametrize("path", NOTES, ids=lambda path: path.stem)
def test_no_swept_note_gets_a_verdict_nobody_checked(path, context):
    checked = CHECKED[path.name]["context" if context else "plain"]
    known = [(e["line"], e["verdict"]) for n, c, e in KNOWN_WRONG if n == path.name and c == context]
    results = [
        (line, r) for line, r in _results(path, context) if not any(line == k and _gives(r, v) for k, v in known)
    ]
    proved = {line for line, r in results if r.status == PROVED}
    refuted = {line for line, r in results if r.status == REFUTED}
    assert not any(r.internal for _, r in results), [r.reason for _, r in results if r.internal]
    assert proved <= set(checked["proved"]), (
        f"proved, not checked by hand: lines {sorted(proved - set(checked['proved']))}"
    )
    assert refuted == set(checked["refuted"]), f"refuted: lines {sorted(refuted)}, checked {checked['refuted']}"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "context", "entry"),
    [
        pytest.param(
            name,
            context,
            entry,
            marks=pytest.mark.xfail(strict=True, reason=f"known wrong: {entry['finding']}"),
            id=f"{name}-{entry['line']}-{'context-ddpm' if context else 'as-published'}",
        )
        for name, context, entry in KNOWN_WRONG
    ],
)
def test_a_known_wrong_verdict_is_gone(name, context, entry):
    """Fails (as the strict xfail it is marked) while the checker still gives the wrong verdict at the line."""
    at_line = [r for line, r in _results(SWEEPS / name, context) if line == entry["line"]]
    assert at_line and not any(_gives(r, entry["verdict"]) for r in at_line)

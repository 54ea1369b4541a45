"""Red team 45a's notes (tests/data/notes/redteam_laws/rt45a-*), against the rules merged in session 44.

False proofs: a derivative holds y fixed where the words tie it to x in ways ``tied_in_words`` does not read -- a
denied denial ("not constant in", "not independent of"), a relation said after a list that _TIED_AFTER lacks ("are
equal"), a parenthesis or an apposition ("is, in fact,", "$y$, twice $x$,") read as the end of a clause then a name;
DDPM's forward law kept where a sentence past a heading changes x_{t-1} with a verb ``laws._CHANGING`` lacks (passed
through tanh, the sign taken; Spanish, Russian, Korean, Italian; réduit de moitié, 半減, 一半); and a KL step proved
with a model's law read as its definition (``lead_ins._announcing`` with ``_MODELLING``) where the announcing sentence
denies the model or calls it a mistake; DDPM's forward law kept where a passive sentence scales x_{t-1} but
adds the noise to x_0 (``laws._STATE_SHAPES``).  False alarms: a conditional density said in words to be one fixed density
of a family ``laws._OTHER_LAW`` does not list (Gumbel, Beta, French/Spanish "uniforme", German Gleichverteilung),
read as nothing, so a counterexample with a Gaussian kernel refutes a right step; and a name the sentence makes
another name of a variance ("which we call", "also known as", "appelée aussi") freed by the noun rule of
``orders._bounded_in_words``, so a negative value refutes sqrt(b^2) = b.

Each finding is a strict xfail until fixed (listed in FIXED); a fixed finding must get one of its sound verdicts.
The guards (rt45a-guard-*) are faithful notes that must keep their verdict.  Every note's step at issue is its last.
"""

from __future__ import annotations

import pytest
import red_team
import test_notes_redteam as earlier

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

NOTES = earlier.RED_TEAM_LAWS

_UNTIED = "tied_in_words reads no tie"
_CHANGING = "laws._changed_anywhere: the verb is not in laws._CHANGING (a blacklist of change verbs)"
_OTHER = "laws._OTHER_LAW lists no word of the family (a blacklist), so the law said in words is read as nothing"
_NOUN = (
    "orders._names_other_maths frees a name with a noun of its own (_OWN_NOUN_BEFORE) where the sentence makes it "
    "the apposed maths' other name (no verb _LINKED_BEFORE reads)"
)
_ANNOUNCED = "lead_ins._announcing/_MODELLING read a model announced whatever the sentence says of it"

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    "rt45a-01-not-constant-in-proved": f"{_UNTIED}: _UNTIE ('constant') and _NEGATED ('not') each untie",
    "rt45a-02-not-independent-of-proved": f"{_UNTIED}: 'independent' and 'not' each untie (a denied denial)",
    "rt45a-03-x-and-y-are-equal-proved": f"{_UNTIED}: _TIED_AFTER lists no 'equal' after a list",
    "rt45a-04-y-is-in-fact-x-proved": f"{_UNTIED}: a parenthesis' commas end the clause (_BOUNDARY), nothing after",
    "rt45a-05-y-twice-x-apposition-proved": f"{_UNTIED}: 'twice' after a comma matches _NAMING",
    "rt45a-06-passed-through-tanh-proved": f"{_CHANGING} ('passed through')",
    "rt45a-07-sign-taken-first-proved": f"{_CHANGING} ('take the sign of')",
    "rt45a-08-es-se-duplica-proved": f"{_CHANGING} (Spanish)",
    "rt45a-09-ru-doubled-proved": f"{_CHANGING} (Russian)",
    "rt45a-10-ko-doubled-proved": f"{_CHANGING} (Korean)",
    "rt45a-11-it-halved-proved": f"{_CHANGING} (Italian)",
    "rt45a-12-fr-reduced-by-half-proved": f"{_CHANGING} ('réduit de moitié')",
    "rt45a-13-ja-halved-proved": f"{_CHANGING} (半減)",
    "rt45a-14-zh-becomes-half-proved": f"{_CHANGING} (变为原来的一半)",
    "rt45a-15-density-said-gumbel-refuted": f"{_OTHER} (Gumbel)",
    "rt45a-16-density-said-beta-refuted": f"{_OTHER} (Beta)",
    "rt45a-17-fr-density-said-uniforme-refuted": f"{_OTHER} ('uniforme': uniform(?:ly)?\\b)",
    "rt45a-18-de-density-said-gleichverteilung-refuted": f"{_OTHER} (Gleichverteilung)",
    "rt45a-19-es-density-said-uniforme-refuted": f"{_OTHER} ('uniforme')",
    "rt45a-20-not-modelled-as-follows-proved": f"{_ANNOUNCED} (a denial: 'is not modelled as follows.')",
    "rt45a-21-we-do-not-model-proved": f"{_ANNOUNCED} (a denial: 'We do not model ... as follows.')",
    "rt45a-22-a-common-mistake-proved": f"{_ANNOUNCED} ('A common mistake is to model ... as follows.')",
    "rt45a-23-it-would-be-wrong-proved": f"{_ANNOUNCED} ('It would be wrong to model ... as follows.')",
    "rt45a-24-ja-modelling-is-wrong-proved": f"{_ANNOUNCED} (以下のようにモデル化するのは誤りである)",
    "rt45a-25-variance-which-we-call-the-spread-refuted": f"{_NOUN} ('which we call the spread $b$')",
    "rt45a-26-variance-also-known-as-the-spread-refuted": f"{_NOUN} ('also known as the spread $b$')",
    "rt45a-27-fr-variance-also-called-dispersion-refuted": f"{_NOUN} ('appelée aussi dispersion $b$')",
    "rt45a-28-passive-step-noise-added-to-the-data-proved": "laws._STATE_SHAPES: the passive 'is scaled by' places "
    "x_{t-1} and the whole-process shape places x_0 ('is added to $x_0$' with no 'each step'), so the forward law "
    "is kept though the noise goes to the data",
}

_WRONG = frozenset({REFUTED, UNDECIDED})  # a wrong step: refuted with a counterexample that keeps the words, or not
_RIGHT = frozenset({PROVED, UNDECIDED})  # a right step: never refuted
_SET_ASIDE = frozenset({UNDECIDED})  # the context's forward laws set aside, or the model's law not given

#: The sound verdicts of each finding, once fixed.
SOUND = {
    name: _RIGHT
    if name.endswith("-refuted")
    else _SET_ASIDE
    if "rt45a-06" <= name < "rt45a-15" or "rt45a-20" <= name < "rt45a-25" or name >= "rt45a-28"
    else _WRONG
    for name in FINDINGS
}

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {
        # tw45: tied_in_words composes negation (a denied denial ties; a negation unties only with a tie's own
        # verb), ties a list said equal, reads the commas after a copula as a parenthesis and an apposition that
        # relates as a tie; held_in_words takes no denied constant
        *(name for name in FINDINGS if name < "rt45a-06"),
        # ch45: a sentence anywhere that writes x_{t-1} or x_t alone in maths is read by a whitelist (DDPM's words
        # and a derivation's, laws._state_written), not by a list of change verbs
        *(name for name in FINDINGS if "rt45a-06" <= name < "rt45a-15"),
        # fix45a: lead_ins._announcing takes no sentence that denies the display it announces (_denies: a negation,
        # a mistake, 誤り), so its row is a claim, not the model's definition
        *(name for name in FINDINGS if "rt45a-20" <= name < "rt45a-25"),
        # kd45: laws._kernels_said_otherwise reads what a sentence says of a kernel it makes its subject: a law
        # named in words other than a whitelist of the Gaussian's (_GAUSSIAN_SAID) leaves the kernel's law unread
        *(name for name in FINDINGS if "rt45a-15" <= name < "rt45a-20"),
        # session 44 (lead): misc44's apposition rule for nonnegative nouns and its passive forward step withdrawn
        *(name for name in FINDINGS if "rt45a-25" <= name < "rt45a-29"),
    }
)


def _judged(name: str):
    return red_team.judged(name, last={name})


def test_the_notes_are_all_there():
    found = sorted(path.stem for path in NOTES.glob("rt45a-[0-9][0-9]-*.md"))
    assert found == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_45a_s_notes(name):
    result = _judged(name)
    assert result.status in SOUND[name], result.reason


#: Faithful notes (rt45a-guard-*) and the one verdict each must keep: a constant beside the input; DDPM's step said
#: under a heading in its own words (withdrawn with the passive reading it relied on); a kernel said Gaussian (its
#: mean may move); a model announced; a listed change verb under a heading.
GUARDS = {
    "rt45a-guard-01-y-a-constant-and-x-proved": PROVED,
    "rt45a-guard-03-gaussian-kernel-refuted": REFUTED,
    "rt45a-guard-04-model-announced-proved": PROVED,
    "rt45a-guard-05-halved-under-heading-undecided": UNDECIDED,
}


def test_the_guards_are_all_there():
    assert sorted(path.stem for path in NOTES.glob("rt45a-guard-*.md")) == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = _judged(name)
    assert result.status == GUARDS[name], result.reason


_MODEL = (NOTES / "rt45a-guard-04-model-announced-proved.md").read_text().split("as follows.\n", 1)[1]

#: Held-out announcing sentences of fix45a, written after the fix and not tuned to, each with the verdict the KL step
#: after the display must get: one that denies or disparages the model announced leaves the row a claim (undecided);
#: the model announced in Japanese keeps its proof.
HELD = {
    "beware some papers": ("Beware: some papers model the generator as follows.", UNDECIDED),
    "never": ("We never model the reverse process as follows.", UNDECIDED),
    "zh wrong": ("把生成过程如下建模是错误的。", UNDECIDED),
    "ja not modelled": ("生成器は以下のようにモデル化されない。", UNDECIDED),
    "a naive choice": ("A naive choice models the generator as follows.", UNDECIDED),
    "ja modelled": (
        "生成過程は、以下のような$`\\theta`$によって制御される生成器$`\\hat{p}_\\theta`$によってモデル化される。",
        PROVED,
    ),
}


@pytest.mark.parametrize("name", sorted(HELD))
def test_held_out_announcing_sentences_get_their_verdict(name):
    words, expected = HELD[name]
    result = red_team.last(f"{red_team.DDPM}{words}\n{_MODEL}")
    assert result.status == expected, result.reason

"""Red team 54r's notes (tests/data/notes/redteam_laws/rt54r-*), against what a note states and how its steps are
tied to it: a name given another value in words ("let $a$ denote $4$", "we write $a$ for $4$"), a scope ("for this
section only"), a condition before a definition ("For $t > 1$, let ..."), a universal quantifier that binds a defined
name again (in words, leading a display, beside it), todonotes loaded disabled.

Each finding is a false proof: the first definition, or DDPM's law of a name the note gave another meaning, proves
the step.  Each is a strict xfail until fixed (listed in FIXED); the guards (rt54r-guard-*) are faithful notes that
must keep their verdict.  Every note's step at issue is its last.  Fixed: all (see FIXED).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_LET_DENOTE = "the bare 'denote' after 'let' is read by neither meanings._DENOTES nor _MEANT (both have 'denotes'): {}"
_CONDITION = "a leading '{}' with an order is no hypothesis (hedges._HYPOTHETICAL), so the definition holds at t = 1"
_BOUND = "a universal quantifier {} does not free the name it binds, so the note's definition of it proves the step"

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    "rt54r-01-let-a-denote-another-value-proved": _LET_DENOTE.format("a := 3 stays the only definition"),
    "rt54r-02-we-write-a-for-another-value-proved": (
        "'we write $a$ for $4$' is read as a meaning of a schedule name only (meanings._USED_BEFORE, _USED_AFTER), "
        "never as a definition, so a := 3 proves the step"
    ),
    "rt54r-03-abusing-notation-epsilon-denotes-the-network-proved": _LET_DENOTE.format(
        "epsilon keeps DDPM's standard normal law"
    ),
    "rt54r-04-let-alpha-denote-alpha-bar-forward-mean-proved": (
        "a definition of a schedule name the context names (alpha_t := alpha-bar_t, in words or maths) is read as a "
        "claim about the context's alpha_t (contexts.gives_meaning), never as a renaming, so the context's alpha_t "
        "stands"
    ),
    "rt54r-05-let-epsilon-denote-twice-the-noise-variance-proved": _LET_DENOTE.format(
        "with more words after its maths, not even a meaning in words, and epsilon keeps DDPM's law"
    ),
    "rt54r-06-for-this-section-only-proved": (
        "a section's scope is no example lead-in (hedges._EXAMPLE_LEAD_IN) and a heading leaves nothing "
        "(lead_ins._LEAVING_EXAMPLE), so a := 3 holds in the next section"
    ),
    "rt54r-07-for-t-above-1-used-at-t-1-proved": _CONDITION.format("For $t > 1$,"),
    "rt54r-08-in-the-case-t-above-1-used-at-t-1-proved": _CONDITION.format("In the case $t > 1$,"),
    "rt54r-09-for-every-a-in-words-proved": _BOUND.format("in words ('For every $a$'; hedges._FREED_BEFORE)"),
    "rt54r-10-forall-a-leading-a-display-proved": _BOUND.format(
        "leading a display (steps._quantifier_end moves it to the lead)"
    ),
    "rt54r-11-forall-a-beside-a-display-proved": _BOUND.format("beside a step (a remark, steps._REMARK_OPENERS)"),
    "rt54r-12-text-for-all-a-beside-a-display-proved": _BOUND.format("in a remark's words (\\text{for all } a)"),
    "rt54r-13-todonotes-disabled-proved": (
        "the LaTeX reader reads \\todo's argument as text whatever todonotes' options, and 'disable' prints nothing"
    ),
}

#: A false proof fixed is undecided or refuted.
SOUND = frozenset({UNDECIDED, REFUTED})

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {
        # rt54r: "let $a$ denote $b$", "we write $a$ for $b$", "we use $a$ to denote $b$", "denota" define a in words,
        # and the bare verb after "let" gives a meaning in words (meanings._denotes_after, _RT54R_LET)
        "rt54r-01-let-a-denote-another-value-proved",
        "rt54r-02-we-write-a-for-another-value-proved",
        "rt54r-03-abusing-notation-epsilon-denotes-the-network-proved",
        "rt54r-05-let-epsilon-denote-twice-the-noise-variance-proved",
        # rt54r: a universal quantifier in words right before a name frees it (hedges._RT54R_BOUND_BEFORE)
        "rt54r-09-for-every-a-in-words-proved",
        # rt54r: a universal quantifier in a step's remark (beside it, or leading its display) frees the names it
        # binds (hedges.rt54r_bound_beside)
        "rt54r-10-forall-a-leading-a-display-proved",
        "rt54r-11-forall-a-beside-a-display-proved",
        "rt54r-12-text-for-all-a-beside-a-display-proved",
        # rt54r: todonotes loaded disabled prints no \todo (tex._todos_blanked)
        "rt54r-13-todonotes-disabled-proved",
        # fx55: a definition a sentence scopes to a section, paragraph or proof holds until that unit ends (the next
        # heading of the same or a higher level, the proof's end), held where its end is not found (scopes)
        "rt54r-06-for-this-section-only-proved",
        # xf56a: a definition of a schedule name that the context's relations make neither an identity nor true at an
        # admissible point (alpha_t := abar_t) renames it: the context's statements writing it are not used
        # (schedules.renamed).  Checked by hand: under DDPM the mean is sqrt(abar_t / abar_{t-1}) x_{t-1} in the
        # note's letters, not sqrt(alpha_t) x_{t-1}.
        "rt54r-04-let-alpha-denote-alpha-bar-forward-mean-proved",
        # xf56a: a definition its sentence sets under a case of a step index ("For $t > 1$,", "In the case $t > 1$,")
        # holds only at a step whose index is known to meet it (Timeline._in_case): at t = 1, a is not defined
        "rt54r-07-for-t-above-1-used-at-t-1-proved",
        "rt54r-08-in-the-case-t-above-1-used-at-t-1-proved",
    }
)


def test_the_notes_are_all_there():
    assert [name for name in red_team.named("rt54r-*") if "guard" not in name] == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_54r_s_notes(name):
    result = red_team.judged_last(name)
    assert not result.internal, result.reason
    assert result.status in SOUND, result.reason


#: Faithful notes (rt54r-guard-*) and the one verdict each must keep.
GUARDS = {
    "rt54r-guard-01-let-a-denote-the-same-value-again-proved": PROVED,
    "rt54r-guard-02-for-every-other-name-proved": PROVED,
    "rt54r-guard-03-section-only-definition-in-its-section-proved": PROVED,
    "rt54r-guard-04-forall-another-name-beside-a-step-proved": PROVED,
    "rt54r-guard-05-let-t-denote-the-number-of-steps-forward-mean-proved": PROVED,
    "rt54r-guard-06-for-t-above-1-used-at-t-2-proved": PROVED,
    "rt54r-guard-07-let-alpha-bar-denote-the-product-forward-mean-proved": PROVED,
    "rt54r-guard-08-for-every-a-an-identity-proved": PROVED,
    "rt54r-guard-09-todonotes-shown-proved": PROVED,
    "rt54r-guard-10-in-the-case-t-above-1-used-at-t-3-proved": PROVED,
    "rt54r-guard-11-for-t-above-1-then-a-case-at-t-2-proved": PROVED,
    "rt54r-guard-12-for-every-step-definition-proved": PROVED,
    "rt54r-guard-13-let-alpha-denote-one-minus-beta-forward-mean-proved": PROVED,
}


def test_the_guards_are_all_there():
    assert red_team.named("rt54r-guard-*") == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = red_team.judged_last(name)
    assert result.status == GUARDS[name], result.reason


_SIX = "\n\n$$\na + a = 6\n$$\n"

#: Held-out renamings: a second value in words ("let ... denote", "stand for", "represent ... instead", "write ...
#: for", "use ... to denote", Spanish "denota") leaves a defined twice (a + a = 6 undecided); one value in these
#: words defines it (proved); names that share a verb, or words after the value, define nothing (undecided).
RENAMINGS = {
    "let stand for": ("Let $a := 3$.\n\nNow let $a$ stand for $4$." + _SIX, UNDECIDED),
    "let represent instead": ("Let $a := 3$.\n\nLet $a$ represent $4$ instead." + _SIX, UNDECIDED),
    "we now let": ("Let $a := 3$.\n\nWe now let $a$ denote $4$." + _SIX, UNDECIDED),
    "use to denote": ("Let $a := 3$.\n\nWe use $a$ to denote $4$." + _SIX, UNDECIDED),
    "Spanish denota": ("Sea $a := 3$.\n\nAhora $a$ denota $4$." + _SIX, UNDECIDED),
    "let denote, one value": ("Let $a$ denote $3$." + _SIX, PROVED),
    "write for, one value": ("We write $a$ for $3$." + _SIX, PROVED),
    "the same value again": ("Let $a := 3$.\n\nLet $a$ denote $3$ again." + _SIX, PROVED),
    "two names": ("Let $b$ and $a$ denote $3$ and $4$." + _SIX, UNDECIDED),
    "a condition after": ("We write $a$ for $3$ when $t > 1$." + _SIX, UNDECIDED),
    "more words after": ("Let $a$ denote $3$ times the unit." + _SIX, UNDECIDED),
}


@pytest.mark.parametrize("name", sorted(RENAMINGS))
def test_a_name_renamed_in_words(name):
    text, verdict = RENAMINGS[name]
    result = red_team.last(text)
    assert result.status == verdict, result.reason


_EPSILON_MEAN = "\n\n$$\n\\mathbb{E}[\\epsilon] = 0\n$$\n"

#: Held-out meanings under the context: the noise given a meaning after "let ... denote" is the note's, as after
#: "denotes" (its mean not proved from DDPM's law); a name the context leaves alone keeps the proof.
MEANINGS = {
    "let denote": ("Let $\\epsilon$ denote the standard normal noise.", UNDECIDED),
    "denotes": ("Here $\\epsilon$ denotes the standard normal noise.", UNDECIDED),
    "letting stand for": ("Letting $\\epsilon$ stand for the network's output, we go on.", UNDECIDED),
    "another name": ("Let $u$ denote the standard normal noise.", PROVED),
}


@pytest.mark.parametrize("name", sorted(MEANINGS))
def test_a_noise_given_a_meaning_after_let(name):
    said, verdict = MEANINGS[name]
    result = red_team.last(red_team.DDPM + said + _EPSILON_MEAN)
    assert result.status == verdict, result.reason


_NINE = "\n\n$$\na^2 = 9\n$$\n"

#: Held-out quantifiers in words: one that binds the defined name (in English, French, German, Spanish, over a set
#: or a range) frees it (a^2 = 9 undecided); one that binds another name, or an identity in the bound name, keeps
#: the proof.
QUANTIFIED = {
    "for all real": ("Let $a := 3$.\n\nFor all real $a$:" + _NINE, UNDECIDED),
    "for any value of": ("Let $a := 3$.\n\nFor any value of $a$ we get" + _NINE, UNDECIDED),
    "over a set": ("Let $a := 3$.\n\nFor every $a \\in \\mathbb{R}$," + _NINE, UNDECIDED),
    "pour tout": ("Soit $a := 3$.\n\nPour tout $a$, on a" + _NINE, UNDECIDED),
    "für alle": ("Sei $a := 3$.\n\nFür alle $a$ gilt" + _NINE, UNDECIDED),
    "para todo": ("Sea $a := 3$.\n\nPara todo $a$," + _NINE, UNDECIDED),
    "another name": ("Let $a := 3$.\n\nFor all $t$ we have" + _SIX, PROVED),
    "an identity": ("Let $a := 3$.\n\nFor each $a$," + "\n\n$$\na + a = 2 a\n$$\n", PROVED),
}


@pytest.mark.parametrize("name", sorted(QUANTIFIED))
def test_a_quantifier_in_words_frees_the_name_it_binds(name):
    text, verdict = QUANTIFIED[name]
    result = red_team.last(text)
    assert result.status == verdict, result.reason


#: Held-out todos: with todonotes disabled (among other options) a todo, inline or not, and a missing figure print
#: nothing (a + a = 6 undecided); todonotes enabled, or another package disabled, they are shown (proved).
TODOS = {
    "inline todo": ("[colorinlistoftodos, disable]{todonotes}", "\\todo[inline]{Let $a := 3$.}", UNDECIDED),
    "missing figure": ("[disable]{todonotes}", "\\missingfigure{Let $a := 3$.}", UNDECIDED),
    "enabled": ("[colorinlistoftodos]{todonotes}", "\\todo[inline]{Let $a := 3$.}", PROVED),
    "another package": ("[disable]{xcolor}\n\\usepackage{todonotes}", "\\todo{Let $a := 3$.}", PROVED),
}


@pytest.mark.parametrize("name", sorted(TODOS))
def test_todos_of_a_disabled_todonotes_are_not_shown(name):
    package, todo, verdict = TODOS[name]
    text = f"\\documentclass{{article}}\n\\usepackage{package}\n\\begin{{document}}\nText.{todo}\n\\[ a + a = 6 \\]\n\\end{{document}}\n"
    result = red_team.tex_report(text).results[-1]
    assert result.status == verdict, result.reason


#: Held-out quantifiers in a display: beside the step or leading it, binding the defined name among others or over
#: a set, they free it (a^2 = 9 undecided); binding another name, or an identity in the bound name, the proof stands.
BOUND_IN_DISPLAYS = {
    "two names": ("a^2 = 9 \\quad \\forall b, a \\in \\mathbb{R}", UNDECIDED),
    "for every, in text": ("a^2 = 9 \\qquad \\text{for every } a > 0", UNDECIDED),
    "leading, with a comma": ("\\forall a \\ge 0:\\; a^2 = 9", UNDECIDED),
    "another name beside": ("a^2 = 9 \\quad \\forall t \\ge 1", PROVED),
    "another name leading": ("\\forall t:\\; a^2 = 9", PROVED),
    "an identity": ("(a + 1)^2 = a^2 + 2 a + 1 \\quad \\forall a", PROVED),
}


@pytest.mark.parametrize("name", sorted(BOUND_IN_DISPLAYS))
def test_a_quantifier_in_a_display_frees_the_name_it_binds(name):
    step, verdict = BOUND_IN_DISPLAYS[name]
    result = red_team.last(f"Let $a := 3$.\n\n$$\n{step}\n$$\n")
    assert result.status == verdict, result.reason


_AT = "\n\n$$\na + a = 6 \\quad {}\n$$\n"

#: Held-out cases of a step index set before or after a definition (en, fr, zh, in words, leading a display, as a
#: range's members): it holds at a step whose remark, or the case its sentence runs into, meets the case (a + a = 6
#: proved); at a step outside it, or whose index is not known, a is not defined (undecided).  A range of every step
#: sets no case; "when" before the case alone sets it too, and supposes anything else.
INDEX_CASES = {
    "after the definition, outside": ("Let $a := 3$ for $t > 1$." + _AT.format("(t = 1)"), UNDECIDED),
    "after the definition, inside": ("Let $a := 3$ for $t > 1$." + _AT.format("(t = 2)"), PROVED),
    "French, outside": ("Pour $t > 1$, soit $a := 3$." + _AT.format("(t = 1)"), UNDECIDED),
    "French, inside": ("Pour $t > 1$, soit $a := 3$." + _AT.format("(t = 2)"), PROVED),
    "in words, outside": ("For $t > 1$, let $a$ denote $3$." + _AT.format("(t = 1)"), UNDECIDED),
    "one index, another step": ("For $t = 2$, let $a := 3$." + _AT.format("(t = 3)"), UNDECIDED),
    "a remark in text, outside": ("For $t > 1$, let $a := 3$." + _AT.format("\\text{for } t = 1"), UNDECIDED),
    "a remark in text, inside": ("For $t > 1$, let $a := 3$." + _AT.format("\\text{for } t = 2"), PROVED),
    "no index known": ("For $t > 1$, let $a := 3$.\n\n$$\na + a = 6\n$$\n", UNDECIDED),
    "a case sentence, outside": ("For $t > 1$, let $a := 3$.\n\nFor $t = 1$:\n\n$$\na + a = 6\n$$\n", UNDECIDED),
    "runs on into the display": ("For $t \\ge 2$, let $a := 3$ and\n\n$$\na + a = 6\n$$\n", PROVED),
    "a display after the case, outside": ("For $t > 1$, let\n\n$$\na := 3\n$$" + _AT.format("(t = 1)"), UNDECIDED),
    "a display after the case, inside": ("For $t > 1$, let\n\n$$\na := 3\n$$" + _AT.format("(t = 2)"), PROVED),
    "Chinese, outside": ("对于 $t > 1$，令 $a := 3$。" + _AT.format("(t = 1)"), UNDECIDED),
    "members, outside": ("For $t = 2, \\ldots, T$, let $a := 3$." + _AT.format("(t = 1)"), UNDECIDED),
    "members, inside": ("For $t = 2, \\ldots, T$, let $a := 3$." + _AT.format("(t = 3)"), PROVED),
    "a set of members, outside": ("For $t \\in \\{2, \\dots, T\\}$, let $a := 3$." + _AT.format("(t = 1)"), UNDECIDED),
    "every step's members": ("For $t = 1, \\ldots, T$, let $a := 3$.\n\n$$\na + a = 6\n$$\n", PROVED),
    # "When $t \\ge 2$, set ..." sets a in that case, as "For $t \\ge 2$," does (xf58: its condition is the case alone)
    "when, inside": ("When $t \\ge 2$, set $a := 3$." + _AT.format("(t = 3)"), PROVED),
    "when, outside": ("When $t \\ge 2$, set $a := 3$." + _AT.format("(t = 1)"), UNDECIDED),
    "when, supposed of another name": ("When $b \\ge 2$, set $a := 3$." + _AT.format("(t = 3)"), UNDECIDED),
}


@pytest.mark.parametrize("name", sorted(INDEX_CASES))
def test_a_definition_under_a_case_of_the_index(name):
    text, verdict = INDEX_CASES[name]
    result = red_team.last(text)
    assert result.status == verdict and not result.internal, result.reason


#: Held-out renamings of a schedule name under the context (in maths, "we write ... for", Spanish "denota"): the
#: context's laws that write it are not the note's (the forward step's mean or variance undecided), a product too;
#: a meaning the context's relations give (1 - beta_t, abar_t's product) or a value some schedule takes (0.9) keeps
#: the proof.
SCHEDULE_RENAMINGS = {
    "in maths": ("Let $\\alpha_t := \\bar\\alpha_t$." + red_team.FORWARD_MEAN, UNDECIDED),
    "we write for": ("From now on we write $\\beta_t$ for $\\bar\\alpha_t$." + red_team.FORWARD_VARIANCE, UNDECIDED),
    "Spanish denota": ("Aquí $\\alpha_t$ denota $\\bar\\alpha_t$." + red_team.FORWARD_MEAN, UNDECIDED),
    "the context's own": ("Let $\\beta_t := 1 - \\alpha_t$." + red_team.FORWARD_VARIANCE, PROVED),
    "a constant schedule": ("Let $\\alpha_t := 0.9$." + red_team.FORWARD_MEAN, PROVED),
    "a product of another name": (
        "Let $\\alpha_t := \\prod_{s=1}^t (1 - \\beta_s)$." + red_team.FORWARD_MEAN,
        UNDECIDED,
    ),
    "the context's product": ("Let $\\bar\\alpha_t := \\prod_{s=1}^t \\alpha_s$." + red_team.FORWARD_MEAN, PROVED),
}


@pytest.mark.parametrize("name", sorted(SCHEDULE_RENAMINGS))
def test_a_schedule_name_renamed_under_the_context(name):
    said, verdict = SCHEDULE_RENAMINGS[name]
    result = red_team.last(red_team.DDPM + said)
    assert result.status == verdict and not result.internal, result.reason

"""Red team 49b's notes (tests/data/notes/redteam_laws/rt49b-*), against the rules merged in session 48.

Complex numbers and the imaginary unit (rt48's ``dimension.complex_numbers_said``, ``imaginary_units_said``): a unit
said in maths (i^2 = -1, i = sqrt(-1), an upright \\mathrm{i}), a name said complex other than by an adjective or
a membership of C alone (an element of the complex plane, \\mathbb{C} \\setminus \\{0\\}, \\Im z \\neq 0) keep the
real reading's proof of |z|^2 = z^2.  Conventions kept through a definition (``overrides._overrides``): a body
through sin, arctan, max, min, cases or log_2 is not parsed, so neither ``numbers.may_leave`` nor ``_unknown`` sees
it and the convention stays though the body leaves it; an override said in a sentence does not reach alpha_t through
a name without a convention (gamma_t := beta_t).  Laws' domains (fa48's ``law_domains``): a family named in words with its
parameter (geometric with parameter c; Gamma with scale c, en and zh; Student's t with c degrees of freedom), a law
\\mathrm{Gamma}(k, c) in words (read as the Greek letter), t_\\nu and \\chi^2(c) after \\sim are read neither as
laws whose domains hold nor as laws whose parameters are unread, so a counterexample outside the domain is trusted.
Attacked and holding: pc48's process-word owners (a relative clause, a subject after the verb, fronted phrases,
fr/de/zh/ja), rf48's trace shapes (n by n, pmatrix, Tr, Kronecker, vector of length, zh/ja/fr orders), the store's
key against ``--macros`` (a macros file is part of the note as read).

Fixed: 01-02 (dimension._unit_in_maths), 03-05 (dimension._COMPLEX_PLANE_AFTER, _COMPLEX_MEMBER, _PART_OF), 14, 15,
19, 20 (law_domains._named_families), 16-18 (lw50: law_domains.shapes_read, _worded_shapes; held-out
tests in test_notes_unread_law_50.py), each with held-out tests below.  Open: 06-13.

Each finding is a strict xfail until fixed (listed in FIXED); a fixed finding must get one of its sound verdicts.
The guards (rt49b-guard-*) are faithful notes that must keep their verdict.  Every note's step at issue is its last.
"""

from __future__ import annotations

import pytest
import red_team
import test_notes_redteam as earlier

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

NOTES = earlier.RED_TEAM_LAWS

_UNIT = (
    "dimension.imaginary_units_said reads the imaginary unit in words only (the imaginary unit, l'unité "
    "imaginaire, 虚数单位), so a unit said in maths ({}) is a free real and the real reading's proof stands"
)
_COMPLEX = (
    "dimension.complex_numbers_said reads 'complex' as an adjective of the names (a complex number, complex-valued) "
    "or a membership of C (or C^d) alone, so {} leaves z a real and the real reading's proof stands"
)
_UNEVALUATED = (
    "overrides._overrides keeps a name's convention where it cannot read the definition's body: the notes' parser "
    "reads sqrt, log, ln and exp only (answers.parser.FUNCTIONS), so a body through {} is no node, and neither "
    "numbers.may_leave nor _unknown (which drops the convention of a body not read as numbers, Cov(x_1, x_2)) sees "
    "it: the convention stays though the body leaves it"
)
_THROUGH = (
    "numbers.may_leave cannot sample a body's name without a convention that the note defines (gamma_t := beta_t): "
    "overrides._overridden_through spreads beta_t = 2 to gamma_t (no convention to leave) but alpha_t := 1 - gamma_t "
    "keeps (0, 1)"
)
_IN_WORDS = (
    "law_domains.laws_in_words reads a sentence's maths that is a family's law (Geom(c), Gamma(k, c)), not a family "
    "named in words with its parameter ({}): the parameter's domain is not read and it is not held from the witness "
    "(unread_law_parameters), so a counterexample outside the domain is trusted"
)
_UNREAD_SHAPE = (
    "law_domains: {} is read neither by _FAMILIES (a law's domain) nor by unread_law_parameters (_fa48_family wants "
    "an upright capital name that is no Greek letter's, or N, U), so its parameter is free and the counterexample "
    "outside the domain is trusted"
)

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    "rt49b-01-i-squared-minus-one-modulus-squared-proved": _UNIT.format("i^2 = -1"),
    "rt49b-02-i-root-of-minus-one-modulus-squared-proved": _UNIT.format("i = \\sqrt{-1}"),
    "rt49b-03-complex-plane-modulus-squared-proved": _COMPLEX.format("'an element of the complex plane'"),
    "rt49b-04-complex-set-minus-zero-modulus-squared-proved": _COMPLEX.format("\\mathbb{C} \\setminus \\{0\\}"),
    "rt49b-05-imaginary-part-nonzero-modulus-squared-proved": _COMPLEX.format("\\Im z \\neq 0"),
    "rt49b-06-upright-i-modulus-squared-proved": _UNIT.format("z = \\mathrm{i}, ISO's upright unit"),
    "rt49b-07-sigma-defined-as-a-sine-proved": _UNEVALUATED.format("sin"),
    "rt49b-08-sigma-defined-as-an-arctangent-proved": _UNEVALUATED.format("arctan"),
    "rt49b-09-sigma-defined-with-a-max-proved": _UNEVALUATED.format("max"),
    "rt49b-10-sigma-defined-with-a-min-proved": _UNEVALUATED.format("min"),
    "rt49b-11-sigma-defined-piecewise-proved": _UNEVALUATED.format("cases"),
    "rt49b-12-sigma-defined-as-a-base-two-log-proved": _UNEVALUATED.format("a logarithm with a base"),
    "rt49b-13-alpha-through-two-definitions-proved": _THROUGH,
    "rt49b-14-geometric-in-words-refuted": _IN_WORDS.format("geometric with parameter c"),
    "rt49b-15-gamma-scale-in-words-refuted": _IN_WORDS.format("a Gamma distribution with scale c"),
    "rt49b-16-distributed-as-upright-gamma-refuted": _UNREAD_SHAPE.format(
        "\\mathrm{Gamma}(k, c) in words (parsed as the Greek letter Gamma's call)"
    ),
    "rt49b-17-student-t-subscript-refuted": _UNREAD_SHAPE.format("t_\\nu after \\sim (a letter, no call)"),
    "rt49b-18-chi-squared-refuted": _UNREAD_SHAPE.format("\\chi^2(c) after \\sim (parsed as chi^2 times c)"),
    "rt49b-19-student-degrees-of-freedom-in-words-refuted": _IN_WORDS.format("Student's t with c degrees of freedom"),
    "rt49b-20-zh-gamma-in-words-refuted": _IN_WORDS.format("zh 服从形状为 k、尺度为 c 的伽马分布"),
}

_WRONG = frozenset({REFUTED, UNDECIDED})  # a wrong step: refuted with a counterexample that keeps the words, or not
_RIGHT = frozenset({PROVED, UNDECIDED})  # a right step: never refuted

#: The sound verdicts of each finding, once fixed.
SOUND = {name: _RIGHT if name.endswith("-refuted") else _WRONG for name in FINDINGS}

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {
        # rt49b: a sentence's maths that makes a name a root of a negative number (i^2 = -1, i = \sqrt{-1}) says
        # it is the imaginary unit (dimension._unit_in_maths in imaginary_units_said)
        "rt49b-01-i-squared-minus-one-modulus-squared-proved",
        "rt49b-02-i-root-of-minus-one-modulus-squared-proved",
        # rt49b: a name said in the complex plane, a member of C without some points, or whose imaginary or real
        # part the maths takes is complex (dimension._COMPLEX_PLANE_AFTER, _COMPLEX_MEMBER, _PART_OF)
        "rt49b-03-complex-plane-modulus-squared-proved",
        "rt49b-04-complex-set-minus-zero-modulus-squared-proved",
        "rt49b-05-imaginary-part-nonzero-modulus-squared-proved",
        # rt49b: the names of a sentence whose words say a law of a family named in words are held from the witness
        # (law_domains._named_families in unread_law_parameters)
        "rt49b-14-geometric-in-words-refuted",
        "rt49b-15-gamma-scale-in-words-refuted",
        "rt49b-19-student-degrees-of-freedom-in-words-refuted",
        "rt49b-20-zh-gamma-in-words-refuted",
        # lw50: Student's t and the chi-squared law after \\sim (t_\\nu, \\chi^2(c)) are read, their degrees of freedom
        # positive (law_domains.shapes_read); a Greek capital's call in words (\\mathrm{Gamma}(k, c)) holds the names
        # it writes from the witness (law_domains._worded_shapes in unread_law_parameters)
        "rt49b-16-distributed-as-upright-gamma-refuted",
        "rt49b-17-student-t-subscript-refuted",
        "rt49b-18-chi-squared-refuted",
        # lead: a definition whose body is not read (\\sin, \\arctan, \\max, \\min, cases, \\log_2) still defines
        # its name, which leaves its convention (overrides.overridden keeps unreadable definitions)
        "rt49b-07-sigma-defined-as-a-sine-proved",
        "rt49b-08-sigma-defined-as-an-arctangent-proved",
        "rt49b-09-sigma-defined-with-a-max-proved",
        "rt49b-10-sigma-defined-with-a-min-proved",
        "rt49b-11-sigma-defined-piecewise-proved",
        "rt49b-12-sigma-defined-as-a-base-two-log-proved",
        # lead: an override spreads through a definition of a name without a convention (gamma_t := beta_t) to the
        # names defined through it (overrides._overridden_through)
        "rt49b-13-alpha-through-two-definitions-proved",
        # iu50: ISO's upright imaginary unit (\\mathrm{i}, \\mathrm{j}, \\imath, \\jmath, ⅈ) outside a subscript, and a
        # letter said the imaginary unit in words outside maths, are the unit (dimension._upright_unit_letters,
        # _IMAGINARY_LETTER_IN_WORDS)
        "rt49b-06-upright-i-modulus-squared-proved",
    }
)


def _judged(name: str):
    return red_team.judged(name, last={name})


def test_the_notes_are_all_there():
    found = sorted(path.stem for path in NOTES.glob("rt49b-[0-9][0-9]-*.md"))
    assert found == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_49b_s_notes(name):
    result = _judged(name)
    assert result.status in SOUND[name], result.reason


#: Faithful notes (rt49b-guard-*) and the one verdict each must keep: a name in R without 0, or an element of the
#: real line, is a real (proved); "follows from" is logic, not a law, and the sign of a Gaussian's standard deviation is free (refuted); an index i is no
#: imaginary unit (refuted).  (A definition through cos or max that stays inside a convention is proved today only
#: because its body is not read: no guard, as a sound fix may withhold it.)
GUARDS = {
    "rt49b-guard-01-real-line-minus-zero-proved": PROVED,
    "rt49b-guard-03-real-line-element-proved": PROVED,
    "rt49b-guard-04-follows-from-a-series-refuted": REFUTED,
    "rt49b-guard-05-standard-deviation-sign-free-refuted": REFUTED,
    "rt49b-guard-06-index-i-refuted": REFUTED,
}


def test_the_guards_are_all_there():
    assert sorted(path.stem for path in NOTES.glob("rt49b-guard-*.md")) == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = _judged(name)
    assert result.status == GUARDS[name], result.reason


#: Held-out sentences of rt49b's fix of the imaginary unit said in maths, each with the step after it and the
#: verdicts it may get: a name said to square to a negative number or to be a root of one (another letter, the
#: sides swapped, -4, defined with := or \\coloneqq) gets no real proof (|j|^2 = j^2) nor a real counterexample
#: (sqrt(j^2) = j, right at j = i); a square or a root of a positive number, or a square equal to a name, keeps the
#: real reading.
HELD_UNIT_IN_MATHS = {
    "another letter": ("Let $j^2 = -1$.", "|j|^2 = j^2", _WRONG),
    "sides swapped": ("Here $-1 = j^2$.", "|j|^2 = j^2", _WRONG),
    "a root of -4": ("Let $u = \\sqrt{-4}$.", "|u|^2 = u^2", _WRONG),
    "defined as a root of -1": ("Let $u := \\sqrt{-1}$.", "|u|^2 = u^2", _WRONG),
    "coloneqq": ("Let $u \\coloneqq \\sqrt{-1}$.", "|u|^2 = u^2", _WRONG),
    "a right step not refuted": ("Let $j^2 = -1$.", "\\sqrt{j^2} = j", _RIGHT),
    "a square of one proved": ("Let $j^2 = 1$.", "|j|^2 = j^2", frozenset({PROVED})),
    "a root of four proved": ("Let $u = \\sqrt{4}$.", "|u|^2 = u^2", frozenset({PROVED})),
    "a square equal to a name proved": ("Let $j^2 = -y$.", "|j|^2 = j^2", frozenset({PROVED})),
}


@pytest.mark.parametrize("name", sorted(HELD_UNIT_IN_MATHS))
def test_held_out_units_said_in_maths_get_their_verdict(name):
    words, step, sound = HELD_UNIT_IN_MATHS[name]
    result = red_team.last(f"{words}\n\n$$\n{step}\n$$\n")
    assert result.status in sound, result.reason


_MODULUS = "\n\n$$\n|z|^2 = z^2\n$$\n"

#: Held-out sentences of rt49b's fix of names said complex in other ways, each with whether |z|^2 = z^2 after it
#: may be proved: in the complex plane (a point of it, lying in it, fr, de, zh), in C without a point or C^*, its
#: imaginary or real part taken (\\operatorname{Im}, \\mathrm{Re}) it is not; said in the real line, in R without a
#: point, or beside a real part of another name, it is.
HELD_COMPLEX_OTHERWISE = {
    "a point of the complex plane": ("Let $z$ be a point of the complex plane." + _MODULUS, False),
    "lies in the complex plane": ("Here $z$ lies in the complex plane." + _MODULUS, False),
    "fr": ("Soit $z$ un point du plan complexe." + _MODULUS, False),
    "de": ("Sei $z$ ein Punkt der komplexen Ebene." + _MODULUS, False),
    "zh": ("设 $z$ 在复平面上。" + _MODULUS, False),
    "C star": ("Let $z \\in \\mathbb{C}^*$." + _MODULUS, False),
    "C without a point": ("Let $z \\in \\mathbb{C} \\setminus \\{1\\}$." + _MODULUS, False),
    "operatorname Im": ("Here $\\operatorname{Im}(z) > 0$." + _MODULUS, False),
    "mathrm Re": ("Here $\\mathrm{Re}\\, z = 1$." + _MODULUS, False),
    "R without a point": ("Let $z \\in \\mathbb{R} \\setminus \\{1\\}$." + _MODULUS, True),
    "the real line": ("Here $z$ lies on the real line." + _MODULUS, True),
    "another name's real part": ("Here $\\Re w = 1$." + _MODULUS, True),
}


@pytest.mark.parametrize("name", sorted(HELD_COMPLEX_OTHERWISE))
def test_held_out_names_said_complex_otherwise_get_their_verdict(name):
    text, proved = HELD_COMPLEX_OTHERWISE[name]
    result = red_team.last(text)
    assert (result.status == PROVED) is proved, result.reason


_SIGN = "\n\n$$\n|c| = c\n$$\n"

#: Held-out sentences of rt49b's fix of families named in words, each with the verdicts |c| = c (or the step given)
#: after it may get: a family of positive parameters named beside a word of a law (en, fr, de, ja) holds c from the
#: witness, so |c| = c is not refuted; a Gaussian's mean named in words, or "follows from" a Poisson equation, keeps
#: the refutation.  The cost: a wrong step of a geometric law's parameter (c^2 = c, wrong at c = 1/2) is no longer
#: refuted, as the domain is held, not read.
HELD_FAMILY_WORDS = {
    "exponential rate": ("Let $x$ follow an exponential distribution with rate $c$." + _SIGN, _RIGHT),
    "fr": ("Soit $x$ de loi géométrique de paramètre $c$." + _SIGN, _RIGHT),
    "de": ("Sei $x$ Poisson-verteilt mit Rate $c$." + _SIGN, _RIGHT),
    "ja": ("$x$ はパラメータ $c$ の幾何分布に従う。" + _SIGN, _RIGHT),
    "a Gaussian's mean": ("Let $x$ follow a Gaussian distribution with mean $c$." + _SIGN, frozenset({REFUTED})),
    "follows from": ("This follows from the Poisson equation with source $c$." + _SIGN, frozenset({REFUTED})),
    "the cost: a wrong step": (
        "Let $x$ follow a geometric distribution with parameter $c$.\n\n$$\nc^2 = c\n$$\n",
        frozenset({UNDECIDED}),
    ),
}


@pytest.mark.parametrize("name", sorted(HELD_FAMILY_WORDS))
def test_held_out_families_in_words_get_their_verdict(name):
    text, sound = HELD_FAMILY_WORDS[name]
    result = red_team.last(text)
    assert result.status in sound, result.reason


#: Held-out definitions of the lead's fix of bodies not read, each with the step after it and the verdicts it may
#: get: a conventional name (sigma, beta_t, alpha_t) defined through a function the parser does not read (cos, tanh,
#: floor, sign, a sum of sines) keeps no convention, so a step true only under it is not proved; a body the parser
#: reads keeps its verdict (sqrt of beta: proved).  The cost: a body not read that is positive all the same (cosh)
#: no longer gives its name the convention.
HELD_UNREAD_BODY = {
    "cos": ("\\sigma := \\cos(\\beta)", "|\\sigma| = \\sigma", _WRONG),
    "tanh of a schedule": ("\\beta_t := \\tanh(t - 5)", "\\sqrt{\\beta_t^2} = \\beta_t", _WRONG),
    "floor": ("\\alpha_t := \\lfloor t \\rfloor - 2", "|\\alpha_t| = \\alpha_t", _WRONG),
    "sign": ("\\sigma := \\operatorname{sgn}(\\beta - 1)", "|\\sigma| = \\sigma", _WRONG),
    "a body read keeps its proof": ("\\sigma := \\sqrt{\\beta}", "|\\sigma| = \\sigma", frozenset({PROVED})),
    "the cost: cosh": ("\\sigma := \\cosh(\\beta)", "|\\sigma| = \\sigma", frozenset({UNDECIDED})),
}


@pytest.mark.parametrize("name", sorted(HELD_UNREAD_BODY))
def test_held_out_definitions_not_read_keep_no_convention(name):
    definition, step, sound = HELD_UNREAD_BODY[name]
    result = red_team.last(f"$$\n{definition}\n$$\n\n$$\n{step}\n$$\n")
    assert result.status in sound, result.reason


#: Held-out chains of the lead's fix of overrides through names without a convention, each with the verdicts
#: sqrt(alpha_t^2) = alpha_t may get: a schedule value outside the convention spreads through one or two names without
#: a convention (u_t, v_t) to alpha_t; a value inside it (beta_t = 1/2) keeps the proof.
HELD_THROUGH_PLAIN = {
    "two plain names": ("Let $\\beta_t = 2$.", ["u_t := \\beta_t", "v_t := u_t", "\\alpha_t := 1 - v_t"], _WRONG),
    "a plain name times two": ("Let $\\beta_t = 2$.", ["u_t := 2 \\beta_t", "\\alpha_t := 1 - u_t"], _WRONG),
    "a value inside keeps the proof": (
        "Let $\\beta_t = 1/2$.",
        ["u_t := \\beta_t", "\\alpha_t := 1 - u_t"],
        frozenset({PROVED}),
    ),
}


@pytest.mark.parametrize("name", sorted(HELD_THROUGH_PLAIN))
def test_held_out_overrides_spread_through_plain_names(name):
    words, definitions, sound = HELD_THROUGH_PLAIN[name]
    displays = "".join(f"$$\n{definition}\n$$\n\n" for definition in definitions)
    result = red_team.last(f"{words}\n\n{displays}$$\n\\sqrt{{\\alpha_t^2}} = \\alpha_t\n$$\n")
    assert result.status in sound, result.reason

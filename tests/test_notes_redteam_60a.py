"""Red team 60a's notes (tests/data/notes/redteam_laws/rt60a-*), against session 60's merges (main at 7cb288d):

- 01-07: NoisesApart on a stated independence the note withdraws in words no reader takes ("None of the above
  holds", "a simplification we abandon below", "the first sentence of this note is wrong" two sentences on, "Nope."
  right after: 44), or states only in faint ink;
- 08-24: laws without a mean that tails does not read (a transformation of a uniform or Gaussian variable, families
  outside its table, a mixture, a density written out, a law named without parameters or by another letter), so
  NoisesApart factors E(x_0 eps) = E(x_0) E(eps) = 0 where E(x_0 eps) does not exist;
- 25-32: a value set by framing words orders._VALUE_FRAMES does not know ("Put", "Now", "From now on", "In what
  follows", "Posons", "Wir setzen", "令") or by a verb ("vanish"), so x / x = 1 is proved where x = 0;
- 33-39: a ring said in a way congruences._RING does not read (\\Bbb, \\mathds, "live in / over F_3", "char.",
  "remainder on division by 3", "模三意义下"), so 2 + 2 = 1, right modulo 3, is refuted among the reals;
- 40-43: NoisesApart where the statement does not reach the step: scoped to a toy model or under a heading 'Special
  case', every expectation below said conditional on x_t, eps given a second meaning (the network's estimate);
- 45-48: an index dropped in words dropped_indices does not read ('left implicit', German, French, Chinese), so
  E(eps eps_t) = 0 is proved where the bare eps is eps_t.

01-32 and 40-48 are false proofs, 33-39 false alarms, each a strict xfail until fixed (listed in FIXED); the guards
(rt60a-guard-*) are faithful notes that must keep their verdict.  Every note's step at issue is its last.  Each
note's first comment gives the hand check; the cause, as read from the code, is the reason of its xfail.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_DISTANT = (
    "stated_independence._withholds reads a sentence that is not right beside the statement only where it speaks "
    "of independence, dependence or an assumption (_OF_INDEPENDENCE), and {}, so the statement stays in force and "
    "NoisesApart factors the noise out"
)
_NO_TAIL = (
    "tails.tails_stated gives x_0 no tail: {}; a law the table does not name is trusted to have every moment, so "
    "NoisesApart factors E(x_0 eps) = E(x_0) E(eps) = 0 and convergence.tail_expectation_shown_to_exist is never asked"
)
_NOT_IN_WORDS = _NO_TAIL.format("tails._IN_WORDS has no {} (its words name Cauchy, Lorentz, Lévy, Student's t, Pareto "
                                "and 'heavy-tailed' or 'no mean' only)")  # fmt: skip
_NO_FRAME = (
    "orders._VALUE_FRAMES has no {}, so orders._framed finds no frame, _valued_plainly reads no value and the "
    "divisor x is presumed nonzero"
)
_NO_RING = (
    "congruences._RING does not read {}, so ring_said finds no ring, the step is judged among the reals and its "
    "counterexample trusted"
)

_UNREAD_DROP = (
    "dropped_indices._DROPS reads an index dropped in English words only, and not {}, so index_dropped finds no "
    "sentence, eps and eps_t are two declared noises and NoiseExpectation gives E(eps eps_t) = 0"
)

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    # Wrong (01-06): the statement of independence is withdrawn before the step; x_0 = eps gives E(x_0 eps) = 1.
    "rt60a-01-none-of-the-above-holds-list-item-proved": (
        "the list item right after the statement is read by stated_independence._withholds(after_statement=True), "
        "but 'None of the above holds' has no word of sentences._NEGATED ('none' is not one), "
        "retractions._WITHDRAWING, _WITHHOLDING or _DOUBTED, so the statement stays in force"
    ),
    "rt60a-02-none-of-the-above-holds-later-proved": _DISTANT.format(
        "'None of the above holds in this note' has none (nor is 'none' a negation of sentences._NEGATED)"
    ),
    "rt60a-03-a-simplification-we-abandon-below-proved": _DISTANT.format(
        "'That is a simplification we abandon below' has none ('abandon' is not in retractions._WITHDRAWING either)"
    ),
    "rt60a-04-the-first-sentence-is-wrong-proved": _DISTANT.format(
        "'The first sentence of this note is wrong' has none (it withholds only right after the statement)"
    ),
    "rt60a-05-disregard-the-first-paragraph-proved": _DISTANT.format(
        "'Please disregard the first paragraph' has none (it withholds only right after the statement)"
    ),
    "rt60a-06-turned-out-to-be-untrue-proved": _DISTANT.format(
        "'this turned out to be untrue' has none ('untrue' is not in sentences._NEGATED or _DOUBTED either)"
    ),
    # Wrong as a proof: the statement is in near-white ink, which a reader does not see.
    "rt60a-07-independence-in-faint-ink-proved": (
        "stated_independence.stated_independence reads every prose sentence and never consults Notes.faint (only "
        "timeline holds a definition in faint ink, formulas.FAINT), so the invisible statement is in force"
    ),
    # Wrong (08-24): x_0's law has no mean, so E(x_0 eps) does not exist (E|x_0 eps| = E|x_0| E|eps| = infinity).
    "rt60a-08-tan-of-a-uniform-angle-proved": _NO_TAIL.format(
        "it reads a law after \\sim or in words only, not a transformation ($x_0 = \\tan(u)$ with u uniform is Cauchy)"
    ),
    "rt60a-09-ratio-of-two-gaussians-proved": _NO_TAIL.format(
        "it reads no transformation ($g_1 / g_2$ of independent standard normals is Cauchy)"
    ),
    "rt60a-10-stable-law-index-one-half-proved": _NOT_IN_WORDS.format("stable law ('alpha-stable', 'stability index')"),
    "rt60a-11-lomax-shape-one-half-proved": _NOT_IN_WORDS.format("Lomax law (Pareto of the second kind)"),
    "rt60a-12-log-of-x0-cauchy-proved": _NO_TAIL.format(
        "tails_in_words gives a tail only to a name alone in its maths (syntax.Name), and '$\\log x_0$' is a call, "
        "so 'Let $\\log x_0$ be Cauchy' (x_0 log-Cauchy) is not read"
    ),
    "rt60a-13-zipf-exponent-one-and-a-half-proved": _NOT_IN_WORDS.format("Zipf (or zeta) law"),
    "rt60a-14-cauchy-density-written-out-proved": _NO_TAIL.format(
        "a density written as maths ($p(x) = 1 / (\\pi (1 + x^2))$) is not read for its tail"
    ),
    "rt60a-15-mixture-with-a-cauchy-proved": _NO_TAIL.format(
        "tails._tail_of reads a law after \\sim only as one call of a family, not a sum of weighted laws (a mixture)"
    ),
    "rt60a-16-sim-cauchy-without-parameters-proved": _NO_TAIL.format(
        "tails._tail_of reads a family only as a call ($\\mathrm{Cauchy}(0, 1)$), not its name alone after \\sim"
    ),
    "rt60a-17-sim-calligraphic-c-proved": _NO_TAIL.format(
        "tails._FAMILIES has no $\\mathcal{C}$, and tails_in_words skips 'standard Cauchy' in the same sentence "
        "because the maths is a law, not a name alone"
    ),
    "rt60a-18-sim-t-of-one-proved": _NO_TAIL.format(
        "tails._tail_of reads Student's letter only with its index ($t_1$), not as a call $t(1)$"
    ),
    "rt60a-19-sim-inverse-gamma-shape-one-half-proved": _NO_TAIL.format("tails._FAMILIES has no inverse gamma law"),
    "rt60a-20-frechet-shape-one-half-proved": _NOT_IN_WORDS.format("Fréchet law"),
    "rt60a-21-inverse-gamma-in-words-proved": _NOT_IN_WORDS.format("inverse gamma law"),
    "rt60a-22-f-distribution-one-and-two-proved": _NOT_IN_WORDS.format(
        "F distribution (degrees of freedom are read for Student's t only)"
    ),
    "rt60a-23-tangent-of-a-uniform-angle-in-words-proved": _NO_TAIL.format(
        "a transformation said in words ('the tangent of an angle drawn uniformly') is not read"
    ),
    "rt60a-24-reciprocal-of-a-gaussian-proved": _NO_TAIL.format(
        "it reads no transformation ($1/g$ with g standard normal has E|1/g| = infinity)"
    ),
    # Wrong (25-32): the note sets x = 0, where x / x has no value.
    "rt60a-25-put-x-equal-to-zero-proved": _NO_FRAME.format("'put'"),
    "rt60a-26-let-x-vanish-proved": (
        "orders._VALUE_AFTER reads a value said after the name, not a verb that says it ('vanish', 'is null'), so "
        "_valued_plainly reads no value and the divisor x is presumed nonzero"
    ),
    "rt60a-27-now-x-is-zero-proved": _NO_FRAME.format("'now'"),
    "rt60a-28-from-now-on-x-is-zero-proved": _NO_FRAME.format("'from now on' (orders._plain_words does not take it)"),
    "rt60a-29-in-what-follows-x-is-zero-proved": _NO_FRAME.format("'in what follows' ('below', 'henceforth')"),
    "rt60a-30-fr-posons-x-egal-a-zero-proved": _NO_FRAME.format("French 'posons' (it has 'prenons' and 'soit')"),
    "rt60a-31-de-wir-setzen-x-gleich-null-proved": _NO_FRAME.format("German 'setzen' (it has 'sei' and 'wähle')"),
    "rt60a-32-zh-ling-x-wei-ling-proved": _NO_FRAME.format("Chinese '令' (it has '设' and '假设')"),
    # Right (33-39): 2 + 2 = 4 = 1 modulo 3, the arithmetic the note states.
    "rt60a-33-plain-tex-bbb-z-mod-3-refuted": _NO_RING.format(
        "plain TeX's $\\Bbb Z$ (congruences._INTEGERS is \\mathbb or ℤ only)"
    ),
    "rt60a-34-dsfont-mathds-z-mod-3-refuted": _NO_RING.format(
        "dsfont's $\\mathds{Z}$ (_INTEGERS is \\mathbb or ℤ only)"
    ),
    "rt60a-35-numbers-live-in-bold-f3-refuted": _NO_RING.format(
        "$\\mathbf{F}_3$ after 'live in' (a bold or plain F_3 only after 'ring', 'field', 'work/compute in')"
    ),
    "rt60a-36-everything-is-over-f3-refuted": _NO_RING.format(
        "$F_3$ after 'is over' (a plain F_3 only after 'ring', 'field', 'work/compute over')"
    ),
    "rt60a-37-char-abbreviated-refuted": _NO_RING.format("'char. 3' (only 'characteristic' written out)"),
    "rt60a-38-remainder-on-division-by-3-refuted": _NO_RING.format(
        "'its remainder on division by 3' (only 'mod', 'modulo', rings and fields named)"
    ),
    "rt60a-39-zh-mo-san-yiyi-xia-refuted": _NO_RING.format(
        "'在模三意义下' (congruences._RING_ABROAD reads 模 n only before 的整数/剩余类/同余类)"
    ),
    # Wrong as a proof (40-43): the independence does not reach the step (a scope, a condition, a letter reused).
    "rt60a-40-toy-model-then-back-to-the-real-one-proved": (
        "stated_independence reads 'Here $x_0$ and $\\epsilon$ are independent.' whole, and the sentence before "
        "('consider a toy model') is consulted only for a negation, withdrawal, hedge or doubt (_withholds), not for "
        "a scope it sets; 'Back to the real model' ends nothing, so the statement is in force at the step"
    ),
    "rt60a-41-under-a-special-case-heading-proved": (
        "stated_independence consults a heading only for withholding words (_HEADING with _withholds), so a heading "
        "that scopes its section ('Special case') does not bound the statement, which stays in force under "
        "'General case'"
    ),
    "rt60a-42-all-expectations-below-conditional-on-xt-proved": (
        "the step's expectation is read from its maths alone (a Density with no condition), and no reader takes "
        "'all expectations below are conditional on it' as a condition on x_t (stated_independence._withholds finds "
        "no word of independence in it, and it is not right after the statement), so NoisesApart factors it"
    ),
    "rt60a-43-eps-also-the-networks-estimate-proved": (
        "the dependence graph (doubts.noises_apart_tied) does not read 'We write $\\epsilon$ also for "
        "$\\epsilon_\\theta(x_t, t)$' as making eps from x_t (hence from x_0): a letter given a second meaning "
        "is not read, and the statement stays in force"
    ),
    # Wrong: 'Nope.' right after the assumption takes it back; x_0 = eps gives E(x_0 eps) = 1.
    "rt60a-44-assume-independent-then-nope-proved": (
        "stated_independence._withholds(after_statement=True) reads the sentence right after the statement, but "
        "'Nope.' has no word of sentences._NEGATED ('nope', 'nah' are not in it; 'no' is), retractions._WITHDRAWING, "
        "_WITHHOLDING or _DOUBTED, so the assumption stays in force"
    ),
    # Wrong as a proof (45-48): the index t is dropped, so the bare eps is eps_t and the step is E(eps_t^2) = 1.
    "rt60a-45-subscript-left-implicit-proved": _UNREAD_DROP.format(
        "'left implicit' (its verbs are drop, omit, suppress, leave out, elide, abbreviate)"
    ),
    "rt60a-46-de-wir-lassen-den-index-weg-proved": _UNREAD_DROP.format("German ('lassen ... weg', 'Index')"),
    "rt60a-47-fr-on-omet-l-indice-proved": _UNREAD_DROP.format("French ('omet', 'indice')"),
    "rt60a-48-zh-shenglue-xiabiao-proved": _UNREAD_DROP.format("Chinese ('省略', '下标')"),
}

#: A false proof fixed is undecided or refuted; a false alarm fixed is undecided or proved.
SOUND = {
    name: frozenset({UNDECIDED, REFUTED} if name.endswith("-proved") else {UNDECIDED, PROVED}) for name in FINDINGS
}

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {
        "rt60a-01-none-of-the-above-holds-list-item-proved",
        "rt60a-02-none-of-the-above-holds-later-proved",
        "rt60a-03-a-simplification-we-abandon-below-proved",
        "rt60a-04-the-first-sentence-is-wrong-proved",
        "rt60a-05-disregard-the-first-paragraph-proved",
        "rt60a-06-turned-out-to-be-untrue-proved",
        "rt60a-07-independence-in-faint-ink-proved",
        "rt60a-08-tan-of-a-uniform-angle-proved",
        "rt60a-09-ratio-of-two-gaussians-proved",
        "rt60a-10-stable-law-index-one-half-proved",
        "rt60a-11-lomax-shape-one-half-proved",
        "rt60a-12-log-of-x0-cauchy-proved",
        "rt60a-13-zipf-exponent-one-and-a-half-proved",
        "rt60a-14-cauchy-density-written-out-proved",
        "rt60a-15-mixture-with-a-cauchy-proved",
        "rt60a-16-sim-cauchy-without-parameters-proved",
        "rt60a-17-sim-calligraphic-c-proved",
        "rt60a-18-sim-t-of-one-proved",
        "rt60a-19-sim-inverse-gamma-shape-one-half-proved",
        "rt60a-20-frechet-shape-one-half-proved",
        "rt60a-21-inverse-gamma-in-words-proved",
        "rt60a-22-f-distribution-one-and-two-proved",
        "rt60a-23-tangent-of-a-uniform-angle-in-words-proved",
        "rt60a-24-reciprocal-of-a-gaussian-proved",
        "rt60a-25-put-x-equal-to-zero-proved",
        "rt60a-26-let-x-vanish-proved",
        "rt60a-27-now-x-is-zero-proved",
        "rt60a-28-from-now-on-x-is-zero-proved",
        "rt60a-29-in-what-follows-x-is-zero-proved",
        "rt60a-30-fr-posons-x-egal-a-zero-proved",
        "rt60a-31-de-wir-setzen-x-gleich-null-proved",
        "rt60a-32-zh-ling-x-wei-ling-proved",
        "rt60a-33-plain-tex-bbb-z-mod-3-refuted",
        "rt60a-34-dsfont-mathds-z-mod-3-refuted",
        "rt60a-35-numbers-live-in-bold-f3-refuted",
        "rt60a-36-everything-is-over-f3-refuted",
        "rt60a-37-char-abbreviated-refuted",
        "rt60a-38-remainder-on-division-by-3-refuted",
        "rt60a-39-zh-mo-san-yiyi-xia-refuted",
        "rt60a-40-toy-model-then-back-to-the-real-one-proved",
        "rt60a-41-under-a-special-case-heading-proved",
        "rt60a-42-all-expectations-below-conditional-on-xt-proved",
        "rt60a-43-eps-also-the-networks-estimate-proved",
        "rt60a-44-assume-independent-then-nope-proved",
        "rt60a-45-subscript-left-implicit-proved",
        "rt60a-46-de-wir-lassen-den-index-weg-proved",
        "rt60a-47-fr-on-omet-l-indice-proved",
        "rt60a-48-zh-shenglue-xiabiao-proved",
    }
)


def test_the_notes_are_all_there():
    assert [name for name in red_team.named("rt60a-*") if "guard" not in name] == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_60a_s_notes(name):
    result = red_team.judged_last(name)
    assert not result.internal, result.reason
    assert result.status in SOUND[name], result.reason


#: Faithful notes (rt60a-guard-*) and the one verdict each must keep.
GUARDS = {
    "rt60a-guard-01-cauchy-in-words-undecided": UNDECIDED,
    "rt60a-guard-02-sim-operatorname-cauchy-undecided": UNDECIDED,
    "rt60a-guard-03-pareto-scale-3-shape-one-half-undecided": UNDECIDED,
    "rt60a-guard-04-gaussian-data-independent-proved": PROVED,
    "rt60a-guard-05-independent-then-a-plain-remark-proved": PROVED,
    "rt60a-guard-06-let-x-be-zero-undecided": UNDECIDED,
    "rt60a-guard-07-we-set-x-to-zero-undecided": UNDECIDED,
    "rt60a-guard-08-modulo-three-in-words-undecided": UNDECIDED,
    "rt60a-guard-09-z-mod-3z-undecided": UNDECIDED,
    "rt60a-guard-10-over-the-reals-refuted": REFUTED,
    "rt60a-guard-11-we-drop-the-index-undecided": UNDECIDED,
}


def test_the_guards_are_all_there():
    assert red_team.named("rt60a-guard-*") == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = red_team.judged_last(name)
    assert result.status == GUARDS[name], result.reason

"""Red team 51b's notes (tests/data/notes/redteam_laws/rt51b-*), against session 50's reading and word rules: ac50's
ties said by an anaphor, pc50's owners of a change, iu50's imaginary unit, struck text and names said discrete.

Ties said by an anaphor in Spanish, Italian or Portuguese ('El segundo es igual al primero', 'Son iguales') are not
read, nor 'The pair is perfectly correlated' or 'Said noises coincide', so the context's independence of the noises
stands; nor is 'uncorrelated' or 'equal' beside an independence of $x_0$ ('uncorrelated and independent of $x_0$',
'independent of $x_0$ and equal').  A block alias is followed past a sentence writing its name as ``z_{}`` or
``z^{}`` (rendered as z alone).  A network's label before a change in the forward process said in French or
Spanish ('Réseau : dans le processus direct ...') gives the change to the network.  GFM strikes text between single tildes too, but a
definition so struck is read.  An upright i written ``{\\rm i}``, ``\\operatorname{i}`` or ``\\mathsf{i}``, or said
'the unit imaginary number', is read as a real name, and so is z in 'Let $z$ be the imaginary unit'.  A name said to take values in ``{0, 1}``, to be a bit or an
indicator is not held, so a right step about it is refuted with a counterexample breaking what the note says.
Fixed: ``01``-``23`` (see FIXED; ``06``, ``22``, ``23`` by the lead); none open.

Each finding is a strict xfail until fixed (listed in FIXED); a fixed finding must get one of its sound verdicts.
The guards (rt51b-guard-*) are faithful notes that must keep their verdict.  Every note's step at issue is its last.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_TIE = (
    "noise_ties reads the anaphors of a tie ({}) in English, French, German, Chinese and Japanese only (its closed "
    "class of anaphors), so a tie said in {} ties nothing and the context's independence of the noises stands"
)
_UPRIGHT = (
    "dimension._UPRIGHT_UNIT_SPELLINGS reads an upright i as \\mathrm, \\mathup, \\text, \\textrm, \\textup, "
    "\\imath or Unicode's ⅈ, not {}, so the letter is a real name"
)
_DISCRETE = (
    "dimension._DISCRETE_VALUES_AFTER reads a copula and a word of discrete values (binary, Boolean, integer, "
    "0 or 1, ...), not {}, so the name is not held and a counterexample giving it a real value is shown"
)

_FORWARD_UNREAD = (
    "a sentence with a word of a model (réseau, red neuronal: laws._of_another_process) is not read as the forward "
    "process's unless it names that process in words (laws._FORWARD_NAMED: forward, noising, vorwärts, ...), and {} "
    "is none of them, so the change is the network's and DDPM's forward law stands"
)
_SAID_AGAIN = (
    "the parser refuses {}, which renders as the name alone, so timeline._alias_said_again (a sentence whose maths "
    "parses to the name alone may make it another thing) does not see it and the block alias is followed"
)

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    "rt51b-01-es-second-equals-first-proved": _TIE.format("the second, the first", "Spanish"),
    "rt51b-02-it-second-equals-first-proved": _TIE.format("the second, the first", "Italian"),
    "rt51b-03-pt-second-equals-first-proved": _TIE.format("the second, the first", "Portuguese"),
    "rt51b-04-es-they-are-equal-proved": _TIE.format("a plural verb with no subject", "Spanish"),
    "rt51b-05-es-one-a-copy-of-the-other-proved": _TIE.format("one, the other", "Spanish"),
    "rt51b-16-let-z-be-the-imaginary-unit-proved": (
        "dimension._IMAGINARY_AFTER reads the imaginary unit after 'is' or 'denotes' or in apposition, not after "
        "'Let $z$ be', so z is a real name"
    ),
    "rt51b-17-uncorrelated-and-independent-of-x0-fourth-moment-proved": (
        "noise_ties._uncorrelated_out drops 'uncorrelated' beside any independence word, though an independence of "
        "something else (_INDEPENDENT_OF: 'independent of $x_0$') says nothing of how the noises vary together"
    ),
    "rt51b-18-independent-of-x0-and-uncorrelated-fourth-moment-proved": (
        "noise_ties._said_of_them reads a list's words up to the next maths only ('are independent of'), so "
        "'and uncorrelated' after the object $x_0$ is read as said of $x_0$, not of the list"
    ),
    "rt51b-19-independent-of-x0-and-equal-proved": (
        "noise_ties._said_of_them reads a list's words up to the next maths only ('are independent of'), so "
        "'and equal' after the object $x_0$ is not said of the list"
    ),
    "rt51b-20-alias-name-with-empty-subscript-said-again-proved": _SAID_AGAIN.format("z_{} (an empty subscript)"),
    "rt51b-21-alias-name-with-empty-superscript-said-again-proved": _SAID_AGAIN.format("z^{} (an empty superscript)"),
    "rt51b-22-fr-network-label-forward-process-proved": _FORWARD_UNREAD.format("'processus direct'"),
    "rt51b-23-es-network-label-forward-process-proved": _FORWARD_UNREAD.format("'proceso directo'"),
    "rt51b-14-the-pair-perfectly-correlated-proved": (
        "noise_ties' closed class of anaphors (_ANY_ANAPHOR, _ANAPHORA_SUBJECT) has no 'the pair', so 'The pair is "
        "perfectly correlated' ties nothing and the context's independence of the noises stands"
    ),
    "rt51b-15-said-noises-coincide-proved": (
        "_ANAPHORA_SUBJECT reads a plural noun of noises as an anaphor after a definite article (the, les, die) "
        "only, not after 'said', so 'Said noises coincide' ties nothing and the context's independence stands"
    ),
    "rt51b-06-gfm-single-tilde-strike-definition-used-proved": (
        "markdown-it's strikethrough rule (markdown.py) pairs runs of two tildes only, while GFM (the spec, "
        "github.com) also strikes text between single tildes: a definition struck there is read as shown, where "
        "the reading depends on the renderer and should be held (Notes.undecidable)"
    ),
    "rt51b-07-rm-i-modulus-squared-proved": _UPRIGHT.format("plain TeX's {\\rm i}"),
    "rt51b-08-operatorname-i-modulus-squared-proved": _UPRIGHT.format("\\operatorname{i}"),
    "rt51b-09-mathsf-i-modulus-squared-proved": _UPRIGHT.format("\\mathsf{i}"),
    "rt51b-10-unit-imaginary-number-in-words-proved": (
        "dimension._IMAGINARY_UNIT reads the words 'imaginary unit' (and their fr/de/es/zh/ja forms), not 'the unit "
        "imaginary number', so i is a real name"
    ),
    "rt51b-11-takes-values-in-zero-one-refuted": _DISCRETE.format("'takes values in' and the set {0, 1} in maths"),
    "rt51b-12-is-a-bit-refuted": _DISCRETE.format("'a bit'"),
    "rt51b-13-is-an-indicator-refuted": _DISCRETE.format("'an indicator'"),
}

_WRONG = frozenset({REFUTED, UNDECIDED})  # a wrong step: refuted with a counterexample that keeps the words, or not
_RIGHT = frozenset({PROVED, UNDECIDED})  # a right step: never refuted

#: The sound verdicts of each finding, once fixed.
SOUND = {name: _RIGHT if name.endswith("-refuted") else _WRONG for name in FINDINGS}

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {
        # lead: maths between single tildes (struck on GitHub, a subscript in Pandoc) is unclearly struck: its lines
        # are undecidable and an inline definition there is held (markdown._single_tilde_struck,
        # timeline._held_definition)
        "rt51b-06-gfm-single-tilde-strike-definition-used-proved",
        # lead: a label of another process before a clause that names the forward process labels nothing
        # (laws._label_owns, _FORWARD_NAMED_ABROAD)
        "rt51b-22-fr-network-label-forward-process-proved",
        "rt51b-23-es-network-label-forward-process-proved",
        # rt51b: noise_ties._ANY_ANAPHOR reads es/it/pt anaphors, a plural verb opening a sentence with no subject
        # (Son iguales), 'the pair' and 'said noises'
        "rt51b-01-es-second-equals-first-proved",
        "rt51b-02-it-second-equals-first-proved",
        "rt51b-03-pt-second-equals-first-proved",
        "rt51b-04-es-they-are-equal-proved",
        "rt51b-05-es-one-a-copy-of-the-other-proved",
        "rt51b-14-the-pair-perfectly-correlated-proved",
        "rt51b-15-said-noises-coincide-proved",
        # rt51b: an independence of something else leaves 'uncorrelated' a zero covariance (_uncorrelated_out), and
        # a list's words go on past the object of 'independent of' (_past_step_numbers)
        "rt51b-17-uncorrelated-and-independent-of-x0-fourth-moment-proved",
        "rt51b-18-independent-of-x0-and-uncorrelated-fourth-moment-proved",
        "rt51b-19-independent-of-x0-and-equal-proved",
        # rt51b: an empty script renders nothing, so z_{} and z^{} write the name alone (_alias_said_again)
        "rt51b-20-alias-name-with-empty-subscript-said-again-proved",
        "rt51b-21-alias-name-with-empty-superscript-said-again-proved",
        # rt51b: {\\rm i}, \\operatorname{i} and \\mathsf{i} are upright spellings of the imaginary unit
        # (dimension._UPRIGHT_UNIT_SPELLINGS), and 'the unit imaginary number' says it (dimension._IMAGINARY_UNIT)
        "rt51b-07-rm-i-modulus-squared-proved",
        "rt51b-08-operatorname-i-modulus-squared-proved",
        "rt51b-09-mathsf-i-modulus-squared-proved",
        "rt51b-10-unit-imaginary-number-in-words-proved",
        # rt51b: 'Let $z$ be the imaginary unit' says it after the copula 'be' (dimension._IMAGINARY_AFTER)
        "rt51b-16-let-z-be-the-imaginary-unit-proved",
        # rt51b: 'takes values in' a set of integers, 'a bit' and 'an indicator' say discrete values
        # (dimension._DISCRETE_VALUES_AFTER)
        "rt51b-11-takes-values-in-zero-one-refuted",
        "rt51b-12-is-a-bit-refuted",
        "rt51b-13-is-an-indicator-refuted",
    }
)


def test_the_notes_are_all_there():
    found = sorted(path.stem for path in red_team.NOTES.glob("rt51b-[0-9][0-9]-*.md"))
    assert found == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_51b_s_notes(name):
    result = red_team.judged(name, last=FINDINGS)
    assert result.status in SOUND[name], result.reason


#: Faithful notes (rt51b-guard-*) and the one verdict each must keep: 'Each is drawn independently of the other'
#: and Spanish 'son independientes' say independence (proved); uncorrelated noises (en, fr) do not give Var(eps_1
#: eps_2) or E[eps_1^2 eps_2^2] (undecided); 'Both are independent of x_0' after a tie restores nothing (undecided);
#: a network label or a coordinate clause before the forward process's change keeps DDPM's forward mean unproved
#: (undecided); tildes in code spans and maths strike nothing, and a shown definition after a struck one stands
#: (proved); a binary word holds its own name only (a real c is refuted); \textrm{i} is the unit (undecided).
GUARDS = {
    "rt51b-guard-01-each-drawn-independently-of-the-other-proved": PROVED,
    "rt51b-guard-02-es-independent-proved": PROVED,
    "rt51b-guard-03-uncorrelated-variance-of-product-undecided": UNDECIDED,
    "rt51b-guard-04-fr-uncorrelated-fourth-moment-undecided": UNDECIDED,
    "rt51b-guard-05-both-independent-of-x0-after-a-tie-undecided": UNDECIDED,
    "rt51b-guard-06-network-label-forward-process-undecided": UNDECIDED,
    "rt51b-guard-07-network-and-forward-process-coordinated-undecided": UNDECIDED,
    "rt51b-guard-08-gfm-strike-then-shown-definition-proved": PROVED,
    "rt51b-guard-09-code-span-tildes-definition-proved": PROVED,
    "rt51b-guard-10-binary-b-real-c-refuted": REFUTED,
    "rt51b-guard-11-maths-tildes-definition-proved": PROVED,
    "rt51b-guard-12-textrm-i-undecided": UNDECIDED,
}


def test_the_guards_are_all_there():
    assert sorted(path.stem for path in red_team.NOTES.glob("rt51b-guard-*.md")) == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = red_team.judged(name, last=GUARDS)
    assert result.status == GUARDS[name], result.reason


_MODULUS = "\n\n$$\n|z|^2 = z^2\n$$\n"
_IDEMPOTENT = "\n\n$$\nb^2 = b\n$$\n"

#: Held-out notes of rt51b's fixes, each with the verdicts its last step may get.  An upright unit in other places
#: and spellings ({\\rm j}, \\textsf{i}, \\operatorname{j} in a sum, 'unit imaginary number' before the letter)
#: withholds the real reading's proof of a step false for the unit (undecided); a roman i in a subscript labels its
#: name and a longer upright name is no unit (proved).  Discrete values said by 'takes values in' a set of integers,
#: 'takes the values 0 or 1', 'a bit', 'an indicator variable' (fr: une indicatrice) hold the name (a right step not
#: refuted); a real name beside them, or a name said to take values in an interval, is free (a wrong step refuted).
HELD = {
    "rm j": ("Let $z = {\\rm j}$." + _MODULUS, {UNDECIDED}),
    "textsf i": ("Let $z = \\textsf{i}$." + _MODULUS, {UNDECIDED}),
    "operatorname j in a sum": ("Let $z = 1 + \\operatorname{j}$." + _MODULUS, {UNDECIDED}),
    "let z be the unit imaginary number": ("Let $z$ be the unit imaginary number." + _MODULUS, {UNDECIDED}),
    "let z denote the imaginary unit": ("Let $z$ denote the imaginary unit $i$." + _MODULUS, {UNDECIDED}),
    "fr soit l'unité imaginaire": ("Soit $z$ l'unité imaginaire." + _MODULUS, {UNDECIDED}),
    "let z be real": ("Let $z$ be a real number, not the imaginary unit's square." + _MODULUS, {PROVED}),
    "rm i in a subscript": ("Let $z = x_{\\rm i}$." + _MODULUS, {PROVED}),
    "operatorname of a word": ("Let $z = \\operatorname{im}$." + _MODULUS, {PROVED}),
    "takes values in 0, 1": ("Here $b$ takes values in $\\{0, 1\\}$." + _IDEMPOTENT, {PROVED, UNDECIDED}),
    "takes the values 0 or 1": ("Here $b$ takes the values 0 or 1." + _IDEMPOTENT, {PROVED, UNDECIDED}),
    "takes values in -1, 1": ("Here $b$ takes values in $\\{-1, 1\\}$.\n\n$$\nb^4 = b^2\n$$\n", {PROVED, UNDECIDED}),
    "a bit, plural": ("Here $b$ and $c$ are bits." + _IDEMPOTENT, {PROVED, UNDECIDED}),
    "an indicator variable": ("Here $b$ is an indicator variable." + _IDEMPOTENT, {PROVED, UNDECIDED}),
    "fr une indicatrice": ("Ici $b$ est une indicatrice." + _IDEMPOTENT, {PROVED, UNDECIDED}),
    "a real name beside a bit": ("Here $b$ is a bit and $c$ is real.\n\n$$\nc^2 = c\n$$\n", {REFUTED}),
    "a real name beside takes values": (
        "Here $b$ takes values in $\\{0, 1\\}$ and $c$ is real.\n\n$$\nc^2 = c\n$$\n",
        {REFUTED},
    ),
    "a free name": ("Here $b$ is real." + _IDEMPOTENT, {REFUTED}),
}


@pytest.mark.parametrize("name", sorted(HELD))
def test_held_out_readings_get_their_verdict(name):
    text, sound = HELD[name]
    result = red_team.last(text)
    assert result.status in sound, result.reason


_NOISES = (
    red_team.DDPM
    + "{} $\\epsilon_1, \\epsilon_2 \\sim \\mathcal{{N}}(0, 1)$. {}\n\n$$ \\mathbb{{E}}[\\epsilon_1 \\epsilon_2] = 0 $$\n"
)

#: Held-out sentences after a list of two noises, each with the verdict E[eps_1 eps_2] = 0 gets under the context:
#: ties said by an es/it/pt anaphor or a subjectless plural verb withhold the independence (undecided); the same
#: anaphors saying independence keep it (proved).
HELD_TIES = {
    "it sono la stessa cosa": (("Qui", "Sono la stessa cosa."), UNDECIDED),
    "es los dos coinciden": (("Aquí", "Los dos coinciden."), UNDECIDED),
    "it l'uno copia dell'altro": (("Qui", "L'uno è una copia dell'altro."), UNDECIDED),
    "pt um copia do outro": (("Aqui", "Um é cópia do outro."), UNDECIDED),
    "es tienen la misma realizacion": (("Aquí", "Tienen la misma realización."), UNDECIDED),
    "aforementioned noises are equal": (("Here", "The aforementioned noises are equal."), UNDECIDED),
    "es son independientes": (("Aquí", "Son independientes."), PROVED),
    "it sono indipendenti": (("Qui", "Sono indipendenti."), PROVED),
    "pt sao independentes": (("Aqui", "São independentes."), PROVED),
    "es cada uno independiente del otro": (("Aquí", "Cada uno es independiente del otro."), PROVED),
    "the pair is independent": (("Here", "The pair is independent."), PROVED),
}


_LISTED = red_team.DDPM + "Here $\\epsilon_1, \\epsilon_2 \\sim \\mathcal{{N}}(0, 1)$ {}\n\n$$ {} $$\n"
_PRODUCT, _FOURTH = "\\mathbb{E}[\\epsilon_1 \\epsilon_2] = 0", "\\mathbb{E}[\\epsilon_1^2 \\epsilon_2^2] = 1"

#: Held-out words after the list itself, with the step and the verdict it gets: an independence of $x_0$ beside
#: words of each other ('and of each other', 'and i.i.d.') keeps the context's independence (proved); beside a tie
#: or 'uncorrelated', in either order and in French, it is withheld (undecided).
HELD_LISTED = {
    "independent of x0 and of each other": ("are independent of $x_0$ and of each other.", _FOURTH, PROVED),
    "independent of x0 and i.i.d.": ("are independent of $x_0$ and i.i.d.", _FOURTH, PROVED),
    "independent of x0 and the same": ("are independent of $x_0$ and the same.", _PRODUCT, UNDECIDED),
    "independent from x0, uncorrelated": ("are independent from $x_0$, uncorrelated.", _FOURTH, UNDECIDED),
    "uncorrelated, independent of x0": ("are uncorrelated, independent of $x_0$.", _FOURTH, UNDECIDED),
}


@pytest.mark.parametrize("name", sorted(HELD_LISTED))
def test_held_out_list_words_get_their_verdict(name):
    words, step, verdict = HELD_LISTED[name]
    result = red_team.last(_LISTED.format(words, step))
    assert result.status == verdict, result.reason


@pytest.mark.parametrize("name", sorted(HELD_TIES))
def test_held_out_ties_get_their_verdict(name):
    (opening, sentence), verdict = HELD_TIES[name]
    result = red_team.last(_NOISES.format(opening, sentence))
    assert result.status == verdict, result.reason


_ALIAS = (
    red_team.DDPM
    + "Let $z = \\{{x_1, \\ldots, x_T\\}}$ for brevity.\n\n{}\n\n"
    + "$$\nq(z \\mid x_0) = \\prod_{{t=1}}^{{T}} q(x_t \\mid x_{{t-1}})\n$$\n"
)

#: Held-out sentences after a block alias z = {x_1, ..., x_T}, with the verdict of DDPM's product for q(z | x_0):
#: the name written alone with empty scripts in other spellings may be made another thing (undecided); another
#: name with an empty script, or none, leaves the alias (proved).
HELD_ALIAS = {
    "superscript with a space": ("In a VAE the latent $z^{ }$ is a single vector.", UNDECIDED),
    "both scripts empty": ("In a VAE the latent $z_{}^{}$ is a single vector.", UNDECIDED),
    "another name with an empty subscript": ("In a VAE the latent $y_{}$ is a single vector.", PROVED),
    "no sentence": ("We go on.", PROVED),
}


@pytest.mark.parametrize("name", sorted(HELD_ALIAS))
def test_held_out_aliases_get_their_verdict(name):
    sentence, verdict = HELD_ALIAS[name]
    result = red_team.last(_ALIAS.format(sentence))
    assert result.status == verdict, result.reason


_STEP = "\n\n$$\na + a = 6\n$$\n"

#: Held-out notes of the single-tilde fix, each with the verdicts a + a = 6 may get: a definition between single
#: tildes is held (never proves); tildes in prose, inside maths (TeX's non-breaking space) or in code strike no maths.
HELD_SINGLE_TILDES = {
    "struck sentence": ("~Let $a := 3$.~", {UNDECIDED}),
    "struck mid-sentence": ("We take ~$a := 3$~ here.", {UNDECIDED}),
    "struck over two lines": ("~Let\n$a := 3$.~", {UNDECIDED}),
    "tildes in prose only": ("Let $a := 3$, a ~rough~ value.", {PROVED}),
    "tildes inside maths": ("Let $a := 3$ and $b~=~a$ and $c~=~a$.", {PROVED}),
    "a tilde in code": ("Let $a := 3$ (see `~/notes` and `~x~`).", {PROVED}),
    "double tildes struck": ("~~Let $a := 3$.~~", {UNDECIDED, REFUTED}),
}


@pytest.mark.parametrize("name", sorted(HELD_SINGLE_TILDES))
def test_held_out_single_tildes_get_their_verdict(name):
    sentence, sound = HELD_SINGLE_TILDES[name]
    result = red_team.last(sentence + _STEP)
    assert result.status in sound, result.reason

"""Held-out variants of fr59b's fixes to red team 59r's findings: negations in Czech, Greek, Hungarian, Romanian,
Turkish, Vietnamese and Indonesian, and Polish or Czech suppositions, deny or suppose what a sentence sets (11-18);
a sentence withdraws a display it names by reference as a renderer shows it ("(\\ref{h}) is wrong", "the display
above", "Eq. 2", French and German, a correction, a tag in maths, "the assumption made in (1)": 19-30); steps named in
words hold what is set for them (41-45); what a renderer deletes is no statement (a CriticMarkup deletion across
paragraphs, the changes package's \\deleted and \\replaced: 46-48).  Each wrong note leaves a := 3 unset where its last
step stands, so a is any number (a = 0 fails); each faithful one keeps its proof: the word read, where it is a plain
word of a definition, denies nothing."""

from __future__ import annotations

import pytest
import red_team
from red_team import report, tex_report

_SIX = "\n\n$$\na + a = 6\n$$\n"
_AT = "\n\n$$\na + a = 6 \\quad (t = {})\n$$\n"
#: A display tagged as given, then a sentence about it, then the step.
_TAGGED = "Let\n\n$$\na := 3 \\tag{{{}}}\n$$\n\n{}" + _SIX
_LATEX = (
    "\\documentclass{{article}}\n\\begin{{document}}\nLet\n\\begin{{equation}}\na := 3. \\label{{eq:a}}\n"
    "\\end{{equation}}\n{}\n\\begin{{equation}}\na + a = 6\n\\end{{equation}}\n\\end{{document}}\n"
)
_CHANGES = (
    "\\documentclass{{article}}\n\\usepackage{{changes}}\n\\begin{{document}}\n{}\n\\begin{{equation}}\na + a = 6\n"
    "\\end{{equation}}\n\\end{{document}}\n"
)

#: Wrong: a := 3 is denied, supposed, withdrawn, set at other steps or deleted, so the step fails at a = 0.
WRONG = {
    # negations (none of the red team's sentences)
    "cs-neklademe": "Neklademe $a := 3$; $a$ je obecné." + _SIX,
    "cs-neni": "Zde není $a := 3$." + _SIX,
    "el-den-orizoume": "Δεν ορίζουμε $a := 3$." + _SIX,
    "el-pote": "Ποτέ δεν θέτουμε $a := 3$." + _SIX,
    "hu-soha": "Soha nem vesszük $a := 3$-at." + _SIX,
    "ro-nu-consideram": "Nu considerăm $a := 3$; $a$ este oarecare." + _SIX,
    "ro-niciodata": "Niciodată nu alegem $a := 3$." + _SIX,
    "tr-koymuyoruz": "Burada $a := 3$ koymuyoruz." + _SIX,
    "tr-degil": "Burada $a := 3$ değil." + _SIX,
    "tr-koymayalim": "$a := 3$ olarak koymayalım." + _SIX,
    "vi-chung-toi-khong-chon": "Chúng tôi không chọn $a := 3$." + _SIX,
    "vi-chua": "Ta chưa đặt $a := 3$." + _SIX,
    "id-bukan": "Di sini bukan $a := 3$." + _SIX,
    "ms-tak-menetapkan": "Kita tak menetapkan $a := 3$." + _SIX,
    # suppositions
    "pl-jesli": "Jeśli przyjmiemy $a := 3$, to $a + a = 6$; ale $a$ jest dowolne." + _SIX,
    "pl-gdybym": "Gdybym wziął $a := 3$, wynik byłby prosty." + _SIX,
    "cs-kdybychom": "Kdybychom položili $a := 3$, bylo by to snadné." + _SIX,
    # retractions by reference
    "parenthesised-ref-no-longer-holds-tex": _LATEX.format("Equation~(\\ref{eq:a}) no longer holds."),
    "eqref-earlier-was-a-typo-tex": _LATEX.format("The choice \\eqref{eq:a} earlier was a typo."),
    "eqref-must-be-dropped-tex": _LATEX.format("Equation~\\eqref{eq:a} must be dropped."),
    "ignore-the-display-above": "Let\n\n$$\na := 3\n$$\n\nIgnore the display above." + _SIX,
    "disregard-the-previous-equation": "Let\n\n$$\na := 3\n$$\n\nDisregard the previous equation." + _SIX,
    "eq-2-is-wrong": _TAGGED.format("2", "Eq. 2 is wrong."),
    "we-drop-equation-2": _TAGGED.format("2", "We drop equation 2."),
    "fr-est-erronee": "Soit\n\n$$\na := 3 \\tag{1}\n$$\n\nL’équation (1) est erronée." + _SIX,
    "de-ist-ein-tippfehler": "Sei\n\n$$\na := 3 \\tag{1}\n$$\n\nGleichung (1) ist ein Tippfehler." + _SIX,
    "is-unfortunately-false": _TAGGED.format("1", "Equation (1) is, unfortunately, false."),
    "should-be-replaced": _TAGGED.format("1", "Equation (1) should be replaced by $a := b$ for any $b$."),
    "dagger-tag-is-wrong": _TAGGED.format("$\\dagger$", "The display ($\\dagger$) is wrong."),
    "discard-the-condition-of-1": _TAGGED.format("1", "We discard the condition of (1)."),
    # steps named in words
    "first-five-iterations": "During the first five iterations, set $a := 3$." + _AT.format("9"),
    "first-100-steps": "For the first 100 steps, let $a := 3$." + _AT.format("200"),
    "in-iteration-two": "In iteration two, let $a := 3$." + _AT.format("3"),
    "at-step-2-in-maths": "At step $2$, put $a := 3$." + _AT.format("5"),
    "on-the-first-sweep": "On the first sweep, let $a := 3$." + _AT.format("2"),
    "in-the-first-training-epoch": "In the first training epoch, let $a := 3$." + _AT.format("4"),
    # deletions a renderer makes
    "critic-comment-across-paragraphs": "{>>Let\n\n$$\na := 3\n$$\n<<}" + _SIX,
    "critic-deletion-of-two-paragraphs": "{--We go on.\n\nLet $a := 3$.--}" + _SIX,
}
#: The same, as LaTeX read unprompted.
WRONG_LATEX = {
    "changes-deleted-with-an-option": _CHANGES.format("\\deleted[id=AB]{Let $a := 3$.}"),
    "changes-replaced-with-an-option": _CHANGES.format("\\replaced[id=AB]{Let $a$ be any number.}{Let $a := 3$.}"),
    "changes-deleted-a-display": _CHANGES.format("\\deleted{Let \\[a := 3.\\]}"),
}

#: Right: a := 3 holds where the step stands; each keeps its proof.
RIGHT = {
    # the new words where they are plain words of a definition
    "cs-nastavujeme": "Nastavujeme $a := 3$." + _SIX,
    "cs-nejprve": "Nejprve položme $a := 3$." + _SIX,
    "el-me-arnitiko": "Θέτουμε $a := 3$, μη αρνητικό." + _SIX,
    "ro-punem": "Punem $a := 3$." + _SIX,
    "tr-koyuyoruz": "Burada $a := 3$ koyuyoruz." + _SIX,
    "vi-dat": "Ta đặt $a := 3$ trong không gian này." + _SIX,
    "vi-khac-khong": "Đặt $a := 3$, khác không." + _SIX,
    "id-menetapkan": "Kami menetapkan $a := 3$." + _SIX,
    "pl-tak": "Przyjmijmy tak, że $a := 3$." + _SIX,
    "nu-the-letter": "Let nu be the rate and let $a := 3$." + _SIX,
    # a reference that does not withdraw
    "equation-2-is-right": _TAGGED.format("2", "Equation 2 is right."),
    "equation-2-of-the-paper-is-wrong": _TAGGED.format("1", "Equation 2 of the paper is wrong."),
    "the-equation-above-holds": "Let\n\n$$\na := 3\n$$\n\nThe equation above holds." + _SIX,
    "dagger-tag-is-correct": _TAGGED.format("$\\dagger$", "The display ($\\dagger$) is correct."),
    # steps named in words that the step is among, or no step at all
    "in-the-next-section-we-pass": "In the next section we pass to the limit. Let $a := 3$." + _AT.format("2"),
    # a CriticMarkup insertion across paragraphs is read as written
    "critic-insertion-across-paragraphs": "{++We go on.\n\nLet $a := 3$.++}" + _SIX,
}
RIGHT_LATEX = {
    "changes-replaced-new-text": _CHANGES.format("\\replaced{Let $a := 3$.}{Let $a$ be any number.}"),
    "changes-added-with-an-option": _CHANGES.format("\\added[id=AB]{Let $a := 3$.}"),
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_wrong_steps_are_held_or_refuted(name):
    red_team.assert_held_or_refuted(report(WRONG[name]).results[-1])


@pytest.mark.parametrize("name", sorted(WRONG_LATEX))
def test_wrong_latex_steps_are_held_or_refuted(name):
    red_team.assert_held_or_refuted(tex_report(WRONG_LATEX[name]).results[-1])


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_right_steps_keep_their_proofs(name):
    red_team.assert_proved(report(RIGHT[name]).results[-1])


@pytest.mark.parametrize("name", sorted(RIGHT_LATEX))
def test_right_latex_steps_keep_their_proofs(name):
    red_team.assert_proved(tex_report(RIGHT_LATEX[name]).results[-1])

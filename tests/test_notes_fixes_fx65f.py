"""Fixes of red team 65b's 08-25 (hedges): a definition said for a case in words right after it, in the languages
read ('in the case', 'subject to', 'so long as', 'other than when', ', but only when', sauf si, sofern, a menos
que, purché, exceto quando, ，除非), or before it in Japanese and Korean (のとき, 일 때), holds in that case only; a
stock default (in any of its word orders, before a colon, in German, French, Spanish, Italian, Portuguese, Chinese)
supposes and denies nothing; an exception of the definition itself by a pronoun opening the next clause ('except for
this, nothing is fixed') is no case of it; and in a Spanish sentence 'se' is the impersonal pronoun before any verb.

Held-out variants (other words and languages) of each condition are held; the same definitions set outright, under a
default or with their pronoun's exception keep their proof; a default that names its condition, a pronoun that may
point at a case (a determiner, the sentence's end, a condition after it) and 'se' with no word of Spanish stay held;
an index pinned in Japanese, Korean or Chinese ('$t=1$ のとき') is the sentence's case, as its pins read it.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

#: The sentence, then 6/(a - 1) = 3: right where a := 3 holds, wrong at a = 0 (where a := 3 is said for some z only).
_STEP = "{}\n\n$$\n\\frac{{6}}{{a - 1}} = 3\n$$\n"

#: Wrong: a := 3 is said for some z only.
_CONDITIONED = {
    "in the event that": "Let $a := 3$ in the event that $z > 0$.",
    "on condition that": "Let $a := 3$ on condition that $z > 0$.",
    "supposing": "Let $a := 3$ supposing $z > 0$.",
    "apart from when": "Let $a := 3$ apart from when $z \\le 0$.",
    "but not when": "Let $a := 3$, but not when $z \\le 0$.",
    "and only if": "Let $a := 3$, and only if $z > 0$.",
    "yet only for": "Let $a := 3$, yet only for $z > 0$.",
    "except, of course, when": "Let $a := 3$, except, of course, when $z \\le 0$.",
    "French pourvu que": "Soit $a := 3$ pourvu que $z > 0$.",
    "French dans le cas où": "Soit $a := 3$ dans le cas où $z > 0$.",
    "German außer wenn": "Sei $a := 3$, außer wenn $z \\le 0$.",
    "German es sei denn": "Sei $a := 3$, es sei denn $z \\le 0$.",
    "Spanish siempre que": "Sea $a := 3$ siempre que $z > 0$.",
    "Spanish con tal de que": "Sea $a := 3$ con tal de que $z > 0$.",
    "Italian tranne quando": "Sia $a := 3$ tranne quando $z \\le 0$.",
    "Italian quando": "Sia $a := 3$ quando $z > 0$.",
    "Portuguese desde que": "Seja $a := 3$ desde que $z > 0$.",
    "Portuguese caso": "Seja $a := 3$ caso $z > 0$.",
    "Chinese ASCII comma 除非": "设 $a := 3$, 除非 $z \\le 0$。",
    "Chinese 当 ... 时 after": "设 $a := 3$，当 $z > 0$ 时。",
    "Chinese 在 ... 情况下": "令 $a := 3$，在 $z > 0$ 的情况下。",
    "Chinese 当 ... 时 before": "当 $z > 0$ 时，设 $a := 3$。",
    "Japanese の場合": "$z > 0$ の場合、$a := 3$ とする。",
    "Japanese ならば": "$z > 0$ ならば $a := 3$ とする。",
    "Korean 인 경우": "$z > 0$ 인 경우 $a := 3$ 이라 하자.",
    "Korean 이면": "$z > 0$ 이면 $a := 3$ 이라 하자.",
    # an index's pinned case sets a := 3 at that index only (timeline's cases), another letter's is a hypothesis
    "Japanese index pinned case": "$t=1$ のとき $a := 3$ とする。",
    "Korean index pinned case": "$t = 1$ 일 때 $a := 3$ 이라 하자.",
    "Chinese index pinned case": "当 $t=1$ 时，设 $a := 3$。",
    "Japanese another letter's case": "$z=1$ のとき $a := 3$ とする。",
    # a default that names its condition, or is followed by one
    "a default naming its condition": "Unless otherwise indicated $z \\le 0$, let $a := 3$.",
    "a condition after a default": "Let $a := 3$ unless otherwise stated, if $z > 0$.",
    # a pronoun that may point at a case: a determiner, the sentence's end, a condition in apposition
    "except for that case": "Let $a := 3$ except for that case.",
    "except for that, ending the sentence": "Let $a := 3$ except for that.",
    "except for that, when": "Let $a := 3$ except for that, when $z \\le 0$.",
    "a condition after the exception of itself": "Let $a := 3$; apart from this, if $z > 0$ we are done.",
    # Spanish 'si' keeps its 'if'; Italian 'se' with no word of Spanish keeps its
    "Spanish si with se": "En lo que sigue, si $z > 0$ se toma $a := 3$.",
    "Italian se": "Nel seguito se prendiamo $a := 3$ allora tutto torna.",
}


@pytest.mark.parametrize("sentence", _CONDITIONED.values(), ids=_CONDITIONED.keys())
def test_a_definition_said_in_a_case_is_held(sentence):
    result = red_team.last(_STEP.format(sentence))
    assert not result.internal, result.reason
    assert result.status in {UNDECIDED, REFUTED}, result.reason


#: Right: a := 3 is set outright, so 6/(a - 1) = 6/2 = 3.
_SET = {
    "unless noted otherwise": "Unless noted otherwise, let $a := 3$.",
    "except where otherwise noted": "Except where otherwise noted, let $a := 3$.",
    "a default before a dash": "Unless otherwise stated — let $a := 3$.",
    "a default after the definition": "Let $a := 3$ unless stated otherwise.",
    "German wenn nicht anders angegeben": "Wenn nicht anders angegeben, sei $a := 3$.",
    "German falls nichts anderes angegeben ist": "Falls nichts anderes angegeben ist, sei $a := 3$.",
    "French sauf mention contraire": "Sauf mention contraire, soit $a := 3$.",
    "Spanish si no se indica lo contrario": "Si no se indica lo contrario, sea $a := 3$.",
    "Italian se non diversamente specificato": "Se non diversamente specificato, sia $a := 3$.",
    "Portuguese salvo indicação em contrário": "Salvo indicação em contrário, seja $a := 3$.",
    "Chinese 若无特别说明": "若无特别说明，设 $a := 3$。",
    "apart from this": "Let $a := 3$; apart from this, nothing is fixed in advance.",
    "other than that": "Let $a := 3$; other than that, all names are free.",
    "German abgesehen davon": "Sei $a := 3$; abgesehen davon ist nichts festgelegt.",
    "French à part cela": "Soit $a := 3$ ; à part cela, rien n'est fixé.",
    "Spanish se fija": "En el resto del texto se fija $a := 3$.",
    "Spanish se elige": "Aquí, como en el resto, se elige $a := 3$.",
    "Japanese このとき (then)": "このとき $a := 3$ とする。",
    "Korean 이때 (then)": "이때 $a := 3$ 이라 하자.",
    "Chinese 当然 (of course)": "设 $a := 3$，当然这只是一个选择。",
}


@pytest.mark.parametrize("sentence", _SET.values(), ids=_SET.keys())
def test_a_definition_set_outright_keeps_its_proof(sentence):
    result = red_team.last(_STEP.format(sentence))
    assert not result.internal, result.reason
    assert result.status == PROVED, result.reason

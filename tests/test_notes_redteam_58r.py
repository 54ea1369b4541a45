"""Red team 58r's notes (tests/data/notes/redteam_laws/rt58r-*), against main at 023bc2d: a definition "Let $a := 3$"
that the sentence around it (or a later one) does not make the note's, read as in force, so that "a + a = 6" is
proved though a is any number there (a + a = 6 fails at a = 0).

The ground: modal and counterfactual verbs ("One would let", on pourrait, könnte, podríamos, 可以, できる), a retraction
in a clause or sentence after the definition ("The previous sentence is a mistake; $a$ is any number", "Instead, let
$a$ be arbitrary", "Ignore the previous definition"), a definition set in a later section, others' definitions not
read as others' ("Few authors", "While others", "Unlike [3], who"), denials after the maths not listed ("is a bad
idea", "is forbidden", "is ruled out"), "instead of" in several languages, negations of languages the hedges do
not list (并非, ne ... jamais, jamás, niemals, non ... mai, niet, не), displayed definitions after a lead-in the
reader already marks unasserted (43-50: "One would write $$ a := 3 $$ but we do not"), scopes named by number or
ended by "until" (51-52), examples in Japanese and Chinese words (53-54), and cases of the step in words without maths
("After the first step", 55-58), CriticMarkup's deletions and comments (59-60), retractions right after the maths
in brackets or after a dash, or by a cross mark (61-65), displayed definitions dropped or denied by their tag or label
(66-69), and more modal and evaluative words (70-76: ought, serait, wäre, sería, à tort, unjustified, not allowed).
Also probed and sound: many hidings in HTML/CSS (template, dialog, noscript, opacity, font-size 0, transparent or
white ink, clip-path, off-screen, sr-only, <style> rules), Liquid/Kramdown/MDX/Obsidian block comments, front matter,
link titles, image alt text, underbraces/overbraces with claims, \\cancel.

Each finding is a false proof: a strict xfail until fixed (listed in FIXED); the guards (rt58r-guard-*) are faithful
notes that must keep their verdict.  Every note's step at issue is its last; each note's first comment gives the hand
check.  Probed and sound (no finding): \\iffalse, \\newif, \\if01, \\ifnum, \\ifx, \\ifdefined, \\ifcase, \\ifodd,
\\ifdim and \\ifthenelse branches, the comment environment, \\phantom, white \\textcolor, \\def/\\newcommand with
arguments (delimited ones held), \\renewcommand and \\def in groups, \\gdef, \\let, \\providecommand, optional
arguments, <details>, MyST and "!!!" admonitions, tables, footnotes of others, <s>/<del>, \\stackrel{?}{=} and
\\overset{!}{=} (held as questions), \\approx/\\simeq (not checked), \\neq chains, \\propto mixed with =, and
refutations through a denied definition (held: the name is "said more of").
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_MODAL = (
    "hedges._HYPOTHETICAL lists English 'might'/'could' and words of 'if' only, not {}, so Timeline._read keeps the "
    "definition; the denial after it ({}) is not right after the maths (hedges._DENIED_AFTER) and hedges._denied "
    "searches _NEGATED before the maths only"
)
_CLAUSE = (
    "hedges._freeing_denies (and hedges._denied) search sentences._NEGATED in all the words before the name, not its "
    "clause: '{}' before it makes the freeing a negated one, so Timeline._read turns the freed item into a relation "
    "(_as_relations) and a := 3 stays in force"
)
_FREED = "hedges._FREED has no {}, so the sentence frees nothing and a := 3 stays in force"
_UNREAD_RETRACTION = (
    "Timeline._read reads words only around a sentence's own maths: a sentence without maths that withdraws '{}' "
    "frees no name (no reader of a reference to an earlier definition)"
)
_FUTURE = (
    "no reader of tense or of a later unit: hedges._HYPOTHETICAL has no '{}', scopes._SCOPE reads 'this/the present "
    "section' only (not 'the next section', 'later'), so the definition holds from its sentence on"
)
_OTHERS = (
    "hedges._ATTRIBUTED {}, so hedges._attributed is False and the definition is the note's (Timeline._read keeps it)"
)
_DENIED_AFTER = (
    "hedges._DENIED_AFTER lists 'is false/wrong/a mistake/...' but not '{}', and no negation precedes the maths "
    "(hedges._denied), so the definition is the note's"
)
_INSTEAD = (
    "sentences._NEGATED lists 'rather' and 'instead' but not {}, so hedges._denied is False and the definition is "
    "the note's"
)
_NEGATION = (
    "sentences._NEGATED (read before the maths by hedges._denied) has no {}, so the denied definition is the note's"
)

_DISPLAY = (
    "lead_ins._unasserted_displays marks the display unasserted ({}), but Timeline._read drops a display's "
    "definition only where its lead-in denies it (Timeline.denied_at: lead_ins._denied_displays), so a := 3 is in "
    "force (inline, hedges turn the same words into a condition)"
)

_WORDED_CASE = (
    "Timeline._sentence_cases reads a case of the step index from the sentence's other maths only (indices.index_case, "
    "and _index_in_words after the index's own maths: '$t$ greater than 1'); '{}' names the steps in words with no "
    "maths, so the definition holds at every step and t = 1 uses it"
)

_CRITIC = (
    "diffproof/notes/markdown.py holds struck text (~~...~~: _struck_spans; <del>, <s>, <strike>: _UNSHOWN) but knows "
    "no CriticMarkup (MultiMarkdown, pymdownx.critic): {}'s definition is read as the note's"
)

_AFTER_MATHS = (
    "hedges._DENIED_AFTER is anchored at the maths' end with spaces and commas only (^[\\s,]*) and wants the verb "
    "right there ('is wrong'): '{}' (a bracket or dash first, a subject 'this', or no verb) is not read, and "
    "sentences._NEGATED is searched before the maths only (hedges._denied)"
)

_TAGGED = (
    "a displayed definition is held only by its own sentences (lead_ins._denied_displays: the lead-in, or a following "
    "sentence whose subject points back, lead_ins._DENIED_FOLLOWING: 'this', 'the above', 'the formula'); no reader "
    "resolves a reference to a display by its tag or label ('{}'), and hedges' freeing and lifting read inline maths "
    "only, so the definition stays in force"
)

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    "rt58r-01-one-would-let-but-we-do-not-proved": _MODAL.format("'would'", "', but we do not'")
    + " (hedges._GOAL reads 'would' at a sentence's start only)",
    "rt58r-02-it-would-be-natural-to-let-we-do-not-proved": _MODAL.format("'would'", "'; we do not'"),
    "rt58r-03-fr-on-pourrait-poser-mais-non-proved": _MODAL.format(
        "French 'pourrait'", "'mais nous ne le faisons pas'"
    ),
    "rt58r-04-de-man-koennte-setzen-aber-nicht-proved": _MODAL.format("German 'könnte'", "'aber wir tun es nicht'"),
    "rt58r-05-es-podriamos-tomar-pero-no-proved": _MODAL.format("Spanish 'podríamos'", "'pero no lo hacemos'"),
    "rt58r-06-it-potremmo-porre-ma-non-proved": _MODAL.format("Italian 'potremmo'", "'ma non lo facciamo'"),
    "rt58r-07-pt-poderiamos-tomar-mas-nao-proved": _MODAL.format("Portuguese 'poderíamos'", "'mas não o fazemos'"),
    "rt58r-08-ko-dul-sudo-itjiman-anhneunda-proved": _MODAL.format("Korean '수도 있지만'", "'그렇게 하지 않는다'"),
    "rt58r-09-zh-keyi-ling-dan-bu-proved": _MODAL.format("Chinese '可以'", "'但这里不这样做'"),
    "rt58r-10-ja-oku-koto-mo-dekiru-ga-shinai-proved": _MODAL.format("Japanese 'こともできる'", "'ここではそうしない'"),
    "rt58r-11-mistake-semicolon-then-any-number-proved": _CLAUSE.format("The previous sentence is a mistake;"),
    "rt58r-12-that-was-wrong-and-arbitrary-proved": _CLAUSE.format("That was wrong, and")
    + " (hedges._CLAUSES does not split at ', and')",
    "rt58r-13-instead-let-a-be-arbitrary-proved": _CLAUSE.format("Instead, let")
    + " ('instead' replaces the old definition by the freeing; it negates nothing of the freeing)",
    "rt58r-14-a-is-not-fixed-proved": _FREED.format(
        "'is not fixed' (only 'is no longer fixed', 'is not fixed any more')"
    ),
    "rt58r-15-a-is-no-longer-equal-to-3-proved": _FREED.format(
        "'is no longer equal to' (only 'is no longer fixed/given/...')"
    ),
    "rt58r-16-erratum-definition-above-withdrawn-proved": _UNREAD_RETRACTION.format(
        "The definition above ... is withdrawn"
    )
    + "; and hedges._FREED has no 'is not specified' (only 'unspecified')",
    "rt58r-17-ignore-the-previous-definition-proved": _UNREAD_RETRACTION.format("Ignore the previous definition"),
    "rt58r-18-next-section-we-will-let-proved": _FUTURE.format("will"),
    "rt58r-19-later-we-shall-set-for-now-general-proved": _FUTURE.format("shall")
    + "; 'for now $a$ is general' frees nothing (hedges._FREED has no 'general')",
    "rt58r-20-few-authors-let-proved": _OTHERS.format(
        "lists other/some/many/several/most/... authors, not 'few authors'"
    ),
    "rt58r-21-while-others-let-we-leave-free-proved": _OTHERS.format(
        "needs a noun after 'other' (texts, authors, ...): 'others' alone is not read"
    )
    + "; 'we leave $a$ free' frees nothing (hedges._FREED reads 'free' only after is/are/be)",
    "rt58r-22-unlike-a-bracket-citation-proved": _OTHERS.format(
        "reads a named author only at the sentence's start followed by a verb ('Smith (2021) uses'), never a bracket "
        "citation ('Unlike [3], who let')"
    ),
    "rt58r-23-unlike-smith-who-lets-proved": _OTHERS.format(
        "reads a named author only at the sentence's start (^\\W*), so 'Unlike Smith (2020), who lets' is not read"
    ),
    "rt58r-24-in-a-bracket-citation-proved": _OTHERS.format("has no citation lead-in ('In [3],')")
    + "; the denial 'we do not follow it' is in a clause after the maths, not right after it (hedges._DENIED_AFTER)",
    "rt58r-25-setting-is-a-bad-idea-proved": _DENIED_AFTER.format("is a bad idea"),
    "rt58r-26-leads-to-a-contradiction-proved": _DENIED_AFTER.format("leads to a contradiction")
    + " (hedges._GOAL reads 'contradiction' before the maths only)",
    "rt58r-27-the-choice-is-forbidden-proved": _DENIED_AFTER.format("is forbidden"),
    "rt58r-28-the-value-is-ruled-out-proved": _DENIED_AFTER.format("is ruled out"),
    "rt58r-29-in-the-appendix-not-here-proved": (
        "hedges._CONDITION_AFTER and scopes._SCOPE read no other place ('in the appendix, not here'): the definition "
        "is the note's from its sentence on"
    ),
    "rt58r-30-in-place-of-we-leave-free-proved": _INSTEAD.format("'in place of'"),
    "rt58r-31-as-opposed-to-proved": _INSTEAD.format("'as opposed to'"),
    "rt58r-32-de-statt-lassen-frei-proved": _INSTEAD.format("German 'statt'/'anstatt'"),
    "rt58r-33-fr-au-lieu-de-poser-proved": _INSTEAD.format("French 'au lieu de'"),
    "rt58r-34-es-en-vez-de-tomar-proved": _INSTEAD.format("Spanish 'en vez de'/'en lugar de'"),
    "rt58r-35-zh-bingfei-proved": _NEGATION.format("'非' (并非, 'is not'): it lists 不 and 没"),
    "rt58r-36-de-setzen-nicht-after-proved": (
        "hedges._DENIED_AFTER reads German 'nicht' after the maths only before a participle ('nicht vorausgesetzt') "
        "or as 'gilt nicht', not a sentence-final 'nicht' ('Wir setzen $a := 3$ nicht.'), and _NEGATED before the "
        "maths finds none"
    ),
    "rt58r-37-fr-ne-jamais-proved": _NEGATION.format("French 'jamais' (nor 'ne'): it lists 'pas' only"),
    "rt58r-38-es-jamas-proved": _NEGATION.format("Spanish 'jamás': it lists 'nunca'"),
    "rt58r-39-de-niemals-proved": _NEGATION.format("German 'niemals'/'nie': it lists 'nicht', 'kein'"),
    "rt58r-40-it-non-mai-proved": _NEGATION.format("Italian 'non'/'mai'"),
    "rt58r-41-nl-niet-proved": _NEGATION.format("Dutch 'niet'/'nooit'/'geen'"),
    "rt58r-42-ru-ne-polagaem-proved": _NEGATION.format("Russian 'не'/'никогда'"),
    "rt58r-43-display-one-would-write-proved": _DISPLAY.format("_UNASSERTING: 'would'"),
    "rt58r-44-display-one-could-write-proved": _DISPLAY.format("_UNASSERTING: 'could'"),
    "rt58r-45-display-fr-on-pourrait-ecrire-proved": _DISPLAY.format("_UNASSERTING: 'pourrait'"),
    "rt58r-46-display-some-authors-write-proved": _DISPLAY.format("_supposes: hedges._ATTRIBUTED 'Some authors'"),
    "rt58r-47-display-smith-writes-proved": _DISPLAY.format("_supposes: hedges._ATTRIBUTED 'Smith (2020) writes'"),
    "rt58r-48-display-few-authors-write-proved": (
        "hedges._ATTRIBUTED has no 'few authors', so lead_ins._supposes is False and the display is not even "
        "unasserted; and Timeline._read drops a display's definition only where its lead-in denies it"
    ),
    "rt58r-49-display-fr-ne-jamais-proved": (
        "sentences._NEGATED has no French 'jamais' (nor 'ne'), so lead_ins._denies is False and "
        "lead_ins._denied_displays does not hold the display's definition"
    ),
    "rt58r-50-display-one-might-write-proved": _DISPLAY.format("_UNASSERTING: 'might'"),
    "rt58r-51-throughout-a-numbered-section-used-in-another-proved": (
        "scopes._SCOPE reads 'this/the present/the current <unit>' and 'the rest of the <unit>' only, not a unit named "
        "by its number ('Throughout Section 2'), so scope_of gives no scope and the definition holds to the note's end"
    ),
    "rt58r-52-until-the-end-of-this-proof-used-after-it-proved": (
        "scopes._SCOPE has no 'until the end of this <unit>' (only for/in/within/throughout/during), so scope_of gives "
        "no scope and the definition holds past the proof's end"
    ),
    "rt58r-53-ja-kono-rei-dewa-then-general-case-proved": (
        "hedges._EXAMPLE_LEAD_IN has 例えば, たとえば, 例として but not この例 ('this example'), so hedges._example is False "
        "and the definition is the note's everywhere"
    ),
    "rt58r-54-zh-zai-zhege-lizi-zhong-then-general-case-proved": (
        "hedges._EXAMPLE_LEAD_IN has 例如, 比如, 举例 but not 例子 ('example': 在这个例子中), so hedges._example is False "
        "and the definition is the note's everywhere"
    ),
    "rt58r-55-after-the-first-step-used-at-t-1-proved": _WORDED_CASE.format("After the first step"),
    "rt58r-56-beyond-the-first-step-used-at-t-1-proved": _WORDED_CASE.format("Beyond the first step"),
    "rt58r-57-from-the-second-step-on-used-at-t-1-proved": _WORDED_CASE.format("From the second step on"),
    "rt58r-58-at-later-steps-used-at-t-1-proved": _WORDED_CASE.format("At later steps"),
    "rt58r-59-criticmarkup-deleted-definition-proved": _CRITIC.format("a deletion {--...--}"),
    "rt58r-60-criticmarkup-comment-definition-proved": _CRITIC.format("a comment {>>...<<}"),
    "rt58r-61-parenthesised-this-is-wrong-proved": _AFTER_MATHS.format("(this is wrong)"),
    "rt58r-62-dash-wrong-after-the-maths-proved": _AFTER_MATHS.format("— wrong!"),
    "rt58r-63-parenthesised-not-really-proved": _AFTER_MATHS.format("(not really)"),
    "rt58r-64-no-wait-a-is-free-proved": _CLAUSE.format("No, wait:"),
    "rt58r-65-cross-mark-before-the-definition-proved": (
        "sentences._NEGATED has no mark of a wrong item (❌, ✗, ✘), so hedges._denied is False and the definition is "
        "the note's"
    ),
    "rt58r-66-tagged-definition-dropped-by-its-tag-proved": _TAGGED.format("From now on we drop (H)"),
    "rt58r-67-tagged-definition-no-longer-holds-proved": _TAGGED.format("(H) no longer holds"),
    "rt58r-68-equation-by-number-is-a-typo-proved": _TAGGED.format("Equation (1) is a typo"),
    "rt58r-69-tex-labelled-definition-dropped-by-eqref-proved": _TAGGED.format("From now on we drop \\eqref{h}"),
    "rt58r-70-we-ought-to-set-but-we-dont-proved": _MODAL.format("'ought to'", "', but we don't'"),
    "rt58r-71-fr-il-serait-tentant-de-poser-proved": _MODAL.format("French 'serait'", "none")
    + " (hedges._GOAL has English 'tempting', not 'tentant')",
    "rt58r-72-de-es-waere-naheliegend-wir-tun-es-nicht-proved": _MODAL.format("German 'wäre'", "'wir tun es nicht'"),
    "rt58r-73-es-seria-natural-no-lo-hacemos-proved": _MODAL.format("Spanish 'sería'", "'no lo hacemos'"),
    "rt58r-74-fr-on-est-tente-a-tort-proved": (
        "hedges._GOAL has English 'tempting', not French 'tenté'; sentences._NEGATED has no 'à tort' ('wrongly') and is "
        "searched before the maths only (hedges._denied), so the definition is the note's"
    ),
    "rt58r-75-setting-is-unjustified-proved": _DENIED_AFTER.format("is unjustified"),
    "rt58r-76-setting-is-not-allowed-proved": _DENIED_AFTER.format("is not allowed")
    + " (its 'is not ...' lists true/valid/correct/..., not allowed/permitted)",
}

#: A false proof fixed is undecided or refuted.
SOUND = frozenset({UNDECIDED, REFUTED})

#: The findings fixed so far: their marks are dropped, and they must hold.  Fixed by fr58a (how far a hedge, denial
#: or retraction reaches: displays withheld by their lead-in, a freeing's own clause, retractions by reference,
#: denials after the maths, scopes and later units, steps named in words; held-out variants in
#: tests/test_notes_reading_58a.py) and by fr58b's word tables: the conditional mood (01-10, 70-73), a later clause
#: saying it is not done (09), others' definitions (20-24), a freeing word (14, 15, 19), "instead of" and the
#: negations of other languages (30-42, 49, 74), examples in Japanese and Chinese (53, 54), CriticMarkup (59, 60) and
#: a cross mark (65) (held-out variants in tests/test_notes_reading_58b.py); 48 by both (few authors' display).
FIXED: frozenset[str] = frozenset(
    {
        "rt58r-29-in-the-appendix-not-here-proved",  # fx58: scopes._SCOPE reads an appendix as another unit
        "rt58r-01-one-would-let-but-we-do-not-proved",
        "rt58r-02-it-would-be-natural-to-let-we-do-not-proved",
        "rt58r-03-fr-on-pourrait-poser-mais-non-proved",
        "rt58r-04-de-man-koennte-setzen-aber-nicht-proved",
        "rt58r-05-es-podriamos-tomar-pero-no-proved",
        "rt58r-06-it-potremmo-porre-ma-non-proved",
        "rt58r-07-pt-poderiamos-tomar-mas-nao-proved",
        "rt58r-08-ko-dul-sudo-itjiman-anhneunda-proved",
        "rt58r-09-zh-keyi-ling-dan-bu-proved",
        "rt58r-10-ja-oku-koto-mo-dekiru-ga-shinai-proved",
        "rt58r-11-mistake-semicolon-then-any-number-proved",
        "rt58r-12-that-was-wrong-and-arbitrary-proved",
        "rt58r-13-instead-let-a-be-arbitrary-proved",
        "rt58r-14-a-is-not-fixed-proved",
        "rt58r-15-a-is-no-longer-equal-to-3-proved",
        "rt58r-16-erratum-definition-above-withdrawn-proved",
        "rt58r-17-ignore-the-previous-definition-proved",
        "rt58r-18-next-section-we-will-let-proved",
        "rt58r-19-later-we-shall-set-for-now-general-proved",
        "rt58r-20-few-authors-let-proved",
        "rt58r-21-while-others-let-we-leave-free-proved",
        "rt58r-22-unlike-a-bracket-citation-proved",
        "rt58r-23-unlike-smith-who-lets-proved",
        "rt58r-24-in-a-bracket-citation-proved",
        "rt58r-25-setting-is-a-bad-idea-proved",
        "rt58r-26-leads-to-a-contradiction-proved",
        "rt58r-27-the-choice-is-forbidden-proved",
        "rt58r-28-the-value-is-ruled-out-proved",
        "rt58r-30-in-place-of-we-leave-free-proved",
        "rt58r-31-as-opposed-to-proved",
        "rt58r-32-de-statt-lassen-frei-proved",
        "rt58r-33-fr-au-lieu-de-poser-proved",
        "rt58r-34-es-en-vez-de-tomar-proved",
        "rt58r-35-zh-bingfei-proved",
        "rt58r-36-de-setzen-nicht-after-proved",
        "rt58r-37-fr-ne-jamais-proved",
        "rt58r-38-es-jamas-proved",
        "rt58r-39-de-niemals-proved",
        "rt58r-40-it-non-mai-proved",
        "rt58r-41-nl-niet-proved",
        "rt58r-42-ru-ne-polagaem-proved",
        "rt58r-43-display-one-would-write-proved",
        "rt58r-44-display-one-could-write-proved",
        "rt58r-45-display-fr-on-pourrait-ecrire-proved",
        "rt58r-46-display-some-authors-write-proved",
        "rt58r-47-display-smith-writes-proved",
        "rt58r-48-display-few-authors-write-proved",
        "rt58r-49-display-fr-ne-jamais-proved",
        "rt58r-50-display-one-might-write-proved",
        "rt58r-51-throughout-a-numbered-section-used-in-another-proved",
        "rt58r-52-until-the-end-of-this-proof-used-after-it-proved",
        "rt58r-53-ja-kono-rei-dewa-then-general-case-proved",
        "rt58r-54-zh-zai-zhege-lizi-zhong-then-general-case-proved",
        "rt58r-55-after-the-first-step-used-at-t-1-proved",
        "rt58r-56-beyond-the-first-step-used-at-t-1-proved",
        "rt58r-57-from-the-second-step-on-used-at-t-1-proved",
        "rt58r-58-at-later-steps-used-at-t-1-proved",
        "rt58r-59-criticmarkup-deleted-definition-proved",
        "rt58r-60-criticmarkup-comment-definition-proved",
        "rt58r-61-parenthesised-this-is-wrong-proved",
        "rt58r-62-dash-wrong-after-the-maths-proved",
        "rt58r-63-parenthesised-not-really-proved",
        "rt58r-64-no-wait-a-is-free-proved",
        "rt58r-65-cross-mark-before-the-definition-proved",
        "rt58r-66-tagged-definition-dropped-by-its-tag-proved",
        "rt58r-67-tagged-definition-no-longer-holds-proved",
        "rt58r-68-equation-by-number-is-a-typo-proved",
        "rt58r-69-tex-labelled-definition-dropped-by-eqref-proved",
        "rt58r-70-we-ought-to-set-but-we-dont-proved",
        "rt58r-71-fr-il-serait-tentant-de-poser-proved",
        "rt58r-72-de-es-waere-naheliegend-wir-tun-es-nicht-proved",
        "rt58r-73-es-seria-natural-no-lo-hacemos-proved",
        "rt58r-74-fr-on-est-tente-a-tort-proved",
        "rt58r-75-setting-is-unjustified-proved",
        "rt58r-76-setting-is-not-allowed-proved",
    }
)


def test_the_notes_are_all_there():
    assert [name for name in red_team.named("rt58r-*") if "guard" not in name] == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_58r_s_notes(name):
    result = red_team.judged_last(name)
    assert not result.internal, result.reason
    assert result.status in SOUND, result.reason


#: Faithful notes (rt58r-guard-*), each proved: a definition set, in the words a fix of the findings must keep.
GUARDS = {
    "rt58r-guard-01-as-one-would-expect-proved": PROVED,
    "rt58r-guard-02-another-name-not-fixed-proved": PROVED,
    "rt58r-guard-03-de-wir-setzen-proved": PROVED,
    "rt58r-guard-04-fr-nous-posons-proved": PROVED,
    "rt58r-guard-05-it-poniamo-proved": PROVED,
    "rt58r-guard-06-ru-polagaem-proved": PROVED,
    "rt58r-guard-07-here-and-in-the-appendix-proved": PROVED,
    "rt58r-guard-08-typo-corrected-value-proved": PROVED,
    "rt58r-guard-09-unlike-b-let-a-proved": PROVED,
    "rt58r-guard-10-no-mistake-other-name-free-proved": PROVED,
    "rt58r-guard-11-zh-ling-proved": PROVED,
    "rt58r-guard-12-ja-to-oku-proved": PROVED,
    "rt58r-guard-13-tex-newif-set-true-proved": PROVED,
    "rt58r-guard-14-tex-renewcommand-after-the-definition-proved": PROVED,
    "rt58r-guard-15-tex-renewcommand-in-a-group-proved": PROVED,
    "rt58r-guard-16-display-we-write-proved": PROVED,
    "rt58r-guard-17-display-as-one-would-expect-we-set-proved": PROVED,
    "rt58r-guard-18-from-t-2-onwards-used-at-t-2-proved": PROVED,
    "rt58r-guard-19-in-this-section-used-in-it-proved": PROVED,
    "rt58r-guard-20-criticmarkup-inserted-definition-proved": PROVED,
    "rt58r-guard-21-check-mark-before-the-definition-proved": PROVED,
    "rt58r-guard-22-parenthesised-this-is-standard-proved": PROVED,
    "rt58r-guard-23-no-wait-another-name-is-free-proved": PROVED,
    "rt58r-guard-24-tagged-definition-said-to-hold-proved": PROVED,
    "rt58r-guard-25-another-tag-dropped-proved": PROVED,
}


def test_the_guards_are_all_there():
    assert red_team.named("rt58r-guard-*") == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = red_team.judged_last(name)
    assert result.status == GUARDS[name], result.reason

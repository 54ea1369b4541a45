"""Red team 62a's notes (tests/data/notes/redteam_laws/rt62a-*), against session 62's merges (main at 921cb71):

- 01-07: a withdrawal said of the appendix or a section ('In the appendix we drop (1)') where the place is opened
  by a line retractions._MAY_OPEN_A_PART does not take to open a part (an upper-case HTML heading, an italic line,
  'A.1 Proof', a one-character Setext underline, <hr>, a Roman-numbered title, <p><b>), so a := 3 stays in force
  there and a + a = 6 is proved where a is free;
- 08-10: a sign said after an article and its noun (fx62b's 'un réel négatif') under French, Italian and Spanish
  words for 'in what follows', which orders._VALUE_FRAMES does not hold, so log x is proved where x < 0;
- 11-14: a Japanese or Korean condition after a display whose sentence negates another verb (しなければならない,
  言うまでもない, 例外はない, 놀랍지 않다), read as 'holds at none', so x / x = 1 is proved where the note says x = 0;
- 15-20: a Cauchy law said with no maths two sentences after the variable, or by a subject tails._ANAPHOR does not
  read ('Its law', 'This density', 'Note that it', 'In fact, the variable', 'Here the variable'), so E[x] is
  trusted;
- 21-24: a family of solutions that bounds its free name away from every value stated_values._TRIED tries (x <= -3,
  x > 3), so no real point is found and log x is presumed to have a value where it has none;
- 25-30: a KL between Gaussians the note defines, with equal variances or equal means said in words: cr62's
  refutation after the definitions are written out is trusted at b != s (a != m), a point the note excludes;
- 31-37: an index dropped in a negated or passive writing dropped_indices._OMIT_ABROAD does not read ('no se
  escribe', 'n'est pas écrit', 'non viene scritto', 'não é escrito', 'n'écrit plus', 'è sottinteso', 'lassen ...
  fort');
- 38-47: an equation said wrong in words retractions does not read: _CORRECTED's 'contains a typo' with a word
  between or none ('a small typo', 'typos', 'several errors', 'an obvious error'), and _WRONG_ABROAD's languages
  saying it does not hold or is not valid ('er feilaktig', 'ei pidä paikkaansa', 'δεν ισχύει', 'geçerli değildir',
  'is niet juist', 'neplatí'), so a := 3 stays in force and a + a = 6 is proved;
- 48: 'They are independent of $\\epsilon$' after a sentence whose last clause has its own plural subject ('but their
  noises are drawn afresh'), the nearer antecedent, read as the first clause's list;
- 49-51: the KL of 25-30 with equal variances said in words right after the step ('(equal variances).', 'for
  equal variances.', 'when the variances agree.'), refuted at b != s;
- 52-53: x^2 = x said to hold at x = 1 and not elsewhere in Japanese and Korean, whose negation of 'holds' in the
  second clause makes values_beside read no condition, so the step is refuted at a point the note excludes;
- 54-61: a sign said with an article or a noun orders._COPULA does not take (French 'des réels', 'un entier', 'une
  quantité', a word after the sign; Spanish and Italian plurals joined by 'e'; Spanish 'un entero'; English 'a
  negative integer'), so log x is proved where x < 0;
- 62-63: a value after a display said in an Italian or Spanish sentence whose subject is dropped ('Vale anche per
  $x = 0$', 'Se cumple también en $x = 0$'), so x / x = 1 is proved where the note says x = 0;
- 64-66: more families as 21-24: one in two free names (x + s^2 + t^2 + 3 = 0), and two bounded away from every
  tried value (x + s^4 + 3 = 0, (x + 3) s^2 + 1 = 0);
- 67-71: a Japanese or Korean value after a display whose subject or particle _POSTPOSITIONAL does not list (上式は,
  この結果は, なお、これは, 이 결과는; に対して), so x / x = 1 is proved where the note says x = 0.

All but 25-30 and 49-53 are false proofs, those false alarms, each a strict xfail until fixed (listed in FIXED); the guards
(rt62a-guard-*) are faithful notes that must keep their verdict.  Every note's step at issue is its last.  Each note's
first comment gives the hand check; the cause, as read from the code, is the reason of its xfail.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_PART = (
    "retractions._placed finds no heading titling the place, then asks whether any later line may open a part "
    "(_MAY_OPEN_A_PART); {} is none of its forms, so the place is taken to be absent from the note, nothing is "
    "withdrawn and a := 3 stays in force after that line, where the note dropped it"
)
_FRAME = (
    "orders._signed_plainly reads a sign only under a frame of _VALUE_FRAMES (let, here, throughout, in what follows, "
    "soit, sea, sia, ...); {} is not one, so _framed gives None, no order is stated and log x is taken to have a value"
)
_NEGATED_ELSEWHERE = (
    "values_beside._said_before_a_particle reads the sentence's condition as none wherever a negation of "
    "_POSTPOSITIONAL ({}) occurs anywhere after the particle, not only on the verb 'holds'; {} negates another verb, "
    "so no value is read beside the step and the divisor x is presumed nonzero"
)
_TAIL = (
    "tails.tails_said_after reads a law said with no maths only in the sentence right after the one that names the "
    "variable, and only where it opens with _ANAPHOR ('the variable', 'this quantity', 'the latter', 'it'); {}, so "
    "no tail is given to x and E[x] is trusted"
)
_FAMILY = (
    "stated_values._real_point_failing tries the family's free name only at _TRIED (-2, -1, -1/2, 1/2, 1, 2); the "
    "family {} has real points only at {}, none tried, so every tried point is not real, no real point is checked "
    "and '' is returned: the family is taken not to bound the name and {} is presumed to have a value"
)
_EQUAL_IN_WORDS = (
    "derivations.kernel.checking._refute_written_out writes the note's definitions of q and p out, closes the KL "
    "and finds b = 2.477, s = 1.377, a = 1.88, m = 0.64; {} says {} in words with no maths, which names nothing of "
    "the step, and with the laws written out every name of the step is on both sides, so the counterexample that "
    "breaks what the note says is trusted"
)
_DROP_UNREAD = (
    "dropped_indices reads negated writing only as an active verb right after the negation (_OMIT_ABROAD: 'no "
    "escrib', 'ne not/écri/marqu ... pas', 'n'écri ... pas', 'non scriv', 'não escrev'), the verbs omit/omet/"
    "omiss/sottintend*, and German 'lass ... weg' (_DROPS_ABROAD); {} is none of them, so no index is dropped and "
    "epsilon and epsilon_t are read as two independent noises"
)
_WITHDRAWAL_UNREAD = (
    "retractions reads a display said wrong after its reference through _WITHDRAWN_AFTER ({}); {} is not one, so "
    "nothing is withdrawn and a := 3 stays in force"
)
_CORRECTED_WORDS = (
    "_CORRECTED: 'has', 'have', 'had', 'contains' right before 'a'/'an' and then typo, misprint, mistake, error"
)
_ABROAD_WORDS = "_WRONG_ABROAD: an adjective of wrongness after an optional copula, never a negated verb of holding"
_CONDITION_IN_WORDS = (
    "values_beside.said_beside reads a condition beside the step only as maths after a word of _AT ('This holds when "
    "$b = s$' holds it); {} names no maths, so no condition is read and the counterexample of "
    "_refute_written_out at b = 2.477, s = 1.377, which breaks the condition the note writes, is trusted"
)
_NOUN_UNREAD = (
    "orders._signed_plainly reads a sign after the name's copula and at most one article of _COPULA (a, an, un, une, "
    "uno, una) with one noun of it (réel, nombre, real, número, reale, numero), the sentence ending right after the "
    "sign (_ENDS); {}, so no order is stated and log x is taken to have a value"
)
_DROPPED_SUBJECT = (
    "values_beside._sentence_after reads the sentence after a display only where it starts in lower case or its "
    "subject is the display (_THE_DISPLAY: _BY_LANGUAGE's subjects, 'questo', 'ciò', 'esto', ...); {} opens with "
    "its verb, the subject dropped as the language allows, so no value is read beside the step and the divisor x "
    "is presumed nonzero"
)
_SUBJECT_UNLISTED = (
    "values_beside._said_before_a_particle reads a Japanese or Korean sentence only where it opens with a subject of "
    "_POSTPOSITIONAL (これ, この式/等式/恒等式/関係, 上の式; 이것, 이는, 이 식/등식/항등식/관계, 위 식/등식); {} is "
    "not one, so no value is read beside the step and the divisor x is presumed nonzero"
)

FINDINGS = {
    "rt62a-01-appendix-opened-by-an-upper-case-html-heading-proved": _PART.format(
        "'<H2>Proofs</H2>' (the pattern's HTML tags are lower case only, where HTML's are case-insensitive)"
    ),
    "rt62a-02-appendix-opened-by-an-italic-line-proved": _PART.format("an italic line '*Proofs.*' (bold only)"),
    "rt62a-03-appendix-opened-by-a-numbered-title-a-1-proved": _PART.format(
        "'A.1 Proof of the bound' (a lettered number is read only before a space or a mark, never 'A.1')"
    ),
    "rt62a-04-appendix-opened-by-a-one-character-setext-underline-proved": _PART.format(
        "a Setext underline of one '=' (three are asked, where CommonMark takes one)"
    ),
    "rt62a-05-appendix-after-an-html-rule-proved": _PART.format("'<hr>' (a rule in Markdown only)"),
    "rt62a-06-section-2-opened-by-a-roman-numbered-title-proved": _PART.format(
        "'II. Proofs' (Arabic numbers and one letter only)"
    ),
    "rt62a-07-appendix-opened-by-an-html-bold-paragraph-proved": _PART.format(
        "'<p><b>Proofs</b></p>' (a bold HTML tag only at the line's start)"
    ),
    "rt62a-08-fr-dans-toute-la-suite-x-est-un-reel-negatif-then-log-proved": _FRAME.format(
        "French 'Dans toute la suite'"
    ),
    "rt62a-09-it-nel-seguito-x-e-un-reale-negativo-then-log-proved": _FRAME.format("Italian 'Nel seguito'"),
    "rt62a-10-es-en-lo-que-sigue-x-es-un-numero-real-negativo-then-log-proved": _FRAME.format(
        "Spanish 'En lo que sigue'"
    ),
    "rt62a-11-ja-x-0-de-naritatsu-koto-ni-chui-shinakereba-naranai-proved": _NEGATED_ELSEWHERE.format(
        "ない", "'注意しなければならない' (one must note)"
    ),
    "rt62a-12-ja-x-0-demo-naritatsu-koto-wa-iu-made-mo-nai-proved": _NEGATED_ELSEWHERE.format(
        "ない", "'言うまでもない' (it goes without saying)"
    ),
    "rt62a-13-ja-x-0-demo-naritachi-reigai-wa-nai-proved": _NEGATED_ELSEWHERE.format(
        "ない", "'例外はない' (there is no exception)"
    ),
    "rt62a-14-ko-x-0-eseodo-seongliphaneunde-nollapji-anta-proved": _NEGATED_ELSEWHERE.format(
        "않", "'놀랍지 않다' (it is not surprising)"
    ),
    "rt62a-15-it-is-cauchy-two-sentences-after-x-proved": _TAIL.format(
        "'It is Cauchy distributed' follows 'We study it below.', which has no maths, so no name is given the law"
    ),
    "rt62a-16-its-law-is-cauchy-proved": _TAIL.format("'Its law is Cauchy.' opens with no anaphor of _ANAPHOR"),
    "rt62a-17-this-density-is-a-cauchy-density-proved": _TAIL.format(
        "'This density is a Cauchy density.' opens with 'This density', not an anaphor of _ANAPHOR"
    ),
    "rt62a-18-note-that-it-is-cauchy-proved": _TAIL.format("'Note that it is ...' opens with a lead-in before 'it'"),
    "rt62a-19-in-fact-the-variable-is-cauchy-proved": _TAIL.format(
        "'In fact, the variable is ...' opens with a lead-in before 'the variable'"
    ),
    "rt62a-20-here-the-variable-is-cauchy-proved": _TAIL.format(
        "'Here the variable is ...' opens with a lead-in before 'the variable'"
    ),
    "rt62a-21-suppose-x-less-than-minus-3-then-log-proved": _FAMILY.format(
        "of the supposition (x + 3 + s^2 = 0, (x + 3) u^2 + 1 = 0)", "x < -3", "log x"
    ),
    "rt62a-22-x-plus-s-squared-plus-3-zero-then-log-proved": _FAMILY.format(
        "s = ±sqrt(-x - 3) of x + s^2 + 3 = 0", "x <= -3", "log x"
    ),
    "rt62a-23-s-squared-is-minus-x-minus-3-then-log-proved": _FAMILY.format(
        "s = ±sqrt(-x - 3) of s^2 = -x - 3", "x <= -3", "log x"
    ),
    "rt62a-24-suppose-x-greater-than-3-then-log-of-3-minus-x-proved": _FAMILY.format(
        "of the supposition (x - 3 - s^2 = 0, (x - 3) u^2 - 1 = 0)", "x > 3", "log(3 - x)"
    ),
    "rt62a-25-kl-two-variances-are-equal-refuted": _EQUAL_IN_WORDS.format("'The two variances are equal.'", "b = s"),
    "rt62a-26-kl-both-laws-have-the-same-variance-refuted": _EQUAL_IN_WORDS.format(
        "'Both laws have the same variance.'", "b = s"
    ),
    "rt62a-27-kl-the-variances-coincide-refuted": _EQUAL_IN_WORDS.format("'The variances coincide.'", "b = s"),
    "rt62a-28-kl-the-two-means-are-equal-refuted": _EQUAL_IN_WORDS.format("'The two means are equal.'", "a = m"),
    "rt62a-29-kl-equal-variances-so-refuted": _EQUAL_IN_WORDS.format(
        "'The two laws have equal variances, so' (between the laws and the step)", "b = s"
    ),
    "rt62a-30-kl-centred-at-the-same-point-refuted": _EQUAL_IN_WORDS.format(
        "'Both Gaussians are centred at the same point.'", "a = m"
    ),
    "rt62a-31-es-no-se-escribe-el-indice-proved": _DROP_UNREAD.format("Spanish 'no se escribe' (a pronoun between)"),
    "rt62a-32-fr-l-indice-n-est-pas-ecrit-proved": _DROP_UNREAD.format("French passive 'n'est pas écrit'"),
    "rt62a-33-it-l-indice-non-viene-scritto-proved": _DROP_UNREAD.format("Italian passive 'non viene scritto'"),
    "rt62a-34-pt-o-indice-nao-e-escrito-proved": _DROP_UNREAD.format("Portuguese passive 'não é escrito'"),
    "rt62a-35-fr-on-n-ecrit-plus-l-indice-proved": _DROP_UNREAD.format("French 'n'écrit plus' ('plus', not 'pas')"),
    "rt62a-36-it-l-indice-e-sottinteso-proved": _DROP_UNREAD.format(
        "Italian 'è sottinteso' (the participle: sottintend* misses it) nor 'non lo scriviamo' (a pronoun between)"
    ),
    "rt62a-37-de-lassen-den-index-fort-proved": _DROP_UNREAD.format("German 'lassen ... fort' (only 'weg' is read)"),
    "rt62a-38-equation-1-contains-a-small-typo-proved": _WITHDRAWAL_UNREAD.format(
        _CORRECTED_WORDS, "'contains a small typo' (an adjective between)"
    ),
    "rt62a-39-equation-1-contains-typos-proved": _WITHDRAWAL_UNREAD.format(
        _CORRECTED_WORDS, "'contains typos' (no article)"
    ),
    "rt62a-40-equation-1-has-several-errors-proved": _WITHDRAWAL_UNREAD.format(
        _CORRECTED_WORDS, "'has several errors' (a plural)"
    ),
    "rt62a-41-equation-1-contains-an-obvious-error-proved": _WITHDRAWAL_UNREAD.format(
        _CORRECTED_WORDS, "'contains an obvious error' (an adjective between)"
    ),
    "rt62a-42-nb-ligning-1-er-feilaktig-proved": _WITHDRAWAL_UNREAD.format(
        _ABROAD_WORDS, "Norwegian 'er feilaktig' ('feil' is read only as a word of its own)"
    ),
    "rt62a-43-fi-yhtalo-1-ei-pida-paikkaansa-proved": _WITHDRAWAL_UNREAD.format(
        _ABROAD_WORDS, "Finnish 'ei pidä paikkaansa'"
    ),
    "rt62a-44-el-i-exisosi-1-den-ischyei-proved": _WITHDRAWAL_UNREAD.format(_ABROAD_WORDS, "Greek 'δεν ισχύει'"),
    "rt62a-45-tr-1-denklemi-gecerli-degildir-proved": _WITHDRAWAL_UNREAD.format(
        _ABROAD_WORDS, "Turkish 'geçerli değildir' ('geçersiz' is read)"
    ),
    "rt62a-46-nl-vergelijking-1-is-niet-juist-proved": _WITHDRAWAL_UNREAD.format(
        _ABROAD_WORDS, "Dutch 'is niet juist' ('klopt niet' and 'onjuist' are read)"
    ),
    "rt62a-47-cs-rovnice-1-neplati-proved": _WITHDRAWAL_UNREAD.format(
        _ABROAD_WORDS, "Czech 'neplatí' (the verb; the adjective 'neplatná' is read)"
    ),
    "rt62a-48-they-after-a-clause-with-its-own-plural-subject-proved": (
        "stated_independence._resolved reads 'They' as the list the sentence before opens with wherever that "
        "sentence's maths are all in the list (_LISTED_SUBJECT: the list, 'are', then anything), so a later clause "
        "with its own plural subject ('but their noises are drawn afresh') is not seen, and x_0 is taken to be said "
        "independent of eps"
    ),
    "rt62a-49-kl-equal-variances-in-parentheses-after-the-step-refuted": _CONDITION_IN_WORDS.format(
        "'(equal variances).'"
    ),
    "rt62a-50-kl-for-equal-variances-after-the-step-refuted": _CONDITION_IN_WORDS.format("'for equal variances.'"),
    "rt62a-51-kl-when-the-variances-agree-after-the-step-refuted": _CONDITION_IN_WORDS.format(
        "'when the variances agree.'"
    ),
    "rt62a-52-x-squared-equals-x-ja-x-1-de-naritatsu-ga-sore-igai-de-wa-naritatanai-refuted": (
        "values_beside._said_before_a_particle reads no condition wherever a negation of _POSTPOSITIONAL (ない) "
        "follows the particle anywhere in the sentence, so 'で成り立つが、それ以外では成り立たない' (holds at x = 1, "
        "not elsewhere) reads as none and the counterexample at x != 1 is trusted"
    ),
    "rt62a-53-x-squared-equals-x-ko-x-1-eseo-seongliphajiman-refuted": (
        "values_beside._said_before_a_particle reads no condition wherever a negation of _POSTPOSITIONAL (않) "
        "follows the particle anywhere in the sentence, so '에서 성립하지만, 다른 곳에서는 성립하지 않는다' (holds at "
        "x = 1, not elsewhere) reads as none and the counterexample at x != 1 is trusted"
    ),
    "rt62a-54-fr-soient-x-et-y-des-reels-negatifs-then-log-proved": _NOUN_UNREAD.format(
        "the plural article 'des' and 'réels' are not read"
    ),
    "rt62a-55-fr-soit-x-un-entier-negatif-then-log-proved": _NOUN_UNREAD.format("'entier' is not a noun of it"),
    "rt62a-56-es-sean-x-e-y-numeros-reales-negativos-then-log-proved": _NOUN_UNREAD.format(
        "the list joined by 'e' is not one of _LIST_JOIN, and the plural 'números reales' with no article is not read"
    ),
    "rt62a-57-it-siano-x-e-y-due-reali-negativi-then-log-proved": _NOUN_UNREAD.format(
        "the list joined by 'e' is not one of _LIST_JOIN, and 'due reali' is not read"
    ),
    "rt62a-58-fr-soit-x-une-quantite-negative-then-log-proved": _NOUN_UNREAD.format("'quantité' is not a noun of it"),
    "rt62a-59-let-x-be-a-negative-integer-then-log-proved": _NOUN_UNREAD.format(
        "'integer' after the sign is not one of _NUMBER_NOUN, so the sentence does not end after the sign"
    ),
    "rt62a-60-es-sea-x-un-entero-negativo-then-log-proved": _NOUN_UNREAD.format("'entero' is not a noun of it"),
    "rt62a-61-fr-soit-x-un-reel-negatif-donne-then-log-proved": _NOUN_UNREAD.format(
        "'donné' after the sign keeps the sentence from ending there"
    ),
    "rt62a-62-it-vale-anche-per-x-0-without-a-subject-proved": _DROPPED_SUBJECT.format("'Vale anche per $x = 0$.'"),
    "rt62a-63-es-se-cumple-tambien-en-x-0-without-a-subject-proved": _DROPPED_SUBJECT.format(
        "'Se cumple también en $x = 0$.'"
    ),
    "rt62a-64-x-plus-two-squares-plus-3-zero-then-log-proved": (
        "stated_values._real_point_failing returns '' where the family leaves more than one name free (s = "
        "±sqrt(-t^2 - x - 3) leaves x and t), as if the family did not bound x, so log x is presumed to have a value"
    ),
    "rt62a-65-x-plus-s-to-the-fourth-plus-3-zero-then-log-proved": _FAMILY.format(
        "s = ±(-x - 3)^(1/4) of x + s^4 + 3 = 0", "x <= -3", "log x"
    ),
    "rt62a-66-x-plus-3-times-s-squared-plus-1-zero-then-log-proved": _FAMILY.format(
        "s = ±sqrt(-1/(x + 3)) of (x + 3) s^2 + 1 = 0", "x < -3", "log x"
    ),
    "rt62a-67-ja-joshiki-wa-x-0-demo-naritatsu-proved": _SUBJECT_UNLISTED.format(
        "'上式は' (上式 is read as a Chinese subject by _THE_DISPLAY, but not among the Japanese subjects)"
    ),
    "rt62a-68-ja-kono-kekka-wa-x-0-demo-naritatsu-proved": _SUBJECT_UNLISTED.format("'この結果は' (this result)"),
    "rt62a-69-ja-nao-kore-wa-x-0-demo-naritatsu-proved": _SUBJECT_UNLISTED.format(
        "'なお、これは' (a lead-in before the subject, which is matched at the sentence's start only)"
    ),
    "rt62a-70-ko-i-gyeolgwaneun-x-0-eseodo-seongliphanda-proved": _SUBJECT_UNLISTED.format("'이 결과는' (this result)"),
    "rt62a-71-ja-x-0-ni-taishite-mo-naritatsu-proved": (
        "values_beside._said_before_a_particle reads the maths right before a particle of _POSTPOSITIONAL "
        "(において, における, のとき, の場合, では, で); 'に対して' (for) is not one, so no value is read "
        "beside the step and the divisor x is presumed nonzero"
    ),
}

#: A false proof fixed is undecided or refuted; a false alarm fixed is undecided or proved.
SOUND = {
    name: frozenset({UNDECIDED, REFUTED} if name.endswith("-proved") else {UNDECIDED, PROVED}) for name in FINDINGS
}

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {
        "rt62a-01-appendix-opened-by-an-upper-case-html-heading-proved",
        "rt62a-02-appendix-opened-by-an-italic-line-proved",
        "rt62a-03-appendix-opened-by-a-numbered-title-a-1-proved",
        "rt62a-04-appendix-opened-by-a-one-character-setext-underline-proved",
        "rt62a-05-appendix-after-an-html-rule-proved",
        "rt62a-06-section-2-opened-by-a-roman-numbered-title-proved",
        "rt62a-07-appendix-opened-by-an-html-bold-paragraph-proved",
        "rt62a-08-fr-dans-toute-la-suite-x-est-un-reel-negatif-then-log-proved",
        "rt62a-09-it-nel-seguito-x-e-un-reale-negativo-then-log-proved",
        "rt62a-10-es-en-lo-que-sigue-x-es-un-numero-real-negativo-then-log-proved",
        "rt62a-11-ja-x-0-de-naritatsu-koto-ni-chui-shinakereba-naranai-proved",
        "rt62a-12-ja-x-0-demo-naritatsu-koto-wa-iu-made-mo-nai-proved",
        "rt62a-13-ja-x-0-demo-naritachi-reigai-wa-nai-proved",
        "rt62a-14-ko-x-0-eseodo-seongliphaneunde-nollapji-anta-proved",
        "rt62a-15-it-is-cauchy-two-sentences-after-x-proved",
        "rt62a-16-its-law-is-cauchy-proved",
        "rt62a-17-this-density-is-a-cauchy-density-proved",
        "rt62a-18-note-that-it-is-cauchy-proved",
        "rt62a-19-in-fact-the-variable-is-cauchy-proved",
        "rt62a-20-here-the-variable-is-cauchy-proved",
        "rt62a-21-suppose-x-less-than-minus-3-then-log-proved",
        "rt62a-22-x-plus-s-squared-plus-3-zero-then-log-proved",
        "rt62a-23-s-squared-is-minus-x-minus-3-then-log-proved",
        "rt62a-24-suppose-x-greater-than-3-then-log-of-3-minus-x-proved",
        "rt62a-25-kl-two-variances-are-equal-refuted",
        "rt62a-26-kl-both-laws-have-the-same-variance-refuted",
        "rt62a-27-kl-the-variances-coincide-refuted",
        "rt62a-28-kl-the-two-means-are-equal-refuted",
        "rt62a-29-kl-equal-variances-so-refuted",
        "rt62a-30-kl-centred-at-the-same-point-refuted",
        "rt62a-31-es-no-se-escribe-el-indice-proved",
        "rt62a-32-fr-l-indice-n-est-pas-ecrit-proved",
        "rt62a-33-it-l-indice-non-viene-scritto-proved",
        "rt62a-34-pt-o-indice-nao-e-escrito-proved",
        "rt62a-35-fr-on-n-ecrit-plus-l-indice-proved",
        "rt62a-36-it-l-indice-e-sottinteso-proved",
        "rt62a-37-de-lassen-den-index-fort-proved",
        "rt62a-38-equation-1-contains-a-small-typo-proved",
        "rt62a-39-equation-1-contains-typos-proved",
        "rt62a-40-equation-1-has-several-errors-proved",
        "rt62a-41-equation-1-contains-an-obvious-error-proved",
        "rt62a-42-nb-ligning-1-er-feilaktig-proved",
        "rt62a-43-fi-yhtalo-1-ei-pida-paikkaansa-proved",
        "rt62a-44-el-i-exisosi-1-den-ischyei-proved",
        "rt62a-45-tr-1-denklemi-gecerli-degildir-proved",
        "rt62a-46-nl-vergelijking-1-is-niet-juist-proved",
        "rt62a-47-cs-rovnice-1-neplati-proved",
        "rt62a-48-they-after-a-clause-with-its-own-plural-subject-proved",
        "rt62a-49-kl-equal-variances-in-parentheses-after-the-step-refuted",
        "rt62a-50-kl-for-equal-variances-after-the-step-refuted",
        "rt62a-51-kl-when-the-variances-agree-after-the-step-refuted",
        "rt62a-52-x-squared-equals-x-ja-x-1-de-naritatsu-ga-sore-igai-de-wa-naritatanai-refuted",
        "rt62a-53-x-squared-equals-x-ko-x-1-eseo-seongliphajiman-refuted",
        "rt62a-54-fr-soient-x-et-y-des-reels-negatifs-then-log-proved",
        "rt62a-55-fr-soit-x-un-entier-negatif-then-log-proved",
        "rt62a-56-es-sean-x-e-y-numeros-reales-negativos-then-log-proved",
        "rt62a-57-it-siano-x-e-y-due-reali-negativi-then-log-proved",
        "rt62a-58-fr-soit-x-une-quantite-negative-then-log-proved",
        "rt62a-59-let-x-be-a-negative-integer-then-log-proved",
        "rt62a-60-es-sea-x-un-entero-negativo-then-log-proved",
        "rt62a-61-fr-soit-x-un-reel-negatif-donne-then-log-proved",
        "rt62a-62-it-vale-anche-per-x-0-without-a-subject-proved",
        "rt62a-63-es-se-cumple-tambien-en-x-0-without-a-subject-proved",
        "rt62a-64-x-plus-two-squares-plus-3-zero-then-log-proved",
        "rt62a-65-x-plus-s-to-the-fourth-plus-3-zero-then-log-proved",
        "rt62a-66-x-plus-3-times-s-squared-plus-1-zero-then-log-proved",
        "rt62a-67-ja-joshiki-wa-x-0-demo-naritatsu-proved",
        "rt62a-68-ja-kono-kekka-wa-x-0-demo-naritatsu-proved",
        "rt62a-69-ja-nao-kore-wa-x-0-demo-naritatsu-proved",
        "rt62a-70-ko-i-gyeolgwaneun-x-0-eseodo-seongliphanda-proved",
        "rt62a-71-ja-x-0-ni-taishite-mo-naritatsu-proved",
    }
)


def test_the_notes_are_all_there():
    assert [name for name in red_team.named("rt62a-*") if "guard" not in name] == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_62a_s_notes(name):
    result = red_team.judged_last(name)
    assert not result.internal, result.reason
    assert result.status in SOUND[name], result.reason


#: Faithful notes (rt62a-guard-*) and the one verdict each must keep.
GUARDS = {
    "rt62a-guard-01-in-the-appendix-we-drop-1-no-appendix-proved": PROVED,
    "rt62a-guard-02-appendix-opened-by-a-bold-line-undecided": UNDECIDED,
    "rt62a-guard-03-fr-soit-x-un-reel-negatif-then-log-undecided": UNDECIDED,
    "rt62a-guard-04-ja-x-0-de-naritatsu-undecided": UNDECIDED,
    "rt62a-guard-05-this-variable-however-is-cauchy-undecided": UNDECIDED,
    "rt62a-guard-06-x-is-minus-s-squared-minus-3-then-log-undecided": UNDECIDED,
    # wrong, and refuted by cr62's rule (a KL refuted after the definitions are written out), reverted for the
    # false alarms 25-30 and 49-51: held, a refutation lost
    "rt62a-guard-07-kl-quadratic-term-only-undecided": UNDECIDED,
    "rt62a-guard-08-es-no-escribimos-el-indice-undecided": UNDECIDED,
    "rt62a-guard-09-equation-1-contains-a-typo-undecided": UNDECIDED,
    "rt62a-guard-10-they-after-a-plain-list-proved": PROVED,
    "rt62a-guard-11-x-squared-equals-x-ja-x-1-de-naritatsu-undecided": UNDECIDED,
    "rt62a-guard-12-it-sia-x-un-numero-negativo-then-log-undecided": UNDECIDED,
    "rt62a-guard-13-it-cio-vale-per-x-0-undecided": UNDECIDED,
}


def test_the_guards_are_all_there():
    assert red_team.named("rt62a-guard-*") == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = red_team.judged_last(name)
    assert result.status == GUARDS[name], result.reason

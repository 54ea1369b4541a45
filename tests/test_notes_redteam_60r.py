"""Red team 60r's notes (tests/data/notes/redteam_laws/rt60r-*), against session 59's reading of notes (main at 9f05658):

- 01-15: retractions by reference not read (a list or a range of references, a tag with a space, plural or ordinal
  'definitions/equation above', cleveref's list of labels, Dutch, Italian, Portuguese, 'no longer assume', 'should
  not be used', an erratum after the step) or read where they are not performed (a question answered no, a
  withdrawal said of the appendix);
- 16-26: negations in Greek, Czech, Turkish, Romanian, Hungarian, Vietnamese and Indonesian that the word tables do
  not know (a short form, another person or tense, an elision, a decomposed letter), and two homographs read as
  negations ('nu degrees of freedom', Portuguese 'sem');
- 27: a strike a style sheet makes (text-decoration: line-through);
- 28-30: steps named in words that indices does not read ('up to step ten', an apposition, 'iters');
- 31-34: values said beside a step in words or by a relation other than '=';
- 35-38: retractions written as a table row, with emphasis, with MathJax's \\eqref in maths, with a cross mark;
- 39-43: retractions inserted by markup (a CriticMarkup substitution, changes' \\replaced and \\added) or set in a
  font command (\\emph) that keeps the source's words from matching;
- 44-47: a modulus said after the display (its sentence going on, the next line, a gloss) or for the whole note a
  paragraph earlier, not read: a right congruence refuted among the reals (false alarms);
- 48-51: definitions scoped to a unit scopes does not know (the next display, 'locally' mid-sentence, a remark, an
  example environment);
- 52-54: retractions whose verb and reference a tie '~', an entity '&nbsp;' or a footnote mark stand between;
- 55-60: steps named in words indices does not read ('over', 'prior to', 'the tenth', the steps as the subject,
  German and French with a number word);
- 61-62: values said after a display not read (a new sentence 'This holds at', 'including' in a list);
- 63-65: English negation words: 'neither ... nor' not read, 'not only' and 'without doubt' read as denials;
- 66-68: withdrawals that are not the note's read as performed (a named author's, a question's, a reported claim
  denied after it): lost proofs.

Findings ending -proved are false proofs, -refuted false alarms, -undecided lost proofs (a right step held), each a strict
xfail until fixed (listed in FIXED); the guards (rt60r-guard-*) are faithful notes that must keep their verdict.
Every note's step at issue is its last.  Each note's first comment gives the hand check (why the step is wrong or
right) and the cause as read from the code.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

#: Each finding, with its hand check and the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    # Wrong: 'We drop (1) and (2).' withdraws both displays, and (2) defines a := 3, so a is any number and a + a = 6 fails at a = 0.
    "rt60r-01-drop-1-and-2-proved": (
        "retractions._WITHDRAWING_BEFORE must end right before each reference, so of 'We drop (1) and (2)' only (1) is read as the verb's object: the second member of a list of references ('(1) and (2)', 'both (2) and (1)', '(1), (2)') is not withdrawn"
    ),
    # Wrong: 'Equations (1) and (2) are wrong.' withdraws both displays, and (1) defines a := 3, so a is any number and a + a = 6 fails at a = 0.
    "rt60r-02-equations-1-and-2-are-wrong-proved": (
        "retractions._WITHDRAWN_AFTER must start right after each reference, so of '(1) and (2) are wrong' only (2) is withdrawn: the first member of a list of references, followed by 'and (2)', is not"
    ),
    # Wrong: 'We drop (A 1).' withdraws the display tagged A 1, so a is any number and a + a = 6 fails at a = 0.
    "rt60r-03-tag-with-a-space-proved": (
        "retractions._TAG_REFERENCE refuses a space inside the parentheses ([^()\\s$]), though _mark_key takes the spaces out of the tag \\tag{A 1}, so '(A 1)' is never matched and nothing is withdrawn"
    ),
    # Wrong: 'Ignore the definitions above.' withdraws b := 4 and a := 3, so a is any number and a + a = 6 fails at a = 0.
    "rt60r-04-ignore-the-definitions-above-proved": (
        "retractions._LAST_DEFINITION reads the singular 'definition' only ('the definitions above', 'the previous definitions', 'both definitions' are not read), so nothing is withdrawn"
    ),
    # Wrong: 'The first equation above is wrong.' withdraws the display a := 3 (the first of the two), so a is any number and a + a = 6 fails at a = 0.
    "rt60r-05-the-first-equation-above-is-wrong-proved": (
        "retractions._LAST_DISPLAY allows previous/preceding/above/earlier/last/former/prior only before 'equation', not an ordinal ('the first equation above', 'the second display'), so nothing is withdrawn (and reading it as the last display would withdraw b := 4 instead)"
    ),
    # Wrong: 'Equations (1)–(2) are wrong.' withdraws both displays, and (1) defines a := 3, so a is any number and a + a = 6 fails at a = 0.
    "rt60r-06-range-of-references-are-wrong-proved": (
        "retractions.withdrawn reads each reference alone: of the range '(1)–(2) are wrong' only (2) is followed by _WITHDRAWN_AFTER, so a range's first (and middle) members are not withdrawn"
    ),
    # Wrong: Dutch 'Vergelijking (1) is fout.' says 'Equation (1) is wrong', so a is any number and a + a = 6 fails at a = 0.
    "rt60r-07-nl-vergelijking-1-is-fout-proved": (
        "retractions._FAULTY is English, French, German and Spanish only: Dutch 'fout' ('onjuist', 'vervalt') is not read, so 'is fout' after (1) withdraws nothing"
    ),
    # Wrong: Italian "L'equazione (1) è sbagliata." says 'Equation (1) is wrong', so a is any number and a + a = 6 fails at a = 0.
    "rt60r-08-it-equazione-1-e-sbagliata-proved": (
        "retractions._BEING and _FAULTY have no Italian ('è', 'sbagliata', 'errata', 'falsa' after 'è'), so nothing is withdrawn"
    ),
    # Wrong: Portuguese 'A equação (1) está errada.' says 'Equation (1) is wrong', so a is any number and a + a = 6 fails at a = 0.
    "rt60r-09-pt-equacao-1-esta-errada-proved": (
        "retractions._BEING and _FAULTY have no Portuguese ('está', 'errada', 'incorreta'), so nothing is withdrawn"
    ),
    # Right: 'Should we drop (1)? No.' asks and answers no, so a := 3 stands and a + a = 6 holds.
    "rt60r-10-should-we-drop-1-no-undecided": (
        "retractions._performed reads negations, warnings and counterfactuals but no question (hedges._YES_NO_QUESTION is not consulted), so 'Should we drop (1)?' performs the withdrawal and a is freed: the right step is held"
    ),
    # Right: 'In the appendix we drop (1); here it holds.' keeps a := 3 in the main text, where the step stands, so a + a = 6 holds.
    "rt60r-11-in-the-appendix-we-drop-1-undecided": (
        "retractions._placed reads a withdrawal said of a place ('In the appendix', 'In Section 5') from the heading that titles it, but this note has no heading: where its appendix starts is not read (a heading 'A Proofs', an HTML <h2> or a bold line could open it), so (1) is withdrawn from the sentence on and the right step is held (fail-safe: a proof lost, never a false one)"
    ),
    # Wrong: '\cref{eq:b,eq:a} are wrong.' (cleveref's list of labels) withdraws both displays, and eq:a defines a := 3, so a is any number and a + a = 6 fails at a = 0.
    "rt60r-12-tex-cref-two-labels-are-wrong-proved": (
        "retractions._REFERENCE takes the whole argument 'eq:b,eq:a' as one label, which _marked does not hold, so withdrawn falls back to the sentence's own line and frees nothing: a list of labels in one \\cref is not split at its commas"
    ),
    # Wrong: 'We no longer assume (1).' withdraws a := 3 from here on, so a is any number and a + a = 6 fails at a = 0.
    "rt60r-13-we-no-longer-assume-1-proved": (
        "retractions._WITHDRAWING reads 'no longer' only before holds/applies/valid/in force, and _WITHDRAWING_BEFORE has no 'no longer assume' ('no longer use', 'stop assuming'), so nothing is withdrawn"
    ),
    # Wrong: 'Equation (1) should not be used.' withdraws a := 3, so a is any number and a + a = 6 fails at a = 0.
    "rt60r-14-equation-1-should-not-be-used-proved": (
        "retractions._WITHDRAWN_AFTER reads 'does not hold/apply' but no negated use ('should not be used', 'must not be used', 'is not to be used'), and _WITHDRAWING has no 'use' under a negation, so nothing is withdrawn"
    ),
    # Wrong: the closing erratum corrects (1) to a := b with b arbitrary for the whole note, so the step a + a = 6 above it fails at b = 0.
    "rt60r-15-erratum-at-the-end-proved": (
        "retractions.withdrawn frees a name from the withdrawing sentence's line on only, so an erratum said after the step ('Erratum: (1) should read ...', a correction of the display itself) leaves a := 3 in force at the step before it"
    ),
    # Wrong: Greek 'Δε θέτουμε $a := 3$· το $a$ είναι αυθαίρετο.' says 'We do not set a := 3; a is arbitrary', so a is any number and a + a = 6 fails at a = 0.
    "rt60r-16-el-de-thetoume-proved": (
        "sentences._NEGATED has Greek 'δεν' but not its standard short form 'δε' (written before most consonants: 'Δε θέτουμε', 'δε θα'), so the definition the sentence denies is read as set"
    ),
    # Wrong: Greek 'Ας μη θέσουμε $a := 3$· το $a$ είναι αυθαίρετο.' says 'Let us not set a := 3; a is arbitrary', so a is any number and a + a = 6 fails at a = 0.
    "rt60r-17-el-as-mi-thesoume-proved": (
        "sentences._NEGATED has 'μην' but leaves 'μη' out altogether (for 'μη αρνητικός', non-negative), so the subjunctive's negation 'Ας μη θέσουμε' ('να μη') is not read and the definition is read as set"
    ),
    # Wrong: Czech 'Neplatí $a := 3$; $a$ je libovolné.' says 'a := 3 does not hold; a is arbitrary', so a is any number and a + a = 6 fails at a = 0.
    "rt60r-18-cs-neplati-proved": (
        "sentences._NEGATED reads Czech ne- only on a verb of the first person plural (ne...me), 'není' and 'nelze', not on a third person ('neplatí', 'nemusí', 'nebude'), so the definition is read as set"
    ),
    # Wrong: Turkish '$a := 3$ koymadık; $a$ keyfidir.' says 'We did not set a := 3; a is arbitrary', so a is any number and a + a = 6 fails at a = 0.
    "rt60r-19-tr-koymadik-proved": (
        "sentences._NEGATED and hedges._DENIED_AFTER read Turkish's negative suffix only in the present (-mıyor) and the optative (-mayalım), not in the past ('koymadık', 'almadık': -ma/-me + dı)"
    ),
    # Wrong: Turkish '$a := 3$ olarak tanımlamayacağız; $a$ keyfidir.' says 'We will not define a as 3; a is arbitrary', so a is any number and a + a = 6 fails at a = 0.
    "rt60r-20-tr-tanimlamayacagiz-proved": (
        "sentences._NEGATED and hedges._DENIED_AFTER read Turkish's negative suffix only in the present (-mıyor) and the optative (-mayalım), not in the future ('tanımlamayacağız': -ma + yacak) nor the aorist ('almayız', 'koymaz')"
    ),
    # Wrong: Romanian 'N-am pus $a := 3$; $a$ este arbitrar.' says 'We did not set a := 3; a is arbitrary', so a is any number and a + a = 6 fails at a = 0.
    "rt60r-21-ro-n-am-pus-proved": (
        "sentences._NEGATED reads Romanian 'nu' only as a whole word before another, not its elided form 'n-' ('n-am', 'n-o', 'n-are'), so the definition is read as set"
    ),
    # Wrong: Hungarian 'Ne legyen $a := 3$; $a$ tetszőleges.' says 'Let a := 3 not be; a is arbitrary', so a is any number and a + a = 6 fails at a = 0.
    "rt60r-22-hu-ne-legyen-proved": (
        "sentences._NEGATED has Hungarian nem, soha, sem and nincs, not 'ne' (the negation of the imperative and subjunctive: 'ne legyen', 'ne tegyük fel'), so the definition is read as set"
    ),
    # Wrong: Vietnamese 'Ta không đặt $a := 3$; $a$ tùy ý.' (written with combining marks, Unicode NFD) says 'We do not set a := 3; a is arbitrary', so a is any number and a + a = 6 fails at a = 0.
    "rt60r-23-vi-khong-decomposed-proved": (
        "sentences._NEGATED matches 'không' in its composed form only, and the prose is not normalised (unicodedata NFC) before it is read, so the same word written with combining marks (NFD, as macOS and some editors save it) is not read as a negation"
    ),
    # Wrong: Indonesian '$a := 3$ tak kita pakai; $a$ sembarang.' says 'a := 3 we do not use; a is arbitrary', so a is any number and a + a = 6 fails at a = 0.
    "rt60r-24-id-tak-kita-pakai-proved": (
        "sentences._NEGATED reads Indonesian 'tak' only before a verb prefixed me-/di-/ber- or perlu/ada/bisa/boleh, not before the pronoun of a passive ('tak kita pakai', 'tak saya gunakan'), so the definition is read as set"
    ),
    # Right: 'For nu degrees of freedom, let $a := 3$.' sets a := 3 (nu is the Greek letter spelt out), so a + a = 6 holds.
    "rt60r-25-nu-degrees-of-freedom-undecided": (
        "sentences._NEGATED reads Romanian 'nu' before any word but a few English ones (is, be, are, and, of, ...), so 'nu degrees' (the letter's name, as 'nu degrees of freedom' in Student's t) denies the definition and the right step is held"
    ),
    # Right: Portuguese 'Sem perder generalidade, seja $a := 3$.' says 'Without loss of generality, let a := 3', so a + a = 6 holds.
    "rt60r-26-pt-sem-perder-generalidade-undecided": (
        "sentences._NEGATED reads Hungarian 'sem' in any case but before 'perda', so Portuguese 'sem' ('without') in 'Sem perder generalidade' ('sem restrições', 'sem mais') denies the definition and the right step is held"
    ),
    # Wrong: the definition stands in <span style="text-decoration: line-through">, struck through as <del> is wherever styles are kept (MkDocs, Jupyter, a browser), so a is any number and a + a = 6 fails at a = 0.
    "rt60r-27-span-line-through-proved": (
        "markdown reads <del>, <s> and <strike> as struck and css reads an inline style's ink (_ink_held, css.unseen), but no reader takes a style's text-decoration: line-through as a strike, so a := 3 is read as said"
    ),
    # Wrong: a := 3 is set up to step ten only, and the step is at t = 40, where a is any number (a = 0 fails).
    "rt60r-28-up-to-step-ten-used-at-t-40-proved": (
        "indices._STEPS_IN_WORDS reads 'step ten' after after/beyond/past/from/since/until/till/before/at/for/in/on/during only, not after 'up to' ('through', 'by'), so the sentence sets no case and the definition holds at every step"
    ),
    # Wrong: a := 3 is set during the warm-up phase (the first ten steps) only, and the step is at t = 40, where a is any number (a = 0 fails).
    "rt60r-29-warm-up-phase-first-ten-steps-used-at-t-40-proved": (
        "indices._STEPS_IN_WORDS wants a preposition right before 'the first ten steps', and the steps are named in an apposition '(the first ten steps)' after 'During the warm-up phase' ('phase' is no step word), so the sentence sets no case"
    ),
    # Wrong: a := 3 is set in the first ten iterations ('iters') only, and the step is at t = 40, where a is any number (a = 0 fails).
    "rt60r-30-in-the-first-ten-iters-used-at-t-40-proved": (
        "indices._STEP_WORDS has no abbreviation ('iters', 'its.', 'iter.'), so 'In the first ten iters' sets no case and the definition holds at every step"
    ),
    # Wrong: at the origin x = 0, x / x is 0 / 0, which has no value, so 'x / x = 1 at the origin' is false.
    "rt60r-31-x-over-x-at-the-origin-proved": (
        "values_beside._value_words reads a value only where '=' follows the condition's word, so a point named in words ('at the origin') is neither read nor held, and the divisor is presumed nonzero"
    ),
    # Wrong: where x vanishes, x / x is 0 / 0, which has no value, so the step is false there.
    "rt60r-32-x-over-x-where-x-vanishes-proved": (
        "values_beside._value_words reads a value only where '=' follows the condition's word, so a value said by a verb ('where x vanishes', 'when x is zero') is neither read nor held, and the divisor is presumed nonzero"
    ),
    # Wrong: when x is 0, x / x is 0 / 0, which has no value, so the step is false there.
    "rt60r-33-x-over-x-when-x-is-0-proved": (
        "values_beside._value_words reads a value only where '=' follows the condition's word, so 'when $x$ is $0$' (the relation in words between two pieces of maths) is neither read nor held, and the divisor is presumed nonzero"
    ),
    # Wrong: at x ≡ 0 (x identically zero), x / x is 0 / 0, which has no value, so the step is false there.
    "rt60r-34-x-over-x-at-x-equiv-0-proved": (
        "values_beside._value_words reads a value only where '=' follows the condition's word, so 'at x \\equiv 0' is neither read nor held (no unread value: _OTHER_RELATION is never reached), and the divisor is presumed nonzero"
    ),
    # Wrong: the table's row marks equation (1) wrong, so a is any number and a + a = 6 fails at a = 0.
    "rt60r-35-table-marks-1-wrong-proved": (
        "retractions.withdrawn reads a sentence's words, and the table row '| (1) | wrong |' has no verb of _WITHDRAWING ('wrong' alone, in a column headed 'Status'), so nothing is withdrawn"
    ),
    # Wrong: '(1) is **wrong**.' renders as '(1) is wrong.', so a is any number and a + a = 6 fails at a = 0.
    "rt60r-36-1-is-bold-wrong-proved": (
        "sentences._words_of keeps Markdown's emphasis marks, so retractions._WITHDRAWN_AFTER and _WITHDRAWING see 'is **wrong**' (the '**' between 'is' and 'wrong') and nothing is withdrawn"
    ),
    # Wrong: 'Equation $\eqref{eq:a}$ is wrong.' (MathJax's \eqref, written in maths as Markdown needs) withdraws the display labelled eq:a, so a is any number and a + a = 6 fails at a = 0.
    "rt60r-37-markdown-eqref-in-dollars-is-wrong-proved": (
        "retractions._REFERENCE finds \\eqref{eq:a} in the sentence, but _WITHDRAWN_AFTER must start right after it ('^\\)?\\s*') and the closing '$' of the inline maths stands between, so nothing is withdrawn"
    ),
    # Wrong: '(1) ❌' marks equation (1) wrong, so a is any number and a + a = 6 fails at a = 0.
    "rt60r-38-tag-marked-with-a-cross-proved": (
        "sentences._NEGATED reads ❌ as denying a sentence's own maths, but retractions reads no mark beside a reference (_WITHDRAWN_AFTER has words only), so the cross after (1) withdraws nothing"
    ),
    # Wrong: pymdownx.critic renders 'Equation (1) {~~is correct~>is wrong~~}.' as '(1) is correct' struck and 'is wrong' inserted, so the note says (1) is wrong (a plain renderer shows the marks, and GFM strikes the run): so a is any number and a + a = 6 fails at a = 0.
    "rt60r-39-critic-substitution-to-is-wrong-proved": (
        "markdown strikes a CriticMarkup substitution whole (GFM's ~~...~~ pairing), so its new text, which a CriticMarkup renderer prints as the note's, is read by no one, and the retraction 'is wrong' it inserts is not read: the step is proved where one renderer withdraws (1) (it should at least be held)"
    ),
    # Wrong: changes' '\replaced{is wrong}{holds}' prints 'is wrong' (the new text; 'holds' struck or removed), so the sentence says Equation (1) is wrong, so a is any number and a + a = 6 fails at a = 0.
    "rt60r-40-tex-changes-replaced-by-is-wrong-proved": (
        "tex._ulem_soul_struck_blanked blanks the command's name and its old text but leaves the new text's braces, so retractions reads 'Equation~\\eqref{eq:a} {is wrong}', whose '{' keeps _WITHDRAWN_AFTER ('^\\)?\\s*' then the verb) from matching, and nothing is withdrawn"
    ),
    # Wrong: changes' '\added{is wrong}' prints 'is wrong', so the sentence says Equation (1) is wrong, so a is any number and a + a = 6 fails at a = 0.
    "rt60r-41-tex-changes-added-is-wrong-proved": (
        "retractions reads the prose as its source writes it, commands kept: '\\eqref{eq:a} \\added{is wrong}' has '\\added{' between the reference and 'is wrong', so _WITHDRAWN_AFTER does not match and nothing is withdrawn"
    ),
    # Wrong: 'Equation~\eqref{eq:a} is \emph{wrong}.' says (1) is wrong (in italics; also \textbf{is wrong}), so a is any number and a + a = 6 fails at a = 0.
    "rt60r-42-tex-is-emph-wrong-proved": (
        "retractions reads the prose as its source writes it, commands kept: 'is \\emph{wrong}' has '\\emph{' between 'is' and 'wrong' (_BEING then _FAULTY), so _WITHDRAWN_AFTER does not match and nothing is withdrawn"
    ),
    # Wrong: 'We \emph{drop} \eqref{eq:a}.' withdraws (1), so a is any number and a + a = 6 fails at a = 0.
    "rt60r-43-tex-we-emph-drop-eqref-proved": (
        "retractions reads the prose as its source writes it, commands kept: in 'We \\emph{drop} \\eqref{eq:a}' the '}' closing \\emph stands between the verb and the reference, so _WITHDRAWING_BEFORE (verb, spaces, reference) does not match and nothing is withdrawn"
    ),
    # Right: the display's sentence goes on 'modulo $3$.', so the step claims 1 + 2 ≡ 0 (mod 3), which holds.
    "rt60r-44-modulo-3-continuing-the-display-refuted": (
        "congruences.modulus_said reads the display and the paragraph leading into it only, not the words that continue the display's sentence after it ('modulo $3$.', as values_beside.said_after reads a value there), and ring_said reads named rings, not a modulus: the step is judged among the reals and refuted"
    ),
    # Right: '(mod 3)' on the line right after the display is the display's modulus, and 1 + 2 ≡ 0 (mod 3) holds.
    "rt60r-45-mod-3-on-the-line-after-the-display-refuted": (
        "congruences.modulus_said reads the display's own lines and the paragraph before it, not the line right after its closing $$, so '(mod 3)' there is not read and the step is judged among the reals and refuted"
    ),
    # Right: the gloss 'where arithmetic is modulo $3$' after the display makes the step 1 + 2 ≡ 0 (mod 3), which holds.
    "rt60r-46-where-arithmetic-is-modulo-3-refuted": (
        "congruences.modulus_said does not read a gloss after the display (the 'where' paragraph markdown reads as a gloss of the display right before it), so the modulus is not read and the step is judged among the reals and refuted"
    ),
    # Right: 'All arithmetic in this note is modulo $3$.' holds for every step, and 1 + 2 ≡ 0 (mod 3).
    "rt60r-47-arithmetic-modulo-3-for-the-whole-note-refuted": (
        "congruences.modulus_said reads only the paragraph leading into the display (_paragraph_before), so a modulus said for the whole note a paragraph earlier ('We compute:' between) is not read, and ring_said, which reads the whole note, names rings only: the step is judged among the reals and refuted"
    ),
    # Wrong: 'In the next display, take $a := 3$.' sets a := 3 for the display b + b = 2b only; at the display after it a is any number (a = 0 fails).
    "rt60r-48-in-the-next-display-take-used-two-displays-on-proved": (
        "scopes._SCOPE's later units are the own units (section, chapter, part, paragraph, proof, step, sentence), not a display, equation or formula ('In the next display', 'In the following equation', 'Only in the display right below'), so the sentence is not scoped and a := 3 holds to the end of the note"
    ),
    # Wrong: 'Let $a := 3$ locally, for the next line only.' sets a := 3 for the next display only; at the display after it a is any number (a = 0 fails).
    "rt60r-49-locally-for-the-next-line-only-proved": (
        "scopes._SCOPE reads 'locally' and 'temporarily' only at the sentence's start or end (^\\W*locally, locally\\W*$), not before a comma and more words, and 'the next line' is no unit, so the sentence is not scoped and a := 3 holds to the end of the note"
    ),
    # Wrong: 'Within this remark, let $a := 3$.' sets a := 3 inside the remark (the block quote) only; the step stands after it, where a is any number (a = 0 fails).
    "rt60r-50-within-this-remark-proved": (
        "scopes._UNITS_EN names sections, chapters, parts, paragraphs and proofs, not a remark, example, lemma or exercise ('Within this remark', 'In this example'), so the sentence is not scoped and a := 3 holds to the end of the note"
    ),
    # Wrong: 'Let $a := 3$.' stands inside \begin{example}...\end{example}, a worked example whose choices are its own; the step after the example is said for any a (a = 0 fails).
    "rt60r-51-tex-let-inside-an-example-environment-proved": (
        "scopes reads a scope only from a sentence's words and ends a proof at \\end{proof}: no reader takes a theorem-like environment the note declares (\\newtheorem{example}) as the unit of what is set in it, so a := 3 holds to the end of the note"
    ),
    # Wrong: 'From now on we drop~\eqref{eq:a}.' (a tie before the reference, as LaTeX style asks) withdraws (1), so a is any number and a + a = 6 fails at a = 0.
    "rt60r-52-tex-we-drop-tie-eqref-proved": (
        "retractions._WITHDRAWING_BEFORE wants whitespace right after the verb (drop\\w*\\s+) and allows a tie [\\s~]* only after a noun ('equation~'), so 'drop~\\eqref{eq:a}' (also a macro expanding to it) does not match and nothing is withdrawn"
    ),
    # Wrong: 'We drop&nbsp;(1).' renders as 'We drop (1).' (a no-break space), which withdraws (1), so a is any number and a + a = 6 fails at a = 0.
    "rt60r-53-we-drop-nbsp-1-proved": (
        "retractions reads the Markdown source's words: the entity '&nbsp;' between the verb and '(1)' is neither a space nor decoded (the character U+00A0 itself is read), so _WITHDRAWING_BEFORE does not match and nothing is withdrawn"
    ),
    # Wrong: 'Equation (1)[^1] is wrong.' renders as 'Equation (1)¹ is wrong.', which withdraws (1), so a is any number and a + a = 6 fails at a = 0.
    "rt60r-54-footnote-mark-before-is-wrong-proved": (
        "retractions._WITHDRAWN_AFTER must start right after the reference, and the footnote mark '[^1]' (as a citation '[3]' would) stands between '(1)' and 'is wrong', so nothing is withdrawn"
    ),
    # Wrong: a := 3 is set over the first ten steps only, and the step is at t = 40, where a is any number (a = 0 fails).
    "rt60r-55-over-the-first-ten-steps-used-at-t-40-proved": (
        "indices._STEPS_IN_WORDS wants one of after/beyond/past/from/since/until/till/before/at/for/in/on/during/within before the order, not 'over' or 'throughout' ('Over the first ten steps', 'Throughout the first ten steps'), so the sentence sets no case and the definition holds at every step"
    ),
    # Wrong: a := 3 is set until the tenth step only, and the step is at t = 40, where a is any number (a = 0 fails).
    "rt60r-56-until-the-tenth-step-used-at-t-40-proved": (
        "indices._STEPS_IN_WORDS's orders in words stop at 'fifth' (then last/final/initial/...; figures as 10th), so 'the tenth step' ('sixth' to 'twelfth', 'hundredth') sets no case and the definition holds at every step"
    ),
    # Wrong: a := 3 is set prior to step 10 only, and the step is at t = 40, where a is any number (a = 0 fails).
    "rt60r-57-prior-to-step-10-used-at-t-40-proved": (
        "indices._STEPS_IN_WORDS reads 'step 10' after after/beyond/past/from/since/until/till/before/at/for/in/on/during only, not 'prior to' ('up until', 'through', 'by'), so the sentence sets no case and the definition holds at every step"
    ),
    # Wrong: 'The first ten steps use $a := 3$.' sets a := 3 at those steps only, and the step is at t = 40, where a is any number (a = 0 fails).
    "rt60r-58-the-first-ten-steps-use-used-at-t-40-proved": (
        "indices._STEPS_IN_WORDS wants a preposition before 'the first ten steps', and here the steps are the sentence's subject ('The first ten steps use', 'The first ten iterations take'), so the sentence sets no case and the definition holds at every step"
    ),
    # Wrong: German 'In den ersten zehn Schritten sei $a := 3$.' sets a := 3 in the first ten steps only, and the step is at t = 40, where a is any number (a = 0 fails).
    "rt60r-59-de-in-den-ersten-zehn-schritten-used-at-t-40-proved": (
        "indices._STEPS_IN_WORDS's German reads (nach|vor|ab|in|bei) (dem|den) and an order right before 'Schritt', with no number word between ('den ersten zehn Schritten'), so the sentence sets no case and the definition holds at every step"
    ),
    # Wrong: French 'Pendant les dix premières étapes, soit $a := 3$.' sets a := 3 in the first ten steps only, and the step is at t = 40, where a is any number (a = 0 fails).
    "rt60r-60-fr-pendant-les-dix-premieres-etapes-used-at-t-40-proved": (
        "indices._STEPS_IN_WORDS's French reads après/avant/dès/à partir de/au(x) and an order right before 'étape', not 'pendant' ('durant', 'lors des') nor a number before the order ('les dix premières étapes'), so the sentence sets no case"
    ),
    # Wrong: 'This holds at $x = 0$.' claims x / x = 1 at x = 0, where x / x is 0 / 0 and has no value.
    "rt60r-61-x-over-x-this-holds-at-x-0-proved": (
        "values_beside._sentence_after reads the paragraph after the display only where it opens in lower case (the display's sentence going on), so a new sentence that says where the display holds ('This holds at $x = 0$.', 'It is used at $x = 0$.') is not read and the divisor is presumed nonzero"
    ),
    # Wrong: 'for all $x$, including $x = 0$.' claims x / x = 1 at x = 0 too, where x / x is 0 / 0 and has no value.
    "rt60r-62-x-over-x-for-all-x-including-x-0-proved": (
        "values_beside.said_after reads the inline maths right after the condition's word ('for all $x$'), a list joined by commas, 'and' or 'or' only, so '$x$' alone is read (no '=': no value) and ', including $x = 0$' is dropped: the divisor is presumed nonzero"
    ),
    # Wrong: 'We set neither $a := 3$ nor $b := 4$; both are arbitrary.' denies both definitions, so a is any number and a + a = 6 fails at a = 0.
    "rt60r-63-we-set-neither-a-nor-b-proved": (
        "sentences._NEGATED has English not/never/no and German weder, but not 'neither' or 'nor' (the coordinated negation retractions reads as one: _NEITHER_NOR), so the definition the sentence denies is read as set"
    ),
    # Right: 'Not only do we set $a := 3$, we also set $b := 4$.' sets a := 3 (and b := 4), so a + a = 6 holds.
    "rt60r-64-not-only-do-we-set-undecided": (
        "sentences._NEGATED reads 'not' anywhere before the maths, with no exception for 'not only' (an affirmation: 'not only ... but also'), so the definition is read as denied and the right step is held"
    ),
    # Right: 'Without doubt, $a := 3$.' asserts a := 3, so a + a = 6 holds.
    "rt60r-65-without-doubt-undecided": (
        "sentences._NEGATED excepts 'without' only before 'loss of generality', not in an affirming phrase ('without doubt', 'without further ado', 'without restriction'), so the definition is read as denied and the right step is held"
    ),
    # Right: 'Smith [2] drops (1); we keep it.' is Smith's withdrawal, not the note's, so a := 3 stands and a + a = 6 holds.
    "rt60r-66-smith-drops-1-we-keep-it-undecided": (
        "retractions._KEEPING takes others' withdrawals only as 'some/many/several/most/other authors, readers, ...' or 'others', not a named author or a citation ('Smith [2] drops', 'Ho et al. drop'), and the clause 'we keep it' after the semicolon is not read (_OURS_TOO reads a joining of the note, not a keeping), so (1) is withdrawn and the right step is held"
    ),
    # Right: 'One may wonder whether (1) is wrong. It is not.' asks and answers no, so a := 3 stands and a + a = 6 holds.
    "rt60r-67-wonder-whether-1-is-wrong-it-is-not-undecided": (
        "retractions._KEEPING has no doubt or question word ('whether', 'wonder', 'ask'), and the answer 'It is not.' is the next sentence, so '(1) is wrong' inside the question is performed and the right step is held"
    ),
    # Right: 'A reviewer said (1) is wrong; it is not.' reports a claim and denies it, so a := 3 stands and a + a = 6 holds.
    "rt60r-68-a-reviewer-said-1-is-wrong-it-is-not-undecided": (
        "retractions._performed reads no reported speech ('A reviewer said', 'It was claimed that', 'The claim that ... is mistaken') and no denial after the withdrawal ('; it is not'), so (1) is withdrawn and the right step is held"
    ),
}


#: A false proof fixed is undecided or refuted; a false alarm fixed is undecided or proved; a lost proof, proved.
SOUND = {
    name: frozenset(
        {UNDECIDED, REFUTED}
        if name.endswith("-proved")
        else {UNDECIDED, PROVED}
        if name.endswith("-refuted")
        else {PROVED}
    )
    for name in FINDINGS
}

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {
        "rt60r-01-drop-1-and-2-proved",
        "rt60r-02-equations-1-and-2-are-wrong-proved",
        "rt60r-03-tag-with-a-space-proved",
        "rt60r-04-ignore-the-definitions-above-proved",
        "rt60r-05-the-first-equation-above-is-wrong-proved",
        "rt60r-06-range-of-references-are-wrong-proved",
        "rt60r-07-nl-vergelijking-1-is-fout-proved",
        "rt60r-08-it-equazione-1-e-sbagliata-proved",
        "rt60r-09-pt-equacao-1-esta-errada-proved",
        "rt60r-10-should-we-drop-1-no-undecided",
        "rt60r-11-in-the-appendix-we-drop-1-undecided",
        "rt60r-12-tex-cref-two-labels-are-wrong-proved",
        "rt60r-13-we-no-longer-assume-1-proved",
        "rt60r-14-equation-1-should-not-be-used-proved",
        "rt60r-15-erratum-at-the-end-proved",
        "rt60r-16-el-de-thetoume-proved",
        "rt60r-17-el-as-mi-thesoume-proved",
        "rt60r-18-cs-neplati-proved",
        "rt60r-19-tr-koymadik-proved",
        "rt60r-20-tr-tanimlamayacagiz-proved",
        "rt60r-21-ro-n-am-pus-proved",
        "rt60r-22-hu-ne-legyen-proved",
        "rt60r-23-vi-khong-decomposed-proved",
        "rt60r-24-id-tak-kita-pakai-proved",
        "rt60r-25-nu-degrees-of-freedom-undecided",
        "rt60r-26-pt-sem-perder-generalidade-undecided",
        "rt60r-27-span-line-through-proved",
        "rt60r-28-up-to-step-ten-used-at-t-40-proved",
        "rt60r-29-warm-up-phase-first-ten-steps-used-at-t-40-proved",
        "rt60r-30-in-the-first-ten-iters-used-at-t-40-proved",
        "rt60r-31-x-over-x-at-the-origin-proved",
        "rt60r-32-x-over-x-where-x-vanishes-proved",
        "rt60r-33-x-over-x-when-x-is-0-proved",
        "rt60r-34-x-over-x-at-x-equiv-0-proved",
        "rt60r-35-table-marks-1-wrong-proved",
        "rt60r-36-1-is-bold-wrong-proved",
        "rt60r-37-markdown-eqref-in-dollars-is-wrong-proved",
        "rt60r-38-tag-marked-with-a-cross-proved",
        "rt60r-39-critic-substitution-to-is-wrong-proved",
        "rt60r-40-tex-changes-replaced-by-is-wrong-proved",
        "rt60r-41-tex-changes-added-is-wrong-proved",
        "rt60r-42-tex-is-emph-wrong-proved",
        "rt60r-43-tex-we-emph-drop-eqref-proved",
        "rt60r-44-modulo-3-continuing-the-display-refuted",
        "rt60r-45-mod-3-on-the-line-after-the-display-refuted",
        "rt60r-46-where-arithmetic-is-modulo-3-refuted",
        "rt60r-47-arithmetic-modulo-3-for-the-whole-note-refuted",
        "rt60r-48-in-the-next-display-take-used-two-displays-on-proved",
        "rt60r-49-locally-for-the-next-line-only-proved",
        "rt60r-50-within-this-remark-proved",
        "rt60r-51-tex-let-inside-an-example-environment-proved",
        "rt60r-52-tex-we-drop-tie-eqref-proved",
        "rt60r-53-we-drop-nbsp-1-proved",
        "rt60r-54-footnote-mark-before-is-wrong-proved",
        "rt60r-55-over-the-first-ten-steps-used-at-t-40-proved",
        "rt60r-56-until-the-tenth-step-used-at-t-40-proved",
        "rt60r-57-prior-to-step-10-used-at-t-40-proved",
        "rt60r-58-the-first-ten-steps-use-used-at-t-40-proved",
        "rt60r-59-de-in-den-ersten-zehn-schritten-used-at-t-40-proved",
        "rt60r-60-fr-pendant-les-dix-premieres-etapes-used-at-t-40-proved",
        "rt60r-61-x-over-x-this-holds-at-x-0-proved",
        "rt60r-62-x-over-x-for-all-x-including-x-0-proved",
        "rt60r-63-we-set-neither-a-nor-b-proved",
        "rt60r-64-not-only-do-we-set-undecided",
        "rt60r-65-without-doubt-undecided",
        "rt60r-66-smith-drops-1-we-keep-it-undecided",
        "rt60r-67-wonder-whether-1-is-wrong-it-is-not-undecided",
        "rt60r-68-a-reviewer-said-1-is-wrong-it-is-not-undecided",
    }
)


def test_the_notes_are_all_there():
    assert [name for name in red_team.named("rt60r-*") if "guard" not in name] == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_60r_s_notes(name):
    result = red_team.judged_last(name)
    assert not result.internal, result.reason
    assert result.status in SOUND[name], result.reason


#: Faithful notes (rt60r-guard-*) and the one verdict each must keep.
GUARDS = {
    "rt60r-guard-01-drop-1-undecided": UNDECIDED,  # Right to hold: 'We drop (1).' withdraws a := 3, so a is any number and a + a = 6 fails at a = 0.
    "rt60r-guard-02-drop-neither-1-nor-anything-proved": PROVED,  # Right: 'We drop neither (1) nor anything else.' keeps a := 3, so a + a = 6 holds.
    "rt60r-guard-03-pt-seja-sem-restricoes-after-proved": PROVED,  # Right: 'Seja $a := 3$, sem restrições.' sets a := 3, so a + a = 6 holds.
    "rt60r-guard-04-cs-neseme-proved": PROVED,  # Right: Czech 'Neseme $a := 3$ dál.' ('we carry a := 3 on') sets a := 3, so a + a = 6 holds.
    "rt60r-guard-05-critic-unclosed-deletion-proved": PROVED,  # Right: an unclosed CriticMarkup deletion '{--' is no mark (pymdownx.critic and a plain renderer both show it as written), so a := 3 is said and a + a = 6 holds.
    "rt60r-guard-06-first-twenty-five-steps-used-at-t-40-undecided": UNDECIDED,  # Right to hold: a := 3 is set for the first twenty-five steps only, and at t = 40 a is any number.
    "rt60r-guard-07-x-over-x-with-x-0-in-brackets-undecided": UNDECIDED,  # Right to hold: at x = 0, x / x is 0 / 0, so the step has no value there.
    "rt60r-guard-08-html-strike-undecided": UNDECIDED,  # Right to hold: <strike> strikes the definition, so a is left open and a + a = 6 is not shown.
    "rt60r-guard-09-struck-is-wrong-proved": PROVED,  # Right: 'Equation (1) ~~is wrong~~ holds.' strikes the retraction and keeps a := 3, so a + a = 6 holds.
    "rt60r-guard-10-del-not-proved": PROVED,  # Right: 'We do <del>not</del> set $a := 3$.' strikes the negation, so a := 3 is set and a + a = 6 holds.
    "rt60r-guard-11-modulo-3-before-the-display-undecided": UNDECIDED,  # Right to hold: the modulus is said in the paragraph leading into the display, and congruences are not judged.
    "rt60r-guard-12-for-the-next-two-steps-undecided": UNDECIDED,  # Right to hold: a := 3 is set for the next two steps only, and the third step after it leaves a open.
    "rt60r-guard-13-html-comment-hides-not-proved": PROVED,  # Right: the HTML comment holding 'do not' in 'We ... set $a := 3$.' is not rendered, so the sentence sets a := 3 and a + a = 6 holds.
    "rt60r-guard-14-tex-comment-hides-not-proved": PROVED,  # Right: the TeX comment '% do not' is not printed, so the sentence sets a := 3 and a + a = 6 holds.
    "rt60r-guard-15-tex-def-macro-is-wrong-undecided": UNDECIDED,  # Right to hold: '\def\wrongly{is wrong}' makes 'Equation (1) \wrongly.' say (1) is wrong, so a is any number.
    "rt60r-guard-16-tex-comment-hides-not-in-a-retraction-undecided": UNDECIDED,  # Right to hold: the comment '% do not' is not printed, so 'We drop (1).' withdraws a := 3.
    "rt60r-guard-17-first-k-steps-used-at-t-40-undecided": UNDECIDED,  # Right to hold: a := 3 is set for the first K = 10 steps only, and at t = 40 a is any number.
    "rt60r-guard-18-x-over-x-here-x-0-undecided": UNDECIDED,  # Right to hold: 'Here $x = 0$.' puts the display at x = 0, where x / x has no value.
    "rt60r-guard-19-not-unlike-smith-we-set-proved": PROVED,  # Right: 'Not unlike Smith, we set $a := 3$.' sets a := 3, so a + a = 6 holds.
    "rt60r-guard-20-we-do-not-set-b-nor-a-undecided": UNDECIDED,  # Right to hold: 'We do not set $b := 4$, nor $a := 3$.' denies a := 3, so a is any number.
}


def test_the_guards_are_all_there():
    assert red_team.named("rt60r-guard-*") == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = red_team.judged_last(name)
    assert result.status == GUARDS[name], result.reason

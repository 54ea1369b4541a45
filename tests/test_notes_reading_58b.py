"""Held-out tests of session 58's fixes of red team 58r's word tables (01-10, 14-15, 19-24, 30-42, 49, 53-54,
59-60, 65, 70-74): other wordings than the red team's, each a sentence that sets a := 3 before the step a + a = 6.

- A clause whose verb is in the conditional mood supposes its maths (would, ought, pourrait, könnte, podríamos,
  potremmo, poderíamos, 本可以; こともできる, 수도 있다 after it); the indicative and "can" assert (we can set, 可以令,
  ことができる, 수 있다, wurde), and "as one would expect" compares.
- A later clause that says the note does not do it denies it ("..., but we do not", "das tun wir nicht",
  但这里不这样做, ここではそうしない, 그렇게 하지 않는다); one that denies something else does not.
- Others' definitions: "few authors", "others" as a subject, a work cited ("In [3],", "Unlike Smith (2020), who",
  "[12] uses"); a work followed ("As in [3], let", "Following Smith (2020), we set") is the note's own.
- The negations of French, Spanish, Portuguese, German, Italian, Dutch, Russian and Chinese, "instead of" in each,
  "wrongly", and a cross mark; "non nul", "non nullo", 非负, 非常, "ne ... que" and "nicht nur" deny nothing.
- A name freed: "is not determined", "no longer equals", "keep $a$ general", "lassen wir $a$ frei".
- An example in Japanese, Chinese or Korean words holds in its section only.
- CriticMarkup's deletions and comments hold what they hold; an insertion is read.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, UNDECIDED

_SIX = "\n\n$$\na + a = 6\n$$\n"

#: A sentence that sets a := 3 and the verdict a + a = 6 after it must get (a is any number where the sentence
#: does not set it: a + a = 6 fails at a = 0).
SENTENCES = {
    # the conditional mood: supposed
    "would be": ("A natural choice would be $a := 3$.", UNDECIDED),
    "we'd take": ("We'd take $a := 3$ in a simpler setting.", UNDECIDED),
    "ought to take": ("You ought to take $a := 3$ in practice.", UNDECIDED),
    "fr pourrions": ("Nous pourrions prendre $a := 3$.", UNDECIDED),
    "fr devrait": ("On devrait poser $a := 3$.", UNDECIDED),
    "fr faudrait": ("Il faudrait poser $a := 3$.", UNDECIDED),
    "de könnten": ("Wir könnten $a := 3$ setzen.", UNDECIDED),
    "de müsste": ("Man müsste $a := 3$ wählen.", UNDECIDED),
    "de hätten": ("Wir hätten $a := 3$ setzen können.", UNDECIDED),
    "de würde": ("Es würde genügen, $a := 3$ zu setzen.", UNDECIDED),
    "es podría": ("Podría tomarse $a := 3$.", UNDECIDED),
    "es deberíamos": ("Deberíamos tomar $a := 3$.", UNDECIDED),
    "es habríamos": ("Habríamos tomado $a := 3$.", UNDECIDED),
    "it potrebbe": ("Potrebbe convenire porre $a := 3$.", UNDECIDED),
    "it dovremmo": ("Dovremmo porre $a := 3$.", UNDECIDED),
    "it sarebbe": ("Sarebbe comodo porre $a := 3$.", UNDECIDED),
    "pt deveríamos": ("Deveríamos tomar $a := 3$.", UNDECIDED),
    "pt seria": ("Seria natural tomar $a := 3$.", UNDECIDED),
    "zh 本可以": ("我们本可以令 $a := 3$。", UNDECIDED),
    "zh 或许": ("或许令 $a := 3$ 更方便。", UNDECIDED),
    "ja こともできます": ("$a := 3$ と置くこともできます。", UNDECIDED),
    "ja かもしれない": ("$a := 3$ とするのがよいかもしれない。", UNDECIDED),
    "ko 수도 있다": ("$a := 3$ 로 놓을 수도 있다.", UNDECIDED),
    # the indicative and "can": asserted
    "we can set": ("We can set $a := 3$.", PROVED),
    "as one would expect, let": ("As one would expect, let $a := 3$.", PROVED),
    "we would like to set": ("We would like to set $a := 3$ here.", PROVED),
    "de wir möchten": ("Wir möchten $a := 3$ setzen.", PROVED),
    "de wurde gesetzt": ("Es wurde $a := 3$ gesetzt.", PROVED),
    "de wählten": ("Wir wählten $a := 3$.", PROVED),
    "zh 可以令": ("我们可以令 $a := 3$。", PROVED),
    "ja ことができる": ("$a := 3$ とおくことができる。", PROVED),
    "ko 수 있다": ("$a := 3$ 로 놓을 수 있다.", PROVED),
    "es tomamos": ("Tomamos $a := 3$.", PROVED),
    # a later clause that says it is not done
    "; we do not": ("Standard texts take $a := 3$; we do not.", UNDECIDED),
    ", but we don't do so here": ("It is common to take $a := 3$, but we don't do so here.", UNDECIDED),
    "fr ce que nous ne faisons pas": ("La convention usuelle pose $a := 3$, ce que nous ne faisons pas.", UNDECIDED),
    "de das tun wir hier nicht": ("Üblich ist $a := 3$; das tun wir hier nicht.", UNDECIDED),
    "es aquí no lo hacemos": ("Lo habitual es tomar $a := 3$, pero aquí no lo hacemos.", UNDECIDED),
    "pt não o fazemos": ("O habitual é tomar $a := 3$, mas aqui não o fazemos.", UNDECIDED),
    "zh 没有这样做": ("常见做法是令 $a := 3$，但我们没有这样做。", UNDECIDED),
    "ja そうはしない": ("通常は $a := 3$ とおくが、ここではそうはしない。", UNDECIDED),
    "ko 그렇게 하지 않는다": ("보통 $a := 3$ 으로 두지만 여기서는 그렇게 하지 않는다.", UNDECIDED),
    "we do not need another name": ("We set $a := 3$; we do not need $b$.", PROVED),
    "which we do not change": ("Let $a := 3$, which we do not change.", PROVED),
    "ja そうしないと, otherwise": ("$a := 3$ とおく、そうしないと和が発散するからだ。", PROVED),
    "ko 그렇게 하지 않으면, otherwise": ("$a := 3$ 으로 둔다, 그렇게 하지 않으면 합이 발산한다.", PROVED),
    "zh 不这样做的话, otherwise": ("令 $a := 3$，不这样做的话和会发散。", PROVED),
    # others' definitions
    "a few authors": ("A few authors take $a := 3$.", UNDECIDED),
    "others prefer": ("Others prefer $a := 3$.", UNDECIDED),
    "in contrast to a bracket, which": ("In contrast to [7], which sets $a := 3$, we proceed generally.", UNDECIDED),
    "contrary to an author and year, who": ("Contrary to Ho et al. (2020), who take $a := 3$, we go on.", UNDECIDED),
    "in two authors and a year": ("In Kingma and Welling (2014), $a := 3$.", UNDECIDED),
    "a bracket uses": ("[12] uses $a := 3$.", UNDECIDED),
    "as in a bracket, let": ("As in [3], let $a := 3$.", PROVED),
    "following an author, we set": ("Following Smith (2020), we set $a := 3$.", PROVED),
    "like a bracket, we take": ("Like [3], we take $a := 3$.", PROVED),
    "a task list's box": ("- [x] Let $a := 3$.", PROVED),
    # negations of other languages, "instead of", "wrongly", cross marks
    "fr ne ... plus": ("Nous ne prenons plus $a := 3$.", UNDECIDED),
    "fr n'... jamais": ("Nous n'avons jamais posé $a := 3$.", UNDECIDED),
    "fr aucun": ("Aucun auteur ne pose $a := 3$.", UNDECIDED),
    "fr guère": ("Il n'est guère raisonnable de poser $a := 3$.", UNDECIDED),
    "es tampoco": ("Tampoco tomamos $a := 3$.", UNDECIDED),
    "es ningún": ("En ningún caso tomamos $a := 3$.", UNDECIDED),
    "es jamas unaccented": ("Jamas tomamos $a := 3$.", UNDECIDED),
    "pt nenhum": ("Em nenhum momento tomamos $a := 3$.", UNDECIDED),
    "de nie before": ("Nie setzen wir $a := 3$.", UNDECIDED),
    "de nie after": ("Wir setzen $a := 3$ nie.", UNDECIDED),
    "de nicht mehr an": ("Wir nehmen $a := 3$ nicht mehr an.", UNDECIDED),
    "it non si": ("Non si pone $a := 3$.", UNDECIDED),
    "it non assumiamo": ("Non assumiamo $a := 3$.", UNDECIDED),
    "it nessuno": ("Nessuno pone $a := 3$.", UNDECIDED),
    "nl nooit": ("We nemen nooit $a := 3$ aan.", UNDECIDED),
    "nl niet after": ("We kiezen $a := 3$ niet.", UNDECIDED),
    "ru никогда": ("Мы никогда не полагаем $a := 3$.", UNDECIDED),
    "ru нельзя": ("Нельзя полагать $a := 3$.", UNDECIDED),
    "zh 绝非": ("这里绝非 $a := 3$。", UNDECIDED),
    "de anstatt": ("Anstatt $a := 3$ zu setzen, lassen wir $a$ offen.", UNDECIDED),
    "fr au lieu d'": ("Au lieu d'imposer $a := 3$, nous poursuivons.", UNDECIDED),
    "es en lugar de": ("En lugar de fijar $a := 3$, dejamos $a$ libre.", UNDECIDED),
    "it invece di": ("Invece di porre $a := 3$, lasciamo $a$ libero.", UNDECIDED),
    "pt em vez de": ("Em vez de fixar $a := 3$, deixamos $a$ livre.", UNDECIDED),
    "nl in plaats van": ("In plaats van $a := 3$ laten we $a$ vrij.", UNDECIDED),
    "ru вместо": ("Вместо $a := 3$ оставим $a$ свободным.", UNDECIDED),
    "as opposed to setting": ("As opposed to setting $a := 3$, we keep $a$ open.", UNDECIDED),
    "fr à tort after": ("Nous avons posé $a := 3$ à tort.", UNDECIDED),
    "de fälschlich after": ("Wir haben $a := 3$ fälschlich angenommen.", UNDECIDED),
    "es erróneamente": ("Tomamos erróneamente $a := 3$.", UNDECIDED),
    "a ballot cross": ("✗ Let $a := 3$.", UNDECIDED),
    "a no-entry sign": ("🚫 Let $a := 3$.", UNDECIDED),
    "a heavy check mark": ("✔ Let $a := 3$.", PROVED),
    "instead of a general value, we set": ("Instead of a general value, we set $a := 3$.", PROVED),
    "it non nullo": ("Per un valore non nullo, poniamo $a := 3$.", PROVED),
    "fr non nul": ("Pour un réel non nul, posons $a := 3$.", PROVED),
    "fr ne ... que": ("On ne garde que $a := 3$.", PROVED),
    "fr n'importe quel point": ("En n'importe quel point, posons $a := 3$.", PROVED),
    "de nichts, as English nothing": ("Nichts weiter: wir setzen $a := 3$.", PROVED),
    "fr ne ... rien": ("Nous ne posons rien de tel que $a := 3$.", UNDECIDED),
    "zh 非负": ("对于非负的情形，令 $a := 3$。", PROVED),
    "zh 非常": ("非常自然地，令 $a := 3$。", PROVED),
    "de nicht nur": ("Wir setzen $a := 3$ nicht nur hier.", PROVED),
    "nl aan": ("Wij nemen $a := 3$ aan.", PROVED),
    # a name freed after a := 3
    "is not determined": ("Let $a := 3$. Henceforth $a$ is not determined.", UNDECIDED),
    "no longer equals": ("Let $a := 3$. From here on, $a$ no longer equals 3.", UNDECIDED),
    "is now general": ("Let $a := 3$. Now $a$ is general.", UNDECIDED),
    "we keep general": ("Let $a := 3$. We now keep $a$ general.", UNDECIDED),
    "de lassen wir frei": ("Sei $a := 3$. Ab jetzt lassen wir $a$ frei.", UNDECIDED),
    "fr nous laissons libre": ("Posons $a := 3$. Désormais nous laissons $a$ libre.", UNDECIDED),
    "another name kept free": ("Let $a := 3$. We keep $b$ free.", PROVED),
    "the general case, in words": ("Let $a := 3$. The general case is treated later.", PROVED),
    # CriticMarkup
    "a deletion in a sentence": ("We {--let $a := 3$ and--} go on.", UNDECIDED),
    "a comment after the text": ("We go on. {>>Maybe $a := 3$?<<}", UNDECIDED),
    "an insertion": ("We go on. {++Let $a := 3$.++}", PROVED),
    # a substitution's new text is read by no rule of its own: GFM's ~~ strikes it whole, so it is held
    "a substitution's new text": ("{~~Let $a := 2$.~>Let $a := 3$.~~}", UNDECIDED),
}


@pytest.mark.parametrize("name", sorted(SENTENCES))
def test_a_sentence_sets_a_as_its_words_say(name):
    sentence, verdict = SENTENCES[name]
    result = red_team.results(sentence + _SIX)[-1]
    assert result.status == verdict, result.reason


#: An example set in Japanese, Chinese or Korean words, then the general case under a heading of its own: a is any
#: number there.
EXAMPLES = {
    "ja 本例では": "本例では $a := 3$ とおく。\n\n## 一般の場合",
    "zh 在此例中": "在此例中，令 $a := 3$。\n\n## 一般情形",
    "zh 这个例子里": "这个例子里令 $a := 3$。\n\n## 一般情形",
    "ko 이 예에서는": "이 예에서는 $a := 3$ 으로 둔다.\n\n## 일반적인 경우",
    "ko 예시로": "예시로 $a := 3$ 이라 하자.\n\n## 일반적인 경우",
}


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_an_example_holds_in_its_section_only(name):
    result = red_team.results(EXAMPLES[name] + _SIX)[-1]
    assert result.status == UNDECIDED, result.reason


#: A displayed a := 3 after a lead-in that denies it in French, and the verdict a + a = 6 after it must get.
DISPLAYS = {
    "fr ne ... plus": ("Nous ne prenons plus", UNDECIDED),
    "fr n'... jamais": ("On n'écrit jamais", UNDECIDED),
    "fr nous posons": ("Nous posons", PROVED),
}


@pytest.mark.parametrize("name", sorted(DISPLAYS))
def test_a_displayed_definition_after_a_french_denial(name):
    lead_in, verdict = DISPLAYS[name]
    result = red_team.results(f"{lead_in}\n\n$$\na := 3\n$$\n" + _SIX)[-1]
    assert result.status == verdict, result.reason

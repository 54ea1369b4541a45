"""What a note says, as data: derivation steps, definitions, laws, directives, and what could not be read.

Every item carries the line it is written on (1-based), so a verdict can point
at it.  The reader never interprets the mathematics: a side is the LaTeX the
author wrote, cleaned of presentation (labels, tags, sizes, line breaks).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Relation(StrEnum):
    """The relation a step claims between its two sides."""

    EQ = "="
    LE = "<="
    GE = ">="
    LT = "<"
    GT = ">"
    NE = "!="
    APPROX = "approx"
    PROPTO = "propto"
    #: An order up to a constant or in a limit (``\\lesssim``, ``\\ll``, ``\\asymp``): never checked.
    ASYMPTOTIC = "asymptotic"
    #: A relation the kernel has no reading of: an order of matrices or laws (``\\preceq``), a negated order
    #: (``\\nleq``), an isomorphism (``\\cong``) or "approaches" (``\\doteq``): never checked, still listed.
    UNCHECKED = "unchecked"
    #: An implication arrow set between two expressions, not statements (``= u \\Leftrightarrow \\frac{z}{2}``), as
    #: many notes write "equals": no relation is claimed, so none is checked.
    IMPLIES = "implies"


@dataclass(frozen=True)
class Step:
    """``lhs relation rhs`` read from the note; ``line`` is where the right-hand side starts.

    ``cited`` is the rule the note names for the step (``% diffproof: by Jensen``
    or text set over the relation, ``\\overset{\\text{Jensen}}{\\geq}``);
    ``remark`` is prose written beside it (``\\text{(Bayes' rule)}``);
    ``alternative`` is the word (``or``, ``iff``) that joins it to another equation when the note claims neither
    alone (``|a| = a \\text{ or } |a| = -a``): a counterexample to it refutes nothing, and it defines nothing
    (nor does a proof of one side prove an equivalence);
    ``implication`` is set when an arrow joins it to another equation (``x^2 = 2x \\implies x = 2``): a hypothesis
    or what follows from one, so what it defines holds in its display only.
    """

    lhs: str
    relation: Relation
    rhs: str
    line: int
    cited: str = ""
    remark: str = ""
    alternative: str = ""
    implication: bool = False
    #: Words ("so", "hence", "Since ...,") join it to the equations before it on its line, which it is claimed under
    #: (they are said to hold as well, so what they define is not limited to the display).
    consequence: bool = False
    #: The relation as written where its name does not show it (``\\preceq``, ``\\lesssim``: unchecked).
    spelling: str = ""
    #: Why the chain join that gives its left side is in doubt ('' where it is not): the side is the last of a
    #: display inside a list item or a quote, and the step's display, after it, may continue another.
    joined: str = ""
    #: It is the hypothesis of its row, never a claim: a lead before it opens one (``\\text{If } A \\quad
    #: \\therefore \\quad B``, "Assume"), whatever joins it to the equations after it, which are claimed under it.
    hypothesis: bool = False
    #: It is written before the words, sign or arrow that join it to what follows from it on its row (``A
    #: \\therefore B``, ``A \\text{ so } B``, ``A \\implies B``): the hypothesis where the sentence leading into its
    #: display opens one ("If, say,", "Suppose for contradiction that").
    antecedent: bool = False

    @property
    def shown(self) -> str:
        """The relation as shown in a report: ``<=``, ``propto``, or as written where it is not checked."""
        return self.spelling or self.relation.value


@dataclass(frozen=True)
class Definition:
    """``name := body`` (also ``\\coloneqq``, ``\\triangleq``, ``\\stackrel{\\text{def}}{=}``, a defining ``\\equiv``)."""

    name: str
    body: str
    line: int
    spelling: str


@dataclass(frozen=True)
class Law:
    """``variable \\sim law``: the note states how a random quantity is distributed."""

    variable: str
    law: str
    line: int


@dataclass(frozen=True)
class Directive:
    """``% diffproof: <kind> <text>`` (or ``<!-- diffproof: ... -->``): assume, let, by or context."""

    kind: str
    text: str
    line: int


@dataclass(frozen=True)
class Inline:
    """Maths set inside a sentence (``$\\alpha_t = 1 - \\beta_t$``): never a step, but it may define a name."""

    text: str
    line: int
    #: The sentence it is set in, as written (its maths included), or '' where there is none (a display's
    #: ``\\text{where ...}``): words may say what the maths does not ("Let $a$ be positive").
    sentence: str = ""


@dataclass(frozen=True)
class Prose:
    """A paragraph of the note's prose, its maths as written, and the line it starts on: what the note says of
    itself in words ("All logarithms are to base 2")."""

    line: int
    text: str


@dataclass(frozen=True)
class Problem:
    """Something in the note that could not be read, and where; the rest is still read."""

    line: int
    message: str


@dataclass(frozen=True)
class Notes:
    """Everything read from one note, each kind in the order of the text."""

    steps: tuple[Step, ...]
    definitions: tuple[Definition, ...]
    laws: tuple[Law, ...]
    directives: tuple[Directive, ...]
    problems: tuple[Problem, ...]
    inline: tuple[Inline, ...] = ()
    prose: tuple[Prose, ...] = ()
    #: The lines each display spans (its first and last), in the order of the text.
    displays: tuple[tuple[int, int], ...] = ()
    #: The words set before a display on its first line (:attr:`Display.lead`), by that line, and those set after
    #: one on its last line (:attr:`Display.trail`), by that line.
    leads: tuple[tuple[int, str], ...] = ()
    trails: tuple[tuple[int, str], ...] = ()
    #: The lines (first, last) of LaTeX conditionals TeX would have to evaluate (``\\ifnum``), or of a Markdown
    #: display two unpaired ``~~`` may strike, or set in white ink (``\\color{white}``, which a dark theme shows):
    #: whether what they hold is shown is not known, so their steps are not
    #: judged and their definitions are held (neither used nor absent).
    undecidable: tuple[tuple[int, int], ...] = ()
    #: The lines (first, last) of a Liquid branch the site renders or not by a variable of its own (``{% if
    #: page.draft %}``): its definitions are held as :attr:`undecidable`'s are; its steps are judged as written.
    site_decided: tuple[tuple[int, int], ...] = ()
    #: The lines (first, last) of Markdown text in ink of doubtful visibility (``#eeeeee`` on white: 0 < APCA Lc <
    #: 15, :func:`~diffproof.notes.css.doubtful`): some readers see it, others do not, so its definitions are held
    #: (with a reason that says the ink is faint); its steps are judged as written, the author's claims in any ink
    #: (cyan, Lc 12, is a common highlight).
    faint: tuple[tuple[int, int], ...] = ()
    #: The note's text as given (its comments, code and words too): what a reader that only withholds may scan.
    source: str = ""


@dataclass(frozen=True)
class Display:
    """One piece of display maths: its environment (``align*``, ``$$``, ...) and body.

    ``body`` keeps the source's line breaks, so the character at offset ``i`` is
    on line ``line + body.count("\\n", 0, i)``.
    """

    kind: str
    body: str
    line: int
    #: The words set on its first line before it, and on its last line after it, where it starts or ends inside a
    #: line of prose ("Assume \\[ h + k < 0 \\] throughout."): the sentence it is set in goes on there, and
    #: frames it as the lines around a display on lines of its own do ('' where it opens or closes its line).
    lead: str = ""
    trail: str = ""
    #: Whether it stands in a list item or a quote: a display after it that opens with a relation may continue
    #: another.
    listed: bool = False
    #: The line of display maths set between words in a list item or a quote after the display before it (``- For the
    #: difference, $$B = ...$$``, which MathJax shows as a display), 0 where there is none: a display after the list
    #: that opens with a relation may continue it, as it may a display of its own in the item.
    listed_maths: int = 0

"""The macros a note defines, expanded the way TeX and MathJax expand them.

A note may define its own notation: ``\\newcommand{\\E}{\\mathbb{E}}`` in a
LaTeX preamble, ``\\DeclareMathOperator{\\KL}{KL}``, ``\\def\\vx{\\mathbf{x}}``,
``\\let\\eps\\varepsilon``, or the same inside the maths of a Markdown page,
where MathJax keeps them for the rest of the page.  Steps are read after
expansion, so ``\\E[\\vx]`` is read as ``\\mathbb{E}[\\mathbf{x}]``, and after
``\\renewcommand{\\le}{\\ge}`` the sign ``\\le`` means ``\\ge``.

Expansion keeps every line break, so every step stays on its line; a
definition typesets nothing and is blanked.  As in TeX:

- a definition lasts to the end of its group (braces, ``\\begingroup``, an
  environment, a display, a cell of an alignment) unless it is ``\\gdef``,
  ``\\xdef`` or ``\\global``; in MathJax, to the end of the page;
- ``\\let`` copies what a name means when it is written, and ``\\edef`` expands
  its body then;
- ``\\newcommand`` of a command LaTeX already has is an error, and
  ``\\providecommand`` of one does nothing;
- ``\\NewDocumentCommand{\\f}{O{1} m}{...}`` (and xparse's other three) is read as ``\\newcommand`` when its
  arguments are ``m`` and a first ``O{default}``;
- the files a preamble ``\\input``s are read where it reads them;
- a macro given as the argument of ``\\frac``, ``^`` or ``_`` is one argument.

The renderers' other names of a command are read as it: ``\\Bbb`` as ``\\mathbb``, ``\\intop`` as ``\\int``
(:data:`SYNONYMS`).

``\\iffalse`` (or a name ``\\let`` to it) skips to its ``\\else`` or ``\\fi`` as TeX does,
counting the conditionals nested in what it skips, and ``\\iftrue`` skips its
``\\else`` branch; what is skipped defines nothing.  A ``\\newif`` flag is
``\\iffalse`` until its ``\\drafttrue`` lets it be ``\\iftrue``.

What cannot be read is never given a meaning: a definition inside a
conditional TeX would have to evaluate (``\\ifnum``), with delimited parameters, or that uses a
parameter it does not have, makes its name unreadable, and a step that calls
it is not read.  A macro that expands without end stops the reading where TeX
would stop.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from diffproof.answers import parser as syntax
from diffproof.notes import relations as rel
from diffproof.notes.model import Problem
from diffproof.notes.tokens import closed_at, group_end

#: What a call of a macro whose definition could not be read becomes: a command no reader knows.
UNREADABLE = "\\unreadablemacro"
#: At most this many expansions in one document (or one Markdown page), and this much text made per text read.
MAX_EXPANSIONS = 100_000
MAX_GROWTH = 10

_CONTROL = re.compile(r"\\([A-Za-z@]+|.)", re.DOTALL)  # @: a letter in packages
_SPECIAL = re.compile(r"[\\{}$&]")
_PARAMETER = re.compile(r"#(#|[1-9])")
_SKIPPED_AFTER_WORD = re.compile(r"[ \t]*\n?[ \t]*")
_WORD_AT_END = re.compile(r"\\[A-Za-z@]+$")
_NEWCOMMANDS = frozenset(
    {"newcommand", "renewcommand", "providecommand", "DeclareRobustCommand", "DeclareMathOperator"}
)
#: Other spellings of the definitions read here: LaTeX's command copies (``\\RenewCommandCopy{\\le}{\\ge}`` is
#: ``\\let\\le\\ge``) and etoolbox's, which may name a command by its letters (``\\csletcs{le}{ge}``,
#: ``\\csdef{le}{...}`` is ``\\def\\le{...}``, ``\\renewrobustcmd`` is ``\\renewcommand``).
_SPELLINGS = {
    "NewCommandCopy": "let",
    "RenewCommandCopy": "let",
    "DeclareCommandCopy": "let",
    "cslet": "let",
    "csletcs": "let",
    "letcs": "let",
    "csdef": "def",
    "csgdef": "gdef",
    "csedef": "edef",
    "csxdef": "xdef",
    "newrobustcmd": "newcommand",
    "renewrobustcmd": "renewcommand",
    "providerobustcmd": "providecommand",
}
#: Definitions that are an error where the name already has a meaning (nothing is defined).
_NEW_ONLY = frozenset({"newcommand", "NewDocumentCommand", "NewCommandCopy", "newrobustcmd"})
#: A name spelt by its letters (``{le}``, etoolbox's ``\\csdef{le}``): the command it names.
_SPELT_NAME = re.compile(r"\s*\{\s*([A-Za-z@]+)\s*\}")
#: Commands that define a name in ways not read here: the name they define is unreadable.
_UNMODELLED = frozenset(
    {
        "mathchardef",
        "chardef",
        "countdef",
        "DeclareMathSymbol",
        "DeclarePairedDelimiter",
        "csundef",
        "undef",
    }
)
#: ``\newenvironment{myeq}{\begin{equation}}{\end{equation}}``: ``\begin{myeq}`` and ``\end{myeq}`` expand to
#: the two codes (kept as macros named ``begin{myeq}`` and ``end{myeq}``); one with arguments is not read.
_ENVIRONMENTS = frozenset({"newenvironment", "renewenvironment"})
_ENVIRONMENT_NAME = re.compile(r"\s*\{([^{}]*)\}")
_DEFS = frozenset({"def", "gdef", "edef", "xdef"})
#: xparse's definitions (in the LaTeX kernel since 2020): read where their arguments are ``m`` (``+m``), the first
#: maybe ``O{default}``, as ``\\newcommand``'s are; other specifications are not read.
_DOCUMENT_COMMANDS = frozenset(
    {"NewDocumentCommand", "RenewDocumentCommand", "ProvideDocumentCommand", "DeclareDocumentCommand"}
)
_DOCUMENT_SPECIFICATION = re.compile(r"(O\{([^{}]*)\})?((?:\+?m)*)")
_DEFINING = _NEWCOMMANDS | _DEFS | _DOCUMENT_COMMANDS | {"let"} | set(_SPELLINGS)
_GLOBAL = frozenset({"gdef", "xdef"})
_GLOBAL_PREFIX = re.compile(r"\\global\s*(?:\\(?:long|outer|protected)\s*)*(?=\\(?:[gxe]?def|let)\b)")
#: \\long, \\outer and \\protected before a definition change nothing read here.
_PREFIX = re.compile(r"\\(?:long|outer|protected)\s*(?=\\(?:long|outer|protected|global|[gxe]?def)\b)")
_INPUTS = frozenset({"input", "include", "usepackage", "RequirePackage"})
#: Control words that start with "if" but open no conditional (``\iff`` is a relation).
_NOT_CONDITIONALS = frozenset({"iff"})
#: What comes before a brace that opens an argument: a command, or the end of the argument before it.
_ARGUMENT_BEFORE = re.compile(r"(?:\\[A-Za-z@]+\*?[ \t]*|[}\]])\Z")
#: ``\\csname le\\endcsname`` and ``\\@namedef{le}``: the name written out.
_CSNAME = re.compile(r"\\expandafter\s*(\\[gxe]?def|\\let)\s*\\csname\s*([A-Za-z@]+)\s*\\endcsname")
_NAMEDEF = re.compile(r"\\@namedef\s*\{\s*([A-Za-z@]+)\s*\}")
#: ``\\csname drafttrue\\endcsname``: the control word it makes (TeX's, when the name is written out).
_CSNAME_WORD = re.compile(r"\\csname\s*([A-Za-z@]+)\s*\\endcsname")
_OPENERS = frozenset({"begingroup", "bgroup", "[", "("})
_CLOSERS = frozenset({"endgroup", "egroup", "]", ")"})
#: Environments whose cells are groups (a definition in one cell is gone in the next).
ALIGNMENTS = frozenset(
    name + star
    for name in ("align", "aligned", "alignat", "alignedat", "flalign", "gather", "gathered", "eqnarray", "split",
                 "multline", "array", "matrix", "pmatrix", "bmatrix", "vmatrix", "cases", "tabular")
    for star in ("", "*")
)  # fmt: skip
#: Commands whose next argument a macro call fills whole (``\\frac\\half 2`` is one half over two; ``\\begin\\cs``).
_FILLS_ARGUMENT = re.compile(
    r"(?:\\(?:frac|dfrac|tfrac|cfrac|binom)\s*(?:\{(?:[^{}]|\{[^{}]*\})*\})?|\\(?:begin|end))\s*$"
)
#: What takes the first token of a macro's expansion: ``9^\\half`` with ``\\half`` = 1/2 is 9^1 / 2 in TeX.
_TAKES_FIRST_TOKEN = re.compile(
    r"(?:[\^_]|\\(?:sqrt(?:\[[^\[\]]*\])?|hat|bar|tilde|vec|dot|ddot|overline|underline|widehat|widetilde|mathbf"
    r"|boldsymbol|bm|mathbb|mathcal|mathrm|mathit|mathsf|operatorname))\s*$"
)
#: Commands LaTeX (with amsmath) already has, which the reader knows: ``\newcommand`` of one is an error.
BUILTIN = frozenset(
    set(syntax.GREEK) | set(syntax.LETTERS) - {"eps"} | set(syntax.DECORATIONS) | syntax.FONTS | syntax.TEXT_FONTS
    | syntax.IGNORED | set(syntax.FUNCTIONS) | {name[1:] for name in syntax.RELATIONS if name.startswith("\\")}
    | {name[1:] for name in rel.WORDS if name.startswith("\\")} | {name[1:] for name in rel.IMPLICATIONS if name.startswith("\\")}
    | set("frac dfrac tfrac cfrac binom sum prod int iint oint lim sup inf max min sin cos tan det arg partial "
          "nabla infty cdot times div pm mp approx sim simeq propto ne neq equiv in notin subset cup cap forall "
          "exists mathbb mathcal mathscr mathfrak left right begin end underbrace overbrace overset underset "
          "stackrel color textcolor boxed label tag nonumber notag hspace vspace mid vert Vert lvert rvert lVert "
          "rVert langle rangle top dots ldots cdots vdots ddots to mapsto rightarrow leftarrow Rightarrow "
          "implies iff because therefore prime emptyset".split())
)  # fmt: skip


@dataclass(frozen=True)
class Macro:
    """A macro with ``parameters`` arguments (the first optional, defaulting to ``default``) and its ``body``."""

    parameters: int = 0
    default: str | None = None
    body: str = ""
    #: Why its definition could not be read: then a call cannot be read either.
    unread: str = ""
    #: The body is what another name meant when ``\\let`` copied it: written out as it is, never expanded again.
    final: bool = False

    def replacement(self, arguments: list[str]) -> str:
        """The body with ``#k`` replaced by the k-th argument (kept apart from a control word beside it)."""

        def argument(match: re.Match) -> str:
            if match.group(1) == "#":
                return "#"
            text = arguments[int(match.group(1)) - 1]
            before, after = self.body[: match.start()], self.body[match.end() :]
            if text[:1].isalpha() and _WORD_AT_END.search(before):
                text = " " + text  # \lvert#1 with x is \lvert x, not \lvertx
            if after[:1].isalpha() and _WORD_AT_END.search(text):
                text += " "
            return text

        return _PARAMETER.sub(argument, self.body)


@dataclass
class Macros:
    """The macros in force, innermost group last, and the expansions spent on the document so far."""

    scopes: list[dict[str, Macro]] = field(default_factory=lambda: [{}])
    expansions: int = 0
    #: How many of the open groups are arguments of a command (``\\AtBeginDocument{...}``, ``\\ifthenelse{..}{..}``):
    #: what a definition there does is the command's business, so the name it defines is unreadable.
    arguments: list[bool] = field(default_factory=list)
    #: For each name, the scopes that define it, innermost last: a call finds its macro at once, however deep the
    #: groups nest (a macro that opens a group and calls itself nests them a hundred thousand deep).
    defining: dict[str, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for depth, scope in enumerate(self.scopes):
            for name in scope:
                self.defining.setdefault(name, []).append(depth)

    def get(self, name: str) -> Macro | None:
        depths = self.defining.get(name)
        return self.scopes[depths[-1]][name] if depths else None

    def define(self, name: str, macro: Macro, *, globally: bool) -> None:
        if globally:
            for depth in self.defining.pop(name, ()):
                del self.scopes[depth][name]
        depth = 0 if globally else len(self.scopes) - 1
        if name not in self.scopes[depth]:
            self.defining.setdefault(name, []).append(depth)
        self.scopes[depth][name] = macro

    def open(self, argument: bool = False) -> None:
        self.scopes.append({})
        self.arguments.append(argument)

    def close(self) -> None:
        if len(self.scopes) > 1:  # an unbalanced closer does not end the document's own scope
            for name in self.scopes.pop():
                self.defining[name].pop()
                if not self.defining[name]:
                    del self.defining[name]
            self.arguments.pop()

    @property
    def in_argument(self) -> bool:
        return any(self.arguments)


@dataclass(frozen=True)
class Expanded:
    """A text with its macros expanded, and where expansion failed."""

    text: str
    #: Where expansion stopped, as TeX stops: nothing after it is read.
    stops: tuple[Problem, ...]
    #: Calls that could not be read (of a macro whose definition could not be, or without their arguments).
    unread: tuple[Problem, ...]
    #: The lines ``[first, last)`` a false conditional skips (from ``\\iffalse`` to the line of its ``\\fi``).
    hidden: tuple[tuple[int, int], ...] = ()
    #: The lines ``[first, last]`` of conditionals TeX would have to evaluate (``\\ifnum``): what they show is
    #: not known.
    undecidable: tuple[tuple[int, int], ...] = ()
    #: Calls of environments the note defined in a way not read (with arguments): what they hold is not read.
    environments: tuple[Problem, ...] = ()

    def shows(self, line: int) -> bool:
        """Whether a comment on ``line`` is read: it is not when it lies in what a false conditional skips."""
        return not any(first <= line < last for first, last in self.hidden)


class _Unread(Exception):
    """A definition or a call that cannot be read: the message says why."""


class _Runaway(Exception):
    """Expansion goes on without end."""


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


@dataclass
class _Expansion:
    """One pass over a text.  ``chunks`` are the texts still to read, each with where its reading is, the one
    read now last: a call pushes its macro's body, so expanding costs the body's length, not the text's."""

    chunks: list[list]  # [text, position]
    macros: Macros
    grouped: bool
    line: int
    limit: int
    inputs: Mapping[str, str]
    out: list[str] = field(default_factory=list)
    stops: list[Problem] = field(default_factory=list)
    unread: list[Problem] = field(default_factory=list)
    made: int = 0
    dollars: list[str] = field(default_factory=list)
    cells: list[int] = field(default_factory=list)  # the scope depth of each open alignment's current cell
    reading: frozenset[str] = frozenset()  # the files being read, one inside the other (a file that inputs itself)
    branches: list[bool] = field(default_factory=list)  # the open conditionals: is each one's branch known?
    opened: list[int] = field(default_factory=list)  # the line each open conditional starts on
    undecidable: list[tuple[int, int]] = field(default_factory=list)  # the lines of conditionals TeX evaluates
    hidden: list[tuple[int, int]] = field(default_factory=list)
    global_next: bool = False  # a \\global before a macro: the next definition it makes is global
    environments: list[Problem] = field(default_factory=list)
    #: The ``\\begingroup`` open in MathJax's maths (its begingroup extension): a definition there is local to it.
    begingroups: int = 0

    @property
    def text(self) -> str:
        return self.chunks[-1][0]

    @property
    def at(self) -> int:
        return self.chunks[-1][1]

    def take(self, end: int, *, blanked: bool = False) -> None:
        """Read the current text up to ``end`` as it is (or blanked: a definition typesets nothing)."""
        piece = self.text[self.at : end]
        if piece:
            self.out.append(_blank(piece) if blanked else piece)
            self.line += piece.count("\n")
        self.chunks[-1][1] = end

    def run(self) -> str:
        try:
            while self.chunks:
                if self.at >= len(self.text):
                    self.chunks.pop()
                    continue
                match = _SPECIAL.search(self.text, self.at)
                if match is None:
                    self.take(len(self.text))
                    continue
                self.take(match.start())
                if self.text[self.at] == "\\":
                    self.control()
                else:
                    self.character()
        except _Runaway:
            self.stops.append(
                Problem(self.line, "macros expand without end (a macro that calls itself?); nothing after is read")
            )
            self.out.append("".join("\n" * text.count("\n", at) for text, at in self.chunks))
        self.undecidable += [(line, self.line + 1) for known, line in zip(self.branches, self.opened) if not known]
        for _ in range(self.begingroups):  # a formula's groups end with it
            self.macros.close()
        return "".join(self.out)

    def character(self) -> None:
        """``{``, ``}``, ``$``, ``$$`` and ``&`` open and close groups in LaTeX."""
        token = "$$" if self.text.startswith("$$", self.at) else self.text[self.at]
        if not self.grouped:
            pass
        elif token == "{":
            self.macros.open(argument=bool(_ARGUMENT_BEFORE.search("".join(self.out[-4:]))))
        elif token == "}":
            self.macros.close()
        elif token == "&":
            self.next_cell()
        elif self.dollars and self.dollars[-1] == token:
            self.dollars.pop()
            self.macros.close()
        else:
            self.dollars.append(token)
            self.macros.open()
        self.take(self.at + len(token))

    def next_cell(self) -> None:
        if self.cells and len(self.macros.scopes) == self.cells[-1]:
            self.macros.close()
            self.macros.open()

    def control(self) -> None:
        match = _CONTROL.match(self.text, self.at)
        if match is None:  # a backslash at the very end
            self.take(self.at + 1)
            return
        name = match.group(1)
        macro = self.macros.get(name)
        if macro is None and self.grouped:
            macro = KERNEL.get(name)  # \@gobble{...}, and a name \let to it
        if macro is None:
            macro = SYNONYMS.get(name)  # \Bbb E is \mathbb E
        if macro is None and name in ("begin", "end") and self.environment_call(match):
            return
        if macro is not None and _branching(self.meaning(name)):  # \\let\\ifflip\\iffalse: the primitive itself
            name, macro = self.meaning(name), None
        if macro is None and self.grouped:
            self.group(name)
        elif macro is None and name in ("begingroup", "endgroup") and (name == "begingroup" or self.begingroups):
            self.begingroups += 1 if name == "begingroup" else -1
            (self.macros.open if name == "begingroup" else self.macros.close)()
        if self.global_next and macro is None and name not in _DEFINING:
            self.global_next = False  # \\global\\advance...: not an assignment read here
        if macro is None and name in ("newif",):
            self.newif(match)
        elif macro is None and name in ("iffalse", "iftrue") and self.grouped:
            self.take(match.end())
            if name == "iftrue":
                self.open_branch(known=True)
            else:
                self.skip(to_else=True)
        elif macro is None and _conditional(name) and not self.braced(match):
            # \\ifnum ... \\fi (\\iftoggle{..}{..}{..} is a command: its braces are arguments)
            self.open_branch(known=False)
            self.take(match.end())
        elif macro is None and _conditional(name):
            # \\ifthenelse{..}{..}{..}, \\iftoggle{..}{..}{..}: a package's test, not evaluated here; what its
            # arguments hold may be typeset or not, so their lines are undecidable
            end = _braced_arguments_end(self.text, match.end())
            self.undecidable.append((self.line, self.line + self.text.count("\n", match.end(), end)))
            self.take(match.end())
        elif macro is None and name == "unless" and _CONTROL.match(self.text, _skip(self.text, match.end())):
            following = _CONTROL.match(self.text, _skip(self.text, match.end()))  # \\unless\\ifdraft: e-TeX's negation
            self.open_branch(known=False)
            self.take(following.end())
        elif macro is None and name == "else" and self.branches and self.branches[-1]:
            self.take(match.end())  # \\iftrue ... \\else: what follows is skipped
            self.skip(to_else=False)
            self.close_branch()
        elif macro is None and name == "fi":
            self.close_branch()
            self.take(match.end())
        elif macro is None and name == "global" and _GLOBAL_PREFIX.match(self.text, self.at):
            self.take(_GLOBAL_PREFIX.match(self.text, self.at).end(), blanked=True)
            self.define(globally=True)
        elif macro is None and name == "global":  # \\global\\drafttrue: the assignment the macro makes is global
            self.global_next = True
            self.take(match.end(), blanked=True)
        elif macro is None and _PREFIX.match(self.text, self.at):
            self.take(_PREFIX.match(self.text, self.at).end(), blanked=True)
        elif macro is None and name in _DEFINING:
            self.define(globally=not self.grouped and not self.begingroups)
        elif macro is None and name in _UNMODELLED:
            self.unmodelled(match)
        elif macro is None and name in _ENVIRONMENTS:
            self.new_environment(match)
        elif macro is None and name in _INPUTS and self.inputs:
            self.read_input(match)
        elif macro is not None:
            self.call(match, macro)
        else:
            self.take(match.end())

    def meaning(self, name: str) -> str:
        """What a control word means where TeX does not expand: a name ``\\let`` to a primitive means it, a
        macro means nothing read here (the empty name), any other word itself."""
        macro = self.macros.get(name)
        if macro is None:
            return name
        return macro.body[1:] if macro.final and _CONTROL.fullmatch(macro.body) else ""

    def skip(self, *, to_else: bool) -> None:
        """Skip a false branch as TeX does, to the ``\\fi`` that closes it (or, with ``to_else``, an ``\\else``
        before it, after which the branch read is known), counting the conditionals nested in it; nothing in it
        is expanded or defined."""
        first, depth = self.line, 0
        while self.chunks:
            if self.at >= len(self.text):
                self.chunks.pop()
                continue
            match = _CONTROL.search(self.text, self.at)
            self.take(match.end() if match else len(self.text), blanked=True)
            word = self.meaning(match.group(1)) if match else ""
            if _conditional(word) and not self.braced(match):  # \\ifthenelse{..}: a command, as outside
                depth += 1
            elif word == "fi" and depth:
                depth -= 1
            elif word == "fi" or (word == "else" and to_else and not depth):
                self.hidden.append((first, self.line))
                if word == "else":
                    self.open_branch(known=True)
                return
        self.hidden.append((first, self.line + 1))
        self.stops.append(Problem(first, "a false conditional here is never closed by \\fi: TeX skips all the rest"))

    def newif(self, match: re.Match) -> None:
        """``\\newif\\ifdraft``: ``\\ifdraft`` is ``\\iffalse`` until ``\\drafttrue`` (in its group) lets it be
        ``\\iftrue``, as LaTeX defines them."""
        following = _CONTROL.match(self.text, _skip(self.text, match.end()))
        flag = following.group(1) if following is not None else ""
        if flag.startswith("if") and len(flag) > 2 and not self.macros.in_argument and all(self.branches):
            self.macros.define(flag, Macro(body="\\iffalse", final=True), globally=True)
            for value in ("true", "false"):
                self.macros.define(flag[2:] + value, Macro(body=f"\\let\\{flag}\\if{value}"), globally=True)
        elif flag:
            self.macros.define(flag, Macro(unread=f"\\newif on line {self.line} is not evaluated here"), globally=True)
        self.take(following.end() if following else match.end(), blanked=True)

    def open_branch(self, *, known: bool) -> None:
        self.branches.append(known)
        self.opened.append(self.line)

    def close_branch(self) -> None:
        """A ``\\fi``: a conditional TeX would have to evaluate leaves what it held undecidable."""
        if self.branches:
            if not self.branches.pop():
                self.undecidable.append((self.opened[-1], self.line))
            self.opened.pop()

    def braced(self, match: re.Match) -> bool:
        return self.text[_skip(self.text, match.end()) : _skip(self.text, match.end()) + 1] == "{"

    def unmodelled(self, match: re.Match) -> None:
        """``\\NewDocumentCommand{\\le}...``, ``\\mathchardef\\le=...``: the name is defined, not as read here."""
        spelt = _SPELT_NAME.match(self.text, match.end())
        try:
            name = spelt.group(1) if spelt is not None else _name(self.text, match.end())[0]
        except _Unread:
            self.take(match.end())
            return
        reason = f"it is defined on line {self.line} by \\{match.group(1)}, which is not read"
        self.macros.define(name, Macro(unread=reason), globally=True)
        self.take(match.end())

    def new_environment(self, match: re.Match) -> None:
        """``\\newenvironment{name}{begin}{end}``: ``\\begin{name}`` and ``\\end{name}`` become its two codes
        (globally, as in a preamble); one with arguments (``[1]``) or unclosed codes is not read, nor its calls."""
        try:
            name, end = _group(self.text, _skip(self.text, match.end()), "the environment's name")
        except _Unread as error:
            self.unread.append(Problem(self.line, f"\\{match.group(1)}: {error.args[0]}"))
            self.take(match.end())
            return
        name = name.strip()
        try:
            if _bracket(self.text, _skip(self.text, end)) is not None:
                raise _Unread(f"the environment {name} defined on line {self.line} takes arguments, which is not read")
            opening, end = _group(self.text, _skip(self.text, end), "the environment's opening code")
            closing, end = _group(self.text, _skip(self.text, end), "the environment's closing code")
        except _Unread as error:
            opening = closing = None
            unread = Macro(unread=error.args[0])
        for side, code in (("begin", opening), ("end", closing)):
            self.macros.define(f"{side}{{{name}}}", unread if code is None else Macro(body=code), globally=True)
        self.take(end, blanked=True)

    def environment_call(self, match: re.Match) -> bool:
        """``\\begin{name}`` of an environment the note defined: its code, to be read next (True), else False."""
        written = _ENVIRONMENT_NAME.match(self.text, match.end())
        macro = self.macros.get(f"{match.group(1)}{{{written.group(1).strip()}}}") if written else None
        if macro is None:
            return False
        self.macros.expansions += 1
        if self.macros.expansions > MAX_EXPANSIONS:
            raise _Runaway
        body = macro.body
        if macro.unread:
            problem = Problem(
                self.line, f"\\{match.group(1)}{{{written.group(1)}}}: {macro.unread}; what it holds is not read"
            )
            if match.group(1) == "begin":  # once per call
                self.environments.append(problem)
            body = UNREADABLE + " "
        end = written.end()
        body = _same_lines(self.text[self.at : end], body)
        self.made += len(body) + 1
        if self.made > self.limit:
            raise _Runaway
        self.chunks[-1][1] = end
        if end >= len(self.text):
            self.chunks.pop()
        self.chunks.append([body, 0])
        return True

    def group(self, name: str) -> None:
        """What a control word does to the groups of LaTeX: ``\\begin``, ``\\[``, ``\\begingroup`` open one."""
        if name in _OPENERS or name == "left":  # \\left( ... \\right) is a group
            self.macros.open()
        elif name in _CLOSERS or name == "right":
            self.macros.close()
        elif name == "\\":
            self.next_cell()
        elif name in ("begin", "end"):
            environment = re.match(r"\s*\{([^{}]*)\}", self.text[self.at + len(name) + 1 :])
            alignment = environment is not None and environment.group(1).strip() in ALIGNMENTS
            if name == "begin":
                self.macros.open()
                if alignment:
                    self.macros.open()
                    self.cells.append(len(self.macros.scopes))
            else:
                if alignment and self.cells:
                    self.cells.pop()
                    self.macros.close()
                self.macros.close()

    def define(self, *, globally: bool) -> None:
        """Read the definition here, blank it, and put the macro in force."""
        globally, self.global_next = globally or self.global_next, False
        spelling = _CONTROL.match(self.text, self.at).group(1)
        kind = _SPELLINGS.get(spelling, spelling)
        name, macro, end = self.definition()
        if not name:  # no name to define: the command is left to the reader, which will not know it
            self.take(_CONTROL.match(self.text, self.at).end())
            return
        if not all(self.branches) and not macro.unread:
            macro = Macro(unread=f"it is defined on line {self.line} inside a conditional (\\if...), not evaluated")
        if self.macros.in_argument and not macro.unread:  # \\AtBeginDocument{\\let\\le\\ge}: the command decides
            macro = Macro(unread=f"it is defined on line {self.line} inside the argument of a command, not evaluated")
            globally = True
        if not self.grouped and (
            kind in ("gdef", "edef", "xdef") or self.text.startswith("*", self.at + len(spelling) + 1)
        ):
            macro = Macro(unread=f"\\{kind} on line {self.line} is not MathJax's")  # it shows an error instead
        if kind in ("edef", "xdef") and not macro.unread:
            macro = self.expanded_body(macro)
        existing = self.macros.get(name) is not None or name in BUILTIN
        if kind in ("providecommand", "ProvideDocumentCommand") and existing:
            self.take(end, blanked=True)  # it exists: nothing is defined
            return
        if spelling in _SPELLINGS and not self.grouped:
            macro = Macro(unread=f"\\{spelling} on line {self.line} is not MathJax's")  # it shows an error instead
        if spelling in _NEW_ONLY and existing and self.grouped:
            macro = Macro(unread=f"\\{spelling} on line {self.line} redefines a command LaTeX has, an error")
        self.macros.define(name, macro, globally=globally or kind in _GLOBAL)
        self.take(end, blanked=True)

    def definition(self) -> tuple[str, Macro, int]:
        """The definition here (read on into the text under this one when it runs past it: ``\\rc{\\le}{\\ge}``
        after ``\\let\\rc\\renewcommand``), as :func:`definition` reads it; an unreadable one defines its name as
        unreadable (or nothing, when it has no name)."""
        while True:
            try:
                return definition(self.text, self.at, self.macros)
            except _Unread as error:
                name, reason, end = error.args
                if end >= len(self.text) - 1 and self.widen():
                    continue
                return name, Macro(unread=f"its definition on line {self.line} could not be read: {reason}"), end

    def expanded_body(self, macro: Macro) -> Macro:
        """``\\edef``: the body expanded now, with the macros in force now."""
        if re.search(
            r"\\(noexpand|unexpanded|protect|[gxe]?def|let|(re)?newcommand|providecommand|global)\b", macro.body
        ):
            return Macro(unread=f"its \\edef on line {self.line} uses \\noexpand or defines, which is not read")
        inner = _Expansion([[macro.body, 0]], self.macros, False, self.line, self.limit, {})
        body = inner.run()
        if inner.stops or inner.unread:
            return Macro(unread=f"its \\edef on line {self.line} could not be expanded")
        return Macro(macro.parameters, macro.default, body)

    def read_input(self, match: re.Match) -> None:
        """``\\input{notation}``: the definitions of the file beside the note, read here (and the
        files it reads, where it reads them)."""
        argument = re.match(r"\s*(?:\[[^\[\]]*\])?\s*(?:\{([^{}]*)\}|(?<=\s)([\w./-]+))", self.text[match.end() :])
        if argument is None or (argument.group(2) and match.group(1) != "input"):
            self.take(match.end())
            return
        for name in (argument.group(1) or argument.group(2)).split(","):
            key = input_key(match.group(1), name.strip())
            if key in self.inputs and key not in self.reading:
                inner = [[self.inputs[key], 0]]
                _Expansion(
                    inner, self.macros, True, self.line, self.limit, self.inputs, reading=self.reading | {key}
                ).run()
        self.take(match.end() + argument.end(), blanked=True)

    def call(self, match: re.Match, macro: Macro) -> None:
        """Replace the call here by the macro's body, to be read next."""
        self.macros.expansions += 1
        if self.macros.expansions > MAX_EXPANSIONS:
            raise _Runaway
        while True:
            try:
                arguments, end = self.arguments(match, macro)
                body = macro.body if macro.final else macro.replacement(arguments)
                break
            except _Unread as error:
                if self.widen():
                    match = _CONTROL.match(self.text, self.at)
                    continue
                self.unread.append(Problem(self.line, f"\\{match.group(1)}: {error.args[0]}"))
                body, end = UNREADABLE + " ", match.end()
                break
        following = self.peek(end)
        if _WORD_AT_END.search(body) and following.isalpha():
            body += " "  # \ab t with \ab = \bar\alpha is \bar\alpha t, not \bar\alphat
        tail = self.out[-1] if self.out else ""
        if body[:1].isalpha() and _WORD_AT_END.search(tail):
            body = " " + body
        before = "".join(self.out[-8:])  # \\frac{1}\\tw: the first argument was read in pieces
        several = not macro.final and len(_tokens(body)) > 1
        if several and _FILLS_ARGUMENT.search(before):
            body = "{" + body + "}"  # \\frac\\tw 4 with \\tw = 12 is 12 over 4, not \\frac124
        elif several and _TAKES_FIRST_TOKEN.search(before):  # 9^\\half: TeX and MathJax read 9^1 / 2
            self.unread.append(Problem(self.line, f"\\{match.group(1)}: several tokens where TeX and MathJax take "
                                       "only the first, which they read differently"))  # fmt: skip
            body = UNREADABLE + " "
        body = _same_lines(self.text[self.at : end], body)
        self.made += len(macro.body) + 1  # arguments were text already: a nest of calls does not count them again
        if self.made > self.limit:
            raise _Runaway
        self.chunks[-1][1] = end
        if end >= len(self.text):  # read to its end: what comes next is under it
            self.chunks.pop()
        if macro.final:
            self.out.append(body)
            self.line += body.count("\n")
        else:
            self.chunks.append([body, 0])

    def arguments(self, match: re.Match, macro: Macro) -> tuple[list[str], int]:
        if macro.unread:
            raise _Unread(macro.unread)
        end = match.end()
        if match.group(1).isalpha():  # TeX skips the spaces after a control word
            end = _SKIPPED_AFTER_WORD.match(self.text, end).end()
        if macro.final:
            return [], end
        return _arguments(self.text, end, macro)

    def widen(self) -> bool:
        """Read on into the text under the current one (a body that ends in a call whose arguments follow it):
        a few thousand characters at a time, so that a call costs what its arguments are long."""
        if len(self.chunks) < 2:
            return False
        below = self.chunks[-2]
        size = max(4096, 4 * (len(self.text) - self.at))
        piece = below[0][below[1] : below[1] + size]
        below[1] += len(piece)
        if below[1] >= len(below[0]):
            self.chunks.pop(-2)
        self.chunks[-1] = [self.text[self.at :] + piece, 0]
        return True

    def peek(self, end: int) -> str:
        """The character after ``end``, in the current text or the ones under it."""
        if end < len(self.text):
            return self.text[end]
        for text, at in reversed(self.chunks[:-1]):
            if at < len(text):
                return text[at]
        return ""


def _conditional(name: str) -> bool:
    """Whether a control word opens a conditional: ``\\ifx``, ``\\ifmmode``, a ``\\newif``'s ``\\ifdraft``."""
    return name.startswith("if") and name not in _NOT_CONDITIONALS


def _branching(name: str) -> bool:
    return _conditional(name) or name in ("else", "fi")


def _tokens(body: str) -> list[str]:
    """The TeX tokens of a body, roughly: control sequences, groups counted as one, characters (no spaces)."""
    tokens = []
    index = 0
    while index < len(body):
        char = body[index]
        if char.isspace():
            index += 1
        elif char == "\\":
            match = _CONTROL.match(body, index)
            tokens.append(match.group(0) if match else char)
            index = match.end() if match else index + 1
        elif char == "{":
            end = group_end(body, index) or len(body)
            tokens.append(body[index:end])
            index = end
        else:
            tokens.append(char)
            index += 1
    return tokens


def _same_lines(call: str, body: str) -> str:
    """``body`` with as many line breaks as ``call`` had, so that the lines after it do not move."""
    breaks = call.count("\n")
    if body.count("\n") > breaks:
        body = body.replace("\n", " ")
    return body + "\n" * (breaks - body.count("\n"))


def _skip(text: str, index: int) -> int:
    while index < len(text) and text[index] in " \t\n":
        index += 1
    return index


def _braced_arguments_end(text: str, index: int, most: int = 3) -> int:
    """Where the brace groups right after ``index`` end (at most ``most`` of them: a command's arguments)."""
    for _ in range(most):
        start = _skip(text, index)
        end = group_end(text, start) if text.startswith("{", start) else None
        if end is None:
            break
        index = end
    return index


def _group(text: str, index: int, what: str) -> tuple[str, int]:
    """The content of the brace group at ``index`` and the offset after it."""
    if text[index : index + 1] != "{":
        raise _Unread(f"expected {{ for {what}")
    end = group_end(text, index)
    if end is None:
        raise _Unread(f"the {{ of {what} is never closed")
    return text[index + 1 : end - 1], end


def _bracket(text: str, index: int) -> tuple[str, int] | None:
    """The content of ``[...]`` at ``index`` (braces inside it kept together), or None if there is none."""
    if text[index : index + 1] != "[":
        return None
    end = closed_at(text, index + 1, "]")
    if end is None:
        raise _Unread("the [ of an optional argument is never closed")
    return text[index + 1 : end - 1], end


def _unbraced(argument: str) -> str:
    """A delimited argument that is one brace group loses its braces, as in TeX (``[{q_\\phi}]``)."""
    stripped = argument.strip()
    if stripped.startswith("{") and group_end(stripped, 0) == len(stripped):
        return stripped[1:-1]
    return argument


def _argument(text: str, index: int) -> tuple[str, int]:
    """One undelimited argument: a brace group's content, a control sequence or one character."""
    index = _skip(text, index)
    if index >= len(text) or text[index] == "}":
        raise _Unread("an argument is missing")
    if text[index] == "{":
        return _group(text, index, "an argument")
    if text[index] == "\\":
        match = _CONTROL.match(text, index)
        if match is None:
            raise _Unread("an argument is missing")
        return match.group(0), match.end()
    return text[index], index + 1


def _arguments(text: str, index: int, macro: Macro) -> tuple[list[str], int]:
    arguments = []
    count = macro.parameters
    if macro.default is not None:
        optional = _bracket(text, _skip(text, index))
        if optional is None:
            arguments.append(macro.default)
        else:
            arguments.append(_unbraced(optional[0]))
            index = optional[1]
        count -= 1
    for _ in range(count):
        argument, index = _argument(text, index)
        arguments.append(argument)
    return arguments, index


def _name(text: str, index: int) -> tuple[str, int]:
    """The macro's name, ``\\E`` or ``{\\E}``, and the offset after it."""
    index = _skip(text, index)
    braced = text[index : index + 1] == "{"
    if braced:
        index = _skip(text, index + 1)
    match = _CONTROL.match(text, index)
    if match is None:
        raise _Unread("expected the name of the macro, a control sequence")
    end = match.end()
    if braced:
        end = _skip(text, end)
        if text[end : end + 1] != "}":
            raise _Unread("expected } after the name of the macro")
        end += 1
    return match.group(1), end


def _spelt_or_name(text: str, index: int) -> tuple[str, int]:
    """A name spelt by its letters (``{le}``) or written as a control sequence, and the offset after it."""
    spelt = _SPELT_NAME.match(text, index)
    return (spelt.group(1), spelt.end()) if spelt is not None else _name(text, index)


def definition(text: str, index: int, macros: Macros) -> tuple[str, Macro, int]:
    """The name and macro that the definition at ``index`` defines, and where it ends.

    Raises _Unread(name, reason, end) when it cannot be read: the part up to ``end`` is what it spans as far
    as it could be read (the command and the name, and the body when there is one).
    """
    command = _CONTROL.match(text, index)
    spelling, index = command.group(1), command.end()
    kind = _SPELLINGS.get(spelling, spelling)
    star = ""
    if kind in _NEWCOMMANDS and text[index : index + 1] == "*":
        star, index = "*", index + 1
    try:
        name, index = _spelt_or_name(text, index) if spelling.startswith("cs") else _name(text, index)
    except _Unread as error:
        raise _Unread("", error.args[0], index) from None
    try:
        if kind == "let" and spelling != "let":  # a copy: the command copied, spelt or braced (``{\\ge}``)
            copied, end = _spelt_or_name(text, index) if spelling.endswith("cs") else _name(text, index)
            return name, _let(f"\\{copied}", 0, macros)[0], end
        if kind == "let":
            return (name, *_let(text, index, macros))
        if kind == "DeclareMathOperator":
            words, end = _group(text, _skip(text, index), "the operator's name")
            return name, Macro(body=f"\\operatorname{star}{{{words}}}"), end
        if kind in _DOCUMENT_COMMANDS:
            macro, end = _document_command(text, index)
        else:
            macro, end = _def(text, index) if kind in _DEFS else _newcommand(text, index)
    except _Unread as error:
        raise _Unread(name, *error.args) if len(error.args) == 2 else _Unread(name, error.args[0], index) from None
    used = [int(number) for number in re.findall(r"(?<!#)#([1-9])", macro.body)]
    if used and max(used) > macro.parameters:
        raise _Unread(name, f"its body uses #{max(used)}, but it takes {macro.parameters} arguments", end)
    return name, macro, end


def _body(text: str, index: int) -> tuple[str, int]:
    body, end = _group(text, _skip(text, index), "the body")
    return body.replace("\n", " "), end


def _newcommand(text: str, index: int) -> tuple[Macro, int]:
    """``[n][default]{body}`` after the name of ``\\newcommand``."""
    count = _bracket(text, _skip(text, index))
    parameters = 0
    default = None
    if count is not None:
        if not re.fullmatch(r"\s*[0-9]\s*", count[0]):
            raise _Unread(f"the number of arguments must be 0 to 9, found {count[0]!r}")
        parameters, index = int(count[0]), count[1]
        optional = _bracket(text, _skip(text, index))
        if optional is not None:
            default, index = optional
    body, end = _body(text, index)
    return Macro(parameters, default, body), end


def _document_command(text: str, index: int) -> tuple[Macro, int]:
    """``{specification}{body}`` after the name of ``\\NewDocumentCommand``: mandatory arguments (``m``, ``+m``),
    the first maybe optional with a default (``O{1}``), as ``\\newcommand`` takes them."""
    specification, index = _group(text, _skip(text, index), "the argument specification")
    body, end = _body(text, index)
    read = _DOCUMENT_SPECIFICATION.fullmatch(re.sub(r"\s", "", specification))
    if read is None:
        raise _Unread(f"only m and a first O{{...}} arguments are read, found {specification!r}", end)
    optional = read.group(1) is not None
    return Macro(read.group(3).count("m") + optional, read.group(2) if optional else None, body), end


def _def(text: str, index: int) -> tuple[Macro, int]:
    """``#1#2{body}`` after the name of ``\\def``: undelimited parameters only."""
    opening = closed_at(text, index, "{")
    if opening is None:
        raise _Unread("the body is missing")
    opening -= 1
    parameters = re.sub(r"\s", "", text[index:opening])
    expected = "".join(f"#{k}" for k in range(1, len(parameters) // 2 + 1))
    if parameters != expected:
        end = group_end(text, opening) or opening  # TeX reads the whole definition: none of it is typeset
        raise _Unread(f"only parameters #1#2... without delimiters are read, found {parameters!r}", end)
    body, end = _body(text, opening)
    return Macro(len(parameters) // 2, None, body), end


#: The LaTeX kernel's argument takers (``\\let\\hide\\@gobble`` drops what it is given, as ``\\newcommand{\\hide}[1]{}``
#: does), known in a LaTeX document (MathJax has none of them).
KERNEL = {
    "@gobble": Macro(1, None, ""),
    "@gobbletwo": Macro(2, None, ""),
    "@gobblethree": Macro(3, None, ""),
    "@gobblefour": Macro(4, None, ""),
    "@firstofone": Macro(1, None, "#1"),
    "@firstoftwo": Macro(2, None, "#1"),
    "@secondoftwo": Macro(2, None, "#2"),
    "@empty": Macro(0, None, ""),
}


#: Other spellings the renderers give a command, known in a LaTeX document and to MathJax and KaTeX alike:
#: ``\\Bbb`` is amsfonts' (and MathJax's, KaTeX's) old name of ``\\mathbb``; ``\\intop`` is TeX's integral sign, of
#: which ``\\int`` is ``\\intop\\nolimits`` (the limits set beside it, not above: the same integral).
SYNONYMS = {"Bbb": Macro(body="\\mathbb"), "intop": Macro(body="\\int")}


def _let(text: str, index: int, macros: Macros) -> tuple[Macro, int]:
    """``\\let\\new\\old`` (or ``= \\old``, or one character): ``\\new`` means what ``\\old`` means now."""
    index = re.compile(r"\s*=?\s*").match(text, index).end()
    token = _CONTROL.match(text, index)
    if token is not None:
        current = macros.get(token.group(1)) or KERNEL.get(token.group(1)) or SYNONYMS.get(token.group(1))
        if current is None and token.group(1) in _DEFINING | {"global"}:  # \\let\\rc\\renewcommand: it defines
            return Macro(body=token.group(0)), token.end()
        return (current if current is not None else Macro(body=token.group(0), final=True)), token.end()
    if index >= len(text) or text[index] in "{}":
        raise _Unread("expected the control sequence or character it is to mean")
    return Macro(body=text[index], final=True), index + 1


def expand(
    text: str,
    macros: Macros,
    *,
    grouped: bool,
    first_line: int = 1,
    inputs: Mapping[str, str] | None = None,
) -> Expanded:
    """``text`` with its definitions blanked and its macros expanded.

    ``macros`` are those in force where ``text`` starts; they are updated with the definitions in it that
    outlast it.  With ``grouped`` (LaTeX), a definition lasts to the end of its group; without (MathJax), to
    the end of the page.  ``inputs`` are the texts of the files ``\\input`` may read, by the name it gives.
    Every line break stays where it was.
    """
    text = _NAMEDEF.sub(lambda m: "\\def\\" + m.group(1), _CSNAME.sub(lambda m: f"{m.group(1)}\\{m.group(2)}", text))
    text = _CSNAME_WORD.sub(lambda m: f"\\{m.group(1)} " + "\n" * m.group(0).count("\n"), text)
    limit = MAX_GROWTH * len(text) + 100_000
    expansion = _Expansion([[text, 0]], macros, grouped, first_line, limit, inputs or {})
    expanded = expansion.run()
    return Expanded(
        expanded,
        tuple(expansion.stops),
        tuple(expansion.unread),
        tuple(expansion.hidden),
        tuple(expansion.undecidable),
        tuple(expansion.environments),
    )


def input_key(command: str, name: str) -> str:
    """How the files a preamble reads are known: a package's apart from a file input under the same name."""
    return f"{'package' if command in ('usepackage', 'RequirePackage') else 'input'}:{name}"

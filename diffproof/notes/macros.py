"""The macros a note defines, expanded the way TeX and MathJax expand them.

A note may define its own notation: ``\\newcommand{\\E}{\\mathbb{E}}`` in a
LaTeX preamble, ``\\DeclareMathOperator{\\KL}{KL}``, ``\\def\\vx{\\mathbf{x}}``,
``\\let\\eps\\varepsilon``, or the same inside the maths of a Markdown page,
where MathJax keeps them for the rest of the page.  Steps are read after
expansion, so ``\\E[\\vx]`` is read as ``\\mathbb{E}[\\mathbf{x}]``, and after
``\\renewcommand{\\le}{\\ge}`` the sign ``\\le`` means ``\\ge``.

Expansion keeps every line break, so every step stays on its line; a
definition typesets nothing and is blanked.  In LaTeX a definition lasts to the
end of its group (braces, an environment, a display), as in TeX, unless it is
``\\gdef`` or ``\\global``.  A definition that cannot be read (``\\def`` with
delimited parameters) makes its name unreadable rather than leaving it its old
meaning; a macro that expands without end is a problem, and nothing after it is
read, as TeX stops there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from diffproof.notes.model import Problem
from diffproof.notes.tokens import closed_at, group_end

#: What a call of a macro whose definition could not be read becomes: a command no reader knows.
UNREADABLE = "\\unreadablemacro"
#: At most this many expansions, and this much text, for one expansion.
MAX_EXPANSIONS = 20_000
MAX_GROWTH = 10
_CONTROL = re.compile(r"\\([A-Za-z]+|.)", re.DOTALL)
_SPECIAL = re.compile(r"[\\{}$]")
_PARAMETER = re.compile(r"#(#|[1-9])")
_SKIPPED_AFTER_WORD = re.compile(r"[ \t]*\n?[ \t]*")
_DEFINING = frozenset({"newcommand", "renewcommand", "providecommand", "DeclareMathOperator", "def", "gdef"})
_DEFINING |= {"edef", "xdef", "let"}
_GLOBAL = frozenset({"gdef", "xdef"})
_GLOBAL_PREFIX = re.compile(r"\\global\s*(?=\\[gxe]?def\b)")


@dataclass(frozen=True)
class Macro:
    """A macro with ``parameters`` arguments (the first optional, defaulting to ``default``) and its ``body``."""

    parameters: int = 0
    default: str | None = None
    body: str = ""
    unread: str = ""  #: why its definition could not be read (then a call cannot be read either)

    def replacement(self, arguments: list[str]) -> str:
        """The body with ``#k`` replaced by the k-th argument and ``##`` by ``#``."""
        return _PARAMETER.sub(
            lambda match: "#" if match.group(1) == "#" else arguments[int(match.group(1)) - 1], self.body
        )


@dataclass
class Macros:
    """The macros in force, innermost group last; a note's reading carries one from text to text."""

    scopes: list[dict[str, Macro]] = field(default_factory=lambda: [{}])

    def get(self, name: str) -> Macro | None:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return None

    def define(self, name: str, macro: Macro, *, globally: bool) -> None:
        if globally:
            for scope in self.scopes:
                scope.pop(name, None)
        (self.scopes[0] if globally else self.scopes[-1])[name] = macro

    def open(self) -> None:
        self.scopes.append({})

    def close(self) -> None:
        if len(self.scopes) > 1:  # an unbalanced closer does not end the document's own scope
            self.scopes.pop()


class _Unread(Exception):
    """A definition or a call that cannot be read: the message says why."""


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


@dataclass
class _Expansion:
    """One pass over a text: ``text[at:]`` is still to read, ``out`` is read (and expanded)."""

    text: str
    macros: Macros
    grouped: bool
    line: int
    limit: int
    at: int = 0
    out: list[str] = field(default_factory=list)
    stops: list[Problem] = field(default_factory=list)
    unread: list[Problem] = field(default_factory=list)
    expansions: int = 0
    dollars: list[str] = field(default_factory=list)

    def take(self, end: int, *, blanked: bool = False) -> None:
        """Read the text up to ``end`` as it is (or blanked: a definition typesets nothing)."""
        piece = self.text[self.at : end]
        if piece:
            self.out.append(_blank(piece) if blanked else piece)
            self.line += piece.count("\n")
        self.at = end

    def run(self) -> str:
        while self.at < len(self.text):
            match = _SPECIAL.search(self.text, self.at)
            if match is None:
                self.take(len(self.text))
                break
            self.take(match.start())
            if self.text[self.at] == "\\":
                self.control()
            else:
                self.group_char()
            if self.expansions > MAX_EXPANSIONS or len(self.text) > self.limit:
                self.stops.append(
                    Problem(self.line, "macros expand without end (a macro that calls itself?); nothing after is read")
                )
                self.out.append("\n" * self.text.count("\n", self.at))  # the lines stay, with nothing on them
                break
        return "".join(self.out)

    def group_char(self) -> None:
        """``{``, ``}``, ``$`` and ``$$`` open and close groups in LaTeX."""
        token = "$$" if self.text.startswith("$$", self.at) else self.text[self.at]
        if not self.grouped:
            pass
        elif token == "{":
            self.macros.open()
        elif token == "}":
            self.macros.close()
        elif self.dollars and self.dollars[-1] == token:
            self.dollars.pop()
            self.macros.close()
        else:
            self.dollars.append(token)
            self.macros.open()
        self.take(self.at + len(token))

    def control(self) -> None:
        match = _CONTROL.match(self.text, self.at)
        if match is None:  # a backslash at the very end
            self.take(self.at + 1)
            return
        name = match.group(1)
        if self.grouped and name in ("begin", "[", "("):
            self.macros.open()
        elif self.grouped and name in ("end", "]", ")"):
            self.macros.close()
        macro = self.macros.get(name)
        prefix = _GLOBAL_PREFIX.match(self.text, self.at) if name == "global" else None
        if prefix is not None:
            self.take(prefix.end(), blanked=True)
            self.define(globally=True)
        elif name in _DEFINING and macro is None:
            self.define(globally=not self.grouped)
        elif macro is not None:
            self.call(match, macro)
        else:
            self.take(match.end())

    def define(self, *, globally: bool) -> None:
        """Read the definition at ``at``, blank it, and put the macro in force."""
        command = _CONTROL.match(self.text, self.at)
        try:
            name, macro, end = definition(self.text, self.at, self.macros)
        except _Unread as error:
            name, reason, end = error.args
            if not name:  # no name to define: the command is left to the reader, which will not know it
                self.take(command.end())
                return
            macro = Macro(unread=f"its definition on line {self.line} could not be read: {reason}")
        if command.group(1) == "providecommand" and self.macros.get(name) is not None:
            macro = self.macros.get(name)
        self.macros.define(name, macro, globally=globally or command.group(1) in _GLOBAL)
        self.take(end, blanked=True)

    def call(self, match: re.Match, macro: Macro) -> None:
        """Replace the call at ``at`` by the macro's body, to be read again."""
        end = match.end()
        if match.group(1).isalpha():  # TeX skips the spaces after a control word
            end = _SKIPPED_AFTER_WORD.match(self.text, end).end()
        try:
            if macro.unread:
                raise _Unread(macro.unread)
            arguments, end = _arguments(self.text, end, macro)
            body = macro.replacement(arguments)
        except _Unread as error:
            self.unread.append(Problem(self.line, f"\\{match.group(1)}: {error.args[0]}"))
            body, end = UNREADABLE + " ", match.end()
        after = self.text[end:]
        if re.search(r"\\[A-Za-z]+$", body) and after[:1].isalpha():
            body += " "  # \ab t with \ab = \bar\alpha is \bar\alpha t, not \bar\alphat
        if body[:1].isalpha() and self.out and re.search(r"\\[A-Za-z]+$", self.out[-1]):
            body = " " + body
        self.expansions += 1
        self.text = _same_lines(self.text[self.at : end], body) + after
        self.at = 0


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


def definition(text: str, index: int, macros: Macros) -> tuple[str, Macro, int]:
    """The name and macro that the definition at ``index`` defines, and where it ends.

    Raises _Unread(name, reason, end) when it cannot be read: the part up to ``end`` is what was read
    (the command, and the name when there is one).
    """
    command = _CONTROL.match(text, index)
    kind, index = command.group(1), command.end()
    star = ""
    if (
        kind in ("newcommand", "renewcommand", "providecommand", "DeclareMathOperator")
        and text[index : index + 1] == "*"
    ):
        star, index = "*", index + 1
    try:
        name, index = _name(text, index)
    except _Unread as error:
        raise _Unread("", error.args[0], index) from None
    try:
        if kind == "let":
            return (name, *_let(text, index, macros))
        if kind == "DeclareMathOperator":
            words, end = _group(text, _skip(text, index), "the operator's name")
            return name, Macro(body=f"\\operatorname{star}{{{words}}}"), end
        if kind in ("def", "gdef", "edef", "xdef"):
            return (name, *_def(text, index))
        return (name, *_newcommand(text, index))
    except _Unread as error:
        raise _Unread(name, error.args[0], index) from None


def _body(text: str, index: int) -> tuple[str, int]:
    body, end = _group(text, _skip(text, index), "the body")
    return body.replace("\n", " "), end


def _newcommand(text: str, index: int) -> tuple[Macro, int]:
    """``[n][default]{body}`` after the name of ``\\newcommand``."""
    count = _bracket(text, _skip(text, index))
    parameters = 0
    default = None
    if count is not None:
        if not count[0].strip().isdigit() or not 0 <= int(count[0]) <= 9:
            raise _Unread(f"the number of arguments must be 0 to 9, found {count[0]!r}")
        parameters, index = int(count[0]), count[1]
        optional = _bracket(text, _skip(text, index))
        if optional is not None:
            default, index = optional
    body, end = _body(text, index)
    return Macro(parameters, default, body), end


def _def(text: str, index: int) -> tuple[Macro, int]:
    """``#1#2{body}`` after the name of ``\\def``: undelimited parameters only."""
    opening = text.find("{", index)
    if opening < 0:
        raise _Unread("the body is missing")
    parameters = re.sub(r"\s", "", text[index:opening])
    expected = "".join(f"#{k}" for k in range(1, len(parameters) // 2 + 1))
    if parameters != expected:
        raise _Unread(f"only parameters #1#2... without delimiters are read, found {parameters!r}")
    body, end = _body(text, opening)
    return Macro(len(parameters) // 2, None, body), end


def _let(text: str, index: int, macros: Macros) -> tuple[Macro, int]:
    """``\\let\\new\\old`` (or ``= \\old``, or one character): ``\\new`` means what ``\\old`` means now."""
    match = re.compile(r"\s*=?\s?").match(text, index)
    index = match.end()
    token = _CONTROL.match(text, index)
    if token is not None:
        current = macros.get(token.group(1))
        return (current if current is not None else Macro(body=token.group(0))), token.end()
    if index >= len(text) or text[index] in "{}":
        raise _Unread("expected the control sequence or character it is to mean")
    return Macro(body=text[index]), index + 1


@dataclass(frozen=True)
class Expanded:
    """A text with its macros expanded, and where expansion failed."""

    text: str
    #: Where expansion stopped, as TeX stops: nothing after it is read.
    stops: tuple[Problem, ...]
    #: Calls that could not be read (of a macro whose definition could not be, or without their arguments).
    unread: tuple[Problem, ...]


def expand(text: str, macros: Macros, *, grouped: bool, first_line: int = 1) -> Expanded:
    """``text`` with its definitions blanked and its macros expanded.

    ``macros`` are those in force where ``text`` starts; they are updated with the definitions in it that
    outlast it.  With ``grouped`` (LaTeX), a definition lasts to the end of its group; without (MathJax), to
    the end of the page.  Every line break stays where it was.
    """
    expansion = _Expansion(text, macros, grouped, first_line, MAX_GROWTH * len(text) + 10_000)
    expanded = expansion.run()
    return Expanded(expanded, tuple(expansion.stops), tuple(expansion.unread))

"""CSS declarations as a browser reads a ``style`` attribute, and whether they leave an element's text unseen.

A style is declarations ``property: value`` separated by ``;`` (not inside quotes, parentheses or comments);
property names are case-insensitive, and of two declarations of a property the later wins unless only the earlier is
``!important`` (the cascade within one style).  Text is unseen on a light page when its ink is white or transparent
(``color``, ``-webkit-text-fill-color``) and the element's own background colour is not known to be another, when
its ``opacity`` is 0, when its ``font-size`` or ``zoom`` leaves text under a pixel high, or its box's width or height
is 0, or when the style declares a property not known to keep text seen (``filter``, ``transform``, ``clip-path``,
``position``; :data:`_KEEP_SEEN`).
Colours are read exactly (white is 255, 255, 255): a colour named otherwise than ``white`` or ``transparent`` is no
white (no other CSS name is 255, 255, 255), and a value a function computes that is not read here (``var(--ink)``,
``lab(...)``, ``calc(...)``) may be anything, so it is taken as unseen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A run of a declaration's text: a comment (dropped), a quoted string, a parenthesised group, a separator ``;``,
#: or any other character.
_RUN = re.compile(r"/\*.*?(?:\*/|\Z)|\"(?:\\.|[^\"\\])*\"?|'(?:\\.|[^'\\])*'?|\([^()]*\)?|;|[^;\"'(/]+|/", re.DOTALL)
_IMPORTANT = re.compile(r"!\s*important\s*\Z", re.IGNORECASE)


@dataclass(frozen=True)
class Declaration:
    """One CSS declaration: its property (lower case), its value (stripped, without ``!important``), and whether it
    is important."""

    property: str
    value: str
    important: bool


#: A CSS escape: a backslash and one to six hex digits (and one space after them), or any other character.
_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})[ \t\n]?|\\(.)", re.DOTALL)


def _unescaped(text: str) -> str:
    """CSS text with its escapes read (``col\\6f r`` is ``color``); a code point out of range is U+FFFD."""

    def character(match: re.Match) -> str:
        if match.group(2) is not None:
            return match.group(2)
        code = int(match.group(1), 16)
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"

    return _ESCAPE.sub(character, text)


def declarations(style: str) -> tuple[Declaration, ...]:
    """The declarations of a ``style`` attribute's value, in order, escapes read; a piece with no ``:`` or no
    property is none."""
    pieces, current = [], []
    for run in _RUN.findall(_unescaped(style)):
        if run == ";":
            pieces.append("".join(current))
            current = []
        elif not run.startswith("/*"):
            current.append(run)
    pieces.append("".join(current))
    found = []
    for piece in pieces:
        name, colon, value = piece.partition(":")
        name = name.strip().lower()
        if not colon or not re.fullmatch(r"-?[a-z_][\w-]*", name):
            continue
        important = _IMPORTANT.search(value)
        found.append(Declaration(name, value[: important.start()].strip() if important else value.strip(),
                                 important is not None))  # fmt: skip
    return tuple(found)


def cascaded(style: str) -> dict[str, str]:
    """Each property's value in force: the last declaration of it, unless an earlier one is important and it is
    not."""
    winners: dict[str, Declaration] = {}
    for declaration in declarations(style):
        before = winners.get(declaration.property)
        if before is None or declaration.important or not before.important:
            winners[declaration.property] = declaration
    return {name: declaration.value for name, declaration in winners.items()}


#: A colour as red, green, blue (0 to 255) and alpha (0 to 1).
Colour = tuple[float, float, float, float]
_NAMED: dict[str, Colour] = {"white": (255, 255, 255, 1), "transparent": (0, 0, 0, 0), "black": (0, 0, 0, 1)}
_HEX = re.compile(r"#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})", re.IGNORECASE)
_FUNCTION = re.compile(r"(rgba?|hsla?)\(\s*([^()]*)\)", re.IGNORECASE)
_NUMBER = re.compile(r"([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(%|deg|turn|rad|grad)?", re.IGNORECASE)


def _component(text: str, full: float) -> float | None:
    """A number or a percentage of ``full``; None if it is neither."""
    number = _NUMBER.fullmatch(text.strip())
    if number is None or number.group(2) not in (None, "%"):
        return None
    value = float(number.group(1))
    return value * full / 100 if number.group(2) == "%" else value


def _functional(name: str, arguments: str) -> Colour | None:
    """``rgb()``/``rgba()`` or ``hsl()``/``hsla()`` as a colour (commas or spaces, alpha after ``/`` or a fourth
    comma); hue is read only to check that it is a number, as lightness 100% is white whatever it is."""
    body, _, alpha_text = arguments.partition("/")
    parts = [part for part in re.split(r"\s*,\s*|\s+", body.strip()) if part]
    if alpha_text.strip():
        parts.append(alpha_text.strip())
    if len(parts) not in (3, 4):
        return None
    alpha = _component(parts[3], 1) if len(parts) == 4 else 1.0
    if alpha is None:
        return None
    if name.lower().startswith("rgb"):
        channels = [_component(part, 255) for part in parts[:3]]
        if any(channel is None for channel in channels):
            return None
        red, green, blue = (min(max(channel, 0), 255) for channel in channels)  # type: ignore[type-var]
        return red, green, blue, min(max(alpha, 0), 1)
    hue = _NUMBER.fullmatch(parts[0].strip())
    lightness = _component(parts[2], 100) if parts[2].strip().endswith("%") else None
    if hue is None or lightness is None or _component(parts[1], 100) is None:
        return None
    level = 255.0 if lightness >= 100 else 0.0 if lightness <= 0 else None  # only the ends are read exactly
    return None if level is None else (level, level, level, min(max(alpha, 0), 1))


def colour(value: str) -> Colour | None:
    """A CSS colour value (``white``, ``transparent``, ``#fff``, ``#ffffff80``, ``rgb(255 255 255)``,
    ``rgba(0,0,0,0)``, ``hsl(0, 0%, 100%)``), or None where it is not read."""
    text = value.strip().lower()
    if text in _NAMED:
        return _NAMED[text]
    hex_colour = _HEX.fullmatch(text)
    if hex_colour is not None:
        digits = hex_colour.group(1)
        if len(digits) <= 4:
            digits = "".join(digit * 2 for digit in digits)
        channels = [int(digits[index : index + 2], 16) for index in range(0, len(digits), 2)]
        return channels[0], channels[1], channels[2], channels[3] / 255 if len(channels) == 4 else 1.0
    function = _FUNCTION.fullmatch(text)
    return _functional(function.group(1), function.group(2)) if function is not None else None


def unseen_ink(found: Colour | None) -> bool:
    """Whether ink of this colour is unseen on a white page: white, or fully transparent."""
    return found is not None and (found[3] <= 0 or found[:3] == (255, 255, 255))


def _unread(value: str) -> bool:
    """Whether a value is computed by a function not read here (``var(--ink)``, ``calc(0px)``, ``lab(100% 0 0)``,
    ``color-mix(...)``): it may be anything, white or zero too."""
    return "(" in value and colour(value) is None


def _background(values: dict[str, str]) -> Colour | None:
    """The element's own background colour: ``background-color``, else a colour among ``background``'s words."""
    if "background-color" in values:
        return colour(values["background-color"])
    words = re.findall(r"[^\s()]+(?:\([^()]*\)?)?", values.get("background", ""))
    return next((found for word in words if (found := colour(word)) is not None), None)


def _zero(value: str) -> bool:
    """Whether a length is zero (``0``, ``0px``, ``0.0em``, ``0%``)."""
    number = re.fullmatch(r"[+-]?(?:0+\.?0*|\.0+)(?:[a-z]+|%)?", value.strip().lower())
    return number is not None


#: A CSS length and its unit, and how many pixels one unit is where the page's text is 16px (the browsers' default):
#: relative units read at that size (``em``, ``rem``, ``%`` of it, ``ex`` and ``ch`` at half of it).
_LENGTH = re.compile(r"\s*\+?(\d*\.?\d+(?:e[+-]?\d+)?)\s*([a-z]*|%)\s*", re.IGNORECASE)
_PIXELS = {"px": 1, "pt": 4 / 3, "pc": 16, "in": 96, "cm": 96 / 2.54, "mm": 96 / 25.4, "q": 96 / 101.6, "em": 16,
           "rem": 16, "%": 0.16, "ex": 8, "ch": 8}  # fmt: skip


def _illegible(name: str, value: str) -> bool:
    """Whether a size leaves no text to read: zero, or a font size (or zoom on 16px text) under one pixel, which
    no reader reads (0.01px), as ink too faint is unseen; a unit read at no fixed size (``vw``) only at zero."""
    if _zero(value):
        return True
    length = _LENGTH.fullmatch(value)
    if length is None or name not in ("font-size", "zoom"):
        return False
    number, unit = float(length.group(1)), length.group(2).lower()
    if name == "zoom":
        return unit in ("", "%") and number * (16 if unit == "" else 0.16) < 1
    return unit in _PIXELS and number * _PIXELS[unit] < 1


#: Properties read here: the ink and the background, opacity, the sizes (text, box, zoom), and what takes an element
#: off the page (:data:`_HIDING`).
_READ = frozenset({"color", "-webkit-text-fill-color", "background", "background-color", "opacity", "font-size",
                   "zoom", "width", "height", "max-width", "max-height", "display", "visibility", "content-visibility"})  # fmt: skip
#: Sizes that leave no text seen at zero (a box of width or height 0 may clip it).
_SIZES = ("font-size", "zoom", "width", "height", "max-width", "max-height")
#: Properties that leave an element's text on the page and seen whatever their value (alignment, typeface, spacing
#: inside the box, its border, wrapping, scrolling, how a flex or grid box places its items): any property neither read nor here (a filter, a transform, a
#: clip, a mask, a position or an indent off the page, a blend) may take the text out of sight.
_KEEP_SEEN = frozenset(
    {
        "text-align", "text-align-last", "float", "clear", "font-family", "font-weight", "font-style",
        "font-variant", "font-stretch", "text-decoration", "text-decoration-line", "text-decoration-color",
        "text-decoration-style", "text-underline-offset", "text-transform", "padding", "padding-top",
        "padding-right", "padding-bottom", "padding-left", "border", "border-top", "border-right", "border-bottom",
        "border-left", "border-width", "border-style", "border-color", "border-radius", "border-collapse",
        "border-spacing", "outline", "box-shadow", "text-shadow", "box-sizing", "white-space", "word-wrap",
        "overflow-wrap", "word-break", "hyphens", "overflow", "overflow-x", "overflow-y", "min-width", "min-height",
        "cursor", "list-style", "list-style-type", "user-select", "page-break-inside", "break-inside", "gap",
        "row-gap", "column-gap", "justify-content", "justify-items", "align-items", "align-content", "align-self",
        "flex-direction", "flex-wrap",
    }
)  # fmt: skip


#: The margins, read for a negative length (``margin-left: -9999px`` moves the box off the page).
_MARGINS = frozenset({"margin", "margin-top", "margin-right", "margin-bottom", "margin-left"})
_NEGATIVE = re.compile(r"(?<![\w.-])-\s*(?:\d|\.\d)")


def _hides_unread(values: dict[str, str]) -> bool:
    """Whether a declaration's property is neither read here nor known to keep the text seen (:data:`_KEEP_SEEN`),
    a custom property (``--ink``) aside, or is a margin with a negative length: it may hide the text."""
    unknown = any(not name.startswith("--") and name not in _READ | _KEEP_SEEN | _MARGINS for name in values)
    return unknown or any(_NEGATIVE.search(values[name]) for name in _MARGINS if name in values)


def ink_unseen(style: str, ink: str | None = None) -> bool:
    """Whether an element with this ``style`` shows its text unseen on a light page (see the module's docstring);
    ``ink`` is a colour its element gives otherwise (``<font color="white">``), which the style overrides."""
    values = cascaded(style)
    opacity, sizes = values.get("opacity", "1"), [(name, values[name]) for name in _SIZES if name in values]
    if _hides_unread(values) or any(_unread(value) for value in (opacity, *(size for _, size in sizes))):
        return True
    transparency = _component(opacity, 1)
    if (transparency is not None and transparency <= 0) or any(_illegible(*size) for size in sizes):
        return True
    inks = [value for value in (values.get("color", ink), values.get("-webkit-text-fill-color")) if value is not None]
    if not any(unseen_ink(colour(value)) or _unread(value) for value in inks):
        return False
    background = _background(values)
    return background is None or unseen_ink(background)


#: The values of properties that take an element off the page: ``display: none``, ``visibility: hidden`` (or
#: ``collapse``), ``content-visibility: hidden``.
_HIDING = {"display": {"none"}, "visibility": {"hidden", "collapse"}, "content-visibility": {"hidden"}}


def unseen(style: str) -> bool:
    """Whether declarations ``style`` take their element off the page (:data:`_HIDING`, or a value of those
    properties computed by a function) or show its text unseen (:func:`ink_unseen`)."""
    values = cascaded(style)
    hidden = any(
        values[name].lower() in shown_not or _unread(values[name])
        for name, shown_not in _HIDING.items()
        if name in values
    )
    return hidden or ink_unseen(style)


#: Properties with which an element may paint over other elements' text: a box moved out of the flow or off its
#: place (``position`` other than ``static``, a transform), an outline (painted above all content), a negative
#: margin (pulling the box over the text before it).
_COVERING = ("position", "transform", "translate", "scale", "rotate", "outline", "outline-width", "inset")


def covers(style: str) -> bool:
    """Whether an element with this ``style`` may paint over other elements' text (:data:`_COVERING`): what they
    write may then be unseen too."""
    values = cascaded(style)
    painted = [values[name].lower() for name in _COVERING if name in values]
    moved = any(value not in {"static", "none", "0", "initial", "unset"} for value in painted)
    return moved or any(_NEGATIVE.search(values[name]) for name in _MARGINS if name in values)

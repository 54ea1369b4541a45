"""CSS declarations as a browser reads a ``style`` attribute, and whether they leave an element's text unseen.

A style is declarations ``property: value`` separated by ``;`` (not inside quotes, parentheses or comments);
property names are case-insensitive, and of two declarations of a property the later wins unless only the earlier is
``!important`` (the cascade within one style).  Text is unseen on a light page when its ink is white or transparent
(``color``, ``-webkit-text-fill-color``) and the background it is on (the element's own, else its ancestors', else the
page's: :class:`Surround`) is not known to be another, or that background is not read as one colour (a gradient, an
image, ``var()``: it may be the ink's), when its ``opacity`` is 0, when its ``font-size`` or ``zoom`` leaves text
under a pixel high, or its box's width or height is 0, or when the style declares a property not known to keep text
seen (``filter``, ``transform``, ``clip-path``, ``position``; :data:`_KEEP_SEEN`).
Ink is unseen where a reader may not tell it from what it is written on (:func:`faint`): APCA (the W3C's candidate
contrast method for WCAG 3) finds no lightness contrast between it and the background it is on: ``#FEFEFE``,
``snow``, ``rgb(250 250 250)``, ``hsl(0 0% 98%)``, ``yellow`` on white, black on black, and faded ink alike.  Colours
are read as CSS Color 4 gives them (hex, ``rgb()``, ``hsl()``, the named colours); a value not read here
(``var(--ink)``, ``lab(...)``, ``calc(...)``, a system colour such as ``Canvas``) may be anything, so as ink it is
taken as unseen.
"""

from __future__ import annotations

import math
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
#: CSS Color 4's named colours (section 6.1), each with its hex value.
_NAMED_HEX = (
    "aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff beige f5f5dc bisque ffe4c4 "
    "black 000000 blanchedalmond ffebcd blue 0000ff blueviolet 8a2be2 brown a52a2a burlywood deb887 "
    "cadetblue 5f9ea0 chartreuse 7fff00 chocolate d2691e coral ff7f50 cornflowerblue 6495ed cornsilk fff8dc "
    "crimson dc143c cyan 00ffff darkblue 00008b darkcyan 008b8b darkgoldenrod b8860b darkgray a9a9a9 "
    "darkgreen 006400 darkgrey a9a9a9 darkkhaki bdb76b darkmagenta 8b008b darkolivegreen 556b2f "
    "darkorange ff8c00 darkorchid 9932cc darkred 8b0000 darksalmon e9967a darkseagreen 8fbc8f "
    "darkslateblue 483d8b darkslategray 2f4f4f darkslategrey 2f4f4f darkturquoise 00ced1 darkviolet 9400d3 "
    "deeppink ff1493 deepskyblue 00bfff dimgray 696969 dimgrey 696969 dodgerblue 1e90ff firebrick b22222 "
    "floralwhite fffaf0 forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc ghostwhite f8f8ff gold ffd700 "
    "goldenrod daa520 gray 808080 green 008000 greenyellow adff2f grey 808080 honeydew f0fff0 hotpink ff69b4 "
    "indianred cd5c5c indigo 4b0082 ivory fffff0 khaki f0e68c lavender e6e6fa lavenderblush fff0f5 "
    "lawngreen 7cfc00 lemonchiffon fffacd lightblue add8e6 lightcoral f08080 lightcyan e0ffff "
    "lightgoldenrodyellow fafad2 lightgray d3d3d3 lightgreen 90ee90 lightgrey d3d3d3 lightpink ffb6c1 "
    "lightsalmon ffa07a lightseagreen 20b2aa lightskyblue 87cefa lightslategray 778899 lightslategrey 778899 "
    "lightsteelblue b0c4de lightyellow ffffe0 lime 00ff00 limegreen 32cd32 linen faf0e6 magenta ff00ff "
    "maroon 800000 mediumaquamarine 66cdaa mediumblue 0000cd mediumorchid ba55d3 mediumpurple 9370db "
    "mediumseagreen 3cb371 mediumslateblue 7b68ee mediumspringgreen 00fa9a mediumturquoise 48d1cc "
    "mediumvioletred c71585 midnightblue 191970 mintcream f5fffa mistyrose ffe4e1 moccasin ffe4b5 "
    "navajowhite ffdead navy 000080 oldlace fdf5e6 olive 808000 olivedrab 6b8e23 orange ffa500 orangered ff4500 "
    "orchid da70d6 palegoldenrod eee8aa palegreen 98fb98 paleturquoise afeeee palevioletred db7093 "
    "papayawhip ffefd5 peachpuff ffdab9 peru cd853f pink ffc0cb plum dda0dd powderblue b0e0e6 purple 800080 "
    "rebeccapurple 663399 red ff0000 rosybrown bc8f8f royalblue 4169e1 saddlebrown 8b4513 salmon fa8072 "
    "sandybrown f4a460 seagreen 2e8b57 seashell fff5ee sienna a0522d silver c0c0c0 skyblue 87ceeb "
    "slateblue 6a5acd slategray 708090 slategrey 708090 snow fffafa springgreen 00ff7f steelblue 4682b4 "
    "tan d2b48c teal 008080 thistle d8bfd8 tomato ff6347 turquoise 40e0d0 violet ee82ee wheat f5deb3 "
    "white ffffff whitesmoke f5f5f5 yellow ffff00 yellowgreen 9acd32 "
)
_NAMED: dict[str, Colour] = {
    name: (int(value[:2], 16), int(value[2:4], 16), int(value[4:], 16), 1.0)
    for name, value in zip(_NAMED_HEX.split()[::2], _NAMED_HEX.split()[1::2])
} | {"transparent": (0, 0, 0, 0)}
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
    comma; saturation and lightness in percent, a hue in degrees or another angle unit)."""
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
    saturation, lightness = _component(parts[1], 100), _component(parts[2], 100)
    if hue is None or hue.group(2) == "%" or saturation is None or lightness is None:
        return None
    degrees = float(hue.group(1)) * _HUE_UNITS[(hue.group(2) or "deg").lower()]
    red, green, blue = _hsl_to_rgb(degrees, saturation / 100, lightness / 100)
    return red, green, blue, min(max(alpha, 0), 1)


#: Degrees in each of CSS's angle units.
_HUE_UNITS = {"deg": 1.0, "turn": 360.0, "rad": 180 / math.pi, "grad": 0.9}


def _hsl_to_rgb(hue: float, saturation: float, lightness: float) -> tuple[float, float, float]:
    """Red, green, blue (0 to 255) of a hue in degrees and a saturation and lightness from 0 to 1 (clamped), as
    CSS Color 4 converts them (section 7.1, ``hslToRgb``)."""
    saturation, lightness = min(max(saturation, 0), 1), min(max(lightness, 0), 1)
    reach = saturation * min(lightness, 1 - lightness)

    def channel(offset: int) -> float:
        k = (offset + hue / 30) % 12
        return 255 * (lightness - reach * max(-1, min(k - 3, 9 - k, 1)))

    return channel(0), channel(8), channel(4)


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


_WHITE: Colour = (255, 255, 255, 1.0)


def _over(top: Colour, under: Colour) -> Colour:
    """``top`` painted over the opaque ``under`` (its alpha blended, as a browser composites in sRGB)."""
    alpha = min(max(top[3], 0), 1)
    red, green, blue = (alpha * a + (1 - alpha) * b for a, b in zip(top[:3], under[:3]))
    return red, green, blue, 1.0


def _screen_luminance(found: Colour) -> float:
    """APCA's estimated screen luminance of an opaque sRGB colour (each channel to the power 2.4), soft-clamped
    near black as APCA 0.0.98G does."""
    luminance = sum(weight * (value / 255) ** 2.4 for weight, value in zip((0.2126729, 0.7151522, 0.0721750), found))
    return luminance + (0.022 - luminance) ** 1.414 if luminance < 0.022 else luminance


def contrast(ink: Colour, background: Colour) -> float:
    """APCA's lightness contrast Lc (version 0.0.98G-4g) of opaque ``ink`` on opaque ``background``: about 106 for
    black on white, -108 for white on black, 0 where they are alike (its sign the polarity)."""
    text, ground = _screen_luminance(ink), _screen_luminance(background)
    if abs(ground - text) < 0.0005:
        return 0.0
    if ground > text:  # dark ink on a light ground
        found = (ground**0.56 - text**0.57) * 1.14
        return 0.0 if found < 0.1 else (found - 0.027) * 100
    found = (ground**0.65 - text**0.62) * 1.14
    return 0.0 if found > -0.1 else (found + 0.027) * 100


def faint(ink: Colour | None, background: Colour = _WHITE) -> bool:
    """Whether ink of this colour, on ``background`` (over a white page), may not be told from it: APCA finds no
    lightness contrast between them (Lc 0: under its low clip, 0.1 before scaling, it reports none), as for white,
    near white (``#f6f6f6``), yellow or faded ink on a light page.  Any contrast APCA reports is taken as seen, faint as
    it may be (cyan on white, Lc 12, which notes use to colour terms)."""
    if ink is None:
        return False
    under = _over(background, _WHITE)
    return contrast(_over(ink, under), under) == 0


#: The lightness contrast under which APCA holds ink invisible to many readers: the levels of contrast of the APCA
#: Readability Criterion (readtech.org/ARC, the table of Lc values by use) name Lc 15 the point of invisibility for
#: many users, the least any element meant to be discerned may have.  Ink APCA measures between its low clip (Lc 0,
#: :func:`faint`) and this (#eeeeee on white, Lc 8; cyan on white, Lc 12) some readers see and others do not.
_INVISIBLE_FOR_MANY = 15.0


def doubtful(ink: Colour | None, background: Colour = _WHITE) -> bool:
    """Whether ink of this colour, on ``background`` (over a white page), is of doubtful visibility: APCA reports
    some lightness contrast, under :data:`_INVISIBLE_FOR_MANY` (0 < |Lc| < 15).  What it says is neither read as
    seen nor dropped: a step that rests on it is held (:func:`faint` ink, Lc 0, is unseen)."""
    if ink is None:
        return False
    under = _over(background, _WHITE)
    return 0 < abs(contrast(_over(ink, under), under)) < _INVISIBLE_FOR_MANY


def _unread(value: str) -> bool:
    """Whether a value is computed by a function not read here (``var(--ink)``, ``calc(0px)``, ``lab(100% 0 0)``,
    ``color-mix(...)``): it may be anything, white or zero too."""
    return "(" in value and colour(value) is None


#: Words of the ``background`` shorthand that paint nothing (CSS Backgrounds 3, section 3.10): ``none`` for its
#: image, its repeat, attachment, position, size and box keywords, and the ``/`` between a position and a size.
_UNPAINTED = frozenset({"none", "repeat", "repeat-x", "repeat-y", "no-repeat", "space", "round", "scroll", "fixed",
                        "local", "top", "bottom", "left", "right", "center", "cover", "contain", "auto", "border-box",
                        "padding-box", "content-box", "/", "initial", "unset"})  # fmt: skip
#: A length or a percentage of the shorthand's position or size (``0``, ``50%``, ``10px``).
_POSITION = re.compile(r"[+-]?(?:\d*\.?\d+)(?:[a-z]+|%)?", re.IGNORECASE)
#: No background: the ancestors' ground shows through.
_CLEAR: Colour = (0, 0, 0, 0.0)


def _shorthand(value: str) -> Colour | None:
    """The one colour the ``background`` shorthand paints (:data:`_CLEAR` where it names none), or None where it
    paints what is not read as one colour: an image or a gradient (over its colour), a value computed by a function
    (``var(--bg)``), a word not read, two colours or layers."""
    found = _CLEAR
    for word in re.findall(r"[^\s()]+(?:\([^()]*\)?)?", value):
        painted = colour(word)
        if painted is not None and found == _CLEAR:
            found = painted
        elif painted is not None or not (word.lower() in _UNPAINTED or _POSITION.fullmatch(word)):
            return None
    return found


def _background(values: dict[str, str]) -> Colour | None:
    """The element's own background as one colour: ``background-color`` and ``background`` (:func:`_shorthand`),
    :data:`_CLEAR` where it declares neither; None where it is not read as one colour (an image, a gradient,
    ``var()``; the two properties giving two colours, the later winning), which may be any colour."""
    found = [
        colour(values[name]) if name == "background-color" else _shorthand(values[name])
        for name in ("background-color", "background")
        if name in values
    ]
    if any(painted is None for painted in found) or len({painted for painted in found if painted != _CLEAR}) > 1:
        return None
    return next((painted for painted in found if painted != _CLEAR), _CLEAR)


@dataclass(frozen=True)
class Surround:
    """What an element's ancestors give its text: the ink they set (``color`` and ``-webkit-text-fill-color``
    values, inherited; None: the page's own dark text, none over it) and the opaque ground they paint under it (the
    white page where they paint none)."""

    ink: str | None = None
    fill: str | None = None
    ground: Colour = _WHITE


#: The page's own text: a light page's theme writes dark ink.
_PAGE_INK = "black"
#: The page alone around an element: no ink set over its dark text, its white ground.
PAGE = Surround()


def within(style: str, around: Surround = PAGE, ink: str | None = None) -> Surround:
    """What an element with this ``style`` gives its children (``ink``: a colour its element gives otherwise, which
    the style overrides): its ink and its background over its ancestors' ground, faded by its opacity (a background
    not read gives theirs: the element is held whole, :func:`ink_unseen`)."""
    values = cascaded(style)
    transparency = _component(values.get("opacity", "1"), 1)
    fade = 1.0 if transparency is None else min(max(transparency, 0.0), 1.0)
    own = _background(values)
    ground = around.ground if own is None else _over(_faded(own, fade), around.ground)
    inherited = ink if ink is not None else around.ink
    return Surround(values.get("color", inherited), values.get("-webkit-text-fill-color", around.fill), ground)


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


def ink_unseen(style: str, ink: str | None = None, around: Surround = PAGE) -> bool:
    """Whether an element with this ``style`` shows its text unseen on a light page (see the module's docstring),
    within ``around`` (its ancestors' ink and ground); ``ink`` is a colour its element gives otherwise (``<font
    color="white">``), which the style overrides.  A background not read as one colour (a gradient, an image,
    ``var()``) may be the ink's own: its text is held."""
    shown = _inks_shown(style, ink, around)
    return shown is None or any(ink is None or faint(ink, ground) for ink, ground in shown)


def ink_doubtful(style: str, ink: str | None = None, around: Surround = PAGE) -> bool:
    """Whether an element with this ``style``, not unseen (:func:`ink_unseen`), shows its text in ink of doubtful
    visibility on the ground it is on (:func:`doubtful`: #eeeeee on white, APCA Lc 10)."""
    shown = _inks_shown(style, ink, around)
    return shown is not None and not ink_unseen(style, ink, around) and any(doubtful(i, g) for i, g in shown)


def _inks_shown(style: str, ink: str | None, around: Surround) -> list[tuple[Colour | None, Colour]] | None:
    """The inks an element with this ``style`` writes its text in, each as shown over the ground it is on (None for an
    ink not read), or None where the style leaves its text unseen otherwise (opacity or size 0, a property not
    known to keep text seen, a background not read)."""
    values = cascaded(style)
    opacity, sizes = values.get("opacity", "1"), [(name, values[name]) for name in _SIZES if name in values]
    if _hides_unread(values) or any(_unread(value) for value in (opacity, *(size for _, size in sizes))):
        return None
    transparency = _component(opacity, 1)
    if (transparency is not None and transparency <= 0) or any(_illegible(*size) for size in sizes):
        return None
    own = _background(values)
    if own is None:
        return None
    fade = 1.0 if transparency is None else min(transparency, 1.0)  # opacity fades the ink and the background alike
    ground = _over(own, around.ground)
    inherited = ink if ink is not None else around.ink
    inks = [values.get("color", inherited) or _PAGE_INK, values.get("-webkit-text-fill-color", around.fill)]
    found = [colour(value) for value in inks if value is not None]
    shown = _over(_faded(ground, fade), around.ground)
    return [(None if i is None else _over(_faded(_over(i, ground), fade), around.ground), shown) for i in found]


def _faded(found: Colour, by: float) -> Colour:
    """``found`` with its alpha times ``by`` (an element's ``opacity``)."""
    return found[0], found[1], found[2], found[3] * by


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

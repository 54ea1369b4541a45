"""Liquid's conditions where they are constants, and the branches of an ``if`` or ``unless`` a site never renders.

Liquid renders the first branch of an ``if`` whose condition is truthy (every value but ``false`` and ``nil``:
``0`` and ``""`` are truthy), else its ``else``; ``unless c`` is ``if`` with ``c`` negated.  ``and`` and ``or``
group from the right (``a or b and c`` is ``a or (b and c)``).  A condition that is not made of literals is the
site's to evaluate: it is unknown, and a branch it decides is kept.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterator

#: A token of a condition: a quoted string, a comparison operator, or a run of other characters.
_TOKEN = re.compile(r"'[^']*'|\"[^\"]*\"|==|!=|<>|<=|>=|<|>|[^\s'\"<>=!]+")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
#: The literals that are no number or string.
_WORDS: dict[str, object] = {"true": True, "false": False, "nil": None}
#: A value Liquid decides at render time (a variable, a filter): not known here.
UNKNOWN = object()
_ORDERS: dict[str, Callable[[object, object], bool]] = {
    "<": operator.lt,
    ">": operator.gt,
    "<=": operator.le,
    ">=": operator.ge,
}


def _literal(token: str) -> object:
    """The value of one literal token (a number, a quoted string, true, false, nil), or :data:`UNKNOWN`."""
    if _NUMBER.fullmatch(token):
        return float(token)
    if len(token) >= 2 and token[0] == token[-1] and token[0] in "'\"":
        return token[1:-1]
    return _WORDS.get(token, UNKNOWN)


def _compared(left: object, relation: str, right: object) -> bool | None:
    """``left relation right`` as Liquid compares literals; None where either side is unknown or Liquid errs."""
    if left is UNKNOWN or right is UNKNOWN:
        return None
    if relation in ("==", "!=", "<>"):
        same = type(left) is type(right) and left == right
        return same if relation == "==" else not same
    if type(left) is type(right) and isinstance(left, (float, str)):
        return _ORDERS[relation](left, right)
    return None  # an order between a number and a string, or of true/false/nil: Liquid's error


def _operand(tokens: list[str]) -> bool | None:
    """The truth of one operand: a literal alone, or two literals compared."""
    if len(tokens) == 1:
        value = _literal(tokens[0])
        return None if value is UNKNOWN else value is not False and value is not None
    if len(tokens) == 3 and tokens[1] in ("==", "!=", "<>", *_ORDERS):
        return _compared(_literal(tokens[0]), tokens[1], _literal(tokens[2]))
    return None


def truth(condition: str) -> bool | None:
    """Liquid's truth of ``condition`` where it is made of literals; None where any part of it is not known."""
    tokens = _TOKEN.findall(condition)
    for index, token in enumerate(tokens):
        if token in ("and", "or"):
            left, right = _operand(tokens[:index]), truth(" ".join(tokens[index + 1 :]))
            if token == "and":
                return False if False in (left, right) else (True if left and right else None)
            return True if True in (left, right) else (False if left is False and right is False else None)
    return _operand(tokens) if tokens else None


def unrendered(branches: list[tuple[str, str]]) -> Iterator[int]:
    """The indices of the branches never rendered, given each branch's tag and condition in order (``if`` or
    ``unless`` first, then ``elsif``, then ``else``): a branch whose own condition is known false, and every
    branch after one whose condition is known true."""
    taken = False
    for index, (tag, condition) in enumerate(branches):
        value = True if tag == "else" else truth(condition)
        if tag == "unless" and value is not None:
            value = not value
        if taken or value is False:
            yield index
        taken = taken or value is True

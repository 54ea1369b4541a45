"""Finding a user's derivations: the identities (and numeric checks) a file or module defines.

A module contributes its ``IDENTITIES`` tuple if it has one, else every
module-level :class:`~derivations.model.Identity`; its ``CHECKS`` mapping (name
to ``check(rng) -> NumericResult``), if any, supplies numeric checks.
"""

from __future__ import annotations

import importlib
import importlib.util
import pathlib
import sys
from dataclasses import dataclass, field
from types import ModuleType

from derivations.model import Identity


class DiscoveryError(Exception):
    """A file or module that cannot be loaded, or that defines no identity."""


@dataclass(frozen=True)
class Found:
    """The identities of one source, with any numeric checks it supplies."""

    source: str
    identities: tuple[Identity, ...]
    checks: dict = field(default_factory=dict)


def identities_in(module: ModuleType) -> tuple[Identity, ...]:
    declared = getattr(module, "IDENTITIES", None)
    if declared is not None:
        return tuple(declared)
    found: list[Identity] = []
    for value in vars(module).values():
        if isinstance(value, Identity) and value not in found:
            found.append(value)
    return tuple(found)


def _found(source: str, module: ModuleType) -> Found:
    identities = identities_in(module)
    if not identities:
        raise DiscoveryError(f"{source} defines no Identity (define some at module level, or an IDENTITIES tuple)")
    return Found(source, identities, dict(getattr(module, "CHECKS", {})))


def load_file(path: str | pathlib.Path) -> Found:
    """Import the Python file at ``path`` (a user's own code) and collect its identities."""
    path = pathlib.Path(path)
    if not path.is_file():
        raise DiscoveryError(f"no such file: {path}")
    if path.suffix != ".py":
        raise DiscoveryError(f"{path} is not a Python file (expected a .py file)")
    name = f"diffproof_user_{abs(hash(path.resolve()))}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as error:  # the user's module failed: say where, without our traceback
        del sys.modules[name]
        raise DiscoveryError(f"{path}: {type(error).__name__}: {error}") from error
    return _found(str(path), module)


def load_module(name: str) -> Found:
    """Import the module ``name`` (dotted, importable from the current path) and collect its identities."""
    try:
        module = importlib.import_module(name)
    except Exception as error:
        raise DiscoveryError(f"cannot import module {name!r}: {type(error).__name__}: {error}") from error
    return _found(name, module)

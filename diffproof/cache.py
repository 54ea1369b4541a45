"""A cache of verification reports, keyed by content, so that a stored result is never stale.

The key of an identity's report is a SHA-256 of everything its verdicts depend on:

* the versions of diffproof, Python, SymPy, NumPy and SciPy, and the report's schema;
* the *engine*: the source of every module of the ``derivations`` and ``numeric``
  packages that is not a section of the catalogue (the kernel, the model, the
  probability operators, the numeric machinery), and of the report and this module;
* the identity itself: every field, SymPy objects by ``srepr``, and the rules'
  rewrites and bounds by content -- their code, constants and closures, and the
  functions and data of the catalogue or user modules they use, recursively;
* its numeric check, by content in the same way, and the seed.

Change a step, a rule or the kernel and the key changes; change another
identity and it does not.  A report is stored as the JSON of
:func:`diffproof.report.to_json` (never a pickle), one file per key, written
atomically; an unreadable file is a miss.

The cache lives in ``$DIFFPROOF_CACHE_DIR``, else ``$XDG_CACHE_HOME/diffproof``,
else ``~/.cache/diffproof``.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import importlib.metadata
import inspect
import json
import os
import platform
import re
import sys
import tempfile
import types
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from enum import Enum
from pathlib import Path

import numpy as np
import sympy as sp

import derivations
import diffproof
import numeric
from derivations.model import Instance
from diffproof.schema import SCHEMA_VERSION

ENVIRONMENT_VARIABLE = "DIFFPROOF_CACHE_DIR"

#: Modules of the engine's packages that render results and do not compute them.
RENDERING = frozenset({"latex.py", "prose.py", "html.py", "metrics.py", "justification.py", "plots.py"})


def default_directory() -> Path:
    """``$DIFFPROOF_CACHE_DIR``, else ``$XDG_CACHE_HOME/diffproof``, else ``~/.cache/diffproof``."""
    explicit = os.environ.get(ENVIRONMENT_VARIABLE)
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base).expanduser() / "diffproof"


# --------------------------------------------------------------------- engine


def _defines_catalogue_entries(path: Path) -> bool:
    """A section module: it assigns ``IDENTITIES`` or ``CHECKS`` at module level."""
    tree = ast.parse(path.read_bytes())
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        if any(isinstance(t, ast.Name) and t.id in ("IDENTITIES", "CHECKS") for t in targets):
            return True
    return False


def engine_files() -> list[Path]:
    """The source files whose change may change any verdict (see the module's docstring)."""
    found = []
    for package in (derivations, numeric):
        root = Path(package.__file__).parent
        for path in sorted(root.rglob("*.py")):
            if path.name not in RENDERING and not _defines_catalogue_entries(path):
                found.append(path)
    here = Path(diffproof.__file__).parent
    return [*found, here / "report.py", here / "schema.py", here / "cache.py"]


def fingerprint(files: list[Path]) -> str:
    """A SHA-256 of the files' names (relative to their package) and contents."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(f"{path.parent.name}/{path.name}\0".encode())
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


@functools.cache
def engine_fingerprint() -> str:
    """The fingerprint of the versions and the engine's sources; computed once per process."""
    versions = [
        f"schema {SCHEMA_VERSION}",
        f"diffproof {diffproof.__version__}",
        f"python {platform.python_version()}",
        f"sympy {sp.__version__}",
        f"numpy {np.__version__}",
        f"scipy {importlib.metadata.version('scipy')}",  # not imported: the notes checker does not need it
    ]
    return hashlib.sha256(("\n".join(versions) + "\n" + fingerprint(engine_files())).encode()).hexdigest()


@functools.cache
def _engine_modules() -> frozenset[str]:
    roots = {Path(p.__file__).parent for p in (derivations, numeric, diffproof)}
    names = set()
    for path in engine_files():
        root = next(r for r in roots if r in path.parents)
        relative = path.relative_to(root.parent).with_suffix("")
        names.add(".".join(relative.parts).removesuffix(".__init__"))
    return frozenset(names)


def _is_engine(module: str | None) -> bool:
    """Covered by the engine's fingerprint or by the versions: a module of the engine, of the standard
    library or of an installed package.  Anything else -- a catalogue section, a user's file, a notebook's
    ``__main__``, code made by ``exec`` -- is described by its content."""
    if module is None:
        return False
    if module.split(".")[0] in ("derivations", "numeric", "diffproof"):
        return module in _engine_modules()
    if module in sys.builtin_module_names:
        return True
    path = getattr(sys.modules.get(module), "__file__", None)
    return path is not None and _installed(Path(path))


def _installed(path: Path) -> bool:
    """A file of the standard library or of an installed (not editable) package."""
    if any(part in ("site-packages", "dist-packages") for part in path.parts):
        return True
    library = Path(sys.base_prefix, "lib")
    return library in path.resolve().parents


# -------------------------------------------------------------------- content


def _code(code: types.CodeType) -> Iterator[str]:
    """A code object without its file name and line numbers: its bytecode, constants and names."""
    yield f"code {code.co_name} {code.co_argcount} {code.co_kwonlyargcount} {code.co_flags}"
    yield code.co_code.hex()
    yield repr((code.co_names, code.co_varnames, code.co_freevars, code.co_cellvars))
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            yield from _code(constant)
        else:
            yield repr(constant)


def _names(code: types.CodeType) -> Iterator[str]:
    """Every global name a code object (and the code nested in it) may read."""
    yield from code.co_names
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            yield from _names(constant)


class _Content:
    """The content of an object as a stream of text, for hashing; each object is described once."""

    def __init__(self) -> None:
        self.seen: dict[int, int] = {}
        self.keep: list[object] = []  # the objects described, alive until hashing ends (ids stay unique)
        self.dummies: dict[str, int] = {}  # SymPy Dummy indices (random per process) in order of appearance

    def __call__(self, value: object) -> Iterator[str]:
        if isinstance(value, str | bytes | int | float | bool | complex | type(None)):
            yield f"{type(value).__name__}:{value!r}"
            return
        if id(value) in self.seen:
            yield f"ref {self.seen[id(value)]}"
            return
        self.seen[id(value)] = len(self.seen)
        self.keep.append(value)
        yield from self._describe(value)

    def _describe(self, value: object) -> Iterator[str]:
        if isinstance(value, Enum):
            yield f"enum {type(value).__qualname__}.{value.name}"
        elif isinstance(value, sp.Basic | sp.core.function.UndefinedFunction):
            yield "sympy " + _DUMMY.sub(self._dummy, sp.srepr(value))
        elif isinstance(value, np.ndarray):
            yield (
                f"array {value.dtype} {value.shape} "
                + hashlib.sha256(np.ascontiguousarray(value).tobytes()).hexdigest()
            )
        elif isinstance(value, np.generic):
            yield f"numpy {value.dtype} {value.item()!r}"
        elif isinstance(value, tuple | list):
            yield f"{type(value).__name__} {len(value)}"
            for item in value:
                yield from self(item)
        elif isinstance(value, set | frozenset):
            yield f"set {len(value)}"
            yield from sorted("\n".join(self._fresh(item)) for item in value)
        elif isinstance(value, dict | types.MappingProxyType):  # in a canonical order: some are built from sets
            yield f"dict {len(value)}"
            yield from sorted("\n".join(self._fresh((key, item))) for key, item in value.items())
        elif isinstance(value, functools.partial):
            yield "partial"
            yield from self(value.func)
            yield from self(value.args)
            yield from self(value.keywords)
        elif isinstance(value, types.MethodType):
            yield "method"
            yield from self(value.__func__)
            yield from self(value.__self__)
        elif isinstance(value, types.FunctionType):
            yield from self._function(value)
        elif isinstance(value, types.ModuleType):
            yield from self._module(value)
        elif isinstance(value, type):
            yield from self._class(value)
        elif type(value) in CANONICAL:
            yield from self(CANONICAL[type(value)](value))
        elif is_dataclass(value):  # its definition: the fields it is built from, not those it computes (memos)
            yield f"dataclass {type(value).__module__}.{type(value).__qualname__}"
            for item in fields(value):
                if item.init:
                    yield item.name
                    yield from self(getattr(value, item.name))
        elif callable(value) and not hasattr(value, "__dict__"):
            yield f"builtin {getattr(value, '__module__', '')}.{getattr(value, '__qualname__', repr(value))}"
        else:
            yield f"object {type(value).__module__}.{type(value).__qualname__}"
            yield from self(type(value))
            yield from self(getattr(value, "__dict__", repr(value)))

    def _dummy(self, match: re.Match) -> str:
        return f"dummy_index=#{self.dummies.setdefault(match.group(1), len(self.dummies))}"

    def _fresh(self, value: object) -> Iterator[str]:
        """A description that does not depend on what was described before (for sorting set members)."""
        return _Content()(value)

    def _function(self, function: types.FunctionType) -> Iterator[str]:
        """An engine function by name and the data it closes over; any other by its code too, and its globals."""
        yield f"function {function.__module__}.{function.__qualname__}"
        module = sys.modules.get(function.__module__)
        # code made by exec with a module's name (``__main__``) is not that module's code
        engine = _is_engine(function.__module__) and getattr(module, "__dict__", None) is function.__globals__
        if not engine:
            yield from _code(function.__code__)
        yield from self(function.__defaults__)
        yield from self(function.__kwdefaults__)
        for cell in function.__closure__ or ():
            try:
                yield from self(cell.cell_contents)
            except ValueError:  # an empty cell
                yield "empty cell"
        if engine:
            return
        for global_name in sorted(set(_names(function.__code__))):
            if global_name in function.__globals__:
                yield f"global {global_name}"
                yield from self(function.__globals__[global_name])

    def _module(self, module: types.ModuleType) -> Iterator[str]:
        if _is_engine(module.__name__):
            yield f"module {module.__name__}"
            return
        yield from _source(f"module {module.__name__}", module)

    def _class(self, cls: type) -> Iterator[str]:
        if _is_engine(cls.__module__):
            yield f"class {cls.__module__}.{cls.__qualname__}"
            return
        yield from _source(f"class {cls.__module__}.{cls.__qualname__}", cls)


def _canonical_instance(instance: Instance) -> tuple:
    """An instance with its atom substitutions in a canonical order: they are applied at once
    (one ``xreplace``), so their order means nothing -- and the catalogue builds some from sets.
    Substitutions of functions are applied one after the other and keep their order."""
    atoms = [(old, new) for old, new in instance.substitutions if isinstance(old, sp.Basic)]
    functions = [(old, new) for old, new in instance.substitutions if not isinstance(old, sp.Basic)]
    return ("Instance", instance.description, sorted(atoms, key=sp.srepr), functions, instance.domains, instance.claims)


#: Types whose content is described through a canonical form, by type.
CANONICAL = {Instance: _canonical_instance}

_DUMMY = re.compile(r"dummy_index=(-?\d+)")


def _source(label: str, obj: object) -> Iterator[str]:
    """The source of a module or class of the user's or the catalogue's (conservative: all of it)."""
    yield label
    try:
        yield hashlib.sha256(inspect.getsource(obj).encode()).hexdigest()
    except (OSError, TypeError):
        yield f"no source {id(obj)}"  # cannot be described: never equal to another run's


def content_hash(*values: object) -> str:
    """A SHA-256 of the content of ``values`` (see the module's docstring)."""
    digest = hashlib.sha256()
    describe = _Content()
    for value in values:
        for part in describe(value):
            digest.update(part.encode())
            digest.update(b"\0")
    return digest.hexdigest()


# ---------------------------------------------------------------------- store


class Cache:
    """Reports stored under ``directory``, one JSON file per content key."""

    def __init__(self, directory: Path | str | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_directory()
        self.hits = 0
        self.misses = 0

    def key(self, identity, seed: int, check) -> str:
        """The key of ``identity``'s report with numeric ``check`` (or None) at ``seed``."""
        return hashlib.sha256(f"{engine_fingerprint()} {content_hash(identity, check, seed)}".encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / f"v{SCHEMA_VERSION}" / key[:2] / f"{key}.json"

    def load(self, key: str) -> dict | None:
        """The report stored under ``key``, or None (absent, unreadable or not a JSON object)."""
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def count(self, hit: bool) -> None:
        """Record whether a report was served from the cache."""
        if hit:
            self.hits += 1
        else:
            self.misses += 1

    def store(self, key: str, data: dict) -> None:
        """Write ``data`` under ``key`` whole or not at all; a cache that cannot be written is skipped."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(data, file, allow_nan=False)
            os.replace(temporary, path)
        except OSError:
            Path(temporary).unlink(missing_ok=True)

    def summary(self) -> dict:
        return {"directory": str(self.directory), "hits": self.hits, "misses": self.misses}

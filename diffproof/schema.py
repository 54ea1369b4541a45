"""The version of the JSON reports: what ``diffproof verify --json`` prints and the cache stores.

A module of its own so that the cache, which every command opens, reads it without importing the report (and
through it SciPy).
"""

#: Version of the JSON that ``diffproof verify --json`` prints and the cache stores.
SCHEMA_VERSION = 1

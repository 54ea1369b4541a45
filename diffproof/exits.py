"""Exit statuses shared by every command.

0: everything asked for holds; 1: something is refuted (or wrong, or, for
``verify``, undecided); 2: usage error or invalid input; 3: an answer is
undecided; 70: an internal error (a bug of diffproof, never a verdict;
``EX_SOFTWARE`` of sysexits.h).
"""

OK = 0
FAILED = 1
USAGE = 2
UNDECIDED = 3
INTERNAL = 70

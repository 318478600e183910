"""Exit statuses and the one exception type the command line turns into them."""

from __future__ import annotations

from enum import IntEnum


class Exit(IntEnum):
    """Documented exit codes of `itin`."""

    OK = 0
    NOT_FOUND = 1  # a named thing was not found, or the input holds no trip
    USAGE = 2  # bad options or unreadable input
    INTERNAL = 70  # a bug in itin (EX_SOFTWARE); ITIN_DEBUG=1 shows the traceback
    INTERRUPTED = 130  # Ctrl-C


class ItinError(Exception):
    """An error for the user: one line of text and the exit code it ends with."""

    def __init__(self, message: str, code: Exit = Exit.USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.code = code

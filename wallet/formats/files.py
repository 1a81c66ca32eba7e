"""Reading one file found in a folder: a regular file only, never waiting, never more than the cap.

A folder a learner drops or an advisor reviews may hold what is not a file: a named pipe (open()
waits for a writer that never comes: ``verify DIR`` and the app's import hung for good), a link
to ``/dev/zero`` or ``/dev/urandom`` (the app read it until memory ran out, as its size reads 0).
The file is opened without waiting (``O_NONBLOCK``), checked to be a regular file on the open
descriptor (so it cannot be swapped between the check and the read), and read up to the cap.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from wallet.errors import InputError, InputTooLarge
from wallet.formats.sniff import MAX_INPUT_BYTES

__all__ = ["NOT_A_FILE", "read_regular_file"]

NOT_A_FILE = "not a file (a pipe, a device or a socket): left out"


def read_regular_file(path: Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of ``path`` when it is (or links to) a regular file of at most ``limit`` bytes.
    Raises InputError when it is anything else, InputTooLarge past the limit, OSError when it
    cannot be opened."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise InputError(NOT_A_FILE)
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise InputTooLarge(f"the input is over the {limit // (1024 * 1024)} MB limit")
    return data

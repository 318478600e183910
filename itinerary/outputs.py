"""Writing a file the safe way: all or nothing, never over an existing file unless asked to, and
never over one of the inputs."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from itinerary.errors import ItinError


def write_file(path: Path, data: bytes, *, force: bool = False, inputs: Sequence[Path] = ()) -> None:
    """Write `data` to `path` atomically: a temporary file beside it, then a rename.

    An existing file is refused unless `force`; an input file is refused always. A failure leaves
    any existing file as it was and no temporary file behind.
    """
    check_target(path, force=force, inputs=inputs)
    folder = path.parent
    try:
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise ItinError(f"cannot write {path}: {_reason(error)}") from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        _publish(temporary, path, force)
    except FileExistsError:
        _remove(temporary)
        raise ItinError(f"{path} exists; add --force to replace it") from None
    except OSError as error:
        _remove(temporary)
        raise ItinError(f"cannot write {path}: {_reason(error)}") from None


def check_target(path: Path, *, force: bool = False, inputs: Sequence[Path] = ()) -> None:
    """Refuse a target that cannot or must not be written (callers check before doing the work)."""
    if path.is_dir():
        raise ItinError(f"cannot write {path}: it is a folder")
    if any(_same(path, source) for source in inputs):
        raise ItinError(f"will not write over the input {path}")
    if path.exists() and not force:
        raise ItinError(f"{path} exists; add --force to replace it")
    if not path.parent.is_dir():
        raise ItinError(f"cannot write {path}: no such folder {path.parent}")


def _publish(temporary: str, path: Path, force: bool) -> None:
    """Move the finished file into place; without `force`, never over a file that appeared meanwhile."""
    if not force:
        try:
            os.link(temporary, path)  # atomic, and fails if `path` exists
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links
            if path.exists():
                raise FileExistsError(path) from None
        else:
            os.unlink(temporary)
            return
    os.replace(temporary, path)


def _same(path: Path, other: Path) -> bool:
    try:
        return path.exists() and os.path.samefile(path, other)
    except OSError:
        return False


def _reason(error: OSError) -> str:
    return "permission denied" if isinstance(error, PermissionError) else (error.strerror or str(error))


def _remove(temporary: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temporary)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask

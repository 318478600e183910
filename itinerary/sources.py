"""Where article text comes from: the bundled seeds, a file, a folder of `.txt` files, or stdin.

Reading is strict: binary input and undecodable bytes are refused with the file's name, never
guessed at. Line endings are normalised so that CRLF text gives the same trip as LF text.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from itinerary.errors import Exit, ItinError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class Document:
    """One article: a name to show (file name, "-" for stdin) and its text."""

    name: str
    text: str


def bundled_folder() -> Path:
    """The folder of bundled articles: package data when installed, `seeds/` in a checkout."""
    packaged = Path(str(resources.files("itinerary"))) / "_seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "seeds"


def is_folder(spec: str | None) -> bool:
    """Whether the source names a folder (rows then carry a `source` column)."""
    return spec is None or (spec != "-" and Path(spec).is_dir())


def documents(spec: str | None, encoding: str | None = None) -> Iterator[Document]:
    """The documents named by `--source` (None: the bundled ones), read lazily one by one."""
    if spec is None:
        yield from _folder(bundled_folder(), encoding)
    elif spec == "-":
        yield Document("-", decode(sys.stdin.buffer.read(), "<stdin>", encoding))
    else:
        path = Path(spec)
        if path.is_dir():
            yield from _folder(path, encoding)
        else:
            yield _file(path, encoding)


def _folder(folder: Path, encoding: str | None) -> Iterator[Document]:
    try:
        names = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".txt")
    except PermissionError:
        raise ItinError(f"cannot read folder {folder}: permission denied") from None
    if not names:
        raise ItinError(f"no .txt files in folder {folder}")
    for path in names:
        yield _file(path, encoding)


def _file(path: Path, encoding: str | None) -> Document:
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise ItinError(f"no such file or folder: {path}") from None
    except OSError as error:
        raise ItinError(f"cannot read {path}: {error.strerror}") from None
    if not stat.S_ISREG(mode):
        raise ItinError(f"not a regular file: {path}")
    try:
        data = path.read_bytes()
    except PermissionError:
        raise ItinError(f"cannot read {path}: permission denied") from None
    except OSError as error:
        raise ItinError(f"cannot read {path}: {error.strerror}") from None
    return Document(path.name, decode(data, str(path), encoding))


def input_paths(spec: str | None) -> list[Path]:
    """The files a `--source` reads (so that no output is ever written over one of them)."""
    if spec == "-":
        return []
    folder = bundled_folder() if spec is None else Path(spec)
    if folder.is_dir():
        try:
            return [p for p in folder.iterdir() if p.suffix.lower() == ".txt"]
        except OSError:
            return []
    return [folder]


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Bytes to text: a BOM decides, else `encoding`, else strict UTF-8. NUL bytes mean binary."""
    if encoding is None:
        for bom, codec in _BOMS:
            if data.startswith(bom):
                return _normalise(_decode(data[len(bom):], name, codec))
        if b"\x00" in data:
            raise ItinError(f"{name} looks binary (it contains NUL bytes); give a text file")
        return _normalise(_decode(data, name, "utf-8"))
    return _normalise(_decode(data, name, encoding))


def _decode(data: bytes, name: str, codec: str) -> str:
    try:
        return data.decode(codec)
    except LookupError:
        raise ItinError(f"unknown encoding: {codec}") from None
    except UnicodeDecodeError as error:
        raise ItinError(
            f"{name} is not valid {codec} (byte offset {error.start}); "
            f"say which encoding with --encoding"
        ) from None


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


__all__ = ["Document", "Exit", "bundled_folder", "decode", "documents", "input_paths", "is_folder"]

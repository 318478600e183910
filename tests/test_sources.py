"""Input that `--source` may be given (issue 5): every case ends with an exit code and one line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import Run, one_error_line

RECIPE = (
    "Preheat the oven to 200 degrees. Mix the flour, sugar and butter in a large bowl.\n"
    "Bake for twenty minutes until golden, then let it cool before serving.\n"
)
KENYA = (
    "Prime Minister Jane Doe will visit Kenya and Ghana next week. "
    "She will begin in Nairobi on Monday, where she will meet President William Ruto.\n"
)


def test_missing_path(run: Run, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = run("stops", "--source", str(missing))
    assert result.code == 2
    assert result.out == ""
    line = one_error_line(result)
    assert "no such file" in line and "nope.txt" in line


def test_folder_without_txt_files(run: Run, tmp_path: Path) -> None:
    (tmp_path / "article.md").write_text(KENYA, encoding="utf-8")
    result = run("stops", "--source", str(tmp_path))
    assert result.code == 2
    assert result.out == ""
    line = one_error_line(result)
    assert "no .txt files" in line and str(tmp_path) in line


def test_special_file(run: Run, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = run("stops", "--source", str(fifo))  # must not block reading the FIFO
    assert result.code == 2
    line = one_error_line(result)
    assert "not a regular file" in line and "pipe.txt" in line


def test_device_file(run: Run) -> None:
    result = run("stops", "--source", os.devnull)
    assert result.code == 2
    assert "not a regular file" in one_error_line(result)


def test_permission_denied(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(KENYA, encoding="utf-8")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    result = run("stops", "--source", str(path))
    assert result.code == 2
    assert result.out == ""
    line = one_error_line(result)
    assert "permission denied" in line and "secret.txt" in line


def test_folder_permission_denied(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def deny(self: Path) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", deny)
    result = run("stops", "--source", str(tmp_path))
    assert result.code == 2
    line = one_error_line(result)
    assert "permission denied" in line and str(tmp_path) in line


def test_real_chmod_000(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(KENYA, encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: mode 000 does not stop reading (see the monkeypatch test)")
        result = run("stops", "--source", str(path))
    finally:
        path.chmod(0o644)
    assert result.code == 2
    assert "permission denied" in one_error_line(result)


@pytest.mark.parametrize(
    ("name", "content"),
    [("empty.txt", b""), ("blank.txt", b"  \n\n\t \r\n  "), ("recipe.txt", RECIPE.encode())],
)
def test_no_trip(run: Run, tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    for command in ("stops", "who", "topics", "trip"):
        result = run(command, "--source", str(path))
        assert result.code == 1, (command, result.err)
        assert result.out == ""
        line = one_error_line(result)
        assert "no trip found" in line and name in line


def test_no_trip_on_stdin(run: Run) -> None:
    result = run("stops", "--source", "-", stdin=b"")
    assert result.code == 1
    assert "no trip found" in one_error_line(result)


@pytest.mark.parametrize(
    "content",
    [
        b"Blinken will visit Japan.\x00\x01\x02 more text",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",  # the start of a PNG image
    ],
)
def test_binary_input(run: Run, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(content)
    result = run("stops", "--source", str(path))
    assert result.code == 2
    assert result.out == ""
    line = one_error_line(result)
    assert "image.txt" in line and "binary" in line


def test_binary_on_stdin(run: Run) -> None:
    result = run("stops", "--source", "-", stdin=b"abc\x00def")
    assert result.code == 2
    assert "<stdin>" in one_error_line(result)


def test_invalid_utf8_names_file_and_offset(run: Run, tmp_path: Path) -> None:
    data = KENYA.replace("Ghana", "Gh\xe2na").encode("latin-1")
    offset = data.index(b"\xe2")
    path = tmp_path / "latin.txt"
    path.write_bytes(data)
    result = run("stops", "--source", str(path))
    assert result.code == 2
    assert result.out == ""
    line = one_error_line(result)
    assert "latin.txt" in line
    assert f"byte offset {offset})" in line
    assert "--encoding" in line


def test_encoding_option_reads_it(run: Run, tmp_path: Path) -> None:
    text = KENYA.replace("Prime Minister Jane Doe", "Prime Minister José Pérez")
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    result = run("who", "--source", str(path), "--encoding", "latin-1", "--format", "tsv")
    assert result.code == 0, result.err
    assert "José Pérez" in [row[0] for row in result.rows]
    stops = run("stops", "--source", str(path), "--encoding", "latin-1", "--format", "tsv")
    assert [row[1] for row in stops.rows] == ["Kenya", "Ghana"]


def test_unknown_encoding(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(KENYA, encoding="utf-8")
    result = run("stops", "--source", str(path), "--encoding", "klingon")
    assert result.code == 2
    assert "unknown encoding: klingon" in one_error_line(result)


def _encodings(text: str) -> dict[str, bytes]:
    crlf = text.replace("\n", "\r\n")
    return {
        "utf8-bom": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "utf16-le-bom": b"\xff\xfe" + text.encode("utf-16-le"),
        "utf16-be-bom": b"\xfe\xff" + text.encode("utf-16-be"),
        "utf16-default": text.encode("utf-16"),
        "crlf": crlf.encode("utf-8"),
        "cr": text.replace("\n", "\r").encode("utf-8"),
        "crlf-utf8-bom": b"\xef\xbb\xbf" + crlf.encode("utf-8"),
        "crlf-utf16-bom": b"\xff\xfe" + crlf.encode("utf-16-le"),
    }


@pytest.mark.parametrize(
    "variant",
    ["utf8-bom", "utf16-le-bom", "utf16-be-bom", "utf16-default", "crlf", "cr", "crlf-utf8-bom",
     "crlf-utf16-bom"],
)
def test_boms_and_line_endings_give_the_same_trip(
    run: Run, tmp_path: Path, article_text: str, variant: str
) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text(article_text, encoding="utf-8")
    other = tmp_path / f"{variant}.txt"
    other.write_bytes(_encodings(article_text)[variant])
    for command in ("stops", "who", "topics"):
        expected = run(command, "--source", str(clean), "--format", "tsv", "--evidence")
        assert expected.code == 0
        got = run(command, "--source", str(other), "--format", "tsv", "--evidence")
        assert got.code == 0, got.err
        assert got.out == expected.out, (command, variant)
    expected_rows = run("stops", "--source", str(clean), "--format", "tsv").rows
    assert [row[1] for row in expected_rows] == [
        "Vietnam", "Laos", "Japan", "Philippines", "Singapore", "Mongolia"
    ]


def test_bom_on_stdin(run: Run, article_text: str) -> None:
    expected = run("stops", "--source", "-", "--format", "tsv", stdin=article_text.encode())
    got = run("stops", "--source", "-", "--format", "tsv",
              stdin=b"\xef\xbb\xbf" + article_text.replace("\n", "\r\n").encode())
    assert got.code == expected.code == 0
    assert got.out == expected.out


def test_inputs_are_not_changed(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(KENYA.replace("\n", "\r\n").encode("utf-8"))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    assert run("stops", "--source", str(path)).code == 0
    assert run("trip", "--source", str(tmp_path), "--format", "json").code == 0
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_hostile_text_is_shown_not_obeyed(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(
        "Prime Minister Jane Doe will visit Kenya and Ghana next week. She will begin in Nairobi "
        "on Monday, where she will meet President William Ruto to discuss "
        "[bold red]trade[/] and \x1b[31msecurity\x1b[0m and [link=http://x.invalid]aid[/link].\n",
        encoding="utf-8",
    )
    for fmt in ("table", "tsv", "csv", "json"):
        result = run("stops", "--source", str(path), "--format", fmt, "--evidence")
        assert result.code == 0, result.err
        assert "\x1b" not in result.out, fmt
        words = " ".join(result.out.split())  # a table may wrap a cell between words
        assert "[bold red]trade[/]" in words, fmt
        assert "[link=http://x.invalid]aid[/link]" in words, fmt
        assert "\\x1b[31m" in result.out or "\\u001b[31m" in result.out, fmt

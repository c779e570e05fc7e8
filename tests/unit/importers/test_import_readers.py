"""The record readers: JSON streamed element by element, JSON lines, CSV records, header names."""

from __future__ import annotations

import json
from datetime import UTC
from pathlib import Path

import pytest

from crisisroom.importers import readers
from crisisroom.importers.errors import ImportFileError
from crisisroom.importers.readers import RowStream, flatten, unique_names
from crisisroom.importers.results import RawRow, RowProblem
from crisisroom.importers.sniff import sniff


def rows_of(path: Path) -> list[tuple[int, RawRow] | RowProblem]:
    with RowStream(sniff(path)) as stream:
        return list(stream.rows())


@pytest.fixture
def tiny_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read JSON seven characters at a time, so elements, strings and numbers straddle chunks."""
    monkeypatch.setattr(readers, "_CHUNK_CHARS", 7)


@pytest.mark.usefixtures("tiny_chunks")
def test_json_array_streams_elements_across_chunk_boundaries(tmp_path: Path) -> None:
    elements = [
        {"id": 123456789012, "text": 'first, with "quotes" and ] and }', "n": 1.5e3},
        {"id": 2, "text": "ünïcödé ✓ and \\ backslash", "nested": {"deep": {"er": [1, 2, {"x": None}]}}},
        {"id": 3, "text": "", "flag": True},
    ]
    path = tmp_path / "a.json"
    path.write_text("  [\n" + ",\n\n".join(json.dumps(element, ensure_ascii=False) for element in elements) + "\n]\n")
    got = [item for item in rows_of(path) if isinstance(item, tuple)]
    assert [line for line, _ in got] == [2, 4, 6]
    assert [row for _, row in got] == [flatten(element) for element in elements]
    assert got[1][1]["nested.deep.er"] == '[1, 2, {"x": null}]'


@pytest.mark.usefixtures("tiny_chunks")
def test_a_number_cut_at_a_chunk_boundary_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "n.json"
    path.write_text('[{"a": 1},\n123456789]')
    got = rows_of(path)
    assert got[1] == RowProblem(2, "the JSON element is a number, not an object with fields")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[{"a": 1},\n{"a": 2', "line 2: not valid JSON"),
        ('[{"a": 1}\n{"a": 2}]', r"line 2: expected ',' or '\]' after an element, found '\{'"),
        ('[{"a": 1},\n]', "line 2: not valid JSON"),
        ('[{"a": 1}] [', "line 1: more JSON after the end of the list"),
        ('[{"a": 1},', r"the JSON list is not closed with '\]'"),
        ('[{"a": 1}', r"the JSON list is not closed with '\]'"),
        ("[" * 100_000, "nested too deeply|not valid JSON"),
    ],
)
def test_broken_json_arrays_are_file_errors_with_a_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(content)
    with pytest.raises(ImportFileError, match=f"broken.json: .*{message}"):
        rows_of(path)


def test_an_unclosed_string_does_not_read_the_whole_file_into_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readers, "MAX_ELEMENT_CHARS", 1000)
    path = tmp_path / "runaway.json"
    path.write_text('[{"a": 1}, {"text": "' + "x" * 5000 + "\n" * 3)
    with pytest.raises(ImportFileError, match=r"larger than 32 MB"):
        rows_of(path)


def test_json_elements_that_are_not_objects_are_row_problems(tmp_path: Path) -> None:
    path = tmp_path / "mixed.json"
    path.write_text('[{"a": 1},\n"text",\n[1],\nnull,\n{"a": 2}]')
    got = rows_of(path)
    assert got == [
        (1, {"a": 1}),
        RowProblem(2, "the JSON element is a string, not an object with fields"),
        RowProblem(3, "the JSON element is a list, not an object with fields"),
        RowProblem(4, "the JSON element is null, not an object with fields"),
        (5, {"a": 2}),
    ]


def test_json_lines_bad_line_is_a_row_problem_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"a": 1}\n\n{"a": \n{"a": 3}\r\n[2]\n')
    got = rows_of(path)
    assert got[0] == (1, {"a": 1})
    assert isinstance(got[1], RowProblem) and got[1].line == 3 and got[1].reason.startswith("not valid JSON")
    assert got[2] == (4, {"a": 3})
    assert got[3] == RowProblem(5, "the JSON element is a list, not an object with fields")


def test_json_lines_that_never_parse_are_a_file_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("{\n")
    with pytest.raises(ImportFileError, match=r"bad.jsonl starts like JSON but its first line is not a whole"):
        sniff(path)
    path.write_text("[1]\n{oops\n")  # forced as JSON lines, and nothing in it is usable
    with pytest.raises(ImportFileError, match=r"bad.jsonl: line 1: the JSON element is a list"):
        RowStream(sniff(path, "jsonl")).__enter__()


def test_csv_record_with_extra_filled_fields_is_a_row_problem(tmp_path: Path) -> None:
    path = tmp_path / "shifted.csv"
    path.write_text("date;text\n2026-03-14;fine;;\n2026-03-14;broken; text\n2026-03-14\n")
    got = rows_of(path)
    assert got[0] == (2, {"date": "2026-03-14", "text": "fine"})
    assert got[1] == RowProblem(3, "3 fields but the header has 2 (a delimiter inside text that is not quoted?)")
    assert got[2] == (4, {"date": "2026-03-14"})  # short rows are padded by absence


def test_header_names_are_made_unique() -> None:
    assert unique_names(["Date", "", "Date", "Date", " Text "]) == ["Date", "column 2", "Date (2)", "Date (3)", "Text"]


def test_csv_error_is_a_file_error_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "open-quote.csv"
    path.write_text('date,text\n2026-03-14,"never closed\n' + "x" * 140_000 + "\n")
    with pytest.raises(ImportFileError, match=r"open-quote.csv: line 2: cannot be read as CSV .* is a quote left open"):
        rows_of(path)


def test_progress_reports_bytes(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("date,text\n" + "".join(f"2026-03-14 10:00,row {i}\n" for i in range(5000)))
    seen: list[tuple[int, int]] = []
    from crisisroom.importers.pipeline import parse

    for _ in parse(path, tz=UTC, classify=False, progress=lambda done, total: seen.append((done, total))):
        pass
    size = path.stat().st_size
    assert len(seen) >= 3
    assert all(total == size for _, total in seen)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert seen[-1] == (size, size)


def test_stream_closes_its_file_when_closed_early(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("date,text\n" + "2026-03-14 10:00,x\n" * 10)
    stream = RowStream(sniff(path)).__enter__()
    next(stream.rows())
    stream.close()
    stream.close()  # twice is fine
    assert stream._text is None


def test_json_lines_first_object_longer_than_the_sniffed_head(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    long = {"created_at": "2026-03-14T10:00:00Z", "text": "x" * 100_000, "user": {"screen_name": "a"}}
    path.write_text(json.dumps(long) + "\n" + json.dumps({**long, "text": "short"}) + "\n")
    assert sniff(path).format == "jsonl"
    assert [item[1]["text"] for item in rows_of(path) if isinstance(item, tuple)] == ["x" * 100_000, "short"]

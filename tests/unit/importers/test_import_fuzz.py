"""Fuzzing: whatever a file holds, the importer either reads it or says why as a UserError.

No UnicodeDecodeError, csv.Error, IndexError or other traceback may reach a person, and rows
written by ``csv.writer`` come back exactly as written.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from datetime import UTC
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from crisisroom.domain.errors import UserError
from crisisroom.importers.pipeline import parse, preview
from crisisroom.importers.readers import RowStream
from crisisroom.importers.sniff import sniff

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def import_everything(path: Path) -> None:
    """Preview and parse the file the way the CLI and GUI would; only UserErrors may escape."""
    try:
        preview(path, classify=False)
        for _ in parse(path, tz=UTC, skip_bad_rows=True, classify=False, date_order="dmy"):
            pass
    except UserError:
        pass


@FUZZ
@given(content=st.binary(max_size=600))
@example(content=b"date,text\n\xff\xfe")
@example(content=b"\xff\xfe\x00")
@example(content=b'[{"a":1},')
@example(content=b'date,text\n2026-03-14,"open')
@example(content=b"{}\n")
@example(content=b"\xef\xbb\xbf")
@example(content=b"PK\x03\x04")
def test_arbitrary_bytes_never_raise_anything_but_user_errors(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(content)
    import_everything(path)


CELL = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
DATEISH = st.one_of(
    CELL,
    st.sampled_from(["2026-03-14 10:00", "3/4/2026", "31/12/2026 23:59", "14-Mar-2026 1:05 PM", "1773493500000"]),
)


@FUZZ
@given(
    rows=st.lists(st.tuples(DATEISH, CELL, CELL, CELL), min_size=1, max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_arbitrary_text_rows_never_raise_anything_but_user_errors(
    tmp_path: Path, rows: list[tuple[str, ...]], delimiter: str, encoding: str
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["date", "text", "sentiment", "reach"])
    writer.writerows(rows)
    path = tmp_path / "fuzz.csv"
    path.write_bytes(buffer.getvalue().encode(encoding))
    import_everything(path)


@FUZZ
@given(text=st.text(st.characters(codec="cp1252"), max_size=300))
def test_arbitrary_cp1252_text_never_raises_anything_but_user_errors(tmp_path: Path, text: str) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(("date,text\n" + text).encode("cp1252"))
    import_everything(path)


def _field(delimiter: str) -> st.SearchStrategy[str]:
    # Any text, quotes and line breaks included, but not the *other* candidate delimiters: a
    # file whose every field holds an unquoted ";" really is ambiguous, for people as for us.
    others = "".join(candidate for candidate in ",;\t|" if candidate != delimiter)
    return st.text(
        st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters=others) | st.sampled_from('\n\r"')
    )


@st.composite
def tables(draw: st.DrawFn) -> tuple[str, list[list[str]]]:
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    width = draw(st.integers(min_value=2, max_value=5))
    field = _field(delimiter)
    row = st.lists(field, min_size=width, max_size=width).filter(lambda cells: any(not c.isspace() for c in cells if c))
    return delimiter, draw(st.lists(row, min_size=1, max_size=6))


@FUZZ
@given(table=tables(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_rows_written_by_csv_writer_read_back_equal(
    tmp_path: Path, table: tuple[str, list[list[str]]], encoding: str
) -> None:
    delimiter, rows = table
    header = [f"column{index}" for index in range(len(rows[0]))]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows([header, *rows])
    path = tmp_path / "roundtrip.csv"
    data = buffer.getvalue().encode(encoding)
    path.write_bytes(data)
    kind = sniff(path)
    assert (kind.format, kind.delimiter) == ("csv", delimiter)
    assert kind.encoding == {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "utf-16": "utf-16"}[encoding]
    with RowStream(kind) as stream:
        assert stream.columns == header
        got = [item[1] if isinstance(item, tuple) else pytest.fail(str(item)) for item in stream.rows()]
    assert got == [dict(zip(header, row, strict=True)) for row in rows]
    assert data.startswith(codecs.BOM_UTF8) == (encoding == "utf-8-sig")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@FUZZ
@given(
    elements=st.lists(JSON_VALUES, max_size=5),
    indent=st.sampled_from([None, 1, 2]),
    cut=st.integers(min_value=0, max_value=400),
    lines=st.booleans(),
)
def test_arbitrary_and_truncated_json_never_raises_anything_but_user_errors(
    tmp_path: Path, elements: list[object], indent: int | None, cut: int, lines: bool
) -> None:
    text = "\n".join(json.dumps(element) for element in elements) if lines else json.dumps(elements, indent=indent)
    path = tmp_path / "fuzz.json"
    path.write_text(text[: max(cut, 1)] if cut < len(text) else text, encoding="utf-8")
    import_everything(path)


# --- Field by field: hostile values in each column of an otherwise good export -------------------

HOSTILE_DATES = st.one_of(
    st.sampled_from(
        [
            "0001-01-01T00:00:00Z",
            "0001-01-01T00:30:00+01:00",
            "9999-12-31T23:59:59-05:00",
            "9999-12-31T23:30:00Z",
            "1989-12-31T23:59:59Z",
            "2100-01-01T00:00:00Z",
            "31/02/2026 10:00",
            "Wed Oct 10 20:19:24 +9999 2018",
            "14-Mar-0000 1:05 PM",
            "1" * 40,
            "-1",
            "1e308",
            "nan",
        ]
    ),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.datetimes(timezones=st.timezones()).map(lambda moment: moment.isoformat()),
    st.text(max_size=30),
)
HOSTILE_NUMBERS = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["9" * 5000, "1e5000", "-0", "1,2,3", "1.2.3K", "5B", "1e15", "٣", "１２３", "NaN", "∞"]),
    st.text(max_size=20),
)
HOSTILE_TEXT = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=60),
    st.sampled_from(["\x00", "=HYPERLINK(1)", "<script>", "\u202e", "\ufeff", "a" * 5000, '"', '""', "\r\n"]),
)


@FUZZ
@given(
    when=HOSTILE_DATES,
    text=HOSTILE_TEXT,
    sentiment=HOSTILE_NUMBERS | st.sampled_from(["negative", "Mixed", "", "n/a"]),
    reach=HOSTILE_NUMBERS,
    fmt=st.sampled_from(["csv", "jsonl"]),
    skip=st.booleans(),
)
@example(when="0001-01-01T00:30:00+01:00", text="x", sentiment="", reach="", fmt="csv", skip=True)
@example(when="2026-03-14T13:00:00Z", text="x", sentiment="1e5000", reach="9" * 5000, fmt="jsonl", skip=False)
def test_hostile_field_values_never_raise_anything_but_user_errors(
    tmp_path: Path, when: str, text: str, sentiment: str, reach: str, fmt: str, skip: bool
) -> None:
    good = ["2026-03-14T12:00:00Z", "a good row", "negative", "10"]
    hostile = [when, text, sentiment, reach]
    path = tmp_path / f"fields.{fmt}"
    if fmt == "csv":
        buffer = io.StringIO()
        csv.writer(buffer).writerows([["date", "text", "sentiment", "reach"], good, hostile])
        path.write_text(buffer.getvalue(), encoding="utf-8")
    else:
        # Numbers as JSON numbers where they parse as such, so huge ints and floats reach the readers raw.
        def cell(value: str) -> str:
            try:
                json.loads(value)
            except ValueError:
                return json.dumps(value)
            return value if value.strip() and value.lstrip("-")[:1].isdigit() else json.dumps(value)

        names = ["date", "text", "sentiment", "reach"]
        lines = [
            "{" + ", ".join(f'"{n}": {cell(v)}' for n, v in zip(names, row, strict=True)) + "}"
            for row in (good, hostile)
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        preview(path, classify=False)
        for item in parse(path, tz=UTC, skip_bad_rows=skip, classify=False, date_order="dmy"):
            mention = getattr(item, "mention", None)
            if mention is not None:
                # What would be stored must be storable: a plausible time, UTF-8 text, a 64-bit reach.
                assert "1990" <= mention.posted_at[:4] < "2100"
                mention.dedupe_key()
                (mention.text + mention.author + mention.url + mention.external_id).encode("utf-8")
                assert mention.reach is None or 0 <= mention.reach < 2**63
    except UserError:
        pass

"""Formats, encodings and delimiters are detected; files that cannot be imported say why, by name."""

from __future__ import annotations

import codecs
import zipfile
from collections.abc import Callable
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest

from crisisroom.domain.errors import InvalidInputError
from crisisroom.importers.errors import ImportFileError
from crisisroom.importers.pipeline import parse, preview
from crisisroom.importers.results import ParsedMention
from crisisroom.importers.sniff import sniff

Writer = Callable[..., Path]  # the write_rows / write_text fixtures of conftest.py

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


def texts(path: Path, **options: Any) -> list[str]:
    return [item.mention.text if isinstance(item, ParsedMention) else "" for item in parse(path, tz=UTC, **options)]


def test_cp1252_fallback_reads_accents(write_text: Writer) -> None:
    path = write_text("legacy.csv", "date,text,author\n2026-03-14 10:00,Café service är dålig,Jörg\n", "cp1252")
    kind = sniff(path)
    assert (kind.encoding, kind.delimiter) == ("cp1252", ",")
    assert texts(path) == ["Café service är dålig"]


def test_cp1252_byte_late_in_the_file_is_still_seen(write_text: Writer, monkeypatch: pytest.MonkeyPatch) -> None:
    # The head is pure ASCII; only the whole-file check finds the cp1252 "ö" near the end.
    monkeypatch.setattr("crisisroom.importers.sniff.HEAD_BYTES", 64)
    rows = "".join(f"2026-03-14 10:{i:02d},plain text {i}\n" for i in range(40))
    path = write_text("late.csv", "date,text\n" + rows + "2026-03-14 11:00,Malmö\n", "cp1252")
    assert sniff(path).encoding == "cp1252"
    assert texts(path)[-1] == "Malmö"


def test_excel_utf8_bom_is_not_part_of_the_first_column(write_text: Writer) -> None:
    path = write_text("excel.csv", "\ufeffdate;text\r\n14/03/2026 10:00;Grüße\r\n", "utf-8")
    shown = preview(path)
    assert (shown.kind.encoding, shown.kind.delimiter) == ("utf-8-sig", ";")
    assert shown.columns == ["date", "text"]
    assert texts(path) == ["Grüße"]


def test_semicolon_csv_with_commas_inside_text(write_text: Writer) -> None:
    path = write_text(
        "semi.csv",
        "Datum;Text;Autor\n2026-03-14 10:00;Hej, det här är, tyvärr, fel;ann\n2026-03-14 10:05;Bra, tack;bo\n",
    )
    assert sniff(path).delimiter == ";"
    assert texts(path, mapping={"posted_at": "Datum"}) == ["Hej, det här är, tyvärr, fel", "Bra, tack"]


def test_tab_delimiter_and_forced_tsv(write_text: Writer) -> None:
    path = write_text("x.txt", "date\ttext\n2026-03-14 10:00\ta, b; c\n")
    assert sniff(path).delimiter == "\t"
    assert sniff(path, "tsv").delimiter == "\t"
    assert sniff(path, "CSV").format == "csv"
    with pytest.raises(InvalidInputError, match=r"unknown format 'xls'; choose one of csv, tsv, json, jsonl, xlsx"):
        sniff(path, "xls")


def test_utf16_big_endian_and_utf32_boms(write_text: Writer) -> None:
    body = "date\ttext\n2026-03-14 10:00\tsnö\n"
    for name, encoding in (("be.tsv", "utf-16"), ("u32.tsv", "utf-32")):
        path = write_text(name, body, encoding)
        assert texts(path) == ["snö"]
    path = write_text("be16.tsv", body, "utf-16-be")
    path.write_bytes(codecs.BOM_UTF16_BE + path.read_bytes())
    assert sniff(path).encoding == "utf-16"
    assert texts(path) == ["snö"]


def test_quoted_newline_keeps_the_line_where_the_record_starts(write_text: Writer) -> None:
    path = write_text(
        "multi.csv",
        'date,text\n2026-03-14 10:00,"first\nsecond\nthird"\n\n2026-03-14 10:01,after\n2026-03-14 10:02,"x\r\ny"\n',
    )
    lines = [(item.line, item.mention.text) for item in parse(path, tz=UTC) if isinstance(item, ParsedMention)]
    assert lines == [(2, "first\nsecond\nthird"), (6, "after"), (7, "x\r\ny")]


def test_forced_format_and_description(twitter_jsonl: Path, meltwater_tsv: Path, talkwalker_xlsx: Path) -> None:
    assert sniff(twitter_jsonl).description == "JSON lines, UTF-8"
    assert sniff(meltwater_tsv).description == "CSV (tab), UTF-16"
    assert sniff(talkwalker_xlsx).description == "Excel workbook (.xlsx)"
    assert sniff(twitter_jsonl, "jsonl").format == "jsonl"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "empty.csv is empty"),
        ("blank.csv", b"\n\n  \r\n", "blank.csv is empty (only blank lines)"),
        ("commas.csv", b",,,\n,,\n", "commas.csv has no rows"),
        ("header.csv", b"date,text,author\r\n", "header.csv has a header row but no mentions under it"),
        ("header-blank.csv", b"date,text\n,\n\n", "header-blank.csv has a header row but no mentions"),
        ("picture.csv", PNG_HEADER, "picture.csv is a PNG image, not a listening-tool export"),
        ("nul.csv", b"date,text\n2026\x00\x01\x02", "nul.csv is a binary file"),
        ("controls.csv", bytes(range(1, 32)) * 40, "controls.csv is a binary file"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "old.xls is an old Excel"),
        ("empty.json", b"[ ]", "empty.json holds no mentions"),
        ("emptypage.json", b'{\n  "data": []\n}', "emptypage.json holds no mentions"),
        ("notlist.json", b'{\n  "data": [\n', "notlist.json starts like JSON but its first line"),
        ("undecodable.csv", b"date,text\n2026-03-14,\x81\x8d\x8f\x90\x9d\xe9\n", "neither UTF-8 nor Windows-1252"),
        ("bad16.csv", b"\xff\xfed\x00a\x00\x00\xd8", "starts with a UTF-16 byte-order mark but byte"),
    ],
)
def test_unusable_files_get_a_clear_error_naming_the_file(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message.replace("(", r"\(").replace(")", r"\)")):
        preview(path)
    with pytest.raises(ImportFileError):
        parse(path, tz=UTC)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mentions.csv", "date,text\n2026-03-14,hi\n")
    with pytest.raises(ImportFileError, match=r"export.xlsx is a ZIP archive, not an Excel workbook"):
        preview(path)
    ods = tmp_path / "sheet.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(ImportFileError, match=r"OpenDocument spreadsheet \(.ods\); save it as .xlsx or CSV"):
        preview(ods)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    with pytest.raises(ImportFileError, match=r"broken.xlsx is a damaged ZIP/Excel file"):
        preview(broken)
    forced = tmp_path / "text.csv"
    forced.write_text("date,text\n")
    with pytest.raises(ImportFileError, match=r"text.csv is not an Excel workbook \(.xlsx\): it is not a ZIP"):
        sniff(forced, "xlsx")


def test_workbook_with_a_missing_part_is_refused_clearly(tmp_path: Path, talkwalker_xlsx: Path) -> None:
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(talkwalker_xlsx) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                target.writestr(item, source.read(item))
    with pytest.raises(ImportFileError, match=r"damaged.xlsx"):
        list(parse(damaged, tz=UTC))


def test_header_only_and_empty_workbooks(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["published", "content"])
    header_only = tmp_path / "header.xlsx"
    workbook.save(header_only)
    with pytest.raises(ImportFileError, match=r"header.xlsx has a header row but no mentions under it"):
        preview(header_only)
    empty = tmp_path / "empty.xlsx"
    Workbook().save(empty)
    with pytest.raises(ImportFileError, match=r"empty.xlsx has no rows"):
        preview(empty)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"no such file"):
        preview(tmp_path / "nope.csv")
    with pytest.raises(ImportFileError, match=r"is a folder, not an export file"):
        parse(tmp_path, tz=UTC)

"""Constant memory: a 200,000-row export is streamed, never held, in CSV and as a JSON array."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import textwrap
import tracemalloc
from datetime import UTC
from pathlib import Path

import pytest

from crisisroom.importers.pipeline import parse

ROWS = 200_000
LABELS = ("negative", "neutral", "positive")


@pytest.fixture(scope="module")
def big_exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """About 25 MB each: every row distinct, so nothing can be shared or interned away."""
    folder = tmp_path_factory.mktemp("big")
    csv_path, json_path = folder / "big.csv", folder / "big.json"
    with csv_path.open("w", encoding="utf-8", newline="") as out:
        out.write("id,created_at,text,author,url,sentiment,reach\n")
        for start in range(0, ROWS, 10_000):
            out.write(
                "".join(
                    f'{i},2026-03-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00Z,"Mention {i}, about the outage",'
                    f"user{i % 977},https://example.org/p/{i},{LABELS[i % 3]},{i % 5000}\n"
                    for i in range(start, start + 10_000)
                )
            )
    with json_path.open("w", encoding="utf-8") as out:
        out.write("[\n")
        for start in range(0, ROWS, 10_000):
            out.write(
                ",\n".join(
                    json.dumps(
                        {
                            "id_str": str(i),
                            "created_at": f"2026-03-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00Z",
                            "text": f"Mention {i} about the outage",
                            "user": {"screen_name": f"u{i % 977}"},
                            "sentiment": LABELS[i % 3],
                        }
                    )
                    for i in range(start, start + 10_000)
                )
                + (",\n" if start + 10_000 < ROWS else "\n")
            )
        out.write("]\n")
    return {"csv": csv_path, "json": json_path}


@pytest.mark.slow
def test_whole_file_parse_keeps_peak_memory_flat(big_exports: dict[str, Path]) -> None:
    """Peak resident memory of a fresh process grows by less than 50 MB over all 200,000 rows."""
    script = textwrap.dedent(
        """
        import resource, sys
        from datetime import UTC
        from crisisroom.importers.pipeline import parse, preview

        for path in sys.argv[1:]:
            preview(path, classify=False)  # warm up: imports, first allocations
            before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            count = sum(1 for _ in parse(path, tz=UTC))
            after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(count, (after - before) / 1024)  # ru_maxrss is in KiB on Linux
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(big_exports["csv"]), str(big_exports["json"])],
        capture_output=True,
        text=True,
        check=True,
    )
    for format, line in zip(("csv", "json"), done.stdout.splitlines(), strict=True):
        count, growth_mb = line.split()
        assert int(count) == ROWS
        assert float(growth_mb) < 50, f"{format}: peak RSS grew by {growth_mb} MB over {ROWS} rows"


@pytest.mark.slow
@pytest.mark.parametrize("format", ["csv", "json"])
def test_python_allocations_do_not_grow_with_rows(big_exports: dict[str, Path], format: str) -> None:
    """tracemalloc's peak after 10,000 rows is the peak after 1,000: nothing accumulates per row."""
    peaks = []
    for rows in (1_000, 10_000):
        tracemalloc.start()
        try:
            consumed = sum(1 for _ in itertools.islice(parse(big_exports[format], tz=UTC, classify=False), rows))
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
        assert consumed == rows
    assert peaks[1] < 5_000_000, f"peak {peaks[1] / 1e6:.1f} MB"
    assert peaks[1] - peaks[0] < 500_000, f"peaks {peaks} grew with the number of rows"

"""The checks ``--self-test`` adds: each reports what it finds, and a missing part makes the whole fail."""

from __future__ import annotations

import pytest

from crisisroom.domain.mentions import Sentiment
from crisisroom.importers import sentiment as vader
from crisisroom.services import self_checks


def test_an_installation_from_source_is_whole() -> None:
    results, whole = self_checks.run_all()
    assert whole
    assert results["keyring_backend"] == "tests.conftest.MemoryKeyring"  # the tests' in-memory keyring
    assert results["sentiment"] == "ok"
    assert results["message_templates"] > 0
    assert results["drill_scenarios"] == 6


def test_wrong_vader_labels_are_reported_and_fail_the_check(monkeypatch: pytest.MonkeyPatch) -> None:
    neutral = vader.Score(Sentiment.NEUTRAL, vader.SentimentSource.VADER)
    monkeypatch.setattr(vader, "classify", lambda texts: [neutral for _ in texts])
    assert self_checks.sentiment() == "wrong labels in this process: neutral, neutral"
    results, whole = self_checks.run_all()
    assert not whole and results["sentiment"].startswith("wrong labels")


def test_a_vader_worker_that_cannot_start_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(texts: list[str], workers: int | None = None) -> list[Sentiment]:
        raise OSError("cannot start a process")

    monkeypatch.setattr(vader, "classify_parallel", broken)
    assert self_checks.sentiment() == "failed in a worker process: OSError: cannot start a process"


def test_missing_package_data_fails_the_check(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_scenarios() -> int:
        raise FileNotFoundError("scenarios")

    monkeypatch.setattr(self_checks, "drill_scenarios", no_scenarios)
    monkeypatch.setattr(self_checks, "message_templates", lambda: 0)
    results, whole = self_checks.run_all()
    assert not whole
    assert results["drill_scenarios"] == "error: FileNotFoundError: scenarios"
    assert results["message_templates"] == 0

"""The importer's API for storage, the command line and the GUI: :func:`preview` and :func:`parse`.

``preview`` reads the first rows and says what it found (format, preset, column mapping, parsed
samples, whether the day/month order must be asked). ``parse`` streams every row as a
:class:`ParsedMention` or a :class:`RowProblem`. Problems with the file itself, the mapping or
the date order are raised by ``parse`` before it returns, so a caller can refuse the import
before opening a transaction; a bad row raises :class:`BadRowError` while iterating unless
``skip_bad_rows`` is set.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import UTC, tzinfo
from itertools import islice
from pathlib import Path
from types import TracebackType

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.mentions import Mention, count_unscored, summarise_unscored_sample
from crisisroom.importers import dates, sentiment
from crisisroom.importers.checks import RowChecks
from crisisroom.importers.dates import DateOrder
from crisisroom.importers.errors import AmbiguousDateOrder, AmbiguousZone, BadRowError, ValueProblem
from crisisroom.importers.mapping import RowMapper, Source, missing_fields, resolve
from crisisroom.importers.presets import Preset, detect_preset, find_header
from crisisroom.importers.readers import RowStream
from crisisroom.importers.results import ImportWarning, Parsed, ParsedMention, RawRow, RowProblem
from crisisroom.importers.sniff import FileKind, sniff

Progress = Callable[[int, int], None]

# Below this many texts to classify, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 20_000
PROGRESS_EVERY = 2_000
# Rows read before the day/month order may be settled (a file that contradicts itself later
# still fails clearly, on the rows that do not fit); reading goes on while it is undecided.
DATE_ORDER_SAMPLE = 1_000


@dataclass(frozen=True)
class PreviewRow:
    """One of the first rows, raw and parsed.

    Attributes:
        line: where the row starts (sheet row for XLSX).
        raw: the row as read, column → value; ``None`` when the record itself is unreadable.
        mention: the parsed mention, or ``None`` with ``problem`` saying why not.
        problem: why the row cannot be imported as it is, or ``None``.
    """

    line: int
    raw: RawRow | None
    mention: Mention | None
    problem: str | None


@dataclass(frozen=True)
class Preview:
    """What an import of a file would do, from its first rows.

    Attributes:
        kind: format, encoding, delimiter and size (``kind.description`` reads well).
        preset: the tool recognised (``preset.name``), or the generic detector.
        columns: the file's column names (dotted keys for nested JSON).
        header_line: the line of the header row (``None`` for JSON).
        mapping: field → column expression after the user's overrides (``Date+Time``,
            ``Hit Sentence|Opening Text``, or a plain column name).
        mapping_problem: why the mapping cannot import anything (no date column…), or ``None``.
        rows: the first rows, raw and parsed.
        date_order: the day/month order given or read from the data; ``None`` when not needed.
        date_order_question: the user must choose ``dmy`` or ``mdy`` before importing.
        date_order_reason: why the question must be asked (a sentence for the dialog), or ``""``.
        warnings: what the sample rows show that an import would warn about (dates without a
            time, local time written as if it were another zone's), one per kind.
        unscored: how many of the sample rows no scorer fits (their language, too short to
            tell), per stored reason (``language:de``, ``too-short``), largest first; see
            :meth:`unscored_summary`.
    """

    kind: FileKind
    preset: Preset
    columns: list[str]
    header_line: int | None
    mapping: dict[str, str]
    mapping_problem: str | None
    rows: list[PreviewRow]
    date_order: DateOrder | None
    date_order_question: bool
    date_order_reason: str
    warnings: list[ImportWarning] = dataclasses.field(default_factory=list)
    unscored: dict[str, int] = dataclasses.field(default_factory=dict)

    def unscored_summary(self) -> str:
        """'12 of the first 200 rows are not scored: language not supported (9), too short (3)', or ''."""
        return summarise_unscored_sample(self.unscored, len(self.rows))


@dataclass(frozen=True)
class _Plan:
    kind: FileKind
    preset: Preset
    columns: list[str]
    header_line: int | None
    mapping: dict[str, Source]
    mapping_problem: str | None


def preview(
    path: str | Path,
    *,
    mapping: Mapping[str, str] | None = None,
    date_order: DateOrder | str | None = None,
    rows: int = 20,
    tz: tzinfo | None = None,
    format: str | None = None,
    classify: bool = True,
    prefer_zone: str | None = None,
) -> Preview:
    """Read the first rows of an export and show what an import would make of them.

    Args:
        path: the export.
        mapping: the user's overrides, field → column expression; they win over detection.
        date_order: ``dmy``/``mdy`` when the user has chosen; ``None`` to read it from the data.
        rows: how many data rows to parse.
        tz: the zone for times without an offset (UTC when ``None``); pass the import's zone.
        format: force ``csv``, ``tsv``, ``json``, ``jsonl`` or ``xlsx``.
        classify: run VADER on sample rows without a sentiment label.
        prefer_zone: the zone to propose first when the times look like local time (the
            organisation's home zone).

    Returns:
        The preview. A missing date column or an undecidable date order do not raise here:
        they are in ``mapping_problem`` and ``date_order_question`` for the dialog to ask about.

    Raises:
        ImportFileError: the file cannot be read (missing, empty, binary, header only…).
        InvalidInputError: an unknown field or column in ``mapping``, or a bad ``format``.
    """
    plan = _plan(path, mapping, format)
    zone = tz or UTC
    order = _given_order(date_order)
    question, reason = False, ""
    if order is None and plan.mapping_problem is None:
        try:
            order = _decide_date_order(plan)
        except AmbiguousDateOrder as exc:
            question, reason = True, exc.message
    samples: list[PreviewRow] = []
    mapper = RowMapper(plan.mapping, plan.preset, zone, order) if plan.mapping_problem is None else None
    checks = RowChecks(plan.mapping["posted_at"], zone, prefer_zone) if mapper is not None else None
    with RowStream(plan.kind, find_header=find_header) as stream:
        for item in stream.rows():
            if len(samples) == rows:
                break
            if isinstance(item, RowProblem):
                samples.append(PreviewRow(item.line, None, None, item.reason))
                continue
            line, row = item
            if mapper is None:
                samples.append(PreviewRow(line, row, None, plan.mapping_problem))
                continue
            try:
                mention = mapper.mention(row)
                assert checks is not None
                samples.append(PreviewRow(line, row, checks.mention(line, row, mention), None))
            except (ValueProblem, AmbiguousZone) as exc:
                samples.append(PreviewRow(line, row, None, str(exc)))
    if classify:
        samples = _label_samples(samples)
    return Preview(
        kind=plan.kind,
        preset=plan.preset,
        columns=plan.columns,
        header_line=plan.header_line,
        mapping={name: source.expression for name, source in plan.mapping.items()},
        mapping_problem=plan.mapping_problem,
        rows=samples,
        date_order=order,
        date_order_question=question,
        date_order_reason=reason,
        warnings=checks.warnings() if checks is not None else [],
        unscored=count_unscored(sample.mention for sample in samples),
    )


class ImportStream:
    """The parsed rows of one export, in file order; also says what was detected.

    Iterate it for :class:`ParsedMention` and :class:`RowProblem` items. Stop early (cancel)
    with :meth:`close`, or use it as a context manager: that closes the file and stops any
    classifier processes.

    Attributes:
        kind: format, encoding, delimiter and size.
        preset: the tool recognised, or the generic detector.
        mapping: field → column expression in use.
        date_order: the day/month order in use (``None`` when the file has no such dates).
    """

    def __init__(
        self, plan: _Plan, items: Iterator[Parsed], date_order: DateOrder | None, checks: RowChecks | None = None
    ) -> None:
        self.kind = plan.kind
        self.preset = plan.preset
        self.mapping = {name: source.expression for name, source in plan.mapping.items()}
        self.date_order = date_order
        self._items = items
        self._checks = checks

    def warnings(self) -> list[ImportWarning]:
        """The warnings about the rows read so far (all of them once iterated), one per kind."""
        return self._checks.warnings() if self._checks is not None else []

    def __iter__(self) -> ImportStream:
        return self

    def __next__(self) -> Parsed:
        return next(self._items)

    def close(self) -> None:
        """Stop reading: close the file and the classifier processes."""
        close = getattr(self._items, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> ImportStream:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


def parse(
    path: str | Path,
    *,
    mapping: Mapping[str, str] | None = None,
    tz: tzinfo,
    date_order: DateOrder | str | None = None,
    skip_bad_rows: bool = False,
    classify: bool = True,
    format: str | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
    parallel_threshold: int = PARALLEL_THRESHOLD,
    prefer_zone: str | None = None,
) -> ImportStream:
    """Stream every row of an export as a mention or a problem, in file order, in constant memory.

    The file, the mapping and the date order are checked before this returns; rows are read
    only while the result is iterated.

    Args:
        path: the export.
        mapping: the user's overrides, field → column expression (``--map``).
        tz: the zone for times without an offset (``--tz`` or the incident's zone).
        date_order: ``dmy``/``mdy`` for numeric day/month dates; ``None`` to read it from the data.
        skip_bad_rows: yield a :class:`RowProblem` for each bad row instead of raising.
        classify: label mentions without an export sentiment with VADER (``sentiment_source``
            ``vader``); otherwise they keep ``sentiment=None``.
        format: force ``csv``, ``tsv``, ``json``, ``jsonl`` or ``xlsx``.
        progress: called with ``(done, total)`` every couple of thousand rows and at the end;
            bytes of the file for text formats, sheet rows for XLSX. It may raise to cancel.
        workers: classifier processes for large files (default: one per core).
        parallel_threshold: texts to classify before worker processes are started.
        prefer_zone: the zone to propose first when the times look like local time (the
            organisation's home zone); see :meth:`ImportStream.warnings`.

    Returns:
        An iterator of :class:`ParsedMention` / :class:`RowProblem`, which also tells the
        preset and mapping used.

    Raises:
        ImportFileError: the file cannot be read (missing, empty, binary, header only…).
        AmbiguousDateOrder: numeric dates that could be day/month or month/day, and no
            ``date_order`` given.
        InvalidInputError: an unknown field or column in ``mapping``, no date column, or
            neither a text nor a link column.
        BadRowError: while iterating, the first bad row, unless ``skip_bad_rows``; and always a
            time in an ambiguous zone abbreviation (``IST``) that the zone ``tz`` does not settle.
    """
    plan = _plan(path, mapping, format)
    if plan.mapping_problem is not None:
        raise InvalidInputError(f"{plan.kind.path.name}: {plan.mapping_problem}")
    order = _given_order(date_order) or _decide_date_order(plan)
    mapper = RowMapper(plan.mapping, plan.preset, tz, order)
    checks = RowChecks(plan.mapping["posted_at"], tz, prefer_zone)
    labeller = _Labeller(classify, workers, parallel_threshold)
    items = _parsed_rows(plan, mapper, checks, labeller, skip_bad_rows, progress)
    return ImportStream(plan, items, order, checks)


def _plan(path: str | Path, overrides: Mapping[str, str] | None, format: str | None) -> _Plan:
    kind = sniff(path, format)
    with RowStream(kind, find_header=find_header) as stream:
        kind = stream.kind  # with where the records were found, when inside a wrapper
        columns = stream.columns
        header_line = stream.header_line
        # A few rows, for the refusal to name the columns whose values look like a date or a text.
        samples = [item[1] for item in islice(stream.rows(), 20) if not isinstance(item, RowProblem)]
    preset = detect_preset(columns)
    resolved = resolve(preset.detect(columns), columns, overrides)
    return _Plan(kind, preset, columns, header_line, resolved, missing_fields(resolved, columns, samples))


def _given_order(date_order: DateOrder | str | None) -> DateOrder | None:
    if isinstance(date_order, DateOrder) or not date_order:
        return date_order or None
    return DateOrder.parse(date_order)


def _decide_date_order(plan: _Plan) -> DateOrder | None:
    """Read numeric day/month dates until their order is clear.

    At least :data:`DATE_ORDER_SAMPLE` rows are read (to notice a file that contradicts
    itself), then reading stops at the first date that settles it, or at once when none of
    those rows had a numeric day/month date; a file whose dates all fit both orders (a crisis
    between the 1st and the 12th) is read to the end and then asked.

    Raises:
        AmbiguousDateOrder: nothing decides, or the file has dates only one order fits and
            dates only the other fits.
    """
    source = plan.mapping["posted_at"]
    first_either: tuple[int, str] | None = None
    witnesses: dict[str, tuple[int, str]] = {}
    with RowStream(plan.kind, find_header=find_header) as stream:
        for count, item in enumerate(stream.rows(), start=1):
            if isinstance(item, RowProblem):
                continue
            line, row = item
            value = source.read(row)
            hint = dates.order_hint(value)
            if hint in (DateOrder.DMY.value, DateOrder.MDY.value):
                witnesses.setdefault(hint, (line, str(value)))
            elif hint == dates.EITHER and first_either is None:
                first_either = (line, str(value))
            if count >= DATE_ORDER_SAMPLE and (witnesses or first_either is None):
                break
    name = plan.kind.path.name
    if len(witnesses) == 2:
        (day_line, day_value), (month_line, month_value) = witnesses["dmy"], witnesses["mdy"]
        raise AmbiguousDateOrder(
            f"{name}: the dates disagree: line {day_line} ({day_value!r}) can only be day first, line "
            f"{month_line} ({month_value!r}) only month first; choose the date order, dmy or mdy"
        )
    if witnesses:
        return DateOrder(next(iter(witnesses)))
    if first_either is not None:
        line, value = first_either
        raise AmbiguousDateOrder(
            f"{name}: dates like {value!r} (line {line}) could be day/month or month/day and no date in the "
            "file tells which; choose the date order: dmy (day first) or mdy (month first)"
        )
    return None


def _parsed_rows(
    plan: _Plan,
    mapper: RowMapper,
    checks: RowChecks,
    labeller: _Labeller,
    skip_bad_rows: bool,
    progress: Progress | None,
) -> Iterator[Parsed]:
    try:
        with RowStream(plan.kind, find_header=find_header) as stream:
            for count, item in enumerate(stream.rows(), start=1):
                if isinstance(item, RowProblem):
                    result: Parsed = item
                else:
                    line, row = item
                    try:
                        result = ParsedMention(line, checks.mention(line, row, mapper.mention(row)))
                    except AmbiguousZone as exc:
                        raise BadRowError(line, str(exc)) from None  # skipping would drop every such row
                    except ValueProblem as exc:
                        result = RowProblem(line, str(exc))
                if not skip_bad_rows and isinstance(result, RowProblem):
                    raise BadRowError(result.line, result.reason)
                yield from labeller.add(result)
                if progress is not None and count % PROGRESS_EVERY == 0:
                    progress(*stream.progress())
            yield from labeller.finish()
            if progress is not None:
                _, total = stream.progress()
                progress(total, total)
    finally:
        labeller.close()


class _Labeller:
    """Fills in VADER labels in batches while keeping the rows in file order.

    Rows wait in a batch until it holds a chunk of texts to classify (or grows too long); the
    batch is then classified here, or, once more than the threshold of texts has been seen,
    sent to worker processes with a few batches in flight so parsing and classifying overlap.
    Memory stays bounded by those few batches.
    """

    def __init__(self, enabled: bool, workers: int | None, threshold: int) -> None:
        self.enabled = enabled
        self.workers = workers or sentiment.default_workers()
        self.threshold = threshold
        self.pool: sentiment.ParallelClassifier | None = None
        self.batch: list[Parsed] = []
        self.waiting: list[int] = []  # positions in ``batch`` that need a label
        self.in_flight: deque[
            tuple[list[Parsed], list[int], list[str], Future[list[sentiment.Score]] | list[sentiment.Score]]
        ]
        self.in_flight = deque()
        self.classified = 0

    def add(self, item: Parsed) -> Sequence[Parsed]:
        """The items now ready to hand on, in file order (often just ``item``, or none yet)."""
        needs_label = self.enabled and isinstance(item, ParsedMention) and item.mention.sentiment is None
        if not needs_label and not self.batch and not self.in_flight:
            return (item,)  # nothing ahead of it is waiting: pass straight through
        if needs_label:
            self.waiting.append(len(self.batch))
        self.batch.append(item)
        if len(self.waiting) >= sentiment.CHUNK_SIZE or len(self.batch) >= 4 * sentiment.CHUNK_SIZE:
            return list(self._send())
        return ()

    def finish(self) -> Iterator[Parsed]:
        if self.batch:
            yield from self._send()
        while self.in_flight:
            yield from self._complete(*self.in_flight.popleft())

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close(cancel=True)
            self.pool = None

    def _send(self) -> Iterator[Parsed]:
        batch, waiting = self.batch, self.waiting
        self.batch, self.waiting = [], []
        texts = [self._mention(batch[index]).text for index in waiting]
        self.classified += len(texts)
        if self.pool is None and self.workers > 1 and self.classified > self.threshold:
            self.pool = sentiment.ParallelClassifier(self.workers)
        labels: Future[list[sentiment.Score]] | list[sentiment.Score]
        if not texts:
            labels = []
        elif self.pool is not None:
            labels = self.pool.submit(texts)
        else:
            labels = sentiment.classify(texts)
        self.in_flight.append((batch, waiting, texts, labels))
        # Keep two chunks per worker queued so no worker waits on us; wait for the oldest beyond that.
        limit = 2 * self.pool.workers if self.pool is not None else 0
        while len(self.in_flight) > limit:
            yield from self._complete(*self.in_flight.popleft())

    def _complete(
        self,
        batch: list[Parsed],
        waiting: list[int],
        texts: list[str],
        labels: Future[list[sentiment.Score]] | list[sentiment.Score],
    ) -> Iterator[Parsed]:
        try:
            results = labels.result() if isinstance(labels, Future) else labels
        except BrokenProcessPool:
            # A worker died (out of memory, killed): finish in this process rather than fail
            # an import that is otherwise fine.
            self.close()
            self.workers = 1
            results = sentiment.classify(texts)
        for index, label in zip(waiting, results, strict=True):
            item = batch[index]
            assert isinstance(item, ParsedMention)
            batch[index] = ParsedMention(
                item.line,
                label.apply(item.mention),
            )
        yield from batch

    @staticmethod
    def _mention(item: Parsed) -> Mention:
        assert isinstance(item, ParsedMention)
        return item.mention


def _label_samples(samples: list[PreviewRow]) -> list[PreviewRow]:
    unlabelled = [sample for sample in samples if sample.mention is not None and sample.mention.sentiment is None]
    if not unlabelled:
        return samples
    labels = iter(sentiment.classify(sample.mention.text for sample in unlabelled if sample.mention))
    result = []
    for sample in samples:
        if sample.mention is not None and sample.mention.sentiment is None:
            mention = next(labels).apply(sample.mention)
            sample = dataclasses.replace(sample, mention=mention)
        result.append(sample)
    return result

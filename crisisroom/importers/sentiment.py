"""Sentiment: the export's own labels normalised, and VADER for mentions that have none.

Labels come as words (``Negative``, ``neg``), as Talkwalker's −5…5 scale, as −1/0/1 or as a
polarity between −1 and 1. Numbers use VADER's neutral band (−0.05, 0.05), which leaves whole
numbers on their sign and keeps a polarity of 0.01 neutral, as VADER itself would.

VADER (``vaderSentiment``; the lexicon ships in the wheel, so it works offline) scores a text's
``compound`` from −1 to 1: ≤ −0.05 is negative, ≥ 0.05 positive, otherwise neutral (DESIGN.md).
It manages roughly 15,000 short texts a second on one core. For large files
:class:`ParallelClassifier` spreads chunks over worker processes started with ``spawn`` (safe
next to Qt's threads, unlike ``fork``), each loading the lexicon once.

**Per language** (:func:`classify`). VADER's lexicon is English: it scored "Aah c'est tellement
triste 😔" positive. So each text's language is told first, offline, by ``py3langid`` (langid.py's
naive-Bayes model over byte n-grams, shipped in its wheel, 97 languages):

- fewer than :data:`MIN_WORDS` words once links, @handles and emoji are set aside: unscored,
  ``too-short`` (a two-word post or an emoji row does not say which language it is in);
- English: VADER, as before (``sentiment_source`` ``vader``);
- Swedish, French: :class:`LexiconScorer` over a VADER-style lexicon of that language (``lexicon``):
  the word valences (−4…4) are summed with a three-word negation window (VADER's factor −0.74)
  and VADER's "but" rule (men, mais), plus a few common emoji, then normalised exactly as VADER
  normalises its sum, ``s / sqrt(s² + 15)``, and cut at the same ±0.05 into negative, neutral
  and positive. So a label means the same thing whichever language it came from;
- any other language: unscored, ``language:xx``; a text whose language the model is not sure of
  (best guess below :data:`MIN_CONFIDENCE`): unscored, ``unclear-language``.

An unscored mention has no sentiment (stored NULL with the reason): it is counted in totals and
shown, never counted as negative, and never given a confident wrong label.

The lexicons are in ``lexicons/`` beside this module (README there names their sources and
licences: the Swedish one is asent 0.8.3's ``sv_lexicon_v1``, the French one vaderSentiment-fr
1.3.4's ``fr_lexicon``, both MIT).
"""

from __future__ import annotations

import math
import multiprocessing
import os
import re
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NamedTuple

from crisisroom.domain.mentions import (
    LANGUAGE_PREFIX,
    TOO_SHORT,
    UNCLEAR_LANGUAGE,
    Mention,
    Sentiment,
    SentimentSource,
)
from crisisroom.importers.errors import ValueProblem
from crisisroom.importers.results import RawValue

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

NEGATIVE_AT_MOST = -0.05
POSITIVE_AT_LEAST = 0.05
# Texts per task sent to a worker: large enough that pickling and scheduling are noise,
# small enough that both workers stay busy and memory stays flat.
CHUNK_SIZE = 2_000

_LABELS = {
    "negative": Sentiment.NEGATIVE,
    "neg": Sentiment.NEGATIVE,
    "very negative": Sentiment.NEGATIVE,
    "somewhat negative": Sentiment.NEGATIVE,
    "neutral": Sentiment.NEUTRAL,
    "neu": Sentiment.NEUTRAL,
    "mixed": Sentiment.NEUTRAL,  # neither side wins; counting it negative would raise false alarms
    "positive": Sentiment.POSITIVE,
    "pos": Sentiment.POSITIVE,
    "very positive": Sentiment.POSITIVE,
    "somewhat positive": Sentiment.POSITIVE,
}
# What tools write when they did not rate a mention: classify it ourselves.
_UNRATED = {"", "-", "n/a", "na", "none", "null", "unknown", "not rated", "unrated", "not set", "undefined"}

_analyzer: SentimentIntensityAnalyzer | None = None
_identifier: LanguageIdentifier | None = None
_lexicons: dict[str, LexiconScorer] = {}

# Fewer words than this (letters only, after links, @handles and emoji) do not tell the language.
MIN_WORDS = 3
# The language model's probability below which its best guess is not trusted.
MIN_CONFIDENCE = 0.5
LEXICON_DIR = Path(__file__).with_name("lexicons")
LEXICON_FILES = {"sv": "sv_vader.txt", "fr": "fr_vader.txt"}
# Words that turn the next three words around (VADER's negation window), per language.
_NEGATIONS = {
    "sv": frozenset({"inte", "ej", "icke", "aldrig", "ingen", "inget", "inga", "utan", "varken"}),
    "fr": frozenset({"ne", "n", "pas", "jamais", "aucun", "aucune", "sans", "ni", "rien", "personne"}),
}
_BUT = {"sv": "men", "fr": "mais"}
# Emoji common in complaints and condolences, on VADER's −4…4 scale. VADER itself reads an emoji
# through its English description ("pensive face" is positive for it), which a Swedish or French
# lexicon cannot; these few carry most of the emoji weight in crisis mentions.
_EMOJI = {
    "😔": -1.8,
    "😢": -2.2,
    "😭": -2.4,
    "😞": -2.0,
    "😟": -1.6,
    "🙁": -1.6,
    "☹": -1.8,
    "😡": -2.8,
    "🤬": -3.0,
    "😠": -2.4,
    "👎": -2.0,
    "💔": -2.4,
    "😤": -1.8,
    "😩": -2.0,
    "😫": -2.0,
    "🤦": -1.6,
    "👍": 1.8,
    "❤": 2.4,
    "😍": 2.6,
    "🙏": 1.2,
    "🎉": 2.0,
    "😊": 2.0,
    "🥰": 2.6,
    "👏": 2.0,
    "😀": 2.0,
    "😃": 2.0,
    "😄": 2.2,
    "💪": 1.6,
    "✅": 1.2,
    "🙂": 1.4,
}
_N_SCALAR = -0.74  # VADER's factor for a negated word
_URL = re.compile(r"https?://\S+|www\.\S+|[@#]\w+", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


class Score(NamedTuple):
    """What :func:`classify` says of one text: a label and who gave it, or why there is none."""

    sentiment: Sentiment | None
    source: SentimentSource
    reason: str = ""  # set when ``sentiment`` is None (``too-short``, ``language:de``...)

    def apply(self, mention: Mention) -> Mention:
        """``mention`` with this score as its sentiment."""
        return replace(mention, sentiment=self.sentiment, sentiment_source=self.source, unscored_reason=self.reason)


def normalise(value: RawValue) -> Sentiment | None:
    """The export's sentiment cell as a :class:`Sentiment`; ``None`` when it is empty or unrated.

    Raises:
        ValueProblem: a label we do not know (the message lists the ones we do).
    """
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise ValueProblem(f"sentiment {value!r} is not negative, neutral or positive")
    if isinstance(value, int):
        return from_compound(max(-1, min(value, 1)))  # float() of a huge int overflows
    if isinstance(value, float):
        return _from_number(value)
    if not isinstance(value, str):
        raise ValueProblem(f"sentiment {value!r} is not negative, neutral or positive")
    return _from_text(value)


@lru_cache(maxsize=1024)  # an export uses a handful of spellings a million times
def _from_text(value: str) -> Sentiment | None:
    text = " ".join(value.split()).lower()
    if text in _UNRATED:
        return None
    label = _LABELS.get(text)
    if label is not None:
        return label
    try:
        number = float(text.replace("\u2212", "-").replace(",", "."))
    except ValueError:
        shown = value.strip()
        shown = shown if len(shown) <= 40 else shown[:37] + "..."
        raise ValueProblem(
            f"sentiment {shown!r} is not negative, neutral or positive (nor a number like -5…5)"
        ) from None
    return _from_number(number)


def from_compound(compound: float) -> Sentiment:
    """The label for a VADER compound score (or any polarity from −1 to 1)."""
    if compound <= NEGATIVE_AT_MOST:
        return Sentiment.NEGATIVE
    if compound >= POSITIVE_AT_LEAST:
        return Sentiment.POSITIVE
    return Sentiment.NEUTRAL


def classify(texts: Iterable[str]) -> list[Score]:
    """Scores for texts, in order, in this process: each text in its own language (module docstring)."""
    return [score(text) for text in texts]


def score(text: str) -> Score:
    """The score of one text (module docstring: which scorer, or why none)."""
    language = detect_language(text)
    if language == "en":
        return Score(from_compound(_get_analyzer().polarity_scores(text)["compound"]), SentimentSource.VADER)
    if language in LEXICON_FILES:
        return Score(from_compound(_get_lexicon(language).compound(text)), SentimentSource.LEXICON)
    return Score(None, SentimentSource.UNSCORED, language)


def detect_language(text: str) -> str:
    """``en``, ``sv``... for a text; or ``too-short``, ``unclear-language`` or ``language:xx`` (not scored)."""
    cleaned = _URL.sub(" ", text)
    if len(_WORD.findall(cleaned)) < MIN_WORDS:
        return TOO_SHORT
    # py3langid is untyped: classify() gives the language code and its probability.
    guess: tuple[str, float] = _get_identifier().classify(cleaned)
    language, confidence = guess
    if confidence < MIN_CONFIDENCE:
        return UNCLEAR_LANGUAGE
    if language == "en" or language in LEXICON_FILES:
        return language
    return LANGUAGE_PREFIX + language


class LexiconScorer:
    """A VADER-style scorer over one language's lexicon (module docstring: the rules and the mapping)."""

    def __init__(self, language: str, valences: dict[str, float]) -> None:
        self.language = language
        self.valences = valences
        self.negations = _NEGATIONS.get(language, frozenset())
        self.but = _BUT.get(language, "")

    @classmethod
    def load(cls, language: str) -> LexiconScorer:
        """The shipped lexicon of ``language`` (``sv`` or ``fr``)."""
        valences: dict[str, float] = {}
        with (LEXICON_DIR / LEXICON_FILES[language]).open(encoding="utf-8") as lines:
            for line in lines:
                word, sep, rest = line.rstrip("\n").partition("->" if "->" in line else "\t")
                if not sep:
                    continue
                try:
                    valences[word.strip().lower()] = float(rest.split("\t", 1)[0])
                except ValueError:
                    continue
        return cls(language, valences)

    def compound(self, text: str) -> float:
        """VADER's compound (−1…1) for ``text``: valences summed, then ``s / sqrt(s² + 15)``."""
        words = _WORD.findall(_URL.sub(" ", text).lower())
        valences: list[float] = []
        skip = False
        for i, word in enumerate(words):
            if skip:
                skip = False
                continue
            pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else ""
            if pair in self.valences:
                valence, skip = self.valences[pair], True
            else:
                valence = self.valences.get(word, 0.0) if word not in self.negations else 0.0
            # Swedish puts "inte" right after the verb it turns ("fungerar inte") or right before the
            # word ("inte bra", "inte så bra"): the next word and two before, not VADER's three.
            after, window = (words[i + 1 : i + 2], 2) if self.language == "sv" else ([], 3)
            if valence and any(w in self.negations for w in [*words[max(0, i - window) : i], *after]):
                valence *= _N_SCALAR
            valences.append(valence)
        if self.but and self.but in words:
            cut = words.index(self.but)
            valences = [v * (0.5 if n < cut else 1.5) for n, v in enumerate(valences)]
        total = sum(valences) + sum(v for ch, v in _EMOJI.items() for _ in range(min(text.count(ch), 3)))
        return total / math.sqrt(total * total + 15) if total else 0.0


def classify_parallel(texts: Sequence[str], *, workers: int | None = None, chunk_size: int = CHUNK_SIZE) -> list[Score]:
    """Scores for many texts using several processes; the same scores as :func:`classify`."""
    with ParallelClassifier(workers) as pool:
        futures = [pool.submit(texts[start : start + chunk_size]) for start in range(0, len(texts), chunk_size)]
        return [label for future in futures for label in future.result()]


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no affinity call
        return max(1, os.cpu_count() or 1)


class ParallelClassifier:
    """A pool of worker processes classifying chunks of texts; use as a context manager.

    Workers are started with ``spawn``: ``fork`` would copy a process that may be running Qt
    threads and holding locks. A frozen (PyInstaller) build must call
    ``multiprocessing.freeze_support()`` first thing in its entry point.
    """

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or default_workers()
        self._executor = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
        )

    def submit(self, texts: Sequence[str]) -> Future[list[Score]]:
        """Classify one chunk in a worker; the future's result is the scores in order."""
        return self._executor.submit(_classify_chunk, list(texts))

    def close(self, *, cancel: bool = False) -> None:
        """Stop the workers; ``cancel`` drops chunks not started yet (after an error or a cancel)."""
        self._executor.shutdown(wait=True, cancel_futures=cancel)

    def __enter__(self) -> ParallelClassifier:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close(cancel=kind is not None)


def _from_number(number: float) -> Sentiment:
    if number != number:  # NaN
        raise ValueProblem("sentiment is not a number (NaN)")
    if number in (math.inf, -math.inf):
        raise ValueProblem("sentiment is not a number on a scale (infinite)")
    return from_compound(number)


def _get_analyzer() -> SentimentIntensityAnalyzer:
    global _analyzer
    if _analyzer is None:
        # Lazily: loading the lexicon takes a twentieth of a second, and most imports never need it.
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _analyzer = SentimentIntensityAnalyzer()
    return _analyzer


def _get_identifier() -> LanguageIdentifier:
    global _identifier
    if _identifier is None:
        # Lazily: the model takes about a fifth of a second to load.
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _identifier


def _get_lexicon(language: str) -> LexiconScorer:
    if language not in _lexicons:
        _lexicons[language] = LexiconScorer.load(language)
    return _lexicons[language]


def _start_worker() -> None:
    # Once per worker, before the first chunk arrives.
    _get_analyzer()
    _get_identifier()
    for language in LEXICON_FILES:
        _get_lexicon(language)


def _classify_chunk(texts: list[str]) -> list[Score]:
    return classify(texts)

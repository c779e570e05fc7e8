"""Taking the negation out of an unverified fact before it becomes "we are checking whether …".

A yes/no question is neutral about polarity: "we are checking whether passwords were exposed"
asks the same as "… were not exposed", without the double take, and in Swedish and French the
negative forms would also need another word order ("om lösenord inte exponerades") or read as a
hint of the answer ("si les mots de passe n'ont pas été exposés"). So the main clause's one
negation is dropped (or turned into its neutral counterpart: no → any, ingen → någon, aucun → un,
no longer → still…). Negations in a subordinate or contrasted clause ("… because it was not
stored", "… but passwords were not") carry meaning and are kept.

When the words cannot be made neutral safely (two negations, "not only", "neither … nor", a French
"pas de …" whose article depends on the noun), :func:`neutral` returns None and the caller says
the fact is unconfirmed in a form that does not rewrite it.
"""

from __future__ import annotations

from collections.abc import Callable

_PUNCTUATION = ".,;:!?…\"'»«()“”’"


def _core(token: str) -> str:
    """The word without surrounding punctuation, lower case, with a straight apostrophe."""
    return token.strip(_PUNCTUATION).casefold().replace("’", "'")


def _like(original: str, replacement: str) -> str:
    """``replacement`` with the capital and the trailing punctuation of ``original``."""
    stripped = original.rstrip(_PUNCTUATION)
    tail = original[len(stripped) :]
    if stripped[:1].isupper():
        replacement = replacement[:1].upper() + replacement[1:]
    return replacement + tail


def _main_clause_end(cores: list[str], tokens: list[str], boundaries: frozenset[str]) -> int:
    """Where the main clause ends: at the first subordinator or contrast, or after a comma or semicolon."""
    for index, core in enumerate(cores):
        if index and (core in boundaries or core.startswith("qu'")):
            return index
        if tokens[index].endswith((",", ";", ":")):
            return index + 1
    return len(cores)


# --- English -------------------------------------------------------------------------------------

_EN_AUXILIARIES = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "am",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "can",
        "could",
        "will",
        "would",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "need",
    ]
)
_EN_CONTRACTIONS = {
    "isn't": "is",
    "aren't": "are",
    "wasn't": "was",
    "weren't": "were",
    "hasn't": "has",
    "haven't": "have",
    "hadn't": "had",
    "doesn't": "does",
    "don't": "do",
    "didn't": "did",
    "can't": "can",
    "cannot": "can",
    "couldn't": "could",
    "won't": "will",
    "wouldn't": "would",
    "shan't": "shall",
    "shouldn't": "should",
    "mightn't": "might",
    "mustn't": "must",
    "needn't": "need",
}
_EN_WORDS = {
    "no": "any",
    "none": "any",
    "nobody": "anybody",
    "no-one": "anyone",
    "nothing": "anything",
    "nowhere": "anywhere",
    "never": "ever",
}
# "not" followed by these is dropped whatever comes before it ("Not all customers were affected").
_EN_AFTER_NOT = frozenset(
    [
        "all",
        "every",
        "everyone",
        "everybody",
        "everything",
        "any",
        "anyone",
        "anybody",
        "anything",
        "always",
        "quite",
        "fully",
        "completely",
        "yet",
    ]
)
_EN_BOUNDARIES = frozenset(
    [
        "because",
        "since",
        "although",
        "though",
        "unless",
        "while",
        "whereas",
        "but",
        "so",
        "as",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "if",
        "after",
        "before",
    ]
)
_EN_REFUSE = frozenset(["neither", "nor"])


def _english(tokens: list[str], cores: list[str], end: int) -> list[str] | None:
    found: list[tuple[int, int, str | None]] = []  # (first token, tokens taken, replacement or None to drop)
    index = 0
    while index < end:
        core, following = cores[index], cores[index + 1] if index + 1 < len(cores) else ""
        if core in _EN_REFUSE or (core == "not" and following == "only"):
            return None
        if core == "no" and following == "one":
            found.append((index, 2, "anyone"))
            index += 2
            continue
        if core == "no" and following == "longer":
            found.append((index, 2, "still"))
            index += 2
            continue
        if core == "not" and following == "yet":
            found.append((index, 2, None))
            index += 2
            continue
        if core == "not":
            previous = cores[index - 1] if index else ""
            if previous not in _EN_AUXILIARIES and following not in _EN_AFTER_NOT:
                return None  # "Passwords not exposed": no verb to carry the question
            found.append((index, 1, None))
        elif core in _EN_CONTRACTIONS:
            found.append((index, 1, _EN_CONTRACTIONS[core]))
        elif core in _EN_WORDS:
            found.append((index, 1, _EN_WORDS[core]))
        index += 1
    return _apply(tokens, found)


# --- Swedish -------------------------------------------------------------------------------------

_SV_DROP = frozenset(["inte", "ej", "icke", "aldrig"])
_SV_WORDS = {"ingen": "någon", "inget": "något", "inga": "några", "ingenting": "något", "intet": "något"}
_SV_AFTER_NEGATION = frozenset(["än", "ännu", "alls"])  # "inte än", "inte alls": gone with the negation
_SV_BOUNDARIES = frozenset(
    [
        "eftersom",
        "därför",
        "då",
        "men",
        "utan",
        "fast",
        "fastän",
        "trots",
        "medan",
        "som",
        "att",
        "så",
        "när",
        "innan",
        "sedan",
        "om",
    ]
)
_SV_REFUSE = frozenset(["varken", "heller"])


def _swedish(tokens: list[str], cores: list[str], end: int) -> list[str] | None:
    found: list[tuple[int, int, str | None]] = []
    index = 0
    while index < end:
        core, following = cores[index], cores[index + 1] if index + 1 < len(cores) else ""
        if core in _SV_REFUSE:
            return None
        if core == "ännu" and following in ("inte", "ej"):
            found.append((index, 2, None))
            index += 2
            continue
        if core in ("inte", "ej") and following == "längre":
            # "Kontot är inte längre åtkomligt" → "kontot fortfarande är åtkomligt": after "om" the
            # adverb comes before the finite verb (the word before the negation).
            if index == 0:
                return None
            found.append((index - 1, 3, f"fortfarande {tokens[index - 1]}"))
            index += 2
            continue
        if core in _SV_DROP:
            taken = 2 if following in _SV_AFTER_NEGATION and core != "aldrig" else 1
            found.append((index, taken, None))
            index += taken
            continue
        if core in _SV_WORDS:
            found.append((index, 1, _SV_WORDS[core]))
        index += 1
    # Dropping the negation is also what puts a Swedish main clause into the order "om" wants
    # ("lösenord exponerades inte" → "lösenord exponerades", not "lösenord inte exponerades").
    return _apply(tokens, found)


# --- French --------------------------------------------------------------------------------------

_FR_PARTNERS = frozenset(["pas", "point", "plus", "jamais", "rien", "personne", "aucun", "aucune", "guère"])
_FR_BOUNDARIES = frozenset(
    [
        "parce",
        "car",
        "puisque",
        "mais",
        "lorsque",
        "quand",
        "qui",
        "que",
        "dont",
        "où",
        "si",
        "bien",
        "tandis",
        "alors",
        "afin",
        "comme",
        "sauf",
    ]
)


def _french(tokens: list[str], cores: list[str], end: int) -> list[str] | None:
    if "ni" in cores[:end]:
        return None
    ne = [i for i in range(end) if cores[i] == "ne" or cores[i].startswith("n'")]
    if not ne:
        return []  # nothing to change: "aucun" without "ne" is not a negation of the clause
    partners = [i for i in range(end) if cores[i] in _FR_PARTNERS and i != ne[0]]
    if not partners:
        return []  # "ne … que" restricts, it does not negate: keep it
    if len(ne) > 1 or len(partners) > 1:
        return None
    where, partner = partners[0], cores[partners[0]]
    following = cores[where + 1] if where + 1 < len(cores) else ""
    # The word that takes the article: after "pas", or after "pas eu" / "pas été" / "pas encore".
    article = following
    if following in ("eu", "été", "encore") and where + 2 < len(cores):
        article = cores[where + 2]
    found: list[tuple[int, int, str | None]] = []
    token = tokens[ne[0]]
    if cores[ne[0]] == "ne":
        found.append((ne[0], 1, None))
    else:
        found.append((ne[0], 1, token[2:]))  # "n'ont" → "ont"
    if partner in ("pas", "point", "plus", "jamais") and (article == "de" or article.startswith("d'")):
        return None  # "pas de fuite" → "une fuite" or "des fuites": the article depends on the noun
    if partner in ("pas", "point", "guère"):
        found.append((where, 2 if following == "encore" else 1, None))
    elif partner == "plus":
        found.append((where, 1, "encore"))
    elif partner == "jamais":
        found.append((where, 1, None))
    elif partner == "rien":
        if where != 0:
            return None  # "n'a rien copié" → "a copié quelque chose": the word would have to move
        found.append((where, 1, "quelque chose"))
    elif partner == "personne":
        found.append((where, 1, "quelqu'un"))
    else:  # aucun, aucune: a determiner ("Aucun mot de passe n'a…" → "un mot de passe a…")
        if where + 1 == ne[0]:
            return None  # "Aucun n'a été touché": the pronoun has no neutral one-word form
        found.append((where, 1, "un" if partner == "aucun" else "une"))
    return _apply(tokens, found, parts=2)  # "ne … pas" is one negation in two words


def _apply(tokens: list[str], found: list[tuple[int, int, str | None]], parts: int = 1) -> list[str] | None:
    """The tokens with the one negation (in ``parts`` places) replaced; [] when there was none, None for several."""
    if not found:
        return []
    if len(found) > parts:
        return None
    result = list(tokens)
    for start, taken, replacement in sorted(found, reverse=True):
        removed = result[start : start + taken]
        tail = removed[-1][len(removed[-1].rstrip(_PUNCTUATION)) :]
        if replacement is None:
            del result[start : start + taken]
            if tail and start > 0:
                result[start - 1] += tail
        else:
            result[start : start + taken] = [_like(removed[0], replacement.rstrip(_PUNCTUATION)) + tail]
    return result


_LANGUAGES: dict[str, tuple[Callable[[list[str], list[str], int], list[str] | None], frozenset[str]]] = {
    "en": (_english, _EN_BOUNDARIES),
    "sv": (_swedish, _SV_BOUNDARIES),
    "fr": (_french, _FR_BOUNDARIES),
}


def neutral(text: str, language: str) -> str | None:
    """``text`` with its main clause's negation taken out, for a yes/no question.

    ``Passwords were not exposed`` → ``Passwords were exposed``; ``No customer was affected`` →
    ``Any customer was affected``; ``Lösenord exponerades inte`` → ``Lösenord exponerades``;
    ``Les mots de passe n'ont pas été exposés`` → ``Les mots de passe ont été exposés``. Text with
    no negation comes back unchanged.

    Args:
        text: one statement, words separated by single spaces.
        language: ``en``, ``sv`` or ``fr``.

    Returns:
        The neutral words, or None when they cannot be made neutral safely (more than one
        negation in the main clause, "not only", "neither … nor", "pas de …").
    """
    rewrite, boundaries = _LANGUAGES[language]
    tokens = text.split(" ")
    cores = [_core(token) for token in tokens]
    end = _main_clause_end(cores, tokens, boundaries)
    changed = rewrite(tokens, cores, end)
    if changed is None:
        return None
    return " ".join(token for token in changed if token) if changed else text

"""An incident whose decision was corrected twice, and a five-person chain of command for its level.

The decision "Recall kettles from batch 7 tomorow" is corrected to "... tomorrow" and that
correction corrected again (a chain) to "Decision: Recall kettles from batch 7 and 8 today",
typed with the kind in front: reports must show the entry once, as a Decision, with the latest
text, marked corrected, and never "Decision: Decision:".
"""

from __future__ import annotations

import re

from crisisroom.domain.log import Kind
from crisisroom.domain.team import Person
from crisisroom.storage import log, team
from crisisroom.storage.database import Database
from tests.unit.wizard_support import AUTHOR, Clock

ORIGINAL = "Recall kettles from batch 7 tomorow"
FIRST_FIX = "Recall kettles from batch 7 tomorrow"
LATEST = "Recall kettles from batch 7 and 8 today"
FIXER = "Eve Park"
# The chain for level 3: Ben Ode acknowledged, Cy Lam was reached but has not, three were never reached.
CHAIN = (
    Person("p-ben", "Ben Ode", levels=(3,)),
    Person("p-cy", "Cy Lam", levels=(3,)),
    Person("p-dee", "Dee Moss", levels=(3, 4)),
    Person("p-eli", "Eli Noor", levels=(2, 3)),
    Person("p-fay", "Fay Quint", levels=(3,)),
)
OUTSIDE = Person("p-gus", "Gus Hale", levels=(4,))


def correct_a_decision(database: Database, incident_id: str, clock: Clock, *, minutes: float = 50) -> str:
    """Log the decision and its two corrections; returns the decision's id."""
    clock.at(minutes=minutes)
    decision = log.append(database, incident_id, ORIGINAL, kind=Kind.DECISION, author=AUTHOR)
    clock.at(minutes=minutes + 2)
    first = log.correct(database, decision.id, FIRST_FIX, author=AUTHOR)
    clock.at(minutes=minutes + 5)
    log.correct(database, first.id, f"Decision: {LATEST}", author=FIXER)
    return decision.id


def add_chain(database: Database) -> None:
    team.replace_roster(database, [*CHAIN, OUTSIDE])


def visible_text(html: str) -> str:
    """The HTML's text without what is struck through (``<del>``/``<s>``) and without tags."""
    html = re.sub(r"<(del|s)\b[^>]*>.*?</\1>", "", html, flags=re.S)
    html = re.sub(r"<style.*?</style>", "", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&#39;", "'").replace("&amp;", "&")


def assert_shown_corrected(text: str, *, marked: bool = True) -> None:
    """One report's visible text: the latest wording once, the old ones gone, no doubled kind."""
    assert text.count(LATEST) == 1, text
    assert ORIGINAL not in text and FIRST_FIX not in text
    assert "Decision: Decision" not in text and "Decision:Decision" not in text
    assert "Correction of the entry" not in text
    if marked:
        assert re.search(rf"corrected [^)]*by {FIXER}", text), text

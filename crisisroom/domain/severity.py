"""The five-level severity scale crisis teams work with."""

from __future__ import annotations

from dataclasses import dataclass

from crisisroom.domain.errors import InvalidInputError


@dataclass(frozen=True)
class Level:
    """One step of the severity scale."""

    number: int
    name: str
    examples: str
    handled_by: str

    @property
    def is_crisis(self) -> bool:
        """Below level 3 it is rarely a crisis and should stay with support or routine PR."""
        return self.number >= 3

    @property
    def label(self) -> str:
        return f"Level {self.number} · {self.name}"


LEVELS: tuple[Level, ...] = (
    Level(1, "Routine", "Isolated complaints and questions.", "Customer support, as usual."),
    Level(
        2,
        "Watch",
        "Angry customers, broken links, a post from the wrong account, factual errors.",
        "Customer support or PR, guided by a manager.",
    ),
    Level(
        3,
        "Serious",
        "Many angry customers, a service outage, a product unavailable.",
        "Support director or PR lead on the channel; the plan may be opened.",
    ),
    Level(
        4,
        "Crisis",
        "Recall, faulty products or services, widespread bad press, layoffs.",
        "Senior management, PR, marketing and executives; alert all staff; pause scheduled posts.",
    ),
    Level(
        5,
        "Severe crisis",
        "Lawsuits, accidents with injuries, illegal conduct by staff.",
        "Executives and legal; a statement from the CEO; the full plan.",
    ),
)


def level(number: int) -> Level:
    """The level with this number (1 to 5).

    Raises:
        InvalidInputError: for any other number.
    """
    if not 1 <= number <= len(LEVELS):
        raise InvalidInputError(f"severity level must be 1 to 5, not {number}")
    return LEVELS[number - 1]

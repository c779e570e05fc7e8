"""The severity scale and the plain-question assessment: each rule, "not sure", and the log summary."""

from __future__ import annotations

import pytest

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.severity import LEVELS, QUESTIONS, QUESTIONS_BY_KEY, UNSURE, assess, level, summarise

CALM = {
    "harm": "no",
    "legal": "no",
    "breach": "no",
    "product": "no",
    "mistake": "no",
    "press": "none",
    "upset": "few",
    "spreading": "no",
}


def _with(**changes: str) -> dict[str, str]:
    return {**CALM, **changes}


def test_the_scale_has_five_levels_with_who_handles_each() -> None:
    assert [lvl.number for lvl in LEVELS] == [1, 2, 3, 4, 5]
    assert all(lvl.name and lvl.examples and lvl.handled_by and lvl.meaning and lvl.team for lvl in LEVELS)
    assert level(3).label == "Level 3 · Serious"
    assert level(4).label == "Level 4 · Crisis"
    assert [lvl.is_crisis for lvl in LEVELS] == [False, False, True, True, True]
    assert "legal" in level(5).handled_by.lower()
    assert "all staff" in level(4).handled_by.lower()


@pytest.mark.parametrize("number", [0, 6, -1])
def test_level_rejects_numbers_outside_the_scale(number: int) -> None:
    with pytest.raises(InvalidInputError):
        level(number)


def test_a_calm_situation_is_level_1() -> None:
    proposal = assess(CALM)
    assert proposal.level == 1
    assert proposal.reasons == ["Nothing points above level 1: routine support handles it."]
    assert proposal.unsure == () and proposal.unanswered == ()


def test_no_answers_yet_is_level_1_and_lists_every_question_as_unanswered() -> None:
    proposal = assess({})
    assert proposal.level == 1
    assert proposal.reasons == ["Nothing answered yet."]
    assert proposal.unanswered == tuple(q.key for q in QUESTIONS)


@pytest.mark.parametrize(
    ("changes", "expected", "reason"),
    [
        ({"harm": "yes"}, 5, "Someone is or could be hurt → level 5"),
        ({"legal": "yes"}, 5, "Legal action or illegal conduct by staff → level 5"),
        ({"breach": "yes"}, 4, "Personal data leaked or an account hacked (a security breach) → level 4"),
        ({"product": "faulty"}, 4, "A product or service is faulty, unsafe or recalled → level 4"),
        ({"press": "national"}, 4, "National or widespread press coverage → level 4"),
        ({"product": "down"}, 3, "A service is down or a product unavailable → level 3"),
        ({"press": "local"}, 3, "Local or trade press is covering it → level 3"),
        ({"upset": "hundreds"}, 3, "Hundreds of people or more are upset → level 3"),
        ({"upset": "dozens"}, 2, "Dozens of people are upset → level 2"),
        ({"mistake": "yes"}, 2, "We published something wrong → level 2"),
    ],
)
def test_each_answer_points_at_its_level(changes: dict[str, str], expected: int, reason: str) -> None:
    proposal = assess(_with(**changes))
    assert proposal.level == expected
    assert proposal.reasons == [reason]


def test_the_highest_answer_wins_and_its_reason_comes_first() -> None:
    proposal = assess(_with(upset="dozens", product="down", legal="yes"))
    assert proposal.level == 5
    assert proposal.reasons == [
        "Legal action or illegal conduct by staff → level 5",
        "A service is down or a product unavailable → level 3",
        "Dozens of people are upset → level 2",
    ]


@pytest.mark.parametrize(
    ("changes", "without", "expected"),
    [
        ({}, 1, 3),  # nothing else: a story that moves needs someone senior
        ({"upset": "dozens"}, 2, 3),
        ({"product": "down"}, 3, 4),
        ({"press": "national"}, 4, 4),  # never lifted to 5: only harm and the law are level 5
        ({"harm": "yes"}, 5, 5),
    ],
)
def test_spreading_fast_lifts_one_level_to_at_least_3_and_at_most_4(
    changes: dict[str, str], without: int, expected: int
) -> None:
    assert assess(_with(spreading="no", **changes)).level == without
    assert assess(_with(spreading="yes", **changes)).level == expected


def test_spreading_fast_says_how_it_lifted_the_level_or_that_it_did_not() -> None:
    lifted = assess(_with(spreading="yes", upset="dozens"))
    assert lifted.reasons[0] == "It is spreading fast, so one level up from 2 (at least 3) → level 3"
    covered = assess(_with(spreading="yes", harm="yes"))
    assert covered.reasons == [
        "Someone is or could be hurt → level 5",
        "It is spreading fast; level 5 already covers that",
    ]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("harm", 2),
        ("legal", 2),
        ("breach", 2),
        ("product", 2),
        ("press", 2),
        ("upset", 2),
        ("mistake", 2),
        ("spreading", 2),
    ],
)
def test_one_not_sure_raises_a_calm_situation_by_one_level_not_to_its_most_serious(key: str, expected: int) -> None:
    proposal = assess(_with(**{key: UNSURE}))
    assert proposal.level == expected
    assert proposal.unsure == (key,)
    assert proposal.reasons[0].startswith("Not sure ")
    assert proposal.reasons[0].endswith(": one level higher until confirmed → level 2")
    assert proposal.reasons[-1] == "When unsure between two levels, we take the higher one."


def test_not_sure_about_injuries_says_one_level_higher_until_confirmed() -> None:
    proposal = assess(_with(harm=UNSURE))
    assert proposal.level == 2  # not 5: a doubt is one step, not the worst case
    assert proposal.reasons[0] == "Not sure whether anyone is hurt: one level higher until confirmed → level 2"
    assert proposal.explained[0].level == 2
    # On top of what the definite answers show: hundreds upset (3) and a doubt about injuries is 4.
    assert assess(_with(upset="hundreds", harm=UNSURE)).level == 4
    # Definite answers are unchanged: "yes" to injuries is level 5.
    assert assess(_with(harm="yes")).level == 5


def test_each_not_sure_is_one_more_level_and_the_reasons_show_each_step() -> None:
    proposal = assess(_with(harm=UNSURE, mistake=UNSURE))
    assert proposal.level == 3
    assert proposal.reasons[:2] == [
        "Not sure whether anyone is hurt: one level higher until confirmed → level 3",
        "Not sure whether we published an error: one level higher until confirmed → level 2",
    ]
    # The questions' order in the answers does not change the result.
    assert assess({"mistake": UNSURE, "harm": UNSURE}).level == assess({"harm": UNSURE, "mistake": UNSURE}).level


def test_a_doubt_never_raises_past_its_questions_most_serious_answer() -> None:
    covered = assess(_with(press="national", mistake=UNSURE))
    assert covered.level == 4
    assert covered.reasons == [
        "National or widespread press coverage → level 4",
        "Not sure whether we published an error; level 4 already covers that",
        "When unsure between two levels, we take the higher one.",
    ]
    assert assess(_with(product="down", upset=UNSURE)).level == 3  # "hundreds upset" would be 3 too
    assert assess(_with(legal="yes", harm=UNSURE)).level == 5


def test_not_sure_lies_between_the_questions_mildest_and_most_serious_answers() -> None:
    for question in QUESTIONS:
        for base in (_with(), _with(upset="dozens"), _with(product="down"), _with(press="national")):
            answers = {**base, question.key: UNSURE}
            unsure = assess(answers).level
            levels = [assess({**base, question.key: choice.value}).level for choice in question.choices]
            assert min(levels) <= unsure <= max(levels), question.key
            assert unsure <= min(levels) + 1, question.key  # one step at most


def test_not_sure_about_everything_climbs_one_step_per_doubt() -> None:
    proposal = assess(dict.fromkeys(CALM, UNSURE))
    # mistake → 2, upset → 3, then a 4-ceiling doubt → 4, then injuries → 5; the rest are covered.
    assert proposal.level == 5
    assert [r.level for r in proposal.explained if r.level] == [5, 4, 3, 2]
    assert sum("already covers that" in reason for reason in proposal.reasons) == 4


def test_unanswered_questions_raise_nothing_and_are_listed() -> None:
    proposal = assess({"upset": "dozens", "press": None})
    assert proposal.level == 2
    assert "press" in proposal.unanswered and "upset" not in proposal.unanswered
    assert len(proposal.unanswered) == len(QUESTIONS) - 1


@pytest.mark.parametrize("answers", [{"weather": "yes"}, {"harm": "maybe"}, {"press": "yes"}])
def test_unknown_questions_or_answers_are_refused(answers: dict[str, str]) -> None:
    with pytest.raises(InvalidInputError):
        assess(answers)
    with pytest.raises(InvalidInputError):
        summarise(answers)


def test_every_question_offers_a_harmless_first_answer() -> None:
    # The calm answer must exist for every question, or a person could not say "no, nothing".
    for question in QUESTIONS:
        assert question.choices[0].points_to == 1
        assert question.key in CALM and CALM[question.key] == question.choices[0].value
    assert set(QUESTIONS_BY_KEY) == set(CALM)


def test_the_summary_lists_the_answers_given_in_question_order() -> None:
    text = summarise({"upset": "hundreds", "harm": "no", "press": UNSURE, "legal": None})
    assert text == "Injuries: no · Press: not sure · Upset people: hundreds or more"
    assert summarise({}) == ""

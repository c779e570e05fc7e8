"""User-editable templates cannot escape the sandbox, change their data, or fail with a traceback.

Every attempt must end in a TemplateProblem (a UserError the GUI shows in red), never in
Python internals printed into a statement, never in a crash, and never in half a message.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from crisisroom.domain.errors import UserError
from crisisroom.reports.environments import message_environment, shipped_source
from crisisroom.reports.statement_templates import (
    SHARED,
    TemplateProblem,
    message_template_name,
    render_message,
    sample_context,
)

NAME = "messages/test.txt"

ESCAPES = [
    # Attribute access to Python internals.
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ known.__class__.__base__.__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ joiner.__init__.__globals__.os }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ self._TemplateReference__context }}",
    "{{ self.__dict__ }}",
    "{{ known.__len__() }}",
    "{{ organisation.__doc__ }}",
    "{{ range.__globals__ }}",
    # The same through filters.
    "{{ ''|attr('__class__') }}",
    "{{ (''|attr('__class__')|attr('__mro__'))[1] }}",
    "{{ known|map(attribute='__class__')|list }}",
    # str.format and format_map reaching attributes.
    "{{ '{0.__class__}'.format(known) }}",
    "{{ '{0.__class__.__mro__}'.format(organisation) }}",
    "{{ '{x.__class__}'.format_map({'x': known}) }}",
    "{{ '{0.__init__.__globals__}'.format(cycler) }}",
    # Mutating the data it was given (the immutable sandbox).
    "{{ known.append('planted') }}",
    "{{ known.pop() }}",
    "{{ known.clear() }}",
    "{% set xs = [1] %}{{ xs.append(2) }}",
    "{% set d = {'a': 1} %}{{ d.update({'b': 2}) }}",
    # Building huge values to freeze the preview.
    "{{ '-' * 10**9 }}",
    "{{ [0] * 100000000 }}",
    "{{ 9 ** 999999 }}",
]


@pytest.mark.parametrize("source", ESCAPES)
def test_sandbox_escapes_are_refused(source: str) -> None:
    context = sample_context("security-breach")
    before = copy.deepcopy(context)
    with pytest.raises(TemplateProblem) as caught:
        render_message(f"Dear customer,\n{source}\nRegards", context, name=NAME)
    problem = caught.value
    assert isinstance(problem, UserError)
    assert problem.kind == "unsafe"
    assert problem.template == NAME and problem.line == 2
    assert "not allowed" in problem.detail
    assert "Traceback" not in str(problem) and "\n" not in str(problem)
    assert context == before, "the template changed the data it was given"


@pytest.mark.parametrize(
    "source",
    [
        "{{ list.append(1) }}",  # no `list` at all: names outside the fields do not exist
        "{{ lipsum() }}",  # the one default global we removed
        "{{ config }}",
        "{{ local_time.__globals__ }}",  # filters are not names
        "{{ request }}",
        "{{ __builtins__ }}",
        "{{ self.__class__.__init__.__globals__['sys'] }}",
    ],
)
def test_python_names_are_not_reachable(source: str) -> None:
    with pytest.raises(TemplateProblem) as caught:
        render_message(source, sample_context(), name=NAME)
    assert caught.value.kind in {"undefined", "unsafe"}


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("{% include '../environments.py' %}", "missing"),
        ("{% include 'messages/../../reports/environments.py' %}", "missing"),
        ("{% include '/etc/passwd' %}", "missing"),
        ("{% extends 'reports/summary.html' %}", "missing"),  # message templates see only messages/
        ("{% import 'messages/nothing-here.txt' as x %}", "missing"),
    ],
)
def test_templates_can_only_load_message_templates(source: str, kind: str) -> None:
    with pytest.raises(TemplateProblem) as caught:
        render_message(source, sample_context(), name=NAME)
    assert caught.value.kind == kind
    assert "there is no template named" in caught.value.detail


def test_runaway_loops_and_recursion_are_problems_not_hangs() -> None:
    with pytest.raises(TemplateProblem, match="Range too big"):
        render_message("{% for i in range(10**7) %}x{% endfor %}", sample_context(), name=NAME)
    with pytest.raises(TemplateProblem, match="calls itself without end"):
        render_message("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", sample_context(), name=NAME)


def test_a_typo_names_the_field_the_line_and_the_likely_one() -> None:
    source = "Hello,\n\n{{ organisation }} here.\nNext update by {{ next_updat_at|local_time }}."
    with pytest.raises(TemplateProblem) as caught:
        render_message(source, sample_context(), name=NAME)
    problem = caught.value
    assert (problem.kind, problem.template, problem.line) == ("undefined", NAME, 4)
    assert problem.detail == "'next_updat_at' is not a field of the message; did you mean 'next_update_at'?"
    assert str(problem) == f"{NAME}, line 4: {problem.detail}"


def test_a_typo_in_a_shared_part_names_that_part() -> None:
    """An edited frame or the shared macros break every message using them: the problem says where."""
    shared = shipped_source(SHARED)
    assert shared is not None
    broken = shared.replace("{{ next_update_at|local_time }}", "{{ next_update_a|local_time }}")
    assert broken != shared
    env = message_environment(unsaved={SHARED: broken})
    name = message_template_name("operational", "customers", "holding")
    with pytest.raises(TemplateProblem) as caught:
        render_message(name, sample_context(), environment=env)
    assert caught.value.template == SHARED
    assert caught.value.line == broken[: broken.index("next_update_a|")].count("\n") + 1
    assert "did you mean 'next_update_at'" in caught.value.detail


def test_syntax_errors_name_the_line() -> None:
    with pytest.raises(TemplateProblem) as caught:
        render_message("one\ntwo\n{% if summary %}three", sample_context(), name=NAME)
    assert (caught.value.kind, caught.value.line) == ("syntax", 3)
    assert "endif" in caught.value.detail


def test_attribute_typos_and_other_runtime_errors_are_problems() -> None:
    context: dict[str, Any] = sample_context()
    for source, message in [
        ("{{ known.first }}", "has no attribute 'first'"),
        ("{{ 1 / 0 }}", "division by zero"),
        ("{{ organisation + 1 }}", "can only concatenate"),
        ("{{ known[99] }}", "has no element 99"),
    ]:
        with pytest.raises(TemplateProblem, match=message):
            render_message(source, context, name=NAME)


def test_never_half_a_message() -> None:
    """The first lines rendered fine; the failure later still gives no text at all."""
    source = "Dear customer,\n" + "We are on it.\n" * 50 + "{{ missing }}"
    result: str | None = None
    with pytest.raises(TemplateProblem):
        result = render_message(source, sample_context(), name=NAME)
    assert result is None


def test_plain_text_is_not_escaped() -> None:
    """Autoescaping is off for messages: & and quotes reach the post as typed."""
    context = sample_context()
    context["organisation"] = 'Smith & Sons "Outdoor" <Ltd>'
    assert render_message("{{ organisation }}", context) == 'Smith & Sons "Outdoor" <Ltd>'


def test_data_is_never_evaluated_as_a_template() -> None:
    """Template syntax inside a field (say, pasted from a hostile post) is printed, not run."""
    context = sample_context()
    context["summary"] = "{{ ''.__class__.__mro__ }} {% for x in range(9) %}x{% endfor %}"
    assert render_message("{{ summary }}", context) == context["summary"]

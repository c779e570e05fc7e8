"""Reports as HTML: the plain data of :mod:`crisisroom.reports.data` through our autoescaped templates.

The HTML is self-contained (styles inline, the chart a ``data:`` PNG), so it can be mailed or
opened from a USB stick with no network; the same text feeds the PDF (Qt's QTextDocument).
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from typing import Any

from crisisroom.domain.signing import Head, heads_qr_text
from crisisroom.reports.environments import report_environment

HTML_KINDS = ("situation", "daily", "review", "activity-log", "messages", "after-action")
CHART_KINDS = frozenset({"situation", "daily", "review"})


def template_name(kind: str) -> str:
    """The shipped template of a report kind."""
    if kind not in HTML_KINDS:
        raise ValueError(f"no HTML template for report kind {kind!r}")
    return f"reports/{kind}.html"


def png_data_uri(png: bytes | None) -> str:
    """A PNG as a ``data:`` URI for an ``<img>``; "" for no picture."""
    return f"data:image/png;base64,{base64.b64encode(png).decode('ascii')}" if png else ""


def render_html(
    kind: str,
    data: Mapping[str, Any],
    *,
    chart_png: bytes | None = None,
    for_print: bool = False,
    language: str | None = None,
    log_heads: Sequence[Head] = (),
) -> str:
    """The report as one HTML document.

    Args:
        kind: one of :data:`HTML_KINDS`.
        data: from :func:`crisisroom.reports.data.build`.
        chart_png: the mentions chart as PNG bytes, embedded for the kinds that show it.
        for_print: HTML for a page (the PDF): no centred reading column, which on paper would
            only narrow the text inside the margins Qt already sets.
        language: the report's language; by default :func:`crisisroom.i18n.languages.language`.
        log_heads: the crisis log's heads when the report is made, printed (and as a QR code) at the
            end, so a copy of the log can later be checked against the paper (``verify --head``).
    """
    template = report_environment(language).get_template(template_name(kind))
    chart = png_data_uri(chart_png) if kind in CHART_KINDS else ""
    fingerprints = [head.fingerprint for head in log_heads]
    qr = png_data_uri(heads_qr_png(log_heads)) if log_heads else ""
    return template.render(**data, chart_src=chart, for_print=for_print, log_heads=fingerprints, heads_qr_src=qr)


def heads_qr_png(log_heads: Sequence[Head]) -> bytes:
    """The log's heads, in full, as a QR code (PNG) that a phone or ``verify --head`` can read back."""
    import io

    import segno  # only when a report is made

    out = io.BytesIO()
    segno.make(heads_qr_text(list(log_heads)), error="m").save(out, kind="png", scale=6, border=4)
    return out.getvalue()

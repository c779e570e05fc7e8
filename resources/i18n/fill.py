"""Write translations from a JSON file into a Qt Linguist .ts file, marked finished.

Usage (from the project root)::

    python resources/i18n/fill.py resources/i18n/crisisroom_sv.ts sv.json
    python resources/i18n/fill.py resources/i18n/crisisroom_sv.ts sv.json --dry-run
    python resources/i18n/fill.py resources/i18n/crisisroom_sv.ts --missing > todo.json

The JSON maps context -> source text -> translation, exactly as the .ts names them::

    {
      "MainWindow": {
        "&File": "&Arkiv",
        "%n entries": ["%n post", "%n poster"]
      },
      "Severity": {"Serious": "Allvarlig"}
    }

A plural message (``numerus="yes"`` in the .ts, a source with ``%n`` from ``self.tr(text, "", n)``)
takes a list with one text per plural form of the language (Swedish and French: singular, plural);
a single string is accepted and used for every form. A message with a disambiguation comment is
addressed as ``"source\\u0004comment"`` (the source, the character U+0004, the comment).

``--missing`` prints the messages that have no finished translation yet in the same JSON shape
(plural messages with a list of empty forms), ready to be filled in and fed back.

Anything in the JSON that the .ts does not hold is reported and the exit status is 1 (a typo in a
source text would otherwise be silently lost); nothing is written in that case unless ``--force``.
The .ts stays otherwise byte-for-byte as lupdate wrote it apart from the filled messages' lines, so
``resources/build.py`` and Qt Linguist keep working on it. Run ``python resources/build.py``
afterwards to compile the translations into the application.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from xml.etree import ElementTree

SEPARATOR = "\u0004"


def _key(message: ElementTree.Element) -> str:
    source = message.findtext("source") or ""
    comment = message.findtext("comment")
    return f"{source}{SEPARATOR}{comment}" if comment else source


def missing(tree: ElementTree.ElementTree) -> dict[str, dict[str, object]]:
    """Messages without a finished translation, as the JSON this script reads."""
    result: dict[str, dict[str, object]] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                continue  # finished, obsolete or vanished
            numerus = message.get("numerus") == "yes"
            result.setdefault(name, {})[_key(message)] = ["", ""] if numerus else ""
    return result


def fill(tree: ElementTree.ElementTree, wanted: dict[str, dict[str, object]]) -> tuple[int, list[str]]:
    """Write the translations; returns (messages filled, entries of ``wanted`` not found)."""
    found: set[tuple[str, str]] = set()
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        texts = wanted.get(name, {})
        for message in context.iter("message"):
            key = _key(message)
            if key not in texts:
                continue
            found.add((name, key))
            value = texts[key]
            translation = message.find("translation")
            if translation is None:
                translation = ElementTree.SubElement(message, "translation")
            if message.get("numerus") == "yes":
                forms = list(value) if isinstance(value, list) else [str(value)] * 2
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for index, form in enumerate(forms):
                    element = ElementTree.SubElement(translation, "numerusform")
                    element.text = form
                    element.tail = "\n        " if index == len(forms) - 1 else "\n            "
                translation.text = "\n            "
            else:
                translation.text = value[0] if isinstance(value, list) else str(value)
            if all((form or "").strip() for form in _forms(message)):
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")  # an empty text is not a translation
            filled += 1
    unknown = [
        f"{context}: {source!r}"
        for context, texts in wanted.items()
        for source in texts
        if (context, source) not in found
    ]
    return filled, unknown


def _forms(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return [""]
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")] or [""]
    return [translation.text or ""]


def write(tree: ElementTree.ElementTree, path: Path) -> None:
    """Write the .ts in lupdate's layout (declaration and doctype), so diffs stay small."""
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8", newline="\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", type=Path, help="the .ts file to fill (resources/i18n/crisisroom_<lang>.ts)")
    parser.add_argument("json", type=Path, nargs="?", help="{context: {source: translation}}")
    parser.add_argument("--missing", action="store_true", help="print the untranslated messages as JSON instead")
    parser.add_argument("--dry-run", action="store_true", help="report what would change, write nothing")
    parser.add_argument("--force", action="store_true", help="write even when some JSON entries match nothing")
    args = parser.parse_args(argv)

    tree = ElementTree.parse(args.ts)
    if args.missing:
        json.dump(missing(tree), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if args.json is None:
        parser.error("give a JSON file of translations, or --missing")
    wanted = json.loads(args.json.read_text(encoding="utf-8"))
    filled, unknown = fill(tree, wanted)
    for entry in unknown:
        print(f"not in {args.ts.name}: {entry}", file=sys.stderr)
    print(f"{filled} message(s) filled in {args.ts.name}.")
    if args.dry_run or (unknown and not args.force):
        if unknown and not args.force:
            print("Nothing written: fix the entries above or use --force.", file=sys.stderr)
        return 1 if unknown else 0
    write(tree, args.ts)
    return 1 if unknown else 0


if __name__ == "__main__":
    sys.exit(main())

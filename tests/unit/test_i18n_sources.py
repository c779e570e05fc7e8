"""Every user-visible string in the GUI goes through Qt's translation, and the .ts files are complete.

Static checks (no Qt imported here; the Qt tools run as child processes):

* an AST scan of ``crisisroom/gui/**/*.py`` (not the generated forms) for word-like string literals
  handed to a Qt text API (``setText``, ``setWindowTitle``, ``QLabel(...)``, ``prompts.*``…)
  without ``self.tr``/``QCoreApplication.translate``, and for translation calls lupdate cannot
  extract or translators cannot use (f-strings, ``%`` or ``+`` built sources, ``{}`` placeholders,
  plurals through ``QCoreApplication.translate``);
* ``resources/i18n/*.ts`` hold exactly the messages the sources mark (a fresh lupdate run);
* every message in the Swedish and French files has a finished translation that keeps the
  placeholders. This one fails while the translations are being written: it is the test that
  fails on an untranslated string, so it is deliberately not marked xfail.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUI_DIR = ROOT / "crisisroom" / "gui"
I18N_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("sv", "fr", "en")  # English: the plural forms only

# Methods whose string arguments a user reads (or hears, through a screen reader).
TEXT_METHODS = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setPlaceholderText",
        "setTitle",
        "setSubTitle",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "showMessage",
        "setAccessibleName",
        "setAccessibleDescription",
        "addAction",
        "addMenu",
        "addButton",
        "addTab",
        "insertTab",
        "setTabText",
        "setTabToolTip",
        "addItem",
        "addItems",
        "insertItem",
        "setItemText",
        "setButtonText",
        "setLabelText",
        "setCancelButtonText",
        "setInformativeText",
        "setDetailedText",
        "setSuffix",
        "setPrefix",
        "setSpecialValueText",
        "setFormat",
        "addRow",
        "insertRow",
        "setSectionLabel",
        "set_message",
        # The project's own helpers that put their text argument on screen.
        "_say",
        "_changed",
        "_run",
        "_action",
        "show_error",
        "show_problem",
        "notify",
        "heading",
        "text_box",
    }
)

# Widget and item constructors whose string arguments are shown.
TEXT_CONSTRUCTORS = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QAction",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QMenu",
        "QCommandLinkButton",
        "QTableWidgetItem",
        "QListWidgetItem",
        "QTreeWidgetItem",
        "QStandardItem",
        "QMessageBox",
        "QProgressDialog",
        "QShortcut",
        "QLineEdit",
        # The project's own dialogs that take their texts as arguments.
        "SecretDialog",
    }
)

# prompts.* show message boxes and file dialogs: all their string arguments are read, except the
# file-name filters' patterns, which are inside translated text anyway.
PROMPT_MODULE = "prompts"

TRANSLATE_CALLS = frozenset({"tr", "translate", "label", "QT_TRANSLATE_NOOP"})

WORDS = re.compile(r"[A-Za-z]{2,}")
# Identifiers, settings keys, object names, resource paths, icon names, style properties, MIME types:
# lower case, no spaces. They are contracts, not text.
IDENTIFIER = re.compile(r"^[a-z0-9_.:/#*\-+]*$")
BARE_PLACEHOLDER = re.compile(r"(?<!\{)\{\}(?!\})|\{:[^}]*\}")

# (path relative to crisisroom/gui, literal) pairs that are shown but must not be translated.
ALLOWLIST: dict[tuple[str, str], str] = {}


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    problem: str

    def __str__(self) -> str:
        return f"crisisroom/gui/{self.path}:{self.line}: {self.problem}"


def gui_sources() -> list[Path]:
    return [
        path
        for path in sorted(GUI_DIR.rglob("*.py"))
        if "forms" not in path.relative_to(GUI_DIR).parts and path.name != "resources_rc.py"
    ]


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _owner_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.value.id
    return ""


MARKUP = re.compile(r"<[^>]*>|&\w+;")


# Key sequences ("Ctrl+Shift+D", "F5") are the same in every language here.
SHORTCUT = re.compile(r"^(?:(?:Ctrl|Shift|Alt|Meta)\+)+[A-Za-z0-9]*$|^F\d{1,2}$")


def _is_words(text: str) -> bool:
    """Words a person reads: markup (tags, entities), key sequences and identifier-like strings are not."""
    text = MARKUP.sub(" ", text).strip()
    return bool(WORDS.search(text)) and not IDENTIFIER.match(text) and not SHORTCUT.match(text)


def untranslated_text(node: ast.AST) -> str | None:
    """The word-like literal text that reaches the user untranslated through ``node``, if any."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _is_words(node.value) else None
    if isinstance(node, ast.JoinedStr):
        literal = "".join(
            part.value for part in node.values if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        return literal if _is_words(literal) else None
    if isinstance(node, ast.BinOp):
        return untranslated_text(node.left) or untranslated_text(node.right)
    if isinstance(node, ast.IfExp):
        return untranslated_text(node.body) or untranslated_text(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            found = untranslated_text(element)
            if found:
                return found
        return None
    if isinstance(node, ast.Call):
        name = _call_name(node)
        if name in TRANSLATE_CALLS:
            return None
        if name == "format" and isinstance(node.func, ast.Attribute):
            return untranslated_text(node.func.value)
        if name == "join" and isinstance(node.func, ast.Attribute):
            return next(filter(None, (untranslated_text(arg) for arg in node.args)), None)
    return None


def _translation_problems(node: ast.Call, relative: str) -> list[Finding]:
    """Translation calls that lupdate cannot extract, or that translators cannot translate well."""
    name = _call_name(node)
    if name not in {"tr", "translate"} or not node.args:
        return []
    if name == "translate" and _owner_name(node) not in {"QCoreApplication", "QApplication"}:
        return []  # str.translate and friends
    if relative == "i18n.py" and name == "translate" and isinstance(node.args[0], ast.Name):
        return []  # i18n.label(context, text): the one helper for labels marked in the core
    index = 1 if name == "translate" else 0
    if len(node.args) <= index:
        return []
    source = node.args[index]
    findings = []
    if name == "translate" and not (isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
        findings.append(Finding(relative, node.lineno, "translate() needs a literal context for lupdate"))
    if not (isinstance(source, ast.Constant) and isinstance(source.value, str)):
        findings.append(
            Finding(relative, node.lineno, f"{name}() needs one string literal (not an f-string or expression)")
        )
        return findings
    text = source.value
    if BARE_PLACEHOLDER.search(text):
        findings.append(
            Finding(relative, node.lineno, f"{text!r}: use named or numbered placeholders so translators can reorder")
        )
    if name == "translate" and "%n" in text:
        findings.append(
            Finding(
                relative,
                node.lineno,
                f"{text!r}: lupdate does not mark QCoreApplication.translate() plurals; use self.tr(text, '', n)",
            )
        )
    return findings


def scan(path: Path) -> list[Finding]:
    """Every problem in one GUI module."""
    relative = path.relative_to(GUI_DIR).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    findings: list[Finding] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            # lupdate does not look inside f-strings: a tr() there is never extracted.
            findings.extend(
                Finding(relative, inner.lineno, "tr()/translate() inside an f-string is invisible to lupdate")
                for inner in ast.walk(node)
                if isinstance(inner, ast.Call) and _call_name(inner) in {"tr", "translate"}
            )
        if not isinstance(node, ast.Call):
            continue
        findings.extend(_translation_problems(node, relative))
        name = _call_name(node)
        shown: list[ast.AST] = []
        if name in TEXT_METHODS or name in TEXT_CONSTRUCTORS:
            shown = [*node.args, *(keyword.value for keyword in node.keywords)]
        elif _owner_name(node) == PROMPT_MODULE:
            shown = [*node.args, *(keyword.value for keyword in node.keywords if keyword.arg != "answer")]
        for argument in shown:
            text = untranslated_text(argument)
            if text is not None and (relative, text) not in ALLOWLIST:
                findings.append(Finding(relative, node.lineno, f"{name}(): untranslated {text!r}"))
    return findings


def plural_base_class_problems(paths: list[Path]) -> list[Finding]:
    """Plural ``self.tr`` in a class that another GUI class subclasses.

    PySide6 looks ``self.tr`` up under each class of the instance's MRO, but for a plural it
    takes the first class's result as found because ``%n`` was already replaced (checked with
    PySide6 6.11): a plural in a base class is never translated on a subclass instance.
    """
    bases: set[str] = set()
    plurals: dict[str, tuple[str, int]] = {}
    for path in paths:
        relative = path.relative_to(GUI_DIR).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)):
            bases.update(base.id for base in cls.bases if isinstance(base, ast.Name))
            bases.update(base.attr for base in cls.bases if isinstance(base, ast.Attribute))
            for node in ast.walk(cls):
                if isinstance(node, ast.Call) and _call_name(node) == "tr" and len(node.args) >= 3:
                    plurals.setdefault(cls.name, (relative, node.lineno))
    return [
        Finding(relative, line, f"plural self.tr() in {name}, which is subclassed: translate it in the subclass")
        for name, (relative, line) in sorted(plurals.items())
        if name in bases
    ]


def test_scanner_catches_untranslated_and_badly_translated_strings(tmp_path: Path) -> None:
    # A scanner that finds nothing on bad code would make the real test worthless.
    sample = GUI_DIR / "_scanner_sample_for_test.py"
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from crisisroom.gui import prompts\n"
        "class Dialog(QDialog):\n"
        "    def build(self, n, name):\n"
        "        self.setWindowTitle('Edit the team')\n"  # 5
        "        self.button = QPushButton(f'Save {name}', self)\n"  # 6
        "        prompts.error(self, 'Could not save', str(n))\n"  # 7
        "        self.label.setText(self.tr(f'Hello {name}'))\n"  # 8
        "        self.label.setText(self.tr('Hello {}').format(name))\n"  # 9
        "        QCoreApplication.translate('Ctx', '%n rows', '', n)\n"  # 10
        "        self.setObjectName('team_dialog')\n"  # 11: not shown, fine
        "        self.label.setText(self.tr('Hello {name}').format(name=name))\n"  # 12: fine
        "        self.label.setText(str(n))\n"  # 13: data, fine
        "        self.combo.addItem('Level 1' if n else 'None')\n"  # 14
        "        self.edit.setPlaceholderText('For example ' + name)\n"  # 15
        "        more = f\"<i>{self.tr('(+%n more)', '', n)}</i>\"\n"  # 16
    )
    try:
        sample.write_text(code, encoding="utf-8")
        lines = sorted(finding.line for finding in scan(sample))
    finally:
        sample.unlink()
    assert lines == [5, 6, 7, 8, 9, 10, 14, 15, 16]


def test_every_user_visible_gui_string_is_translated() -> None:
    paths = gui_sources()
    findings = [finding for path in paths for finding in scan(path)]
    findings += plural_base_class_problems(paths)
    assert not findings, "Untranslated or untranslatable GUI strings:\n" + "\n".join(map(str, findings))


def _load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crisisroom_resources_build_i18n", ROOT / "resources" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_ts_files_hold_exactly_the_messages_of_the_sources(tmp_path: Path) -> None:
    build = _load_build()
    drift = {}
    for language in LANGUAGES:
        fresh = tmp_path / f"crisisroom_{language}.ts"
        committed = build.ts_path(language)
        assert committed.is_file(), f"{committed} is missing; run python resources/build.py"
        fresh.write_bytes(committed.read_bytes())
        build.update_ts(fresh, language, "none")
        added = build.ts_messages(fresh) - build.ts_messages(committed)
        removed = build.ts_messages(committed) - build.ts_messages(fresh)
        if added or removed:
            drift[language] = (sorted(added)[:20], sorted(removed)[:20])
    assert not drift, f"run python resources/build.py; new / vanished messages: {drift}"


PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}|%L?n|%L?\d")


def _placeholders(text: str) -> set[str]:
    """Placeholders, with %Ln (the number with the locale's digit grouping) counted as %n."""
    return {found.replace("%L", "%") for found in PLACEHOLDER.findall(text)}


def translation_problems(ts_file: Path) -> list[str]:
    """Messages without a finished, non-empty translation keeping every placeholder."""
    problems = []
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{name}: {source!r}"
            if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                problems.append(f"{where}: not translated (or not marked finished)")
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            if not forms or not all(form.strip() for form in forms):
                problems.append(f"{where}: empty translation")
                continue
            wanted = _placeholders(source)
            for form in forms:
                missing = wanted - _placeholders(form)
                # A plural form may say the number in words ("one post", "they"): %n is optional there.
                if message.get("numerus") == "yes":
                    missing.discard("%n")
                if missing:
                    problems.append(f"{where}: translation {form!r} lacks {sorted(missing)}")
    return problems


def test_translation_checker_finds_unfinished_empty_and_broken(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="sv_SE">
<context><name>A</name>
<message><source>Save</source><translation>Spara</translation></message>
<message><source>Open</source><translation type="unfinished">Öppna</translation></message>
<message><source>Close</source><translation></translation></message>
<message><source>Hello {name}</source><translation>Hej {namn}</translation></message>
<message numerus="yes"><source>%n rows in {file}</source>
<translation><numerusform>En rad i {file}</numerusform><numerusform>%n rader</numerusform></translation></message>
<message numerus="yes"><source>%n files</source>
<translation><numerusform>%n fil</numerusform><numerusform>%n filer</numerusform></translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    problems = translation_problems(ts)
    assert [problem.split(":")[1].strip() for problem in problems] == [
        "'Open'",
        "'Close'",
        "'Hello {name}'",
        "'%n rows in {file}'",
    ]


def test_fill_script_writes_finished_translations_and_plural_forms(tmp_path: Path) -> None:
    ts = tmp_path / "crisisroom_sv.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context><name>A</name>
<message><source>Save</source><translation type="unfinished"></translation></message>
<message><source>Open</source><comment>a file</comment><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n rows</source>
<translation type="unfinished"><numerusform></numerusform></translation></message>
<message><source>Close</source><translation type="unfinished"></translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    wanted = tmp_path / "sv.json"
    fill = ROOT / "resources" / "i18n" / "fill.py"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(fill), *args], capture_output=True, text=True, check=False)

    missing = json.loads(run(str(ts), "--missing").stdout)
    assert missing == {"A": {"Save": "", "Open\u0004a file": "", "%n rows": ["", ""], "Close": ""}}
    wanted.write_text(
        json.dumps({"A": {"Save": "Spara", "Open\u0004a file": "Öppna", "%n rows": ["%n rad", "%n rader"]}}),
        encoding="utf-8",
    )
    typo = tmp_path / "typo.json"
    typo.write_text(json.dumps({"A": {"Sav": "Spara"}}), encoding="utf-8")
    before = ts.read_text(encoding="utf-8")
    refused = run(str(ts), str(typo))
    assert refused.returncode == 1 and "A: 'Sav'" in refused.stderr
    assert ts.read_text(encoding="utf-8") == before  # nothing written
    assert run(str(ts), str(wanted)).returncode == 0
    problems = translation_problems(ts)
    assert problems == ["A: 'Close': not translated (or not marked finished)"]
    assert json.loads(run(str(ts), "--missing").stdout) == {"A": {"Close": ""}}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    ts_file = I18N_DIR / f"crisisroom_{language}.ts"
    assert ts_file.is_file(), f"{ts_file} is missing; run python resources/build.py"
    problems = translation_problems(ts_file)
    assert not problems, f"{len(problems)} message(s) in {ts_file.name} need work:\n" + "\n".join(problems[:60])

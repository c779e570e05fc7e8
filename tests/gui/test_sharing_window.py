"""Issue 18 in the window: Share with the team…, Join…, admitting by fingerprint, the team panel, and the
others' entries arriving in the log within seconds (the watch on the folder and its timer), each
naming the laptop it was written on."""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from crisisroom.domain.incidents import Category
from crisisroom.gui import prompts, workers
from crisisroom.gui.main_window import MainWindow
from crisisroom.gui.models.log_model import AUTHOR, TEXT
from crisisroom.gui.sharing.admit_dialog import AdmitDialog
from crisisroom.gui.sharing.join_dialog import JoinDialog
from crisisroom.gui.sharing.share_dialog import ShareDialog
from crisisroom.services import incidents as incident_service
from crisisroom.services import log as log_service
from crisisroom.services import sharing
from crisisroom.storage.database import Database, open_database

ARRIVAL_MS = 10_000  # "within seconds": the watch fires at once, the timer every three seconds


@pytest.fixture(autouse=True)
def no_syncthing_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No Syncthing of this machine's user is asked (its configuration is looked for under HOME)."""
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    for name in ("STHOMEDIR", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def laptop_b(tmp_path: Path) -> Iterator[Database]:
    with open_database(tmp_path / "bo.sqlite") as db:
        yield db


def _incident(database: Database) -> str:
    return incident_service.open_incident(
        database, "Customer data leak", category=Category.SECURITY_BREACH, author="Ann"
    ).value.id


def _share(qtbot: QtBot, window: MainWindow, folder: Path) -> ShareDialog:
    dialog = window.share_incident()
    assert isinstance(dialog, ShareDialog)
    dialog.folder_field.set_path(folder)
    dialog.laptop_edit.setText("ann-laptop")
    dialog.share_button.click()
    return dialog


def _share_with_bo(qtbot: QtBot, window: MainWindow, database: Database, laptop_b: Database, folder: Path) -> None:
    """Share the shown incident from the window, and have Bo's laptop join, admitted, holding it."""
    _share(qtbot, window, folder).close()
    joined = sharing.join(laptop_b, folder, author="Bo", laptop="bo-laptop").value
    sharing.admit(database, joined.fingerprint, author="Ann")
    sharing.sync(laptop_b)


def _log_rows(window: MainWindow) -> list[tuple[str, str]]:
    model = window.log_model
    return [
        (model.data(model.index(row, AUTHOR)), model.data(model.index(row, TEXT))) for row in range(model.rowCount())
    ]


def _visible_texts(widget: object) -> str:
    """What the labels show (rich text as read: entities as the characters they stand for)."""
    labels = widget.findChildren(QLabel)  # type: ignore[attr-defined]
    return html.unescape("\n".join(label.text() for label in labels if label.isVisible()))


def test_share_join_admit_then_a_note_from_laptop_b_arrives_in_a_with_its_laptop(
    qtbot: QtBot, window: MainWindow, database: Database, laptop_b: Database, tmp_path: Path
) -> None:
    window.author_edit.setText("Ann")
    incident_id = _incident(database)
    window.reload_incidents(select_id=incident_id)
    folder = tmp_path / "team folder"
    assert not window.team_dock.isVisible()  # not shared: no team panel

    # Share: the result shows this laptop's fingerprint, large, with the next step.
    shared = _share(qtbot, window, folder)
    fingerprint = sharing.status(database)[0].fingerprint
    assert shared.pages.currentIndex() == 1
    assert shared.fingerprint_label.text().split() == fingerprint.split()
    assert shared.fingerprint_label.font().pointSizeF() > 1.8 * QApplication.font().pointSizeF()
    assert "compare the digits it shows, then admit it in the Team panel" in _visible_texts(shared)
    shared.close_button.click()
    assert (folder / "crisisroom-share.json").is_file()
    qtbot.waitUntil(window.team_dock.isVisible)
    assert window.team_panel.status is not None and [laptop.laptop for laptop in window.team_panel.status.laptops] == [
        "ann-laptop"
    ]
    assert str(folder) in window.share_watcher.watching

    # Join from laptop B's window: both fingerprints to compare, and waiting.
    window_b = MainWindow(laptop_b)
    qtbot.addWidget(window_b)
    window_b.show()
    window_b.author_edit.setText("Bo")
    join = window_b.join_shared_incident()
    assert isinstance(join, JoinDialog)
    join.folder_field.set_path(folder)
    join.laptop_edit.setText("bo-laptop")
    join.join_button.click()
    assert join.pages.currentIndex() == 1 and join.joined is not None
    assert join.team_fingerprint.text().split() == fingerprint.split()
    assert join.state_label.text().startswith("Waiting to be admitted")
    assert join.busy.isVisible()

    # A's panel shows the request (its file arrived): Admit… shows the fingerprint in large digits.
    qtbot.waitUntil(lambda: join.joined.fingerprint in window.team_panel.admit_buttons, timeout=ARRIVAL_MS)
    window.team_panel.admit_buttons[join.joined.fingerprint].click()
    admit = window.findChild(AdmitDialog, "admit_dialog")
    assert admit is not None and admit.isVisible()
    assert admit.fingerprint_label.text().split() == join.own_fingerprint.text().split()
    assert "Compare with the screen of “bo-laptop” (Bo). Admit only if every digit matches." in _visible_texts(admit)
    assert admit.admit_button.text() == "&Admit “bo-laptop”"
    admit.admit_button.click()
    assert [laptop.person for laptop in window.team_panel.status.laptops] == ["Ann", "Bo"]
    assert not window.team_panel.admit_buttons

    # B's watch finds the welcome: the join dialog says so and B's window shows the incident.
    qtbot.waitUntil(lambda: window_b.incident is not None, timeout=ARRIVAL_MS)
    assert window_b.incident.id == incident_id
    assert join.state_label.text().startswith("✓ Admitted")
    assert not join.busy.isVisible()

    # Bo writes in B's window; the note appears in A's log, naming the laptop, with no restart.
    window_b.entry_edit.setText("Press office has the holding statement")
    window_b.add_entry()
    qtbot.waitUntil(
        lambda: ("Bo · bo-laptop", "Press office has the holding statement") in _log_rows(window), timeout=ARRIVAL_MS
    )
    # A's own entries stay as they were: no laptop after the author.
    assert all(author in ("Ann", "Bo · bo-laptop") for author, _text in _log_rows(window)), _log_rows(window)
    seen = {laptop.person: laptop for laptop in window.team_panel.status.laptops}
    assert seen["Bo"].last_entry is not None and seen["Ann"].this_laptop
    # And the other way: what Ann writes reaches B's log, naming Ann's laptop there.
    window.entry_edit.setText("Legal informed")
    window.add_entry()
    qtbot.waitUntil(lambda: ("Ann · ann-laptop", "Legal informed") in _log_rows(window_b), timeout=ARRIVAL_MS)
    window_b.close()
    workers.wait_for_all()  # B's last sync ends before B's file closes


def test_entries_arrive_by_the_timer_when_the_folder_does_not_signal(
    qtbot: QtBot, window: MainWindow, database: Database, laptop_b: Database, tmp_path: Path
) -> None:
    """A network share may never signal a change: the timer still brings the entries in."""
    incident_id = _incident(database)
    window.reload_incidents(select_id=incident_id)
    folder = tmp_path / "share"
    _share_with_bo(qtbot, window, database, laptop_b, folder)
    watcher = window.share_watcher
    watcher._files.blockSignals(True)  # the file-system watch says nothing, as on some network shares
    log_service.add_entry(laptop_b, incident_id, "Arrived by the timer", author="Bo")
    sharing.sync(laptop_b)
    qtbot.waitUntil(lambda: ("Bo · bo-laptop", "Arrived by the timer") in _log_rows(window), timeout=ARRIVAL_MS)
    assert watcher.last_duration_ms < 2000  # a sync of a small segment runs on the GUI thread (measured: ms)


def test_admitting_refuses_nothing_silently(
    qtbot: QtBot, window: MainWindow, database: Database, laptop_b: Database, tmp_path: Path
) -> None:
    window.author_edit.setText("Ann")
    window.reload_incidents(select_id=_incident(database))
    folder = tmp_path / "share"
    _share(qtbot, window, folder).close()
    joined = sharing.join(laptop_b, folder, author="Bo", laptop="bo-laptop").value
    window.team_panel.sync_now()
    qtbot.waitUntil(lambda: joined.fingerprint in window.team_panel.admit_buttons)
    button = window.team_panel.admit_buttons[joined.fingerprint]
    # Two Admit… dialogs open for the same laptop (a double click): the first admits it.
    button.click()
    first = window.findChild(AdmitDialog, "admit_dialog")
    button.click()
    second = next(d for d in window.findChildren(AdmitDialog) if d is not first)
    first.admit_button.click()
    prompts.set_next_answer(None)
    second.admit_button.click()
    assert prompts.shown[-1][0] == "The laptop was not admitted"
    assert "no laptop waiting to join has the fingerprint" in prompts.shown[-1][1]
    # Cancel admits nobody, and the default button is Cancel, not Admit.
    sharing.join(open_database(tmp_path / "cy.sqlite"), folder, author="Cy", laptop="cy-laptop")
    window.team_panel.sync_now()
    qtbot.waitUntil(lambda: len(window.team_panel.admit_buttons) == 1)
    dialog = window.team_panel.admit(window.team_panel.status.waiting[0])
    assert not dialog.admit_button.isDefault()
    dialog.reject()
    assert [laptop.person for laptop in sharing.status(database)[0].laptops] == ["Ann", "Bo"]


def test_team_panel_shows_alarms_problems_and_the_one_line_when_not_shared(
    qtbot: QtBot, window: MainWindow, database: Database, laptop_b: Database, tmp_path: Path
) -> None:
    incident_id = _incident(database)
    other_id = incident_service.open_incident(database, "Outage", category=Category.OPERATIONAL, author="Ann").value.id
    window.reload_incidents(select_id=incident_id)
    folder = tmp_path / "share"
    _share_with_bo(qtbot, window, database, laptop_b, folder)
    log_service.add_entry(laptop_b, incident_id, "first", author="Bo")
    sharing.sync(laptop_b)
    qtbot.waitUntil(lambda: ("Bo · bo-laptop", "first") in _log_rows(window), timeout=ARRIVAL_MS)

    # A segment of Bo's is changed after it was read: an alarm in plain words, and no message box.
    segment = sorted((folder / laptop_b.device_id).glob("*.crseg"))[-1]
    data = bytearray(segment.read_bytes())
    data[-5] ^= 0xFF
    segment.chmod(0o644)
    segment.write_bytes(bytes(data))
    panel = window.team_panel
    qtbot.waitUntil(lambda: bool(panel.status and panel.status.alarms), timeout=ARRIVAL_MS)
    qtbot.waitUntil(lambda: "a file changed after its entries were taken" in _visible_texts(panel))
    assert "From bo-laptop (Bo)" in _visible_texts(panel)
    assert "find out who or what changed the file" in _visible_texts(panel)
    assert not prompts.shown

    # The folder gone (a USB stick pulled out): one line in the panel and the status bar, no message box.
    moved = folder.rename(tmp_path / "elsewhere")
    panel.sync_now()
    qtbot.waitUntil(lambda: any("is not there" in problem for problem in window.share_watcher.problems))
    qtbot.waitUntil(lambda: "is not there" in _visible_texts(panel))
    assert not prompts.shown
    moved.rename(folder)
    panel.sync_now()
    qtbot.waitUntil(lambda: window.share_watcher.problems == [])

    # Another incident, not shared: the panel hides; asked for, it offers one line.
    window.open_incident(other_id)
    assert not window.team_dock.isVisible()
    window.team_panel_action.trigger()
    assert window.team_dock.isVisible()
    assert panel.not_shared_label.isVisible() and "Not shared" in panel.not_shared_label.text()
    assert not panel.scroll.isVisible()
    window.close()
    workers.wait_for_all()


@pytest.mark.slow
def test_share_offers_syncthing_when_it_runs_and_the_panel_shows_its_peers(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import need_real
    from tests.syncthing_support import start_cluster, syncthing_binary

    if syncthing_binary() is None:
        need_real("no syncthing binary on PATH (Debian's syncthing package)")
    cluster = start_cluster(tmp_path / "syncthing", 2)
    try:
        a, b = cluster
        monkeypatch.setenv("STHOMEDIR", str(a.home))  # this computer's Syncthing is A
        window.reload_incidents(select_id=_incident(database))
        dialog = window.share_incident()
        assert isinstance(dialog, ShareDialog)
        qtbot.waitUntil(dialog.syncthing_check.isVisible, timeout=ARRIVAL_MS)
        assert dialog.syncthing_check.isChecked()
        assert list(dialog.peer_checks) == [b.device_id] and dialog.peer_checks[b.device_id].text() == b.name
        assert not dialog.peer_checks[b.device_id].isChecked()  # the person ticks the team's computers
        dialog.peer_checks[b.device_id].setChecked(True)
        folder = tmp_path / "share"
        dialog.folder_field.set_path(folder)
        dialog.share_button.click()
        qtbot.waitUntil(lambda: a.device_id in dialog.syncthing_label.text(), timeout=ARRIVAL_MS)
        carried = a.client.folder_for_path(folder)
        assert carried is not None and b.device_id in carried.device_ids
        dialog.close_button.click()
        # The team panel: Syncthing carries the folder, and B shares it.
        panel = window.team_panel
        qtbot.waitUntil(
            lambda: panel.syncthing is not None and panel.syncthing.folder_id is not None, timeout=ARRIVAL_MS
        )
        qtbot.waitUntil(lambda: "Syncthing on this computer" in _visible_texts(panel))
        assert f"{b.name}: " in _visible_texts(panel)
    finally:
        window.close()
        workers.wait_for_all()
        cluster.stop()


def test_a_folder_that_cannot_be_used_is_said_once_and_the_form_stays(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    window.reload_incidents(select_id=_incident(database))
    # Share into the folder that holds the live database: refused in one line, nothing shared.
    dialog = window.share_incident()
    assert isinstance(dialog, ShareDialog)
    dialog.folder_field.set_path(database.path.parent)
    prompts.set_next_answer(None)
    assert dialog.share_button.isVisible()
    dialog.share_button.click()
    assert prompts.shown[-1][0] == "The incident was not shared" and "live database" in prompts.shown[-1][1]
    assert dialog.pages.currentIndex() == 0 and dialog.folder_field.path() == database.path.parent
    assert sharing.status(database) == []
    dialog.close()
    # Join through a folder where nothing is shared (yet): said once, the form stays, nothing noted.
    empty = tmp_path / "nothing here"
    empty.mkdir()
    join = window.join_shared_incident()
    join.folder_field.set_path(empty)
    prompts.set_next_answer(None)
    join.join_button.click()
    assert prompts.shown[-1][0] == "Not joined" and "holds no shared incident" in prompts.shown[-1][1]
    assert join.pages.currentIndex() == 0 and join.joined is None
    assert sharing.status(database) == [] and not window.share_watcher.watching
    join.close()


def test_join_asks_for_the_name_the_team_sees_and_the_author_field_takes_it(
    qtbot: QtBot, window: MainWindow, database: Database, laptop_b: Database, tmp_path: Path
) -> None:
    """A laptop that joins has no incident open, so no author field in sight: the dialog asks for the name."""
    window.author_edit.setText("Ann")
    window.reload_incidents(select_id=_incident(database))
    folder = tmp_path / "share"
    _share(qtbot, window, folder).close()
    window_b = MainWindow(laptop_b)
    qtbot.addWidget(window_b)
    window_b.show()
    window_b.author_edit.setText("root")  # the computer's user, as on a fresh laptop
    join = window_b.join_shared_incident()
    assert join.name_edit.text() == "root" and join.name_edit.isVisible()
    join.folder_field.set_path(folder)
    # No name: said in one line, nothing asked for.
    join.name_edit.setText("   ")
    prompts.set_next_answer(None)
    join.join_button.click()
    assert prompts.shown[-1][0] == "Not joined" and "Type your name" in prompts.shown[-1][1]
    assert join.joined is None and sharing.status(laptop_b) == []
    # The name typed is the one the team sees, and the entries this laptop writes carry it.
    join.name_edit.setText("  Bo   Lind ")
    join.join_button.click()
    assert join.joined is not None
    assert window_b.author_edit.text() == "Bo Lind"
    window.team_panel.sync_now()
    qtbot.waitUntil(lambda: bool(window.team_panel.status and window.team_panel.status.waiting), timeout=ARRIVAL_MS)
    assert [laptop.person for laptop in window.team_panel.status.waiting] == ["Bo Lind"]
    join.close()
    window_b.close()
    workers.wait_for_all()


def test_a_new_alarm_is_said_in_the_status_bar_and_the_panel_says_what_to_do(
    qtbot: QtBot, window: MainWindow, database: Database, laptop_b: Database, tmp_path: Path
) -> None:
    window.author_edit.setText("Ann")
    incident_id = _incident(database)
    window.reload_incidents(select_id=incident_id)
    folder = tmp_path / "share"
    _share_with_bo(qtbot, window, database, laptop_b, folder)
    log_service.add_entry(laptop_b, incident_id, "first", author="Bo")
    sharing.sync(laptop_b)
    qtbot.waitUntil(lambda: ("Bo · bo-laptop", "first") in _log_rows(window), timeout=ARRIVAL_MS)
    panel = window.team_panel
    window.team_panel_action.trigger()  # the person closed the team panel
    assert not window.team_dock.isVisible()

    # A sync-conflict copy lands in this laptop's own subfolder: the status bar says so at once.
    own = folder / database.device_id
    segment = sorted(own.glob("*.crseg"))[0]
    copy = own / f"{segment.stem}.sync-conflict-20260314-101500-ABCDEFG.crseg"
    copy.write_bytes(segment.read_bytes() + b"x")
    qtbot.waitUntil(lambda: "alarm" in window.statusBar().currentMessage(), timeout=ARRIVAL_MS)
    assert "Team panel" in window.statusBar().currentMessage()
    assert not prompts.shown
    # The panel names where it is and what to do; deleting the copy clears it.
    if not window.team_dock.isVisible():
        window.team_panel_action.trigger()
    qtbot.waitUntil(lambda: "a second version of a file appeared" in _visible_texts(panel), timeout=ARRIVAL_MS)
    assert "In this laptop's own files" in _visible_texts(panel)
    assert "Delete this copy from the shared folder" in _visible_texts(panel)
    copy.unlink()
    panel.sync_now()
    qtbot.waitUntil(lambda: panel.status is not None and not panel.status.alarms, timeout=ARRIVAL_MS)
    qtbot.waitUntil(lambda: "Delete this copy" not in _visible_texts(panel))
    window.close()
    workers.wait_for_all()


def test_alarms_already_raised_open_the_team_panel_when_the_incident_is_shown(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    window.author_edit.setText("Ann")
    incident_id = _incident(database)
    window.reload_incidents(select_id=incident_id)
    folder = tmp_path / "share"
    _share(qtbot, window, folder).close()
    window.team_panel_action.trigger()  # the person closed the team panel
    assert not window.team_dock.isVisible()
    segment = sorted((folder / database.device_id).glob("*.crseg"))[0]
    (folder / f"{segment.stem}.sync-conflict-20260314-101500-ABCDEFG.crseg").write_bytes(b"x")
    qtbot.waitUntil(
        lambda: window.team_panel.status is not None and bool(window.team_panel.status.alarms), timeout=ARRIVAL_MS
    )
    window.reload_incidents(select_id=incident_id)  # as when the window opens again on this incident
    assert window.team_dock.isVisible()
    assert "alarm" in window.statusBar().currentMessage()
    window.close()
    workers.wait_for_all()


def test_an_open_crisis_steps_window_shows_what_another_laptop_changed(
    qtbot: QtBot, window: MainWindow, database: Database, laptop_b: Database, tmp_path: Path
) -> None:
    window.author_edit.setText("Ann")
    incident_id = _incident(database)
    window.reload_incidents(select_id=incident_id)
    folder = tmp_path / "share"
    _share_with_bo(qtbot, window, database, laptop_b, folder)
    wizard = window.open_wizard()
    assert wizard is not None and wizard.isVisible()
    page = wizard.page_for(wizard.current_step())
    refreshed: list[int] = []
    real_refresh = page.refresh
    page.refresh = lambda: (refreshed.append(1), real_refresh())[1]  # type: ignore[method-assign]
    incident_service.set_level(laptop_b, incident_id, 4, author="Bo", reason="national press")
    sharing.sync(laptop_b)
    qtbot.waitUntil(lambda: bool(refreshed), timeout=ARRIVAL_MS)
    wizard.close()
    window.close()
    workers.wait_for_all()


def test_a_fresh_laptop_joins_from_the_welcome_page(qtbot: QtBot, window: MainWindow) -> None:
    window.welcome_page.join_button.click()
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, JoinDialog) and w.isVisible()]
    assert len(shown) == 1
    shown[0].close()

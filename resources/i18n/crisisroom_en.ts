<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AlertBanner</name>
    <message numerus="yes">
        <location filename="../../crisisroom/gui/widgets/alert_banner.py" line="+84"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>&lt;b&gt;⚠ {rule}&lt;/b&gt; · fired {when} (%n negative mentions that hour).</source>
        <translation>
            <numerusform>&lt;b&gt;⚠ {rule}&lt;/b&gt; · fired {when} (%n negative mention that hour).</numerusform>
            <numerusform>&lt;b&gt;⚠ {rule}&lt;/b&gt; · fired {when} (%n negative mentions that hour).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message numerus="yes">
        <location filename="../../crisisroom/gui/assessment_dialog.py" line="+183"/>
        <source>%n question(s) not answered yet.</source>
        <translation>
            <numerusform>%n question not answered yet.</numerusform>
            <numerusform>%n questions not answered yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message numerus="yes">
        <location filename="../../crisisroom/gui/backups_page.py" line="+85"/>
        <source>While Crisis Room is open it makes a backup every hour and keeps the newest %n; older ones are removed.</source>
        <translation>
            <numerusform>While Crisis Room is open it makes a backup every hour and keeps the newest one; older ones are removed.</numerusform>
            <numerusform>While Crisis Room is open it makes a backup every hour and keeps the newest %n; older ones are removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardHeader</name>
    <message numerus="yes">
        <location filename="../../crisisroom/gui/widgets/dashboard_header.py" line="+97"/>
        <source>%n log entries</source>
        <translation>
            <numerusform>%Ln log entry</numerusform>
            <numerusform>%Ln log entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n decisions</source>
        <translation>
            <numerusform>%Ln decision</numerusform>
            <numerusform>%Ln decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n actions</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n corrections</source>
        <translation>
            <numerusform>%Ln correction</numerusform>
            <numerusform>%Ln corrections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillWindow</name>
    <message numerus="yes">
        <location filename="../../crisisroom/gui/drill/window.py" line="+405"/>
        <source>%n inject(s)</source>
        <translation>
            <numerusform>%n inject</numerusform>
            <numerusform>%n injects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n expectation(s)</source>
        <translation>
            <numerusform>%n expectation</numerusform>
            <numerusform>%n expectations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+390"/>
        <source>{inject}: %n post(s) over {minutes} min</source>
        <translation>
            <numerusform>{inject}: %n post over {minutes} min</numerusform>
            <numerusform>{inject}: %n posts over {minutes} min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../crisisroom/gui/mentions/import_dialog.py" line="+243"/>
        <source>&lt;b&gt;{preset}&lt;/b&gt; export · {kind}{header} · %n column(s)</source>
        <translation>
            <numerusform>&lt;b&gt;{preset}&lt;/b&gt; export · {kind}{header} · %n column</numerusform>
            <numerusform>&lt;b&gt;{preset}&lt;/b&gt; export · {kind}{header} · %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n of the first rows cannot be used as they are.</source>
        <translation>
            <numerusform>%n of the first rows cannot be used as it is.</numerusform>
            <numerusform>%n of the first rows cannot be used as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n of the first {rows} rows are not scored: {reasons}</source>
        <translation>
            <numerusform>%n of the first {rows} rows is not scored: {reasons}</numerusform>
            <numerusform>%n of the first {rows} rows are not scored: {reasons}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>Imported %n mention(s) from {source} ({preset}).</source>
        <translation>
            <numerusform>Imported %n mention from {source} ({preset}).</numerusform>
            <numerusform>Imported %Ln mentions from {source} ({preset}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n were already in the room.</source>
        <translation>
            <numerusform>%n was already in the room.</numerusform>
            <numerusform>%Ln were already in the room.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) were skipped:</source>
        <translation>
            <numerusform>%n row was skipped:</numerusform>
            <numerusform>%Ln rows were skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n mention(s) not scored: {reasons}</source>
        <translation>
            <numerusform>%n mention not scored: {reasons}</numerusform>
            <numerusform>%n mentions not scored: {reasons}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../crisisroom/gui/main_window/window.py" line="+862"/>
        <source>⚠ The shared folder has %n alarm(s): see the Team panel.</source>
        <translation>
            <numerusform>⚠ The shared folder has %n alarm: see the Team panel.</numerusform>
            <numerusform>⚠ The shared folder has %n alarms: see the Team panel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n new entries from the team&apos;s other laptops.</source>
        <translation>
            <numerusform>%n new entry from the team&apos;s other laptops.</numerusform>
            <numerusform>%n new entries from the team&apos;s other laptops.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentionsPanel</name>
    <message numerus="yes">
        <location filename="../../crisisroom/gui/mentions/panel.py" line="+136"/>
        <source>%n mention(s), {negative} negative ({share}%)</source>
        <translation>
            <numerusform>%n mention, {negative} negative ({share}%)</numerusform>
            <numerusform>%Ln mentions, {negative} negative ({share}%)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message numerus="yes">
        <location filename="../../crisisroom/gui/wizard/message_page.py" line="+556"/>
        <source>{platform}: %Ln character(s)</source>
        <translation>
            <numerusform>{platform}: %Ln character</numerusform>
            <numerusform>{platform}: %Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message numerus="yes">
        <location filename="../../crisisroom/gui/wizard/monitor_page.py" line="+339"/>
        <source>&lt;b&gt;Resolved.&lt;/b&gt; The incident is closed and the log keeps everything that was done. Drafted: the resolution statement for {audiences}, and the internal all-clear. %n statement(s) await approval before they go out. Close this window; the post-crisis review comes next.</source>
        <translation>
            <numerusform>&lt;b&gt;Resolved.&lt;/b&gt; The incident is closed and the log keeps everything that was done. Drafted: the resolution statement for {audiences}, and the internal all-clear. %n statement awaits approval before it goes out. Close this window; the post-crisis review comes next.</numerusform>
            <numerusform>&lt;b&gt;Resolved.&lt;/b&gt; The incident is closed and the log keeps everything that was done. Drafted: the resolution statement for {audiences}, and the internal all-clear. %n statements await approval before they go out. Close this window; the post-crisis review comes next.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextPanel</name>
    <message numerus="yes">
        <location filename="../../crisisroom/gui/widgets/next_panel.py" line="+123"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message numerus="yes">
        <location filename="../../crisisroom/gui/settings/person_dialog.py" line="+99"/>
        <source>Called only at level(s) {levels}.</source>
        <translation>
            <numerusform>Called only at level {levels}.</numerusform>
            <numerusform>Called only at levels {levels}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location filename="../../crisisroom/gui/settings/dialog.py" line="+388"/>
        <source>The team is still the made-up example (%n people): replace it with your own.</source>
        <translation>
            <numerusform>The team is still the made-up example (%n person): replace it with your own.</numerusform>
            <numerusform>The team is still the made-up example (%n people): replace it with your own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n people on the team.</source>
        <translation>
            <numerusform>%n person on the team.</numerusform>
            <numerusform>%n people on the team.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusChecks</name>
    <message numerus="yes">
        <location filename="../../crisisroom/gui/main_window/backups.py" line="+177"/>
        <source>✓ Log verified: %n entries in this file, all chains intact ({time})</source>
        <translation>
            <numerusform>✓ Log verified: %n entry in this file, all chains intact ({time})</numerusform>
            <numerusform>✓ Log verified: %n entries in this file, all chains intact ({time})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>✓ Log verified: %n entries of this incident, all chains intact ({time})</source>
        <translation>
            <numerusform>✓ Log verified: %n entry of this incident, all chains intact ({time})</numerusform>
            <numerusform>✓ Log verified: %n entries of this incident, all chains intact ({time})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Checked at {time}: all %n entries in this database file: each device&apos;s hash chain from its first entry to its last, its signature, and this computer&apos;s record of the log&apos;s heads.</source>
        <translation>
            <numerusform>Checked at {time}: the %n entry in this database file: each device&apos;s hash chain from its first entry to its last, its signature, and this computer&apos;s record of the log&apos;s heads.</numerusform>
            <numerusform>Checked at {time}: all %n entries in this database file: each device&apos;s hash chain from its first entry to its last, its signature, and this computer&apos;s record of the log&apos;s heads.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message numerus="yes">
        <location filename="../../crisisroom/gui/settings/team_dialog.py" line="+195"/>
        <source>%n person(s) · {team}</source>
        <translation>
            <numerusform>%n person · {team}</numerusform>
            <numerusform>%n people · {team}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+86"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-35"/>
        <source>{name} is the backup of {people}; %n person(s) will have no backup until you choose another.</source>
        <translation>
            <numerusform>{name} is the backup of {people}; that person will have no backup until you choose another.</numerusform>
            <numerusform>{name} is the backup of {people}; they will have no backup until you choose another.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Replace the {current} on the team with the %n person(s) in {file}?</source>
        <translation>
            <numerusform>Replace the {current} on the team with the %n person in {file}?</numerusform>
            <numerusform>Replace the {current} on the team with the %n people in {file}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <location line="+4"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Imported %n person(s) from {file}.</source>
        <translation>
            <numerusform>Imported %n person from {file}.</numerusform>
            <numerusform>Imported %n people from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Exported %n person(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n person to {path}.</numerusform>
            <numerusform>Exported %n people to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Replace the %n person(s) on the team with the example team of made-up people?

Export the team first if you may want it back.</source>
        <translation>
            <numerusform>Replace the %n person on the team with the example team of made-up people?

Export the team first if you may want it back.</numerusform>
            <numerusform>Replace the %n people on the team with the example team of made-up people?

Export the team first if you may want it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message numerus="yes">
        <location filename="../../crisisroom/gui/sharing/team_panel.py" line="+176"/>
        <source>⚠ The shared folder raised %n alarm(s): the Team panel (View ▸ Team panel) says what to do.</source>
        <translation>
            <numerusform>⚠ The shared folder raised %n alarm: the Team panel (View ▸ Team panel) says what to do.</numerusform>
            <numerusform>⚠ The shared folder raised %n alarms: the Team panel (View ▸ Team panel) says what to do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+286"/>
        <source>Carries this folder: %n files still to come.</source>
        <translation>
            <numerusform>Carries this folder: %n file still to come.</numerusform>
            <numerusform>Carries this folder: %n files still to come.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message numerus="yes">
        <location filename="../../crisisroom/gui/settings/template_editor.py" line="+356"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultWindow</name>
    <message numerus="yes">
        <location filename="../../crisisroom/gui/vault/window.py" line="+340"/>
        <source>&lt;b&gt;⚠ %n account(s) marked compromised:&lt;/b&gt; {names}. Open each one and work through its checklist.</source>
        <translation>
            <numerusform>&lt;b&gt;⚠ %n account marked compromised:&lt;/b&gt; {names}. Open each one and work through its checklist.</numerusform>
            <numerusform>&lt;b&gt;⚠ %n accounts marked compromised:&lt;/b&gt; {names}. Open each one and work through its checklist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>&lt;b&gt;%n password(s) older than {days} days:&lt;/b&gt; {names}. Rotate when the crisis allows.</source>
        <translation>
            <numerusform>&lt;b&gt;%n password older than {days} days:&lt;/b&gt; {names}. Rotate when the crisis allows.</numerusform>
            <numerusform>&lt;b&gt;%n passwords older than {days} days:&lt;/b&gt; {names}. Rotate when the crisis allows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>{when} (%n day(s) ago)</source>
        <translation>
            <numerusform>{when} (%n day ago)</numerusform>
            <numerusform>{when} (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+298"/>
        <source>Wrote %n account(s) to {path}. Give the passphrase separately.</source>
        <translation>
            <numerusform>Wrote %n account to {path}. Give the passphrase separately.</numerusform>
            <numerusform>Wrote %n accounts to {path}. Give the passphrase separately.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Imported %n new account(s) and {updated} updated from {file}.</source>
        <translation>
            <numerusform>Imported %n new account and {updated} updated from {file}.</numerusform>
            <numerusform>Imported %n new accounts and {updated} updated from {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message numerus="yes">
        <location filename="../../crisisroom/gui/welcome_page.py" line="+226"/>
        <source>%n people on the team.</source>
        <translation>
            <numerusform>%n person on the team.</numerusform>
            <numerusform>%n people on the team.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardStrip</name>
    <message numerus="yes">
        <location filename="../../crisisroom/gui/widgets/wizard_strip.py" line="+99"/>
        <source>%n of 5 steps done</source>
        <translation>
            <numerusform>%n of 5 steps done</numerusform>
            <numerusform>%n of 5 steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n statement(s) await approval</source>
        <translation>
            <numerusform>%n statement awaits approval</numerusform>
            <numerusform>%n statements await approval</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.ui" line="+20"/>
        <source>About Crisis Room</source>
        <translation>Om Crisis Room</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/about_dialog.py" line="+25"/>
        <source>Crisis Room {version}</source>
        <translation>Crisis Room {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An offline crisis room for communications teams: a crisis log that cannot be quietly changed, the severity at a glance, and the steps of the response.</source>
        <translation>Ett krisrum utan nätverk för kommunikationsteam: en krislogg som inte kan ändras i det tysta, allvarlighetsnivån med en blick och stegen i krishanteringen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database: &lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Everything stays on this computer. Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Databas: &lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Allt stannar på den här datorn. Licensierat under GNU GPL, version 3 eller senare.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/account_dialog.ui" line="+14"/>
        <source>Add a shared account</source>
        <translation>Lägg till ett delat konto</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Who can log in where. Details are kept in Crisis Room&apos;s database; the secrets only in this computer&apos;s keychain.</source>
        <translation>Vem som kan logga in var. Uppgifterna sparas i Crisis Rooms databas, hemligheterna bara i den här datorns nyckelring.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Handle:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>@yourbrand</source>
        <translation>@ertforetag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login &amp;e-mail:</source>
        <translation>Inloggnings&amp;e-post:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>social@yourbrand.example</source>
        <translation>social@ertforetag.example</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login &amp;page:</source>
        <translation>Inloggnings&amp;sida:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Owners:</source>
        <translation>Ans&amp;variga:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who looks after it: names or team</source>
        <translation>Vem som sköter kontot: namn eller team</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Two-factor:</source>
        <translation>&amp;Tvåfaktor:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Notes:</source>
        <translation>A&amp;nteckningar:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Anything the next person needs to know. Never a password.</source>
        <translation>Det som nästa person behöver veta. Aldrig ett lösenord.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Secrets</source>
        <translation>Hemligheter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pass&amp;word:</source>
        <translation>Lösen&amp;ord:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Re&amp;covery codes:</source>
        <translation>Åte&amp;rställningskoder:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Separated by spaces</source>
        <translation>Åtskilda med mellanslag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API to&amp;ken:</source>
        <translation>API-to&amp;ken:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Password &amp;set on:</source>
        <translation>Lösenord &amp;bytt:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When this password was really last changed, so the rotation warning is right</source>
        <translation>När lösenordet faktiskt byttes senast, så att påminnelsen om lösenordsbyte stämmer</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/vault/account_dialog.py" line="+75"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password</source>
        <translation>Upprepa lösenordet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery codes</source>
        <translation>Återställningskoder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token</source>
        <translation>API-token</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add account</source>
        <translation>Lägg till konto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored only in the {keychain} of this computer, never in Crisis Room&apos;s files or backups. At least one secret is needed.</source>
        <translation>Sparas bara i {keychain} på den här datorn, aldrig i Crisis Rooms filer eller säkerhetskopior. Minst en hemlighet krävs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit {account}</source>
        <translation>Redigera {account}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave a field empty to keep what the {keychain} holds. A new password counts as a rotation.</source>
        <translation>Lämna ett fält tomt för att behålla det som finns i {keychain}. Ett nytt lösenord räknas som ett lösenordsbyte.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The two passwords differ</source>
        <translation>Lösenorden stämmer inte överens</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../crisisroom/gui/vault/account_model.py" line="+74"/>
        <source>Compromised {done}/{total}</source>
        <translation>Kapat {done}/{total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due for rotation</source>
        <translation>Dags att byta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date} ({days} d)</source>
        <translation>{date} ({days} d)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Owners: {owners}</source>
        <translation>Ansvariga: {owners}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Marked compromised {when}; {done} of {total} checklist steps done</source>
        <translation>Markerat som kapat {when}; {done} av {total} steg i checklistan klara</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password is older than {days} days</source>
        <translation>Lösenordet är äldre än {days} dagar</translation>
    </message>
</context>
<context>
    <name>AdHocInjectDialog</name>
    <message>
        <location filename="../../crisisroom/gui/drill/window.py" line="+116"/>
        <source>Add an ad-hoc inject</source>
        <translation>Lägg till ett extra inspel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Sam Ortiz, Chief Executive</source>
        <translation>t.ex. Sam Ortiz, vd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Ämne:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message:</source>
        <translation>&amp;Meddelande:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message</source>
        <translation>&amp;Meddelande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Posts:</source>
        <translation>&amp;Inlägg:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Negative:</source>
        <translation>&amp;Negativa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spread over:</source>
        <translation>&amp;Utspritt över:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mention &amp;burst</source>
        <translation>&amp;Våg av omnämnanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fire now</source>
        <translation>Spela nu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not fired</source>
        <translation>Inte spelat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A message needs who it is from and what it says.</source>
        <translation>Ett meddelande behöver en avsändare och ett innehåll.</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <location filename="../../crisisroom/gui/sharing/admit_dialog.py" line="+25"/>
        <source>Admit a laptop to the team</source>
        <translation>Släpp in en dator i teamet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{person} asks to join the team from the laptop “{laptop}”. Its fingerprint:</source>
        <translation>{person} ber om att gå med i teamet från datorn ”{laptop}”. Dess fingeravtryck:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare with the screen of “{laptop}” ({person}). Admit only if every digit matches.</source>
        <translation>Jämför med skärmen på ”{laptop}” ({person}). Släpp bara in den om varje siffra stämmer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Admit “{laptop}”</source>
        <translation>&amp;Släpp in ”{laptop}”</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Once admitted, that laptop reads and writes this incident&apos;s log; the admission is itself a signed entry of the log.</source>
        <translation>När den är insläppt läser och skriver datorn i incidentens logg; insläppet är självt en signerad post i loggen.</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/alert_banner.py" line="+35"/>
        <source>Escalation alert</source>
        <translation>Eskaleringslarm</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Acknowledge</source>
        <translation>Kvittera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say the team has seen this alert and is acting on it (goes into the log)</source>
        <translation>Bekräfta att teamet har sett larmet och agerar (skrivs i loggen)</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n till)</numerusform>
            <numerusform>(+%n till)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Call: &lt;b&gt;{role}&lt;/b&gt; — {who}.</source>
        <translation>Ring: &lt;b&gt;{role}&lt;/b&gt; — {who}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call: &lt;b&gt;{role}&lt;/b&gt;.</source>
        <translation>Ring: &lt;b&gt;{role}&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;⚠ {rule}&lt;/b&gt; · fired {when} (%n negative mentions that hour).</source>
        <translation>
            <numerusform>&lt;b&gt;⚠ {rule}&lt;/b&gt; · utlöstes {when} (%n negativt omnämnande den timmen).</numerusform>
            <numerusform>&lt;b&gt;⚠ {rule}&lt;/b&gt; · utlöstes {when} (%n negativa omnämnanden den timmen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assess: level {level}?</source>
        <translation>Bedöm: nivå {level}?</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../crisisroom/gui/app.py" line="+72"/>
        <source>Crisis Room cannot open its database</source>
        <translation>Crisis Room kan inte öppna sin databas</translation>
    </message>
</context>
<context>
    <name>AssessPage</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/assess_page.py" line="+60"/>
        <source>What happened, in a few plain sentences</source>
        <translation>Vad som har hänt, med några enkla meningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Vad som har hänt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First detected</source>
        <translation>Upptäcktes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One link per line: the post, the article, the ticket</source>
        <translation>En länk per rad: inlägget, artikeln, ärendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source links</source>
        <translation>Källänkar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A fact, in a sentence</source>
        <translation>Ett faktum, i en mening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New fact</source>
        <translation>Nytt faktum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verified</source>
        <translation>&amp;Bekräftat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add fact</source>
        <translation>&amp;Lägg till faktum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Facts; ticked means verified</source>
        <translation>Fakta; ibockat betyder bekräftat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only facts not yet recorded can be removed; recorded ones stay in the log</source>
        <translation>Bara fakta som ännu inte registrerats kan tas bort; registrerade finns kvar i loggen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticked: verified. Unticked: heard, not yet confirmed; statements repeat only verified facts.</source>
        <translation>Ibockat: bekräftat. Inte ibockat: hörsägen, ännu inte bekräftat. Uttalanden återger bara bekräftade fakta.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Crisis type</source>
        <translation>Typ av kris</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A &amp;product is recalled: statements tell people to stop using it</source>
        <translation>En &amp;produkt återkallas: uttalandena ber folk sluta använda den</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirmed level</source>
        <translation>Bekräftad nivå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the level…</source>
        <translation>Välj nivå…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assess with &amp;questions…</source>
        <translation>Bedöm med &amp;frågor…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why this level</source>
        <translation>Varför den här nivån</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this level (goes into the log)</source>
        <translation>Varför den här nivån (skrivs i loggen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What happened:</source>
        <translation>Vad har &amp;hänt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First &amp;detected:</source>
        <translation>&amp;Upptäckt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Source links:</source>
        <translation>&amp;Källänkar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Facts:</source>
        <translation>F&amp;akta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected:</source>
        <translation>Berörda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis &amp;type:</source>
        <translation>&amp;Typ av kris:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed &amp;level:</source>
        <translation>Bekräftad &amp;nivå:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivering:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>That fact is already in the log; untick it if it is no longer confirmed.</source>
        <translation>Det faktumet finns redan i loggen; bocka ur det om det inte längre är bekräftat.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Say what happened, in a few plain sentences.</source>
        <translation>Beskriv vad som har hänt, med några enkla meningar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first detection cannot be in the future. Check the date and the time zone.</source>
        <translation>Upptäckten kan inte ligga i framtiden. Kontrollera datum och tidszon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This fact is listed twice, once verified and once not: {fact}. Remove one of them.</source>
        <translation>Det här faktumet står två gånger, en gång bekräftat och en gång inte: {fact}. Ta bort det ena.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one affected audience.</source>
        <translation>Välj minst en berörd målgrupp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Choose the confirmed level, or assess it with the questions.</source>
        <translation>Välj den bekräftade nivån, eller bedöm den med frågorna.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/assessment_dialog.ui" line="+14"/>
        <source>Assess the severity</source>
        <translation>Bedöm allvarlighetsnivån</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>EXERCISE</source>
        <translation>ÖVNING</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What do you know?</source>
        <translation>Vad vet du?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1. Is anyone hurt, or could someone get hurt?</source>
        <translation>1. Är någon skadad, eller kan någon skadas?</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+70"/>
        <location line="+70"/>
        <location line="+70"/>
        <location line="+80"/>
        <location line="+230"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="-517"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>harm_group</source>
        <translation>harm_group</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+70"/>
        <location line="+70"/>
        <location line="+150"/>
        <location line="+230"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/assessment_dialog.py" line="+49"/>
        <source>EXERCISE · assessing the severity of a drill</source>
        <translation>ÖVNING · bedömning av allvarlighetsnivån i en övning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain questions whose answers point to a severity level; you confirm the level.</source>
        <translation>Enkla frågor vars svar pekar på en allvarlighetsnivå; du bekräftar nivån.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../ui/assessment_dialog.ui" line="-510"/>
        <location line="+70"/>
        <location line="+70"/>
        <location line="+80"/>
        <location line="+70"/>
        <location line="+80"/>
        <location line="+80"/>
        <location line="+70"/>
        <source>Not sure</source>
        <translation>Osäker</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Proposed level</source>
        <translation>Föreslagen nivå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons for the proposal</source>
        <translation>Skäl till förslaget</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Now: {level}</source>
        <translation>Nu: {level}</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Handled by: {team}</source>
        <translation>Hanteras av: {team}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n question(s) not answered yet.</source>
        <translation>
            <numerusform>%n fråga är inte besvarad än.</numerusform>
            <numerusform>%n frågor är inte besvarade än.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No level yet</source>
        <translation>Ingen nivå än</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer what you can; the level follows each answer.</source>
        <translation>Svara på det du kan; nivån uppdateras efter varje svar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(your answers)</source>
        <translation>(dina svar)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Why level {chosen}, when your answers point to {suggested}? (required)</source>
        <translation>Varför nivå {chosen}, när dina svar pekar på {suggested}? (krävs)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level {chosen} differs from the level your answers point to ({suggested}): say why in the reason.</source>
        <translation>Nivå {chosen} skiljer sig från nivån dina svar pekar på ({suggested}): förklara varför i motiveringen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The reason, your answers and the level they point to go into the crisis log.</source>
        <translation>Motiveringen, dina svar och nivån de pekar på skrivs i krisloggen.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Why level {chosen}? (required)</source>
        <translation>Varför nivå {chosen}? (krävs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without answers, the reason is all the log has: say what you know.</source>
        <translation>Utan svar är motiveringen det enda loggen får: skriv vad du vet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the decision rests on (required)</source>
        <translation>Vad beslutet grundar sig på (krävs)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confirm level {level}</source>
        <translation>Bekräfta nivå {level}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.ui" line="-587"/>
        <source>Answer what you know now. Each “Not sure” raises the level by one until it is confirmed: when unsure between two levels, we take the higher one. Your answers only point to a level; you confirm it.</source>
        <translation>Svara utifrån det du vet nu. Varje ”Osäker” höjer nivån ett steg tills det är bekräftat: är vi osäkra mellan två nivåer väljer vi den högre. Dina svar pekar bara på en nivå; du bekräftar den.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>2. Is there legal action, or illegal conduct by staff?</source>
        <translation>2. Finns det rättsliga åtgärder, eller har personal brutit mot lagen?</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>legal_group</source>
        <translation>legal_group</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>3. Has personal data leaked, or has one of our accounts been hacked?</source>
        <translation>3. Har personuppgifter läckt, eller har något av våra konton kapats?</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>breach_group</source>
        <translation>breach_group</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>4. Is a product or service affected?</source>
        <translation>4. Påverkas en produkt eller tjänst?</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>product_group</source>
        <translation>product_group</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Down or unavailable</source>
        <translation>Nere eller otillgänglig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Faulty, unsafe or recalled</source>
        <translation>Felaktig, osäker eller återkallad</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>5. Did we publish something wrong (an error, a broken link, the wrong account)?</source>
        <translation>5. Har vi publicerat något fel (ett sakfel, en trasig länk, fel konto)?</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>mistake_group</source>
        <translation>mistake_group</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>6. How much press coverage is there?</source>
        <translation>6. Hur mycket skriver medierna?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>press_group</source>
        <translation>press_group</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Local or trade</source>
        <translation>Lokalt eller fackpress</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>National or widespread</source>
        <translation>Rikstäckande eller brett</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>7. How many people are upset?</source>
        <translation>7. Hur många är upprörda?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A few</source>
        <translation>Några få</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>upset_group</source>
        <translation>upset_group</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Dozens</source>
        <translation>Dussintals</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hundreds or more</source>
        <translation>Hundratals eller fler</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>8. Is it spreading fast (shared widely, more complaints every hour)?</source>
        <translation>8. Sprids det snabbt (delas brett, fler klagomål varje timme)?</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>spreading_group</source>
        <translation>spreading_group</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Your answers point to</source>
        <translation>Dina svar pekar på</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Level 1 · Routine</source>
        <translation>Nivå 1 · Rutin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Handled by: customer support.</source>
        <translation>Hanteras av: kundtjänst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing answered yet.</source>
        <translation>Inget besvarat än.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The five levels, and who handles each</source>
        <translation>De fem nivåerna och vem som hanterar var och en</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Confirm &amp;level:</source>
        <translation>Bekräfta &amp;nivå:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Now: not yet assessed</source>
        <translation>Nu: inte bedömd än</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Reason for the log:</source>
        <translation>&amp;Motivering till loggen:</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../crisisroom/gui/backups_page.py" line="+54"/>
        <source>Database file</source>
        <translation>Databasfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;folder</source>
        <translation>Öppna &amp;mapp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatic backups</source>
        <translation>Automatiska säkerhetskopior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>While Crisis Room is open it makes a backup every hour and keeps the newest %n; older ones are removed.</source>
        <translation>
            <numerusform>Medan Crisis Room är öppet görs en säkerhetskopia varje timme och bara den senaste sparas; äldre tas bort.</numerusform>
            <numerusform>Medan Crisis Room är öppet görs en säkerhetskopia varje timme och de %n senaste sparas; äldre tas bort.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore selected…</source>
        <translation>Åte&amp;rställ markerad…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from a &amp;file…</source>
        <translation>Återställ från en &amp;fil…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Automatic backups (newest first):</source>
        <translation>&amp;Automatiska säkerhetskopior (senaste först):</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No automatic backup yet</source>
        <translation>Ingen automatisk säkerhetskopia än</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup saved: {0}</source>
        <translation>Säkerhetskopian sparad: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log head in this backup (for crisisroom verify --head): {0}</source>
        <translation>Loggens huvud i den här säkerhetskopian (för crisisroom verify --head): {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup failed.</source>
        <translation>Säkerhetskopieringen misslyckades.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crisis Room database (*.sqlite)</source>
        <translation>Crisis Room-databas (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/call_sheet.py" line="+26"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup phone</source>
        <translation>Ersättarens telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries: time and outcome</source>
        <translation>Försök: tid och utfall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note each try with its time and outcome. No answer within a few minutes: call the backup.</source>
        <translation>Notera varje försök med tid och utfall. Inget svar inom några minuter: ring ersättaren.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nobody on the team is called at this level.</source>
        <translation>Ingen i teamet larmas på den här nivån.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} people</source>
        <translation>{count} personer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed {when} · {people}</source>
        <translation>Utskriven {when} · {people}</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Print the call sheet</source>
        <translation>Skriv ut larmlistan</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../crisisroom/domain/incidents.py" line="+43"/>
        <source>Customer service</source>
        <translation>Kundservice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reputation damage</source>
        <translation>Skadat anseende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security breach</source>
        <translation>Säkerhetsincident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operational failure</source>
        <translation>Driftstörning</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <location filename="../../crisisroom/domain/chain.py" line="+49"/>
        <source>This real incident would call the made-up example team ({names}): put your own people in Settings ▸ Team before you call anyone.</source>
        <translation>Den här verkliga incidenten skulle ringa det påhittade exempelteamet ({names}): lägg in era egna personer under Inställningar ▸ Team innan ni ringer någon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing from the team for {category} at level {level}: {roles}. Give each role to someone in Settings ▸ Team, or change the chain of command in Settings.</source>
        <translation>Saknas i teamet för {category} på nivå {level}: {roles}. Ge varje roll till någon under Inställningar ▸ Team, eller ändra ansvarskedjan under Inställningar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{person} (backup {backup})</source>
        <translation>{person} (ersättare {backup})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no phone</source>
        <translation>inget telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody on the team holds this role</source>
        <translation>ingen i teamet har den här rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} or {second}</source>
        <translation>{first} eller {second}</translation>
    </message>
</context>
<context>
    <name>ChainEditor</name>
    <message>
        <location filename="../../crisisroom/gui/settings/chain_editor.py" line="+52"/>
        <source>Crisis type</source>
        <translation>Typ av kris</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Roles called at each level</source>
        <translation>Roller som kallas in på varje nivå</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the team</source>
        <translation>I teamet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Restore defaults</source>
        <translation>Återställ &amp;standard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put back the recommended chain for every crisis type (stored when you press OK or Apply)</source>
        <translation>Återställ den rekommenderade kedjan för alla typer av kris (sparas när du trycker på OK eller Verkställ)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{role} at {level}</source>
        <translation>{role} på {level}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody on the team holds this role: add it to someone in Settings ▸ Team</source>
        <translation>Ingen i teamet har den här rollen: ge den till någon under Inställningar ▸ Team</translation>
    </message>
</context>
<context>
    <name>ChainWarning</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/chain_warning.py" line="+35"/>
        <source>Chain of command warning</source>
        <translation>Varning om ansvarskedjan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the &amp;team…</source>
        <translation>Öppna &amp;teamet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hain of command…</source>
        <translation>Ans&amp;varskedja…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which roles each crisis type calls at each level (Settings)</source>
        <translation>Vilka roller varje typ av kris kallar in på varje nivå (Inställningar)</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../crisisroom/charts/mentions.py" line="+49"/>
        <source>No mentions yet</source>
        <translation>Inga omnämnanden än</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mentions in these hours</source>
        <translation>Inga omnämnanden under de här timmarna</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>{hour} · {mentions}, {negative} negative</source>
        <translation>{hour} · {mentions}, {negative} negativa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, {count} not scored</source>
        <translation>, {count} ej bedömda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rule} fired at {time}</source>
        <translation>{rule} utlöstes {time}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Last hour shown, {hour}: {mentions}, {negative} negative.</source>
        <translation>Sista timmen som visas, {hour}: {mentions}, {negative} negativa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Most negative hour: {hour}, {negative} negative.</source>
        <translation>Mest negativa timmen: {hour}, {negative} negativa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rules fired: {names}.</source>
        <translation>Utlösta regler: {names}.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>for {hours} h</source>
        <translation>i {hours} h</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>Negative</source>
        <translation>Negativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other mentions</source>
        <translation>Övriga omnämnanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not scored</source>
        <translation>Ej bedömda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule threshold</source>
        <translation>Regelns tröskel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule fired</source>
        <translation>Regel utlöst</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Times in {zone}</source>
        <translation>Tider i {zone}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 mention</source>
        <translation>1 omnämnande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} mentions</source>
        <translation>{count} omnämnanden</translation>
    </message>
    <message>
        <location filename="../../crisisroom/charts/ranges.py" line="+25"/>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>72 h</source>
        <translation>72 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 days</source>
        <translation>7 dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../crisisroom/domain/checklist.py" line="+49"/>
        <source>Crisis log started: the scribe notes who did what, and when</source>
        <translation>Krisloggen startad: loggföraren noterar vem som gjorde vad, och när</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled posts and campaigns paused in the publishing tool</source>
        <translation>Schemalagda inlägg och kampanjer pausade i publiceringsverktyget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social accounts secured: the logins are at hand and two-factor is on</source>
        <translation>Sociala konton säkrade: inloggningarna finns till hands och tvåfaktor är på</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After a hack: passwords, login e-mails and usernames changed</source>
        <translation>Efter en kapning: lösenord, inloggningsadresser och användarnamn bytta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer support briefed: the known facts, one agreed answer, and where to pass the rest</source>
        <translation>Kundtjänst informerad: kända fakta, ett gemensamt svar och vart resten ska skickas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A support director or PR lead is on the channel where the complaints arrive</source>
        <translation>En kundtjänstchef eller PR-ansvarig bevakar kanalen där klagomålen kommer in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Critical posts and comments answered, not deleted or hidden</source>
        <translation>Kritiska inlägg och kommentarer besvaras, raderas inte och döljs inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press enquiries go to the spokesperson; reception and the switchboard know it</source>
        <translation>Pressfrågor går till talespersonen; receptionen och växeln vet om det</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Executives briefed, and agreed to say nothing beyond the approved statements</source>
        <translation>Ledningen informerad och överens om att inte säga mer än de godkända uttalandena</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal has read what we say about people, claims and allegations</source>
        <translation>Juristen har läst det vi säger om personer, påståenden och anklagelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security lead engaged: what was accessed, since when, and whether it is contained</source>
        <translation>Säkerhetsansvarig engagerad: vad som kommits åt, sedan när och om det är stoppat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal engaged on what we must disclose and what we may say</source>
        <translation>Juristen engagerad i vad vi måste uppge och vad vi får säga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-protection officer informed and working on the breach</source>
        <translation>Dataskyddsombudet informerat och arbetar med incidenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data involved: which kinds, and for about how many people</source>
        <translation>Berörda personuppgifter: vilka slag och för ungefär hur många personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisory authority notified of the personal-data breach (GDPR Art. 33), or the DPO recorded why not</source>
        <translation>Tillsynsmyndigheten (IMY) underrättad om personuppgiftsincidenten (GDPR art. 33), eller dataskyddsombudet har skrivit ner varför inte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People affected told without undue delay where the risk to them is high (GDPR Art. 34)</source>
        <translation>De drabbade informerade utan onödigt dröjsmål när risken för dem är hög (GDPR art. 34)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service owner engaged: what fails, since when, and when it should work again</source>
        <translation>Tjänsteägaren engagerad: vad som inte fungerar, sedan när och när det ska fungera igen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status page, support replies and public posts say the same thing</source>
        <translation>Statussidan, kundtjänstens svar och de publika inläggen säger samma sak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality and product safety engaged: which products and batches, and how dangerous</source>
        <translation>Kvalitet och produktsäkerhet engagerade: vilka produkter och batcher, och hur farligt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer service ready for the recall: return, refund or replace</source>
        <translation>Kundtjänst redo för återkallelsen: retur, återbetalning eller utbyte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retailers and distributors told to take the product off sale</source>
        <translation>Återförsäljare och distributörer uppmanade att ta produkten ur försäljning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product-safety authority informed without undue delay (in the EU: the Safety Business Gateway)</source>
        <translation>Produktsäkerhetsmyndigheten informerad utan onödigt dröjsmål (i EU: Safety Business Gateway)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recall notice published in the set form, in shops and online</source>
        <translation>Återkallelsemeddelandet publicerat i föreskriven form, i butik och på nätet</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../ui/checklist_dialog.ui" line="+14"/>
        <source>Compromised account</source>
        <translation>Kapat konto</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Work through every step, on the platform first, then tick it here. Each tick is recorded in the audit trail, and in the crisis log of the open incident. New secrets go straight into the keychain.</source>
        <translation>Gå igenom varje steg, först på plattformen, och bocka sedan av det här. Varje bock registreras i granskningsloggen och i krisloggen för den öppna incidenten. Nya hemligheter sparas direkt i nyckelringen.</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/wizard/checklist_dialog.py" line="+46"/>
        <source>New {secret}</source>
        <translation>Nytt värde för {secret}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New {secret} (optional)</source>
        <translation>Nytt värde för {secret} (valfritt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New login e-mail (optional)</source>
        <translation>Ny inloggningsadress (valfritt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New username (optional)</source>
        <translation>Nytt användarnamn (valfritt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Repeat the new password</source>
        <translation>Upprepa det nya lösenordet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords differ</source>
        <translation>Lösenorden stämmer inte överens</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Secured: {account}</source>
        <translation>Säkrat: {account}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{account} is secured</source>
        <translation>{account} är säkrat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every step of the checklist is done. The steps stay recorded in the audit trail.</source>
        <translation>Alla steg i checklistan är klara. Stegen finns kvar i granskningsloggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is not marked compromised.</source>
        <translation>Kontot är inte markerat som kapat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compromised: {account}</source>
        <translation>Kapat: {account}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{account} was marked compromised {when}</source>
        <translation>{account} markerades som kapat {when}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done {when} by {person}</source>
        <translation>Klart {when} av {person}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{done} of {total} steps done</source>
        <translation>{done} av {total} steg klara</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../crisisroom/gui/mentions/model.py" line="+26"/>
        <location filename="../../crisisroom/gui/vault/account_model.py" line="-93"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/vault/account_model.py" line="+1"/>
        <source>Handle</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Lösenord bytt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/models/log_model.py" line="+21"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/mentions/model.py" line="+1"/>
        <location filename="../../crisisroom/gui/models/log_model.py" line="+1"/>
        <source>Author</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/models/log_model.py" line="+1"/>
        <source>Entry</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/mentions/model.py" line="-2"/>
        <source>Posted</source>
        <translation>Publicerat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/correction_dialog.ui" line="+14"/>
        <source>Correct a log entry</source>
        <translation>Rätta en loggpost</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>EXERCISE</source>
        <translation>ÖVNING</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The crisis log never changes what was written. Your correction is added as a new entry that points at this one, and the original stays visible, struck through.</source>
        <translation>Krisloggen ändrar aldrig det som skrivits. Din rättelse läggs till som en ny post som hänvisar till den här, och originalet syns kvar, överstruket.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Original entry</source>
        <translation>Ursprunglig post</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Corrected text</source>
        <translation>&amp;Rättad text</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/correction_dialog.py" line="+21"/>
        <source>EXERCISE · correcting an entry of a drill</source>
        <translation>ÖVNING · rättelse av en post i en övning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{kind} by {author}, recorded {when}</source>
        <translation>{kind} av {author}, registrerad {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add correction</source>
        <translation>Lägg till rättelse</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/countdown.py" line="+34"/>
        <source>Next internal update due in {clock}</source>
        <translation>Nästa interna uppdatering om {clock}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal update due now</source>
        <translation>Dags för intern uppdatering nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal update overdue by {minutes} min</source>
        <translation>Intern uppdatering försenad {minutes} min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal update overdue by {hours} h {minutes} min</source>
        <translation>Intern uppdatering försenad {hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>CrisisWizard</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/wizard.py" line="+71"/>
        <source>Done, &amp;next step &gt;</source>
        <translation>Klart, &amp;nästa steg &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Till&amp;baka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (&amp;kept for later)</source>
        <translation>Stäng (&amp;sparas till senare)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>St&amp;äng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything typed is kept; reopen with Incident ▸ Crisis steps… to carry on</source>
        <translation>Allt du skrivit sparas; öppna igen med Incident ▸ Krisstegen… för att fortsätta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The five steps</source>
        <translation>De fem stegen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Crisis steps · {title}</source>
        <translation>Krisstegen · {title}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Step {number}, {step}, done</source>
        <translation>Steg {number}, {step}, klart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {number}, {step}, not done yet</source>
        <translation>Steg {number}, {step}, inte klart än</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../crisisroom/gui/main_window/dashboard.py" line="+174"/>
        <source>Crisis Room: update overdue</source>
        <translation>Crisis Room: uppdateringen är försenad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The internal update on “{0}” is overdue; send it, and say when the next one comes.</source>
        <translation>Den interna uppdateringen om ”{0}” är försenad. Skicka den, och säg när nästa kommer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crisis Room: update due</source>
        <translation>Crisis Room: dags för uppdatering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An internal update on “{0}” is due now; every update says when the next one comes.</source>
        <translation>Det är dags för en intern uppdatering om ”{0}”. Varje uppdatering säger när nästa kommer.</translation>
    </message>
</context>
<context>
    <name>DashboardHeader</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/dashboard_header.py" line="+22"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{days} d {hours} h</source>
        <translation>{days} d {hours} h</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incident summary</source>
        <translation>Sammanfattning av incidenten</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Open for {age} (since {when})</source>
        <translation>Öppen i {age} (sedan {when})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved {when}</source>
        <translation>Avslutad {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected {when}</source>
        <translation>Upptäckt {when}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n log entries</source>
        <translation>
            <numerusform>%n loggpost</numerusform>
            <numerusform>%n loggposter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n decisions</source>
        <translation>
            <numerusform>%n beslut</numerusform>
            <numerusform>%n beslut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n actions</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n corrections</source>
        <translation>
            <numerusform>%n rättelse</numerusform>
            <numerusform>%n rättelser</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last entry {age} ago</source>
        <translation>senaste post för {age} sedan</translation>
    </message>
</context>
<context>
    <name>DeadlineClock</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/deadline_clock.py" line="+25"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} tim {minutes} min</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Supervisory authority notified at {when}, {time} before the 72-hour deadline</source>
        <translation>Tillsynsmyndigheten underrättad {when}, {time} före 72-timmarsgränsen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supervisory authority notified at {when}, {time} after the 72-hour deadline</source>
        <translation>Tillsynsmyndigheten underrättad {when}, {time} efter 72-timmarsgränsen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notifying the supervisory authority is overdue by {time} (the deadline was {due})</source>
        <translation>Anmälan till tillsynsmyndigheten är {time} försenad (fristen gick ut {due})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notify the supervisory authority within {clock} (by {due})</source>
        <translation>Anmäl till tillsynsmyndigheten inom {clock} (senast {due})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The supervisory authority has not been notified of this breach, and the 72-hour deadline passed at {due}: notify it now and say why it is late.</source>
        <translation>Tillsynsmyndigheten har inte fått någon anmälan om intrånget, och 72-timmarsfristen gick ut {due}: anmäl nu och förklara varför det är sent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The supervisory authority has not been notified of this breach yet: GDPR Article 33 asks for it by {due}.</source>
        <translation>Tillsynsmyndigheten har ännu inte fått någon anmälan om intrånget: GDPR artikel 33 kräver den senast {due}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolving does not stop that duty: the Next list keeps it until the checklist item is ticked.</source>
        <translation>Att avsluta incidenten tar inte bort den skyldigheten: listan Nästa behåller steget tills punkten på checklistan är bockad.</translation>
    </message>
</context>
<context>
    <name>DrillChannel</name>
    <message>
        <location filename="../../crisisroom/gui/drill/window.py" line="-83"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone call</source>
        <translation>telefonsamtal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat</source>
        <translation>chatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>direct message</source>
        <translation>direktmeddelande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text message</source>
        <translation>sms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter</source>
        <translation>brev</translation>
    </message>
</context>
<context>
    <name>DrillWindow</name>
    <message>
        <location line="+109"/>
        <source>Drill · Crisis Room</source>
        <translation>Övning · Crisis Room</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+4"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a file…</source>
        <translation>Öppna en fil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a scenario file of your own (TOML, described in the README)</source>
        <translation>Spela en egen scenariofil (TOML, beskrivs i README)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Simulated minutes per real minute; you can change it during the drill</source>
        <translation>Simulerade minuter per verklig minut; kan ändras under övningen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Speed:</source>
        <translation>&amp;Hastighet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+490"/>
        <source>Start drill</source>
        <translation>Starta övning</translation>
    </message>
    <message>
        <location line="-471"/>
        <source>Drill clock</source>
        <translation>Övningsklocka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simulated time</source>
        <translation>Simulerad tid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress through the drill</source>
        <translation>Förlopp i övningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+462"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-460"/>
        <source>Jump to next inject</source>
        <translation>Hoppa till nästa inspel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Facilitator</source>
        <translation>Övningsledare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming &amp;up</source>
        <translation>&amp;Kommande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Injects coming up</source>
        <translation>Kommande inspel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fire now</source>
        <translation>Spela nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the selected inject at the current simulated time</source>
        <translation>Spela det markerade inspelet vid den aktuella simulerade tiden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an ad-hoc inject…</source>
        <translation>Lägg till ett extra inspel…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Played</source>
        <translation>&amp;Spelade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Injects played</source>
        <translation>Spelade inspel</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+363"/>
        <source>End drill</source>
        <translation>Avsluta övningen</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>After-action report…</source>
        <translation>Övningsutvärdering…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lessons learned…</source>
        <translation>Lärdomar…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No scenario.</source>
        <translation>Inget scenario.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>starts at level {level}</source>
        <translation>börjar på nivå {level}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{duration} h</source>
        <translation>{duration} h</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n inject(s)</source>
        <translation>
            <numerusform>%n inspel</numerusform>
            <numerusform>%n inspel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n expectation(s)</source>
        <translation>
            <numerusform>%n förväntning</numerusform>
            <numerusform>%n förväntningar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team is measured on:
{expectations}</source>
        <translation>Teamet bedöms på:
{expectations}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a drill scenario</source>
        <translation>Öppna ett övningsscenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drill scenarios (*.toml)</source>
        <translation>Övningsscenarier (*.toml)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot use this scenario</source>
        <translation>Scenariot kan inte användas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The drill did not start</source>
        <translation>Övningen startade inte</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+24"/>
        <source>Drill · {scenario} · Crisis Room</source>
        <translation>Övning · {scenario} · Crisis Room</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The drill cannot be resumed</source>
        <translation>Övningen kan inte återupptas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Resumed where it stopped, at {elapsed}, paused: press Resume when the team is ready.</source>
        <translation>Återupptagen där den stannade, vid {elapsed}, pausad: tryck på Fortsätt när teamet är redo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The drill stopped</source>
        <translation>Övningen stannade</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scenario&apos;s time is up: end the drill when the team is ready.</source>
        <translation>Scenariots tid är slut: avsluta övningen när teamet är redo.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The drill clock change was not recorded</source>
        <translation>Ändringen av övningsklockan registrerades inte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{channel} from {sender}: {subject}</source>
        <translation>{channel} från {sender}: {subject}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not fired</source>
        <translation>Inte spelat</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The drill has ended and its incident is closed. Open the after-action report, then note the lessons.</source>
        <translation>Övningen är avslutad och dess incident stängd. Öppna övningsutvärderingen och notera sedan lärdomarna.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>End the drill?</source>
        <translation>Avsluta övningen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drill clock is paused while you decide. Ending the drill records the end, closes the drill&apos;s incident and stops its clocks; injects not played yet are left out.</source>
        <translation>Övningsklockan står still medan du bestämmer dig. Att avsluta övningen registrerar slutet, stänger övningens incident och stoppar dess klockor; inspel som inte har spelats tas inte med.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The drill did not end</source>
        <translation>Övningen avslutades inte</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No after-action report</source>
        <translation>Ingen övningsutvärdering</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start another drill</source>
        <translation>Starta en ny övning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <source>{elapsed} of {duration}</source>
        <translation>{elapsed} av {duration}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Choose a scenario and a speed, read the briefing out, then start.</source>
        <translation>Välj scenario och hastighet, läs upp bakgrunden och starta sedan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started</source>
        <translation>Inte startad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>paused</source>
        <translation>pausad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ended</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next inject at {offset}</source>
        <translation>Nästa inspel vid {offset}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every inject has been played.</source>
        <translation>Alla inspel har spelats.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{inject}: %n post(s) over {minutes} min</source>
        <translation>
            <numerusform>{inject}: %n inlägg under {minutes} min</numerusform>
            <numerusform>{inject}: %n inlägg under {minutes} min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{inject}: {channel} from {sender}</source>
        <translation>{inject}: {channel} från {sender}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{inject}: event</source>
        <translation>{inject}: händelse</translation>
    </message>
</context>
<context>
    <name>ExerciseBanner</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/exercise_banner.py" line="+17"/>
        <source>EXERCISE · This is a drill. Nothing here is a real incident.</source>
        <translation>ÖVNING · Det här är en övning. Inget här är en verklig incident.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exercise banner</source>
        <translation>Övningsbanderoll</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.ui" line="+14"/>
        <source>Hand accounts over</source>
        <translation>Lämna över konton</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writes the chosen accounts, passwords included, to one file encrypted with a passphrase. Carry the file to the other laptop and import it there; tell the passphrase separately (read it out, never in the same e-mail or chat).</source>
        <translation>Skriver de valda kontona, lösenorden inräknade, till en fil som krypteras med en lösenfras. Flytta filen till den andra datorn och importera den där. Lämna lösenfrasen separat (läs upp den, aldrig i samma mejl eller chatt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Accounts to hand over:</source>
        <translation>&amp;Konton att lämna över:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All accounts</source>
        <translation>Alla konton</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/export_dialog.py" line="+45"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Upprepa lösenfrasen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least {count} characters. Four or five random words are easy to read out and hard to guess.</source>
        <translation>Minst {count} tecken. Fyra eller fem slumpvisa ord är lätta att läsa upp och svåra att gissa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save handover file…</source>
        <translation>Spara överlämningsfil…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.ui" line="+14"/>
        <source>Import mentions</source>
        <translation>Importera omnämnanden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>EXERCISE</source>
        <translation>ÖVNING</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Export file:</source>
        <translation>&amp;Exportfil:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A CSV, TSV, JSON or Excel export from Brandwatch, Talkwalker, Meltwater or another tool</source>
        <translation>En CSV-, TSV-, JSON- eller Excel-export från Brandwatch, Talkwalker, Meltwater eller ett annat verktyg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the file</source>
        <translation>Inläsning av filen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Times without a &amp;zone are in:</source>
        <translation>Tider utan &amp;tidszon är i:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dates like 03/04/2026 &amp;are:</source>
        <translation>Datum som 03/04/2026 &amp;är:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Skip unusable rows and list them (otherwise one bad row stops the import)</source>
        <translation>&amp;Hoppa över oanvändbara rader och lista dem (annars stoppar en felaktig rad importen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The first rows, as they would be imported</source>
        <translation>De första raderna, så som de skulle importeras</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/mentions/import_dialog.py" line="+33"/>
        <source>Posted at</source>
        <translation>Publicerat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+10"/>
        <source>Author</source>
        <translation>Avsändare</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+7"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Reach</source>
        <translation>Räckvidd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted</source>
        <translation>Publicerat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>language not supported</source>
        <translation>språket stöds inte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too short</source>
        <translation>för kort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language unclear</source>
        <translation>oklart språk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exports (*.csv *.tsv *.txt *.json *.jsonl *.ndjson *.xlsx);;All files (*)</source>
        <translation>Exporter (*.csv *.tsv *.txt *.json *.jsonl *.ndjson *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Import mentions into “{title}”</source>
        <translation>Importera omnämnanden till ”{title}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXERCISE · these mentions go into a drill</source>
        <translation>ÖVNING · de här omnämnandena hamnar i en övning</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Column for {field}</source>
        <translation>Kolumn för {field}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read it from the data</source>
        <translation>Avgör utifrån innehållet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first: 03/04 is 3 April</source>
        <translation>Dag först: 03/04 är 3 april</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first: 03/04 is March 4</source>
        <translation>Månad först: 03/04 är 4 mars</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import warnings</source>
        <translation>Varningar om importen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows not scored</source>
        <translation>Rader utan bedömning</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose an export</source>
        <translation>Välj en export</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>, header on line {line}</source>
        <translation>, rubrikrad på rad {line}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;{preset}&lt;/b&gt; export · {kind}{header} · %n column(s)</source>
        <translation>
            <numerusform>&lt;b&gt;{preset}&lt;/b&gt;-export · {kind}{header} · %n kolumn</numerusform>
            <numerusform>&lt;b&gt;{preset}&lt;/b&gt;-export · {kind}{header} · %n kolumner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the columns: {problem}</source>
        <translation>Välj kolumnerna: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say whether dates are day first or month first before importing.</source>
        <translation>Ange om datumen har dagen eller månaden först innan du importerar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready to import.</source>
        <translation>Klart att importera.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of the first rows cannot be used as they are.</source>
        <translation>
            <numerusform>En av de första raderna kan inte användas som den är.</numerusform>
            <numerusform>%n av de första raderna kan inte användas som de är.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not scored</source>
        <translation>ej bedömd</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n of the first {rows} rows are not scored: {reasons}</source>
        <translation>
            <numerusform>%n av de första {rows} raderna är inte bedömd: {reasons}</numerusform>
            <numerusform>%n av de första {rows} raderna är inte bedömda: {reasons}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading and classifying…</source>
        <translation>Läser in och klassificerar…</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Imported %n mention(s) from {source} ({preset}).</source>
        <translation>
            <numerusform>Importerade %n omnämnande från {source} ({preset}).</numerusform>
            <numerusform>Importerade %n omnämnanden från {source} ({preset}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n were already in the room.</source>
        <translation>
            <numerusform>%n fanns redan i krisrummet.</numerusform>
            <numerusform>%n fanns redan i krisrummet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) were skipped:</source>
        <translation>
            <numerusform>%n rad hoppades över:</numerusform>
            <numerusform>%n rader hoppades över:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: {reason}</source>
        <translation>rad {line}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n mention(s) not scored: {reasons}</source>
        <translation>
            <numerusform>%n omnämnande är inte bedömt: {reasons}</numerusform>
            <numerusform>%n omnämnanden är inte bedömda: {reasons}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>Klart.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Avbrutet: inget importerades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: {reason}</source>
        <translation>Inget importerades: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: an unexpected error ({error})</source>
        <translation>Inget importerades: ett oväntat fel ({error})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <location filename="../../crisisroom/domain/incidents.py" line="-34"/>
        <source>EXERCISE</source>
        <translation>ÖVNING</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="+14"/>
        <source>New incident</source>
        <translation>Ny incident</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the incident a short title everyone will recognise. You can set or change the severity later.</source>
        <translation>Ge incidenten en kort rubrik som alla känner igen. Du kan ange eller ändra allvarlighetsnivån senare.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Complaints about delayed refunds going viral</source>
        <translation>t.ex. Klagomål om försenade återbetalningar sprids</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Allvarlighetsnivå:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Detected at:</source>
        <translation>&amp;Upptäckt:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time &amp;zone:</source>
        <translation>Tids&amp;zon:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This is a &amp;drill (tabletop exercise), not a real incident</source>
        <translation>Det här är en ö&amp;vning (skrivbordsövning), inte en verklig incident</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/incident_dialog.py" line="+64"/>
        <source>New drill</source>
        <translation>Ny övning</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When unsure between two levels, choose the higher one.</source>
        <translation>Är du osäker mellan två nivåer, välj den högre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handled by: {team}</source>
        <translation>Hanteras av: {team}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start drill</source>
        <translation>Starta övning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open incident</source>
        <translation>Öppna incident</translation>
    </message>
</context>
<context>
    <name>IncidentTime</name>
    <message>
        <location filename="../../crisisroom/domain/incident_time.py" line="+29"/>
        <source>drill clock, {zone}</source>
        <translation>övningsklocka, {zone}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when} real time ({zone})</source>
        <translation>{when} verklig tid ({zone})</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../crisisroom/gui/sharing/join_dialog.py" line="+52"/>
        <source>Join a shared incident</source>
        <translation>Gå med i en delad incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder the team shares</source>
        <translation>Mappen som teamet delar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as the team knows you, e.g. Bo Lind</source>
        <translation>som teamet känner dig, t.ex. Bo Lind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop&apos;s name</source>
        <translation>Den här datorns namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Bo&apos;s laptop</source>
        <translation>t.ex. Bos dator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This &amp;laptop&apos;s name:</source>
        <translation>Den här &amp;datorns namn:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder the team shares (kept in step by Syncthing, a network share, a cloud-drive folder or a USB stick), once the first laptop&apos;s files have arrived in it.</source>
        <translation>Välj mappen som teamet delar (som hålls i takt av Syncthing, en nätverksresurs, en molnmapp eller ett USB-minne) när den första datorns filer har kommit fram dit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team sees your name beside this laptop; your log entries carry it (the author field).</source>
        <translation>Teamet ser ditt namn bredvid den här datorn; dina loggposter bär det (författarfältet).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Join an incident the team shares</source>
        <translation>Gå med i en incident som teamet delar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read these digits to the person who admits this laptop; the same digits show on their screen.</source>
        <translation>Läs upp siffrorna för den som släpper in den här datorn; samma siffror syns på deras skärm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same digits must show on the first laptop&apos;s screen, in its Team panel as “this laptop”.</source>
        <translation>Samma siffror ska synas på den första datorns skärm, i dess teampanel som ”den här datorn”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This laptop:</source>
        <translation>Den här datorn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team&apos;s first laptop:</source>
        <translation>Teamets första dator:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Waiting to be admitted</source>
        <translation>Väntar på att bli insläppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look &amp;now</source>
        <translation>Titta &amp;nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look in the shared folder for the admission now</source>
        <translation>Leta efter insläppet i den delade mappen nu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can close this window: the admission is looked for as long as Crisis Room is open.</source>
        <translation>Du kan stänga fönstret: insläppet letas efter så länge Crisis Room är öppet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare the fingerprints</source>
        <translation>Jämför fingeravtrycken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Ask to join</source>
        <translation>&amp;Be om att gå med</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Not joined</source>
        <translation>Inte med</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Choose the folder the team shares.</source>
        <translation>Välj mappen som teamet delar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type your name: the team sees it beside this laptop.</source>
        <translation>Skriv ditt namn: teamet ser det bredvid den här datorn.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Waiting to be admitted…</source>
        <translation>Väntar på att bli insläppt…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Still waiting to be admitted (looked just now)…</source>
        <translation>Väntar fortfarande på att bli insläppt (tittade nyss)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Admitted: the incident is open in the window.</source>
        <translation>✓ Insläppt: incidenten är öppen i fönstret.</translation>
    </message>
</context>
<context>
    <name>KeychainBanner</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/keychain_banner.py" line="+28"/>
        <source>Keychain problem</source>
        <translation>Problem med nyckelringen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the keychain again (your system may ask you to unlock it)</source>
        <translation>Kontrollera nyckelringen igen (systemet kan be dig låsa upp den)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;{problem}.&lt;/b&gt; Passwords cannot be stored, shown or copied until this is fixed; nothing is kept anywhere else.&lt;br&gt;{fix}.&lt;br&gt;&lt;small&gt;{hint}&lt;/small&gt;</source>
        <translation>&lt;b&gt;{problem}.&lt;/b&gt; Lösenord kan inte sparas, visas eller kopieras förrän det här är åtgärdat; inget sparas någon annanstans.&lt;br&gt;{fix}.&lt;br&gt;&lt;small&gt;{hint}&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>LevelConflict</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/level_conflict.py" line="+28"/>
        <source>Severity set on two laptops</source>
        <translation>Allvarlighetsgrad satt på två datorer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the &amp;level…</source>
        <translation>Sätt &amp;nivån …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level {level} by {person} on {laptop}</source>
        <translation>nivå {level} av {person} på {laptop}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level {level}, the highest, stands until the crisis lead, {lead}, sets a level.</source>
        <translation>Nivå {level}, den högsta, gäller tills krisledaren, {lead}, sätter en nivå.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level {level}, the highest, stands until someone sets a level having seen both.</source>
        <translation>Nivå {level}, den högsta, gäller tills någon som sett båda sätter en nivå.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Levels were set on laptops that had not seen each other&apos;s: {sets}.</source>
        <translation>Nivåer sattes på datorer som inte sett varandras: {sets}.</translation>
    </message>
</context>
<context>
    <name>LogKind</name>
    <message>
        <location filename="../../crisisroom/domain/log.py" line="+67"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fact</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notification</source>
        <translation>Larmning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>Larm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill inject</source>
        <translation>Övningsinspel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault access</source>
        <translation>Kontoåtkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wizard step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>Rättelse</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../../crisisroom/gui/main_window/log_panel.py" line="+71"/>
        <source>Search the log (Ctrl+F)</source>
        <translation>Sök i loggen (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the log</source>
        <translation>Sök i loggen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show entries of kind</source>
        <translation>Visa poster av typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Crisis log</source>
        <translation>Krislogg</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{count} matching</source>
        <translation>{count} träffar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Correct this entry…</source>
        <translation>Rätta den här posten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy text</source>
        <translation>Kopiera text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy entry id</source>
        <translation>Kopiera postens id</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select the entry to correct first.</source>
        <translation>Markera först posten som ska rättas.</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../../crisisroom/gui/models/log_model.py" line="+83"/>
        <source>{when} ({zone})</source>
        <translation>{when} ({zone})</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>(happened {when})</source>
        <translation>(inträffade {when})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correction: {text}</source>
        <translation>Rättelse: {text}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded {when} by {author}</source>
        <translation>Registrerad {when} av {author}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Written on {laptop}, another laptop of the team</source>
        <translation>Skriven på {laptop}, en annan av teamets datorer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Happened {when}</source>
        <translation>Hände {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This entry was corrected; the correction is a later entry.</source>
        <translation>Posten har rättats; rättelsen är en senare post.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry {id}</source>
        <translation>Post {id}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crisisroom/gui/main_window/window.py" line="+125"/>
        <location line="+295"/>
        <source>Crisis Room</source>
        <translation>Crisis Room</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/main_window/actions.py" line="+75"/>
        <source>&amp;New incident…</source>
        <translation>&amp;Ny incident…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New &amp;drill…</source>
        <translation>Ny ö&amp;vning…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Join a shared incident…</source>
        <translation>&amp;Gå med i en delad incident…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run a d&amp;rill…</source>
        <translation>&amp;Kör en övning…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>Åte&amp;rställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared &amp;accounts…</source>
        <translation>&amp;Delade konton…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a &amp;log entry</source>
        <translation>Skriv en &amp;loggpost</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find in log</source>
        <translation>&amp;Sök i loggen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Correct selected entry…</source>
        <translation>&amp;Rätta markerad post…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Resolve incident…</source>
        <translation>&amp;Avsluta incident…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;open incident…</source>
        <translation>Åter&amp;öppna incident…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Verify the log</source>
        <translation>&amp;Verifiera loggen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reports…</source>
        <translation>Ra&amp;pporter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Post-crisis review…</source>
        <translation>&amp;Utvärdering efter krisen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;hare with the team…</source>
        <translation>Dela med &amp;teamet…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Assess severity…</source>
        <translation>&amp;Bedöm allvarlighetsnivå…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crisis &amp;steps…</source>
        <translation>&amp;Krisstegen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import mentions…</source>
        <translation>&amp;Importera omnämnanden…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a &amp;mention…</source>
        <translation>Lägg till ett &amp;omnämnande…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Escalation rules…</source>
        <translation>&amp;Eskaleringsregler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;templates…</source>
        <translation>Meddelande&amp;mallar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;drills in the incident list</source>
        <translation>Visa ö&amp;vningar i incidentlistan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Team panel</source>
        <translation>&amp;Teampanel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Crisis Room</source>
        <translation>&amp;Om Crisis Room</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Set &amp;severity level</source>
        <translation>Ange &amp;nivå</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings</source>
        <translation>I&amp;nställningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/main_window/window.py" line="-261"/>
        <location line="+9"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Incident:</source>
        <translation>Incident:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Severity</source>
        <translation>Allvarlighetsnivå</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Crisis log</source>
        <translation>Krislogg</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+191"/>
        <source>Mentions</source>
        <translation>Omnämnanden</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>{incident} (resolved)</source>
        <translation>{incident} (avslutad)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{incident} · Crisis Room</source>
        <translation>{incident} · Crisis Room</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>EXERCISE · Demo: a made-up brand, team and posts, generated on this computer over the past 36 hours. Look around, try the crisis steps; nothing here is real.</source>
        <translation>ÖVNING · Demo: påhittat varumärke, team och inlägg, skapade på den här datorn för de senaste 36 timmarna. Titta runt och prova krisstegen; inget här är verkligt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Severity: {level}</source>
        <translation>Allvarlighetsnivå: {level}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The incident is resolved. The post-crisis review comes next.</source>
        <translation>Incidenten är avslutad. Nästa steg är utvärderingen efter krisen.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Mentions ({count})</source>
        <translation>Omnämnanden ({count})</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Crisis Room: {rule}</source>
        <translation>Crisis Room: {rule}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The mention was not added</source>
        <translation>Omnämnandet lades inte till</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That mention is already in the room.</source>
        <translation>Omnämnandet finns redan i krisrummet.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The incident was not created</source>
        <translation>Incidenten skapades inte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened {incident}</source>
        <translation>Öppnade {incident}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm severity</source>
        <translation>Bekräfta allvarlighetsnivå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why {level}? (optional, goes into the log)</source>
        <translation>Varför {level}? (valfritt, skrivs i loggen)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Resolve incident</source>
        <translation>Avsluta incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve “{title}”. A note for the log (optional):</source>
        <translation>Avsluta ”{title}”. En anteckning till loggen (valfritt):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen incident</source>
        <translation>Återöppna incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen “{title}”. A note for the log (optional):</source>
        <translation>Återöppna ”{title}”. En anteckning till loggen (valfritt):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Making the demo incident…</source>
        <translation>Skapar demoincidenten…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The demo incident is made up and marked EXERCISE; it never counts as a real incident.</source>
        <translation>Demoincidenten är påhittad och märkt ÖVNING; den räknas aldrig som en verklig incident.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import an export</source>
        <translation>Importera en export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported mentions belong to an incident. Start the incident they are about first; the import opens as soon as it is created.</source>
        <translation>Importerade omnämnanden hör till en incident. Starta först incidenten som de handlar om; importen öppnas så snart den är skapad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start an incident…</source>
        <translation>Starta en incident…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This incident is already shared through {folder}.</source>
        <translation>Den här incidenten delas redan genom {folder}.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>⚠ The shared folder has %n alarm(s): see the Team panel.</source>
        <translation>
            <numerusform>⚠ Den delade mappen har %n larm: se teampanelen.</numerusform>
            <numerusform>⚠ Den delade mappen har %n larm: se teampanelen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This laptop was admitted to the team: the shared incident is here.</source>
        <translation>Den här datorn har släppts in i teamet: den delade incidenten finns här nu.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new entries from the team&apos;s other laptops.</source>
        <translation>
            <numerusform>%n ny post från teamets andra datorer.</numerusform>
            <numerusform>%n nya poster från teamets andra datorer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sharing: {problem}</source>
        <translation>Delning: {problem}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Crisis Room stopped writing</source>
        <translation>Crisis Room har slutat skriva</translation>
    </message>
</context>
<context>
    <name>ManagePage</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/manage_page.py" line="+79"/>
        <source>Crisis &amp;lead:</source>
        <translation>&amp;Krisledare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cribe:</source>
        <translation>&amp;Loggförare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;pokesperson:</source>
        <translation>&amp;Talesperson:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the crisis lead.</source>
        <translation>Välj krisledare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the scribe, who keeps the log.</source>
        <translation>Välj loggförare, som för loggen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the spokesperson.</source>
        <translation>Välj talesperson.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Who does what</source>
        <translation>Vem gör vad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First update within</source>
        <translation>Första uppdateringen inom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then every</source>
        <translation>Sedan var</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the first</source>
        <translation>Under de första</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After that every</source>
        <translation>Därefter var</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Defaults</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First within 5 minutes, every 20 minutes for two hours, then hourly</source>
        <translation>Första inom 5 minuter, var 20:e minut i två timmar, sedan varje timme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal updates</source>
        <translation>Interna uppdateringar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First within</source>
        <translation>Första inom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>then every</source>
        <translation>sedan var</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>for the first</source>
        <translation>under de första</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checklist; each tick is logged at once</source>
        <translation>Checklista; varje bock loggas direkt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An account with scheduled posts, e.g. @ourbrand on Instagram</source>
        <translation>Ett konto med schemalagda inlägg, t.ex. @vartforetag på Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account name</source>
        <translation>Kontonamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;account</source>
        <translation>Lägg till k&amp;onto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your own item, e.g. Brief the works council</source>
        <translation>Egen punkt, t.ex. Informera fackklubben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own checklist item</source>
        <translation>Egen punkt på checklistan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;item</source>
        <translation>Lägg till &amp;punkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ename…</source>
        <translation>Byt na&amp;mn…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename the selected item of your own; its tick stays</source>
        <translation>Byt namn på den markerade egna punkten; bocken ligger kvar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>Ta bo&amp;rt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected item of your own; the log keeps it</source>
        <translation>Ta bort den markerade egna punkten; loggen behåller den</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A product is recalled: add product safety, retailers and the product-safety authority</source>
        <translation>En produkt återkallas: lägg till produktsäkerhet, återförsäljare och produktsäkerhetsmyndigheten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist (each tick goes into the log at once)</source>
        <translation>Checklista (varje bock skrivs direkt i loggen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Became aware of the breach at</source>
        <translation>Tidpunkt då intrånget blev känt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set</source>
        <translation>&amp;Ange</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the 72-hour clock from this moment; the change is logged</source>
        <translation>Starta om 72-timmarsklockan från den här tidpunkten; ändringen loggas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Became a&amp;ware of it at:</source>
        <translation>Känt s&amp;edan:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tick the authority&apos;s item below once it is notified. A notification after 72 hours must say why it is late.</source>
        <translation>Bocka av myndighetens punkt nedan när anmälan är gjord. En anmälan efter 72 timmar måste förklara förseningen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breach notification: 72 hours (GDPR Article 33)</source>
        <translation>Anmälan av intrånget: 72 timmar (GDPR artikel 33)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Scheduled posts paused on {account}</source>
        <translation>Schemalagda inlägg pausade på {account}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done by {person}</source>
        <translation>Utfört av {person}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own item: rename or remove it with the buttons below</source>
        <translation>Egen punkt: byt namn på den eller ta bort den med knapparna nedan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not on this type&apos;s list; kept because it was ticked</source>
        <translation>Hör inte till den här typens lista; ligger kvar eftersom den är avbockad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticking it stops the 72-hour clock</source>
        <translation>En bock här stoppar 72-timmarsklockan</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Rename the item</source>
        <translation>Byt namn på punkten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New words for the item:</source>
        <translation>Ny lydelse för punkten:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove a ticked item</source>
        <translation>Ta bort en avbockad punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{item}” is ticked as done. Remove it from the checklist? The log keeps when it was done.</source>
        <translation>”{item}” är avbockad som klar. Ta bort den från checklistan? Loggen behåller när den gjordes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>as set by the team</source>
        <translation>enligt teamet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the detection time</source>
        <translation>upptäcktstiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when the incident was opened</source>
        <translation>när incidenten öppnades</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The main window counts down to each update and reminds you when one is due. A released holding statement or update restarts the count.</source>
        <translation>Huvudfönstret räknar ner till varje uppdatering och påminner dig när det är dags. Ett publicerat första besked eller en uppdatering startar om nedräkningen.</translation>
    </message>
</context>
<context>
    <name>MentionDialog</name>
    <message>
        <location filename="../../ui/mention_dialog.ui" line="+14"/>
        <source>Add a mention</source>
        <translation>Lägg till ett omnämnande</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>For a post you saw yourself, when there is no export to import. Paste its text and its link.</source>
        <translation>För ett inlägg som du själv har sett, när det inte finns någon export att importera. Klistra in texten och länken.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Link:</source>
        <translation>&amp;Länk:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Posted &amp;by:</source>
        <translation>Publicerat a&amp;v:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the account&apos;s name or handle</source>
        <translation>kontots namn eller användarnamn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Posted &amp;at:</source>
        <translation>Publicerat &amp;när:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sentiment:</source>
        <translation>&amp;Sentiment:</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/mentions/mention_dialog.py" line="+25"/>
        <source>Detect from the text</source>
        <translation>Avgör utifrån texten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add mention</source>
        <translation>Lägg till omnämnande</translation>
    </message>
</context>
<context>
    <name>MentionTableModel</name>
    <message>
        <location filename="../../crisisroom/gui/mentions/model.py" line="+36"/>
        <source>{posted} ({zone})</source>
        <translation>{posted} ({zone})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{date}, time unknown</source>
        <translation>{date}, okänd tid</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not scored ({reason})</source>
        <translation>Ej bedömd ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{sentiment} (set by hand)</source>
        <translation>{sentiment} (satt manuellt)</translation>
    </message>
</context>
<context>
    <name>MentionsChart</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/mentions_chart.py" line="+48"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-bild (*.png);;SVG-bild (*.svg)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mentions per hour</source>
        <translation>Omnämnanden per timme</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Negative mentions per hour</source>
        <translation>Negativa omnämnanden per timme</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Show every hour with mentions</source>
        <translation>Visa varje timme med omnämnanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the last {range}</source>
        <translation>Visa de senaste {range}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the chart as a PNG or SVG image</source>
        <translation>Spara diagrammet som en PNG- eller SVG-bild</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Negative</source>
        <translation>Negativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Övriga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not scored</source>
        <translation>Ej bedömda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold</source>
        <translation>Tröskel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule fired</source>
        <translation>Regel utlöst</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Times in {zone}</source>
        <translation>Tider i {zone}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export chart</source>
        <translation>Exportera diagram</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Cannot export the chart</source>
        <translation>Diagrammet kan inte exporteras</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Save it as a .png or .svg file, not {suffix}.</source>
        <translation>Spara det som en .png- eller .svg-fil, inte {suffix}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} could not be written: {reason}.</source>
        <translation>{path} kunde inte skrivas: {reason}.</translation>
    </message>
</context>
<context>
    <name>MentionsPanel</name>
    <message>
        <location filename="../../crisisroom/gui/mentions/panel.py" line="+59"/>
        <source>Show mentions of sentiment</source>
        <translation>Visa omnämnanden med sentiment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sentiments</source>
        <translation>Alla sentiment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not scored</source>
        <translation>Ej bedömda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import an export…</source>
        <translation>Importera en export…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a mention…</source>
        <translation>Lägg till ett omnämnande…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mentions</source>
        <translation>Omnämnanden</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n mention(s), {negative} negative ({share}%)</source>
        <translation>
            <numerusform>%n omnämnande, {negative} negativa ({share} %)</numerusform>
            <numerusform>%n omnämnanden, {negative} negativa ({share} %)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No mentions yet: import an export from your listening tool, or add one.</source>
        <translation>Inga omnämnanden än: importera en export från ert bevakningsverktyg, eller lägg till ett.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark as {sentiment}</source>
        <translation>Markera som {sentiment}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The mention was not changed</source>
        <translation>Omnämnandet ändrades inte</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/message_page.py" line="+112"/>
        <source>Speaking for</source>
        <translation>Talar för</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your organisation&apos;s name, as statements sign it</source>
        <translation>Organisationens namn, så som uttalanden undertecknas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking &amp;for:</source>
        <translation>Talar &amp;för:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statements by audience and phase</source>
        <translation>Uttalanden per målgrupp och fas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Public summary</source>
        <translation>Offentlig sammanfattning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened, in words the public may read; drafts use this, never the internal assessment</source>
        <translation>Vad som hänt, med ord som allmänheten får läsa; utkasten använder detta, aldrig den interna bedömningen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version for</source>
        <translation>Version för</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Statement text</source>
        <translation>Uttalandets text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft from the template, or write the statement here</source>
        <translation>Skapa ett utkast från mallen, eller skriv uttalandet här</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length per platform</source>
        <translation>Längd per plattform</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Media contact</source>
        <translation>Presskontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft from &amp;template</source>
        <translation>Utkast från &amp;mall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Spara utkast</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approved by</source>
        <translation>Godkänt av</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;pprove</source>
        <translation>&amp;Godkänn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appro&amp;ved by:</source>
        <translation>Godkänt a&amp;v:</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+242"/>
        <source>&amp;Release</source>
        <translation>&amp;Publicera</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>Released on:</source>
        <translation>Publicerat på:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Release over the limit, because:</source>
        <translation>Publicera över gränsen, eftersom:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason for releasing over the limit</source>
        <translation>Skäl att publicera över gränsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it must go out as it is (kept in the log)</source>
        <translation>Varför det måste ut som det är (sparas i loggen)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Version history</source>
        <translation>Versionshistorik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>edited, not saved</source>
        <translation>ändrad, inte sparad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{state}: {platforms}</source>
        <translation>{state}: {platforms}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{cell} · edited</source>
        <translation>{cell} · ändrad</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>P&amp;ublic summary, {phase}:</source>
        <translation>&amp;Offentlig sammanfattning, {phase}:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{platform} · {state}</source>
        <translation>{platform} · {state}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One text for every channel; released where you tick, each within its limit</source>
        <translation>En text för alla kanaler; publiceras där du kryssar, inom varje kanals gräns</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A version for {platform}, which has no length limit</source>
        <translation>En version för {platform}, som saknar längdgräns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A version for {platform}, at most {limit} characters</source>
        <translation>En version för {platform}, högst {limit} tecken</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Release on {platform}</source>
        <translation>&amp;Publicera på {platform}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>approved by {name} ({role})</source>
        <translation>godkänt av {name} ({role})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text {hash}</source>
        <translation>text {hash}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>released on {where}</source>
        <translation>publicerat på {where}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over the limit: {reason}</source>
        <translation>över gränsen: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose who approves…</source>
        <translation>Välj vem som godkänner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody on the team may approve: add an approver in Team</source>
        <translation>Ingen i teamet får godkänna: lägg till en godkännare under Team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No media contact: give someone on the team the Spokesperson role, with a phone or e-mail.</source>
        <translation>Ingen presskontakt: ge någon i teamet rollen Talesperson, med telefon eller e-post.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Media contact in the statements: {name} ({role}), {reach}</source>
        <translation>Presskontakt i uttalandena: {name} ({role}), {reach}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Media contact: {name} ({role}) has no phone or e-mail on the team list</source>
        <translation>Presskontakt: {name} ({role}) saknar telefon och e-post i teamlistan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not drafted yet</source>
        <translation>Inget utkast än</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{state} v{version} · edited: saving makes a new draft</source>
        <translation>{state} v{version} · ändrad: när du sparar skapas ett nytt utkast</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{state} v{version} · edited</source>
        <translation>{state} v{version} · ändrad</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Choose who approves it, from the team&apos;s approvers.</source>
        <translation>Välj vem som godkänner, bland teamets godkännare.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tick where the statement was released.</source>
        <translation>Bocka i var uttalandet publicerades.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why it must go out over the limit.</source>
        <translation>Ange varför det måste ut trots att det är över gränsen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Over the length limit</source>
        <translation>Över längdgränsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version is {count} characters, {over} over the {platform} limit of {limit}. It cannot be released on {platform} as it is without a reason for the override.

Approve it anyway, or cancel and shorten it?</source>
        <translation>Den här versionen är {count} tecken, {over} över gränsen för {platform} på {limit}. Den kan inte publiceras på {platform} som den är utan ett skäl till undantaget.

Godkänna den ändå, eller avbryta och korta den?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approve anyway</source>
        <translation>Godkänn ändå</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} ({count} of {limit})</source>
        <translation>{platform} ({count} av {limit})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not released: too long for {platforms}. Shorten it, or release it over the limit and say why.</source>
        <translation>Inte publicerat: för långt för {platforms}. Korta texten, eller publicera över gränsen och ange varför.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Release at least one statement (a holding statement) before moving on: never go silent.</source>
        <translation>Publicera minst ett uttalande (ett första besked) innan du går vidare: var aldrig tyst.</translation>
    </message>
    <message>
        <location line="-491"/>
        <location line="+226"/>
        <source>{state} v{version}</source>
        <translation>{state} v{version}</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>{platform}: %Ln character(s)</source>
        <translation>
            <numerusform>{platform}: %Ln tecken</numerusform>
            <numerusform>{platform}: %Ln tecken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>({count} parts)</source>
        <translation>({count} delar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown}, {count} over</source>
        <translation>{shown}, {count} för många</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The template could not be used: {reason}</source>
        <translation>Mallen kunde inte användas: {reason}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../crisisroom/domain/message_flow.py" line="+33"/>
        <location filename="../../crisisroom/domain/platform_lengths.py" line="+121"/>
        <source>Public posts</source>
        <translation>Offentliga inlägg</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crisisroom/domain/platform_lengths.py" line="+1"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crisisroom/domain/platform_lengths.py" line="+1"/>
        <source>Employees</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crisisroom/domain/platform_lengths.py" line="+1"/>
        <source>Press</source>
        <translation>Press</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crisisroom/domain/platform_lengths.py" line="+1"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../crisisroom/domain/platform_lengths.py" line="+3"/>
        <source>Holding statement</source>
        <translation>Första besked</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crisisroom/domain/platform_lengths.py" line="+1"/>
        <source>Update</source>
        <translation>Uppdatering</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crisisroom/domain/platform_lengths.py" line="+1"/>
        <source>Resolution</source>
        <translation>Avslutande besked</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Godkänt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Publicerat</translation>
    </message>
    <message>
        <location filename="../../crisisroom/domain/platform_lengths.py" line="+9"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press release</source>
        <translation>Pressmeddelande</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/monitor_page.py" line="+58"/>
        <source>Next internal update</source>
        <translation>Nästa interna uppdatering</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Breach notification deadline</source>
        <translation>Tidsfrist för anmälan av intrånget</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+89"/>
        <source>Rule firings</source>
        <translation>Utlösta regler</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+85"/>
        <source>Coverage</source>
        <translation>Mediebevakning</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+16"/>
        <location line="+1"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+24"/>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+20"/>
        <location line="+1"/>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+30"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Note (a wrong claim to correct, a journalist to call back…)</source>
        <translation>Anteckning (fel att rätta, journalist att ringa upp…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add coverage</source>
        <translation>&amp;Lägg till artikel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Why it is over (goes into the log)</source>
        <translation>Varför det är över (skrivs i loggen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is resolved</source>
        <translation>Varför krisen är avslutad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Declare resolved…</source>
        <translation>&amp;Förklara avslutad…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drafts the resolution statement for each affected audience and the internal all-clear from the templates (each still to approve and release), then closes the incident.</source>
        <translation>Skapar utifrån mallarna utkast till avslutande besked för varje berörd målgrupp och till det interna beskedet att faran är över (alla ska fortfarande godkännas och publiceras), och stänger sedan incidenten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When it is over</source>
        <translation>När det är över</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The incident is resolved: no more updates are due</source>
        <translation>Incidenten är avslutad: inga fler uppdateringar behövs</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No escalation rule has fired for this incident.</source>
        <translation>Ingen eskaleringsregel har utlösts för den här incidenten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{when} · {rule}: {action}</source>
        <translation>{when} · {rule}: {action}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call: {role} — {who}.</source>
        <translation>Ring: {role} — {who}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call: {role}.</source>
        <translation>Ring: {role}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested level: {level}.</source>
        <translation>Föreslagen nivå: {level}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the outlet: the paper, site or channel that covered it.</source>
        <translation>Ange mediet: tidningen, sajten eller kanalen som rapporterade.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The resolution texts could not be drafted: {reason}</source>
        <translation>Utkasten till avslutande besked kunde inte skapas: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Declare the crisis resolved</source>
        <translation>Förklara krisen avslutad</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>This drafts the resolution statement for {audiences} and the internal all-clear to staff, and closes the incident. The drafts still need approval and release.</source>
        <translation>Det här skapar utkast till avslutande besked för {audiences} och till det interna beskedet till personalen att faran är över, och stänger incidenten. Utkasten ska fortfarande godkännas och publiceras.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Declare resolved</source>
        <translation>Förklara avslutad</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>&lt;b&gt;Resolved.&lt;/b&gt; The incident is closed and the log keeps everything that was done. Drafted: the resolution statement for {audiences}, and the internal all-clear. %n statement(s) await approval before they go out. Close this window; the post-crisis review comes next.</source>
        <translation>
            <numerusform>&lt;b&gt;Avslutad.&lt;/b&gt; Incidenten är stängd och loggen behåller allt som gjordes. Utkast skapade: avslutande besked för {audiences} och det interna beskedet att faran är över. %n uttalande väntar på godkännande innan det går ut. Stäng fönstret; nästa steg är utvärderingen efter krisen.</numerusform>
            <numerusform>&lt;b&gt;Avslutad.&lt;/b&gt; Incidenten är stängd och loggen behåller allt som gjordes. Utkast skapade: avslutande besked för {audiences} och det interna beskedet att faran är över. %n uttalanden väntar på godkännande innan de går ut. Stäng fönstret; nästa steg är utvärderingen efter krisen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextPanel</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/next_panel.py" line="+36"/>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Resolved, and nothing is waiting.</source>
        <translation>Löst, och inget väntar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing pressing right now: keep watching mentions and sentiment.</source>
        <translation>Inget brådskande just nu: fortsätt bevaka omnämnanden och sentiment.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Show fewer</source>
        <translation>Visa färre</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n till</numerusform>
            <numerusform>%n till</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <location filename="../../crisisroom/domain/next_steps.py" line="+44"/>
        <source>Assess how serious it is</source>
        <translation>Bedöm hur allvarligt det är</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No severity level is confirmed yet; who is called and what is due depend on it.</source>
        <translation>Ingen allvarlighetsnivå är bekräftad än; vem som larmas och vad som ska göras beror på den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm the level: the rules suggest level {suggested}</source>
        <translation>Bekräfta nivån: reglerna föreslår nivå {suggested}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level {suggested} suggested by {rule} at {time}; confirmed level {level} ({who}, {since}).</source>
        <translation>Nivå {suggested} föreslagen av {rule} {time}; bekräftad nivå {level} ({who}, {since}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level {suggested} suggested by {rule} at {time}; no level confirmed yet.</source>
        <translation>Nivå {suggested} föreslagen av {rule} {time}; ingen nivå bekräftad än.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach the chain of command for level {level}</source>
        <translation>Nå larmkedjan för nivå {level}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not contacted yet: {names}.</source>
        <translation>Inte kontaktade än: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tried, not reached yet: {names}.</source>
        <translation>Sökta, inte nådda än: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached, not yet acknowledged: {names}.</source>
        <translation>Nådda, har inte bekräftat än: {names}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (or backup {backup})</source>
        <translation>{name} (eller ersättaren {backup})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get an answer from the chain of command</source>
        <translation>Få svar från larmkedjan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the update that was due at {due}</source>
        <translation>Skicka uppdateringen som skulle ha gått ut {due}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the next update by {due}</source>
        <translation>Skicka nästa uppdatering senast {due}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last update at {last}; the rhythm asks for the next by {due}.</source>
        <translation>Senaste uppdateringen {last}; rytmen kräver nästa senast {due}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No update has gone out since the incident was opened at {opened}; the rhythm asks for the first by {due}.</source>
        <translation>Ingen uppdatering har gått ut sedan incidenten öppnades {opened}; rytmen kräver den första senast {due}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approve the statement that is waiting</source>
        <translation>Godkänn meddelandet som väntar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the {count} statements that are waiting</source>
        <translation>Godkänn de {count} meddelanden som väntar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval since {time}: {statements}.</source>
        <translation>Väntar på godkännande sedan {time}: {statements}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If personal data leaked, notify the authority by {deadline}</source>
        <translation>Om personuppgifter läckt: anmäl till tillsynsmyndigheten senast {deadline}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 72-hour deadline to notify the authority passed at {deadline}</source>
        <translation>Fristen på 72 timmar för anmälan till myndigheten gick ut {deadline}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security breach known since {aware}: GDPR Article 33 allows 72 hours from then ({hours} h left).</source>
        <translation>Säkerhetsintrånget är känt sedan {aware}: GDPR artikel 33 ger 72 timmar från dess ({hours} tim kvar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Security breach known since {aware}: a notification after 72 hours must say why it is late.</source>
        <translation>Säkerhetsintrånget är känt sedan {aware}: en anmälan efter 72 timmar måste förklara förseningen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release a first statement</source>
        <translation>Publicera ett första uttalande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level {level} since {since}, over an hour ago, and no statement has been released yet.</source>
        <translation>Nivå {level} sedan {since}, för över en timme sedan, och inget uttalande har publicerats än.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause scheduled posts and campaigns</source>
        <translation>Pausa schemalagda inlägg och kampanjer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level {level} confirmed at {since}: from level 4 scheduled posts stop; the checklist has them running.</source>
        <translation>Nivå {level} bekräftad {since}: från nivå 4 pausas schemalagda inlägg; enligt checklistan är de inte pausade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level {level} confirmed at {since}: from level 4 scheduled posts stop; not yet paused on {accounts}.</source>
        <translation>Nivå {level} bekräftad {since}: från nivå 4 pausas schemalagda inlägg; ännu inte pausade på {accounts}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the post-crisis review</source>
        <translation>Påbörja utvärderingen efter krisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved at {time}; no lesson, action item or plan change has been recorded yet.</source>
        <translation>Löst {time}; ingen lärdom, åtgärdspunkt eller planändring har registrerats än.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
</context>
<context>
    <name>NoteList</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/review_page.py" line="+70"/>
        <source>Type and press Enter</source>
        <translation>Skriv och tryck på Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../crisisroom/domain/notifications.py" line="+37"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>in person</source>
        <translation>personligen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>other</source>
        <translation>annat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by phone</source>
        <translation>per telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by SMS</source>
        <translation>via sms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by e-mail</source>
        <translation>via e-post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by other means</source>
        <translation>på annat sätt</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no answer</source>
        <translation>inget svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message left</source>
        <translation>meddelande lämnat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reached</source>
        <translation>nådd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledged</source>
        <translation>har bekräftat</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not yet tried</source>
        <translation>inte kontaktad än</translation>
    </message>
</context>
<context>
    <name>NotifyActions</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/notify_actions.py" line="+23"/>
        <source>E-mail draft (*.eml)</source>
        <translation>E-postutkast (*.eml)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The mail program was not opened</source>
        <translation>E-postprogrammet öppnades inte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A long message</source>
        <translation>Ett långt meddelande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some mail programs cut off messages this long when they come through a link. Save the message as a draft file (.eml) instead, and open that?</source>
        <translation>Vissa e-postprogram kortar av så här långa meddelanden när de kommer via en länk. Spara meddelandet som en utkastfil (.eml) i stället och öppna den?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a draft…</source>
        <translation>Spara ett utkast…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No mail program</source>
        <translation>Inget e-postprogram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mail program is set up to open e-mail links on this computer. Save the message as a draft (.eml) to open in any mail program, or copy the text.</source>
        <translation>Inget e-postprogram är inställt för att öppna e-postlänkar på den här datorn. Spara meddelandet som ett utkast (.eml) som kan öppnas i valfritt e-postprogram, eller kopiera texten.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save the message as a draft</source>
        <translation>Spara meddelandet som ett utkast</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The draft was not saved</source>
        <translation>Utkastet sparades inte</translation>
    </message>
</context>
<context>
    <name>NotifyPage</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/notify_page.py" line="+60"/>
        <source>no phone or e-mail</source>
        <translation>ingen telefon eller e-post</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Acknowledged</source>
        <translation>Har bekräftat</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>{name} acknowledged</source>
        <translation>{name} har bekräftat</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>How {name} was tried</source>
        <translation>Hur {name} söktes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: no answer</source>
        <translation>{name}: inget svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: voicemail or message left</source>
        <translation>{name}: röstmeddelande eller meddelande lämnat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} reached</source>
        <translation>{name} nådd</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>no phone</source>
        <translation>ingen telefon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backup: {name}, {phone}</source>
        <translation>ersättare: {name}, {phone}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no backup on the roster</source>
        <translation>ingen ersättare i teamet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tried yet</source>
        <translation>Inte kontaktad än</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{outcome} {time} ({channel})</source>
        <translation>{outcome} {time} ({channel})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Acknowledged</source>
        <translation>✓ Har bekräftat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reached, not yet acknowledged</source>
        <translation>Nådd, har inte bekräftat än</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still to reach</source>
        <translation>Ännu inte nådd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again, or call the backup: {name}, {phone}</source>
        <translation>Försök igen, eller ring ersättaren: {name}, {phone}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backup on the roster: try again, or another way.</source>
        <translation>Ingen ersättare i teamet: försök igen, eller på annat sätt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left message</source>
        <translation>Lämnat meddelande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tried, nobody answered: they still need reaching</source>
        <translation>Sökt, ingen svarade: personen behöver fortfarande nås</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left a voicemail or a message: they still need reaching until they call back</source>
        <translation>Lämnat röstmeddelande eller meddelande: personen behöver nås tills hen ringer tillbaka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spoke to them: they know</source>
        <translation>Pratat med personen: hen vet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They confirmed they are acting on it</source>
        <translation>Personen har bekräftat att hen agerar</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+139"/>
        <source>The chain of command</source>
        <translation>Ansvarskedjan</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Internal alert subject</source>
        <translation>Ämne för det interna larmet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The internal alert to the crisis team</source>
        <translation>Det interna larmet till krisgruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal alert</source>
        <translation>Internt larm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft from &amp;template</source>
        <translation>Utkast från &amp;mall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in &amp;mail app</source>
        <translation>Öppna i &amp;e-postprogram</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save .&amp;eml…</source>
        <translation>Spara .em&amp;l…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print call sheet…</source>
        <translation>Skriv &amp;ut larmlista…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call sheet P&amp;DF…</source>
        <translation>Larmlista som P&amp;DF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Internal alert to the crisis team</source>
        <translation>Internt larm till krisgruppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Ämne:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All-staff alert (level {level} and above: staff hear it from us first)</source>
        <translation>Larm till all personal (nivå {level} och högre: personalen ska få höra det från oss först)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What staff may say and share</source>
        <translation>Vad personalen får säga och dela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wording staff may share</source>
        <translation>Formulering som personalen får dela</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>What not to say</source>
        <translation>Vad man inte ska säga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The all-staff alert has been &amp;sent</source>
        <translation>Personallarmet har &amp;skickats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent yet? Say why (goes into the log)</source>
        <translation>Inte skickat än? Ange varför (skrivs i loggen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the all-staff alert is not sent</source>
        <translation>Varför personallarmet inte är skickat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y staff alert</source>
        <translation>Kopiera &amp;personallarmet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{wording}

Please don&apos;t:
{do_not_say}</source>
        <translation>{wording}

Gör inte så här:
{do_not_say}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wording staff may share:</source>
        <translation>Formulering som personalen får dela:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What not to say:</source>
        <translation>Vad man inte ska säga:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Confirm the level in step 1, Assess, first: the chain depends on it.</source>
        <translation>Bekräfta först nivån i steg 1, Bedöm: ansvarskedjan beror på den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chain of command for {category} at {level}</source>
        <translation>Ansvarskedjan för {category} på {level}</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>- share details we have not announced, even with friends and family
- talk to journalists yourself: pass them to the communications team
- argue with critics online</source>
        <translation>- berätta detaljer som vi inte har gått ut med, inte ens för vänner och familj
- prata med journalister själv: hänvisa dem till kommunikationsteamet
- diskutera med kritiker på nätet</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Record at least one person of the crisis team as reached before moving on (no answer and a message left do not count).</source>
        <translation>Registrera minst en person i krisgruppen som nådd innan du går vidare (inget svar och lämnat meddelande räknas inte).</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Nobody on the team is called at this level. Add people with Settings ▸ Team…</source>
        <translation>Ingen i teamet larmas på den här nivån. Lägg till personer under Inställningar ▸ Team…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A call made earlier…</source>
        <translation>Ett tidigare samtal…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing down a call after the fact: set when it happened, then press its outcome</source>
        <translation>För ett samtal som skrivs in i efterhand: ange när det skedde och tryck sedan på utfallet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When the call happened</source>
        <translation>När samtalet skedde</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>real time, {zone}: the next outcome you press is kept at this time</source>
        <translation>verklig tid, {zone}: nästa utfall du trycker på sparas med den här tiden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{zone}: the next outcome you press is kept at this time</source>
        <translation>{zone}: nästa utfall du trycker på sparas med den här tiden</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The alert template could not be used: {reason}</source>
        <translation>Larmmallen kunde inte användas: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crisis: {title}</source>
        <translation>Kris: {title}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Call sheet · {level} · {title}</source>
        <translation>Larmlista · {level} · {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the call sheet</source>
        <translation>Spara larmlistan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Write the wording staff may share, or untick that the all-staff alert is sent.</source>
        <translation>Skriv den text personalen får dela, eller bocka ur att personallarmet har skickats.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At level {level} all staff must hear it from us first. Tick that the all-staff alert is sent, or say why it is not sent yet.</source>
        <translation>På nivå {level} måste all personal höra det från oss först. Bocka i att personallarmet har skickats, eller skriv varför det inte har skickats än.</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <location filename="../../crisisroom/printing/pdf.py" line="+345"/>
        <source>Page {number} of {pages}</source>
        <translation>Sida {number} av {pages}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/person_dialog.ui" line="+14"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>as the team knows them</source>
        <translation>som teamet känner personen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the number to call in a crisis, e.g. +44 20 7946 0000</source>
        <translation>numret att ringa i en kris, t.ex. +46 70 174 06 05</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>name@example.org</source>
        <translation>namn@example.org</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Roles:</source>
        <translation>&amp;Roller:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Called at levels:</source>
        <translation>Larmas på nivå:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;1</source>
        <translation>&amp;1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;2</source>
        <translation>&amp;2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;3</source>
        <translation>&amp;3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;4</source>
        <translation>&amp;4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;5</source>
        <translation>&amp;5</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Backup:</source>
        <translation>Ers&amp;ättare:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>hours, time zone, &quot;call, don&apos;t text&quot;…</source>
        <translation>arbetstider, tidszon, ”ring, sms:a inte”…</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/settings/person_dialog.py" line="+34"/>
        <source>Edit {name}</source>
        <translation>Redigera {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a person to the team</source>
        <translation>Lägg till en person i teamet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to team</source>
        <translation>Lägg till i teamet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{level}: {examples}
Handled by: {team}</source>
        <translation>{level}: {examples}
Hanteras av: {team}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No backup</source>
        <translation>Ingen ersättare</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not called at any level: on the team (for example as a backup) but never called first.</source>
        <translation>Larmas inte på någon nivå: ingår i teamet (till exempel som ersättare) men larmas aldrig först.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Called only at level(s) {levels}.</source>
        <translation>
            <numerusform>Larmas bara på nivå {levels}.</numerusform>
            <numerusform>Larmas bara på nivåerna {levels}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Called from level {level} ({name}) up.</source>
        <translation>Larmas från nivå {level} ({name}) och uppåt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Called from level {level} ({name}).</source>
        <translation>Larmas från nivå {level} ({name}).</translation>
    </message>
</context>
<context>
    <name>PostCrisisReview</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/review_page.py" line="+29"/>
        <source>Post-crisis review · {title}</source>
        <translation>Utvärdering efter krisen · {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write down what went well, what did not, and the lessons; agree the actions with an owner and a due date; record the changes to the plan. Everything you add is kept in the log.</source>
        <translation>Skriv ner vad som gick bra, vad som inte gjorde det och lärdomarna; kom överens om åtgärder med ansvarig och slutdatum; registrera ändringarna i planen. Allt du lägger till sparas i loggen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EXERCISE · this review is of a drill</source>
        <translation>ÖVNING · den här utvärderingen gäller en övning</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What is to be done</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add action</source>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>due</source>
        <translation>klart senast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action items</source>
        <translation>Åtgärdspunkter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The change to the plan</source>
        <translation>Ändringen i planen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add adjustment</source>
        <translation>Lägg till ändring</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan adjustments (rules, templates, roster…)</source>
        <translation>Ändringar i planen (regler, mallar, bemanning…)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview the review report…</source>
        <translation>Förhandsgranska utvärderingsrapporten…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Done ({person})</source>
        <translation>Klar ({person})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick when this action is done</source>
        <translation>Bocka av när åtgärden är klar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing was saved</source>
        <translation>Inget sparades</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <location filename="../../crisisroom/gui/main_window/log_panel.py" line="+40"/>
        <source>Kind of entry</source>
        <translation>Typ av post</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Av</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New log entry</source>
        <translation>Ny loggpost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, what was decided, who did what… Enter logs it</source>
        <translation>Vad som hände, vad som beslutades, vem som gjorde vad… Enter loggar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Happened earlier…</source>
        <translation>Hände tidigare…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For something written down after the fact: say when it happened</source>
        <translation>För något som skrivs ner i efterhand: ange när det hände</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When it happened</source>
        <translation>När det hände</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log it</source>
        <translation>Logga</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Say who is writing: type your name in the author field first.</source>
        <translation>Ange vem som skriver: skriv först ditt namn i namnfältet.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../crisisroom/services/reports.py" line="+55"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reached</source>
        <translation>uppnåddes inte</translation>
    </message>
    <message>
        <location filename="../../crisisroom/reports/data.py" line="+49"/>
        <source>Situation report</source>
        <translation>Lägesrapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily summary</source>
        <translation>Dagssammanfattning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-crisis review</source>
        <translation>Utvärdering efter krisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity log</source>
        <translation>Aktivitetslogg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message record</source>
        <translation>Meddelandeförteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>Omnämnanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-action report</source>
        <translation>Övningsutvärdering</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>godkänt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>released</source>
        <translation>publicerat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>detection</source>
        <translation>upptäckten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening</source>
        <translation>öppnandet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correction of the entry of {when}: {text}</source>
        <translation>Rättelse av posten från {when}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phase} · version {number}</source>
        <translation>{phase} · version {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inject {offset}</source>
        <translation>Inspel {offset}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise control</source>
        <translation>Övningsledning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not played</source>
        <translation>inte spelat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} d {hours} h</source>
        <translation>{days} d {hours} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify the supervisory authority of the personal-data breach (GDPR Article 33, 72 hours)</source>
        <translation>Anmäl personuppgiftsincidenten till tillsynsmyndigheten (GDPR artikel 33, 72 timmar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as recorded by the team</source>
        <translation>enligt teamets uppgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the detection time</source>
        <translation>upptäcktstiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when the incident was opened</source>
        <translation>när incidenten öppnades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} left</source>
        <translation>{time} kvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue by {time}</source>
        <translation>{time} försenad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done at {when} by {who}, {time} before the deadline</source>
        <translation>Klart {when} av {who}, {time} före fristen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done at {when} by {who}, {time} after the deadline</source>
        <translation>Klart {when} av {who}, {time} efter fristen</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location line="-34"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../crisisroom/gui/report_preview.py" line="+44"/>
        <source>HTML (web page)</source>
        <translation>HTML (webbsida)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (kalkylark)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web page (*.html)</source>
        <translation>Webbsida (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>Kalkylark (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Situation report</source>
        <translation>Lägesrapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily summary</source>
        <translation>Dagssammanfattning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-crisis review</source>
        <translation>Utvärdering efter krisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity log</source>
        <translation>Aktivitetslogg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message record</source>
        <translation>Meddelandeförteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>Omnämnanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-action report</source>
        <translation>Övningsutvärdering</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reports · {title}</source>
        <translation>Rapporter · {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EXERCISE · this incident is a drill; every report is marked as an exercise</source>
        <translation>ÖVNING · den här incidenten är en övning; varje rapport märks som övning</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save…</source>
        <translation>&amp;Spara…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>This report cannot be made: {reason}</source>
        <translation>Rapporten kan inte skapas: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved as CSV, this report opens as a spreadsheet (one row per line of the table).</source>
        <translation>Sparad som CSV öppnas rapporten som ett kalkylark (en rad per rad i tabellen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as PDF on A4 pages, with the incident&apos;s title and page numbers on each page.</source>
        <translation>Sparas som PDF på A4-sidor, med incidentens rubrik och sidnummer på varje sida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as HTML, this report is one file that opens in any browser, charts included.</source>
        <translation>Sparad som HTML är rapporten en enda fil som öppnas i alla webbläsare, diagram inräknade.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the {report}</source>
        <translation>Spara {report}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report was not saved</source>
        <translation>Rapporten sparades inte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to {path}</source>
        <translation>Sparad i {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was printed</source>
        <translation>Inget skrevs ut</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print the {report}</source>
        <translation>Skriv ut {report}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent to the printer: {report}</source>
        <translation>Skickat till skrivaren: {report}</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../crisisroom/domain/review.py" line="+48"/>
        <source>What went well</source>
        <translation>Det som gick bra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did not go well</source>
        <translation>Det som gick mindre bra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson learned</source>
        <translation>Lärdomar</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/review_page.py" line="-185"/>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster</source>
        <translation>Bemanning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../crisisroom/domain/team.py" line="+58"/>
        <source>Crisis lead</source>
        <translation>Krisledare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident commander: owns the response, decides and delegates.</source>
        <translation>Leder krishanteringen: äger insatsen, beslutar och delegerar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scribe</source>
        <translation>Loggförare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the crisis log: who did what, and when.</source>
        <translation>För krisloggen: vem som gjorde vad, och när.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spokesperson</source>
        <translation>Talesperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The one voice that speaks for the organisation in public.</source>
        <translation>Den enda rösten som talar för organisationen offentligt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PR / media officer</source>
        <translation>PR- och pressansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handles journalists and press statements.</source>
        <translation>Hanterar journalister och uttalanden till press.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Social media officer</source>
        <translation>Ansvarig för sociala medier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watches mentions and sentiment; pauses and restarts scheduled posts.</source>
        <translation>Bevakar omnämnanden och sentiment; pausar och återstartar schemalagda inlägg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer support lead</source>
        <translation>Kundtjänstchef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefs the support team and answers customers.</source>
        <translation>Informerar kundtjänst och svarar kunder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Security lead</source>
        <translation>Säkerhetsansvarig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handles hacks and leaks; secures the accounts.</source>
        <translation>Hanterar intrång och läckor; säkrar kontona.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legal counsel</source>
        <translation>Jurist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks statements and advises on legal exposure.</source>
        <translation>Granskar uttalanden och ger råd om juridiska risker.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data protection officer</source>
        <translation>Dataskyddsombud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges whether personal data is involved and what the regulator must be told.</source>
        <translation>Bedömer om personuppgifter berörs och vad tillsynsmyndigheten måste få veta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quality and product safety</source>
        <translation>Kvalitet och produktsäkerhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges whether a product is unsafe; runs a recall with the authorities.</source>
        <translation>Bedömer om en produkt är farlig; leder en återkallelse tillsammans med myndigheterna.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Service owner</source>
        <translation>Tjänsteägare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owns the service that failed: what broke, and when it will work again.</source>
        <translation>Äger tjänsten som slutade fungera: vad som gick sönder och när den fungerar igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Executive approver</source>
        <translation>Godkännande chef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approves statements before they are released.</source>
        <translation>Godkänner uttalanden innan de publiceras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CMO</source>
        <translation>Marknadschef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chief marketing officer: owns the brand&apos;s response.</source>
        <translation>Ansvarar för varumärkets hantering av krisen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CEO</source>
        <translation>Vd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chief executive: speaks for the company when it is most serious.</source>
        <translation>Verkställande direktör: talar för företaget när det är som allvarligast.</translation>
    </message>
</context>
<context>
    <name>RoomContext</name>
    <message>
        <location filename="../../crisisroom/gui/context.py" line="+148"/>
        <location line="+5"/>
        <source>Nothing was saved</source>
        <translation>Inget sparades</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../crisisroom/domain/rules.py" line="+29"/>
        <source>{count} or more negative mentions within {minutes} minutes</source>
        <translation>{count} eller fler negativa omnämnanden inom {minutes} minuter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than {count} negative mentions in a clock hour</source>
        <translation>fler än {count} negativa omnämnanden under en klocktimme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than {count} negative mentions an hour for {hours} consecutive hours</source>
        <translation>fler än {count} negativa omnämnanden i timmen under {hours} timmar i följd</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Keep monitoring; include it in the end-of-day report for senior management.</source>
        <translation>Fortsätt bevaka; ta med det i dagsrapporten till ledningsgruppen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign to PR</source>
        <translation>Tilldela PR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start assigning the negative messages to the PR manager.</source>
        <translation>Börja tilldela de negativa meddelandena till PR-chefen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PR manager</source>
        <translation>PR-chef</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Surge on a channel</source>
        <translation>Anstormning i en kanal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring a support director or the PR lead onto the channel.</source>
        <translation>Ta in en supportchef eller PR-ansvarig i kanalen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support director or PR lead</source>
        <translation>Supportchef eller PR-ansvarig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activate the crisis plan</source>
        <translation>Aktivera krisplanen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone the CMO and open the crisis plan.</source>
        <translation>Ring marknadschefen och öppna krisplanen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CMO</source>
        <translation>Marknadschef</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../ui/rules_dialog.ui" line="+14"/>
        <source>Escalation rules</source>
        <translation>Eskaleringsregler</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An hour breaches a rule when its negative mentions exceed the threshold. A rule fires once per run of breaching hours; a quiet hour re-arms it. A sliding window counts the negative mentions of the last N minutes instead of clock hours.</source>
        <translation>En timme bryter mot en regel när dess negativa omnämnanden överstiger tröskeln. En regel utlöses en gång per följd av sådana timmar; en lugn timme aktiverar den igen. Ett glidande fönster räknar de negativa omnämnandena de senaste N minuterna i stället för per klocktimme.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Add rule</source>
        <translation>&amp;Lägg till regel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove rule</source>
        <translation>&amp;Ta bort regel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore &amp;defaults</source>
        <translation>Återställ &amp;standard</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/mentions/rules_dialog.py" line="+18"/>
        <source>On</source>
        <translation>På</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than</source>
        <translation>Fler än</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours in a row</source>
        <translation>Timmar i följd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window (min)</source>
        <translation>Fönster (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggests level</source>
        <translation>Föreslår nivå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom to call</source>
        <translation>Vem som ska ringas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>clock hours</source>
        <translation>klocktimmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New rule</source>
        <translation>Ny regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Say what to do.</source>
        <translation>Ange vad som ska göras.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../ui/secret_dialog.ui" line="+14"/>
        <source>Rotate the password</source>
        <translation>Byt lösenordet</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nytt lösenord:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/vault/secret_dialog.py" line="+42"/>
        <source>Repeat</source>
        <translation>Upprepa</translation>
    </message>
</context>
<context>
    <name>SecretEdit</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/secret_edit.py" line="+82"/>
        <source>Secret</source>
        <translation>Hemlighet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hide the secret</source>
        <translation>Dölj hemligheten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the secret</source>
        <translation>Visa hemligheten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown in clear text</source>
        <translation>Visas i klartext</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hidden</source>
        <translation>Dold</translation>
    </message>
</context>
<context>
    <name>Sentiment</name>
    <message>
        <location filename="../../crisisroom/gui/i18n.py" line="+158"/>
        <source>negative</source>
        <translation>negativt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neutral</source>
        <translation>neutralt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positive</source>
        <translation>positivt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../crisisroom/gui/settings/dialog.py" line="+119"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Settings pages</source>
        <translation>Inställningssidor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation rules</source>
        <translation>Eskaleringsregler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates</source>
        <translation>Uppdateringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain of command</source>
        <translation>Ansvarskedja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message templates</source>
        <translation>Meddelandemallar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data and backups</source>
        <translation>Data och säkerhetskopior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain</source>
        <translation>Nyckelring</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Organisation name</source>
        <translation>Organisationens namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As your statements sign it</source>
        <translation>Så som era uttalanden undertecknas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zone for new incidents</source>
        <translation>Tidszon för nya incidenter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Tidszon:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statements and templates speak for this name.</source>
        <translation>Uttalanden och mallar talar i det här namnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New incidents start in this zone; each incident keeps the zone it was opened with.</source>
        <translation>Nya incidenter startar i den här tidszonen; varje incident behåller den zon den öppnades med.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface language</source>
        <translation>Gränssnittets språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For you on this computer. Takes effect the next time Crisis Room starts.</source>
        <translation>Gäller dig på den här datorn. Träder i kraft nästa gång Crisis Room startas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit the escalation rules…</source>
        <translation>&amp;Redigera eskaleringsreglerna…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules watch the negative mentions per hour. When one fires it writes an alert into the log, says whom to call and suggests a level; a person confirms levels.</source>
        <translation>Reglerna bevakar de negativa omnämnandena per timme. När en regel utlöses skriver den ett larm i loggen, säger vem som ska ringas och föreslår en nivå; en person bekräftar nivån.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First update within</source>
        <translation>Första uppdateringen inom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then every</source>
        <translation>Sedan var</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For the first hours</source>
        <translation>Under de första timmarna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then every (later)</source>
        <translation>Sedan var (senare)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the &amp;recommended rhythm</source>
        <translation>Använd den &amp;rekommenderade takten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;First update within:</source>
        <translation>&amp;Första uppdateringen inom:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then &amp;every:</source>
        <translation>Sedan &amp;var:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the first:</source>
        <translation>Under de första:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then every (&amp;later):</source>
        <translation>Sedan var (&amp;senare):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How often the team must give an internal update, counted from when an incident is opened and then from each update. The recommended rhythm: the first within 5 minutes, then every 20 minutes for 2 hours, then every hour. An incident&apos;s Manage step can set its own; incidents that have not follow this one.</source>
        <translation>Hur ofta teamet ska lämna en intern uppdatering, räknat från när en incident öppnas och sedan från varje uppdatering. Rekommenderad takt: den första inom 5 minuter, sedan var 20:e minut i 2 timmar, därefter varje timme. En incident kan ange en egen takt i steget Hantera; övriga incidenter följer den här.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the &amp;team…</source>
        <translation>Öppna &amp;teamet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The people called in a crisis: their roles, phones, e-mails, backups and the levels at which each is called. Import and export as CSV or vCard.</source>
        <translation>De som larmas vid en kris: deras roller, telefonnummer, e-postadresser, ersättare och på vilka nivåer var och en larmas. Importera och exportera som CSV eller vCard.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Which roles each crisis type calls at each severity level (the columns 1 to 5). The Notify step calls everyone who holds a ticked role, and anyone the team calls at that level anyway.</source>
        <translation>Vilka roller varje typ av kris kallar in på varje allvarlighetsnivå (kolumnerna 1 till 5). Steget Larma ringer alla som har en ikryssad roll, och alla som teamet ändå kallar in på den nivån.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit message &amp;templates…</source>
        <translation>Redigera meddelande&amp;mallar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own wording for each crisis type, audience and phase, with a live preview. The Message step drafts every statement from these templates.</source>
        <translation>Era egna formuleringar för varje kristyp, målgrupp och fas, med förhandsvisning. Steget Kommunicera skriver utkast till varje uttalande utifrån de här mallarna.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Check again</source>
        <translation>&amp;Kontrollera igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your system may ask you to unlock the keychain</source>
        <translation>Systemet kan be dig låsa upp nyckelringen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passwords, recovery codes and tokens of shared accounts are kept only in this computer&apos;s keychain, never in Crisis Room&apos;s database, backups or exports.</source>
        <translation>Lösenord, återställningskoder och tokens för delade konton sparas bara i den här datorns nyckelring, aldrig i Crisis Rooms databas, säkerhetskopior eller exporter.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source> (off)</source>
        <translation> (av)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No rules: nothing escalates.</source>
        <translation>Inga regler: inget eskaleras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody is on the team yet.</source>
        <translation>Ingen finns i teamet än.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The team is still the made-up example (%n people): replace it with your own.</source>
        <translation>
            <numerusform>Teamet är fortfarande det påhittade exemplet (%n person): ersätt det med ert eget.</numerusform>
            <numerusform>Teamet är fortfarande det påhittade exemplet (%n personer): ersätt det med ert eget.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n people on the team.</source>
        <translation>
            <numerusform>%n person i teamet.</numerusform>
            <numerusform>%n personer i teamet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Not usable&lt;/b&gt;: {0}.</source>
        <translation>&lt;b&gt;Går inte att använda&lt;/b&gt;: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Ready&lt;/b&gt;: {0}.</source>
        <translation>&lt;b&gt;Redo&lt;/b&gt;: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared-account secrets can be stored and read.</source>
        <translation>Hemligheter för delade konton kan sparas och läsas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The settings were not saved</source>
        <translation>Inställningarna sparades inte</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../crisisroom/domain/severity.py" line="+54"/>
        <source>Routine</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A complaint or a question here and there.</source>
        <translation>Ett klagomål eller en fråga här och där.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer support, as on any other day.</source>
        <translation>Kundtjänst, som vilken dag som helst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business as usual; keep an eye on it.</source>
        <translation>Vardag; håll ett öga på det.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer support</source>
        <translation>Kundtjänst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Elevated</source>
        <translation>Förhöjd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry customers, a broken link, a wrong-account post, a factual error, a bad typo.</source>
        <translation>Arga kunder, en trasig länk, ett inlägg från fel konto, ett sakfel, ett pinsamt stavfel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer support or PR, with a manager&apos;s guidance.</source>
        <translation>Kundtjänst eller PR, med stöd av en chef.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a crisis yet; fix it and watch that it does not grow.</source>
        <translation>Ännu ingen kris; åtgärda och se till att det inte växer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support or PR, a manager guiding</source>
        <translation>Kundtjänst eller PR, med stöd av chef</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serious</source>
        <translation>Allvarlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many angry customers, a service outage, a product people cannot get.</source>
        <translation>Många arga kunder, ett driftavbrott, en produkt som inte går att få tag på.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A support director or the PR lead takes the channel; the crisis plan may be opened.</source>
        <translation>En supportchef eller PR-ansvarig tar över kanalen; krisplanen kan öppnas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A crisis in the making; someone senior owns it now.</source>
        <translation>En kris under uppsegling; nu äger någon i ledningen frågan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support director or PR lead</source>
        <translation>Supportchef eller PR-ansvarig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crisis</source>
        <translation>Kris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recall, faulty products, a data leak, bad press everywhere, layoffs.</source>
        <translation>En återkallelse, felaktiga produkter, en dataläcka, dålig press överallt, uppsägningar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior management, PR, marketing and executives; alert all staff; pause scheduled posts.</source>
        <translation>Ledningsgrupp, PR, marknad och företagsledning; larma all personal; pausa schemalagda inlägg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A crisis for the whole organisation; staff hear it from us first.</source>
        <translation>En kris för hela organisationen; personalen ska få höra det från oss först.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior management and executives</source>
        <translation>Ledningsgrupp och företagsledning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severe crisis</source>
        <translation>Svår kris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lawsuit, an accident with injuries, illegal conduct by staff.</source>
        <translation>En stämning, en olycka med skadade, lagbrott av personal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executives and legal; the CEO makes a statement; the full crisis plan.</source>
        <translation>Företagsledning och jurister; vd gör ett uttalande; hela krisplanen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People, the law or the company&apos;s survival are at stake.</source>
        <translation>Människor, lagen eller företagets överlevnad står på spel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executives, legal and the CEO</source>
        <translation>Företagsledning, jurister och vd</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+43"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Is anyone hurt, or could someone get hurt?</source>
        <translation>Är någon skadad, eller kan någon skadas?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injuries</source>
        <translation>Skadade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone is or could be hurt</source>
        <translation>Någon är eller kan bli skadad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether anyone is hurt</source>
        <translation>om någon är skadad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is there legal action, or illegal conduct by staff?</source>
        <translation>Finns det rättsliga åtgärder, eller har personal brutit mot lagen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translation>Juridik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal action or illegal conduct by staff</source>
        <translation>Rättsliga åtgärder eller lagbrott av personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about legal action</source>
        <translation>om rättsliga åtgärder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Has personal data leaked, or has one of our accounts been hacked?</source>
        <translation>Har personuppgifter läckt, eller har något av våra konton kapats?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data or accounts</source>
        <translation>Data eller konton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal data leaked or an account hacked (a security breach)</source>
        <translation>Personuppgifter har läckt eller ett konto har kapats (en säkerhetsincident)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about a data leak or hack</source>
        <translation>om en dataläcka eller kapning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is a product or service affected?</source>
        <translation>Påverkas en produkt eller tjänst?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product or service</source>
        <translation>Produkt eller tjänst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Down or unavailable</source>
        <translation>Nere eller otillgänglig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A service is down or a product unavailable</source>
        <translation>En tjänst är nere eller en produkt otillgänglig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Faulty, unsafe or recalled</source>
        <translation>Felaktig, osäker eller återkallad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A product or service is faulty, unsafe or recalled</source>
        <translation>En produkt eller tjänst är felaktig, osäker eller återkallad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about the product or service</source>
        <translation>om produkten eller tjänsten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did we publish something wrong (an error, a broken link, the wrong account)?</source>
        <translation>Har vi publicerat något fel (ett sakfel, en trasig länk, fel konto)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our mistake</source>
        <translation>Vårt misstag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We published something wrong</source>
        <translation>Vi publicerade något fel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether we published an error</source>
        <translation>om vi publicerat något fel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much press coverage is there?</source>
        <translation>Hur mycket skriver medierna?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press</source>
        <translation>Press</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local or trade</source>
        <translation>Lokalt eller fackpress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local or trade press is covering it</source>
        <translation>Lokal- eller fackpress skriver om det</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>National or widespread</source>
        <translation>Rikstäckande eller brett</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National or widespread press coverage</source>
        <translation>Rikstäckande eller bred mediebevakning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about press coverage</source>
        <translation>om mediebevakningen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many people are upset?</source>
        <translation>Hur många är upprörda?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upset people</source>
        <translation>Upprörda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few</source>
        <translation>Några få</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dozens</source>
        <translation>Dussintals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dozens of people are upset</source>
        <translation>Dussintals personer är upprörda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hundreds or more</source>
        <translation>Hundratals eller fler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hundreds of people or more are upset</source>
        <translation>Hundratals personer eller fler är upprörda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>how many are upset</source>
        <translation>hur många som är upprörda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is it spreading fast (shared widely, more complaints every hour)?</source>
        <translation>Sprids det snabbt (delas brett, fler klagomål varje timme)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreading fast</source>
        <translation>Sprids snabbt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is spreading fast</source>
        <translation>Det sprids snabbt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether it is spreading</source>
        <translation>om det sprids</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Not sure {about}: one level higher until confirmed → level {level}</source>
        <translation>Osäker {about}: en nivå högre tills det är bekräftat → nivå {level}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not sure {about}</source>
        <translation>Osäker {about}</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>{reason} → level {level}</source>
        <translation>{reason} → nivå {level}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{reason}, so one level up from {base} (at least {floor}) → level {level}</source>
        <translation>{reason}, alltså en nivå upp från {base} (minst {floor}) → nivå {level}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+58"/>
        <source>{reason}; level {base} already covers that</source>
        <translation>{reason}; nivå {base} täcker redan det</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>When unsure between two levels, we take the higher one.</source>
        <translation>Är vi osäkra mellan två nivåer väljer vi den högre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing answered yet.</source>
        <translation>Inget besvarat än.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing points above level 1: routine support handles it.</source>
        <translation>Inget pekar över nivå 1: kundtjänst hanterar det som vanligt.</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/i18n.py" line="-18"/>
        <location filename="../../crisisroom/reports/data.py" line="-7"/>
        <source>Not yet assessed</source>
        <translation>Inte bedömd än</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crisisroom/reports/data.py" line="+1"/>
        <source>Level {number} · {name}</source>
        <translation>Nivå {number} · {name}</translation>
    </message>
</context>
<context>
    <name>SeverityGauge</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/severity_gauge.py" line="+130"/>
        <source>Rules suggest level {level}</source>
        <translation>Reglerna föreslår nivå {level}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity not yet assessed.</source>
        <translation>Allvarlighetsnivån är inte bedömd än.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handled by: {team}</source>
        <translation>Hanteras av: {team}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules suggest {level}.</source>
        <translation>Reglerna föreslår {level}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to assess the severity.</source>
        <translation>Klicka för att bedöma allvarlighetsnivån.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Severity not yet assessed</source>
        <translation>Allvarlighetsnivån är inte bedömd än</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity level {0}, {1}</source>
        <translation>Allvarlighetsnivå {0}, {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; suggested {0}</source>
        <translation>; föreslagen {0}</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../crisisroom/gui/sharing/share_dialog.py" line="+83"/>
        <source>Share with the team</source>
        <translation>Dela med teamet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder the team shares</source>
        <translation>Mappen som teamet delar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop&apos;s name</source>
        <translation>Den här datorns namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ann&apos;s laptop</source>
        <translation>t.ex. Anns dator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Also share this folder through Syncthing on this computer</source>
        <translation>&amp;Också dela mappen genom Syncthing på den här datorn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncthing keeps the folder in step with the team&apos;s laptops over the local network, with no server</source>
        <translation>Syncthing håller mappen i takt med teamets datorer över det lokala nätverket, utan server</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>With these computers that Syncthing knows:</source>
        <translation>Med dessa datorer som Syncthing känner till:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This &amp;laptop&apos;s name:</source>
        <translation>Den här &amp;datorns namn:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncthing, a network share, a cloud-drive folder or a USB stick moves the files; the live database never goes there.</source>
        <translation>Syncthing, en nätverksresurs, en molnmapp eller ett USB-minne flyttar filerna; den levande databasen hamnar aldrig där.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You share as {author} (the name in the author field) and become the team&apos;s first member; the team sees that name beside this laptop.</source>
        <translation>Du delar som {author} (namnet i författarfältet) och blir teamets första medlem; teamet ser det namnet bredvid den här datorn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Share “{title}” with the team</source>
        <translation>Dela ”{title}” med teamet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>On each laptop that joins, compare the digits it shows, then admit it in the Team panel.</source>
        <translation>Jämför siffrorna som varje dator som går med visar, och släpp sedan in den i teampanelen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On the other laptops: File ▸ Join a shared incident…, and choose this folder once its files have arrived there.</source>
        <translation>På de andra datorerna: Arkiv ▸ Gå med i en delad incident…, och välj den här mappen när dess filer har kommit fram dit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shared. This laptop&apos;s fingerprint:</source>
        <translation>Delad. Den här datorns fingeravtryck:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Share</source>
        <translation>&amp;Dela</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+13"/>
        <source>The incident was not shared</source>
        <translation>Incidenten delades inte</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Choose the folder to share through.</source>
        <translation>Välj mappen att dela genom.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The shared folder: {path}</source>
        <translation>Den delade mappen: {path}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asking Syncthing on this computer to carry the folder…</source>
        <translation>Ber Syncthing på den här datorn att bära mappen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncthing on this computer now carries the folder: each laptop that joins accepts it in its own Syncthing. A laptop this Syncthing does not know yet adds this computer by its ID:
{device}</source>
        <translation>Syncthing på den här datorn bär nu mappen: varje dator som går med tar emot den i sin egen Syncthing. En dator som den här Syncthing inte känner till än lägger till den här datorn med dess ID:
{device}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The incident is shared, but Syncthing did not take the folder: {problem} Any other way of moving the folder&apos;s files works as well.</source>
        <translation>Incidenten delas, men Syncthing tog inte mappen: {problem} Alla andra sätt att flytta mappens filer fungerar lika bra.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../../crisisroom/gui/sharing/widgets.py" line="+46"/>
        <source>Fingerprint {digits}</source>
        <translation>Fingeravtryck {digits}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>just now</source>
        <translation>nyss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{age} ago</source>
        <translation>för {age} sedan</translation>
    </message>
</context>
<context>
    <name>StatusChecks</name>
    <message>
        <location filename="../../crisisroom/gui/main_window/backups.py" line="+52"/>
        <location line="+52"/>
        <location line="+12"/>
        <source>Checking the log…</source>
        <translation>Kontrollerar loggen…</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The database file this window writes to</source>
        <translation>Databasfilen som det här fönstret skriver till</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>⚠ Stopped writing: close this window and open the file again</source>
        <translation>⚠ Skrivningen har stoppats: stäng fönstret och öppna filen igen</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>⚠ Log does NOT verify: {problem}</source>
        <translation>⚠ Loggen går INTE att verifiera: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ New entries are not signed: unlock the keychain to resume</source>
        <translation>⚠ Nya poster signeras inte: lås upp nyckelringen för att fortsätta</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>✓ Log verified: %n entries in this file, all chains intact ({time})</source>
        <translation>
            <numerusform>✓ Loggen är verifierad: %n post i filen, alla kedjor hela ({time})</numerusform>
            <numerusform>✓ Loggen är verifierad: %n poster i filen, alla kedjor hela ({time})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>✓ Log verified: %n entries of this incident, all chains intact ({time})</source>
        <translation>
            <numerusform>✓ Loggen är verifierad: %n post i den här incidenten, alla kedjor hela ({time})</numerusform>
            <numerusform>✓ Loggen är verifierad: %n poster i den här incidenten, alla kedjor hela ({time})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Checked at {time}: all %n entries in this database file: each device&apos;s hash chain from its first entry to its last, its signature, and this computer&apos;s record of the log&apos;s heads.</source>
        <translation>
            <numerusform>Kontrollerad {time}: %n post i databasfilen: varje enhets hashkedja från första posten till sista, dess signatur och den här datorns anteckning om loggens huvuden.</numerusform>
            <numerusform>Kontrollerad {time}: alla %n poster i databasfilen: varje enhets hashkedja från första posten till sista, dess signatur och den här datorns anteckning om loggens huvuden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New log entries are written but not signed: {problem}.</source>
        <translation>Nya loggposter sparas men signeras inte: {problem}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log head (for crisisroom verify --head):</source>
        <translation>Loggens huvud (för crisisroom verify --head):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>⚠ The log could not be checked: {reason}</source>
        <translation>⚠ Loggen kunde inte kontrolleras: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back up the crisis log</source>
        <translation>Säkerhetskopiera krisloggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Crisis Room database (*.sqlite)</source>
        <translation>Crisis Room-databas (*.sqlite)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup saved to {path}</source>
        <translation>Säkerhetskopian sparad i {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace everything in this crisis log with the contents of {0}?

What is in the log now is saved as a backup first, so this can be undone.</source>
        <translation>Ersätta allt i den här krisloggen med innehållet i {0}?

Det som finns i loggen nu sparas först som en säkerhetskopia, så det här går att ångra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup was not restored</source>
        <translation>Säkerhetskopian återställdes inte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored</source>
        <translation>Återställd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored from {0}. The previous contents are in {1}.</source>
        <translation>Återställd från {0}. Det tidigare innehållet finns i {1}.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/base.py" line="+52"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Step {number} of 5 · {step}</source>
        <translation>Steg {number} av 5 · {step}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>What you typed could not be kept as a draft: {reason}</source>
        <translation>Det du skrev kunde inte sparas som utkast: {reason}</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/team_dialog.ui" line="+14"/>
        <source>Team and chain of command</source>
        <translation>Team och ansvarskedja</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The people Crisis Room calls on, and at which severity levels. The chain of command for a level lists everyone called at it, crisis lead first; when someone cannot be reached, try their backup.</source>
        <translation>De personer som Crisis Room larmar, och på vilka allvarlighetsnivåer. Ansvarskedjan för en nivå listar alla som larmas på den, krisledaren först. Om någon inte går att nå, prova personens ersättare.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These are made-up example people. Replace them with your own team: import a spreadsheet (CSV) or an address book (vCard), or edit each person.</source>
        <translation>Det här är påhittade exempelpersoner. Ersätt dem med ert eget team: importera ett kalkylark (CSV) eller en adressbok (vCard), eller redigera varje person.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;Add person…</source>
        <translation>&amp;Lägg till person…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ex&amp;port…</source>
        <translation>Ex&amp;portera…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace with e&amp;xample team…</source>
        <translation>Ersätt med e&amp;xempelteam…</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/settings/team_dialog.py" line="+35"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called at levels</source>
        <translation>Larmas på nivå</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Everyone on the team</source>
        <translation>Alla i teamet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain of command at {level}</source>
        <translation>Ansvarskedja för {level}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crisis type</source>
        <translation>Typ av kris</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for {type}</source>
        <translation>för {type}</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>not called</source>
        <translation>larmas inte</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n person(s) · {team}</source>
        <translation>
            <numerusform>%n person · {team}</numerusform>
            <numerusform>%n personer · {team}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+86"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The person was not saved</source>
        <translation>Personen sparades inte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {name}.</source>
        <translation>{name} har sparats.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove {name} from the team?</source>
        <translation>Ta bort {name} från teamet?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{name} is the backup of {people}; %n person(s) will have no backup until you choose another.</source>
        <translation>
            <numerusform>{name} är ersättare för {people}, som saknar ersättare tills du väljer en ny.</numerusform>
            <numerusform>{name} är ersättare för {people}; %n personer saknar ersättare tills du väljer nya.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove from the team</source>
        <translation>Ta bort från teamet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was removed</source>
        <translation>Inget togs bort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed {name}.</source>
        <translation>{name} har tagits bort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+28"/>
        <source>Import the team</source>
        <translation>Importera teamet</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+24"/>
        <source>The team was not imported</source>
        <translation>Teamet importerades inte</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The team was left as it is.</source>
        <translation>Teamet lämnades som det var.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Replace the {current} on the team with the %n person(s) in {file}?</source>
        <translation>
            <numerusform>Ersätta teamets {current} med en person från {file}?</numerusform>
            <numerusform>Ersätta teamets {current} med %n personer från {file}?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People with the same name keep their place in what was recorded before.</source>
        <translation>Personer med samma namn behåller sin plats i det som redan har registrerats.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left out, not imported:</source>
        <translation>Utelämnade, inte importerade:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note:</source>
        <translation>Observera:</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <location line="+4"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… och %n till</numerusform>
            <numerusform>… och %n till</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Replace the team</source>
        <translation>Ersätt teamet</translation>
    </message>
    <message numerus="yes">
        <location line="-37"/>
        <source>Imported %n person(s) from {file}.</source>
        <translation>
            <numerusform>Importerade %n person från {file}.</numerusform>
            <numerusform>Importerade %n personer från {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the team</source>
        <translation>Exportera teamet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The team was not exported</source>
        <translation>Teamet exporterades inte</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n person(s) to {path}.</source>
        <translation>
            <numerusform>Exporterade %n person till {path}.</numerusform>
            <numerusform>Exporterade %n personer till {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the example team</source>
        <translation>Använd exempelteamet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Replace the %n person(s) on the team with the example team of made-up people?

Export the team first if you may want it back.</source>
        <translation>
            <numerusform>Ersätta personen i teamet med exempelteamet med påhittade personer?

Exportera teamet först om du kan vilja ha tillbaka det.</numerusform>
            <numerusform>Ersätta de %n personerna i teamet med exempelteamet med påhittade personer?

Exportera teamet först om du kan vilja ha tillbaka det.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was changed</source>
        <translation>Inget ändrades</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The example team is back. Replace it with your own people when you are ready.</source>
        <translation>Exempelteamet är tillbaka. Ersätt det med era egna personer när ni är redo.</translation>
    </message>
</context>
<context>
    <name>TeamExchange</name>
    <message>
        <location filename="../../crisisroom/exchange/__init__.py" line="+38"/>
        <source>Team lists (*.csv *.vcf *.vcard *.tsv *.txt);;CSV (*.csv);;vCard (*.vcf *.vcard);;All files (*)</source>
        <translation>Teamlistor (*.csv *.vcf *.vcard *.tsv *.txt);;CSV (*.csv);;vCard (*.vcf *.vcard);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV for spreadsheets (*.csv);;vCard for address books (*.vcf)</source>
        <translation>CSV för kalkylark (*.csv);;vCard för adressböcker (*.vcf)</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <location filename="../../crisisroom/gui/sharing/team_panel.py" line="+106"/>
        <source>Not shared. &lt;a href=&apos;share&apos;&gt;Share with the team…&lt;/a&gt;</source>
        <translation>Inte delad. &lt;a href=&apos;share&apos;&gt;Dela med teamet…&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each laptop of the team then writes into the same incident, through a folder that Syncthing, a network share or a USB stick keeps in step.</source>
        <translation>Varje dator i teamet skriver då i samma incident, genom en mapp som Syncthing, en nätverksresurs eller ett USB-minne håller i takt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sync &amp;now</source>
        <translation>Synka &amp;nu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write this laptop&apos;s new entries to the shared folder and read the others&apos; now</source>
        <translation>Skriv den här datorns nya poster till den delade mappen och läs de andras nu</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>⚠ The shared folder raised %n alarm(s): the Team panel (View ▸ Team panel) says what to do.</source>
        <translation>
            <numerusform>⚠ Den delade mappen gav %n larm: teampanelen (Visa ▸ Teampanel) säger vad du gör.</numerusform>
            <numerusform>⚠ Den delade mappen gav %n larm: teampanelen (Visa ▸ Teampanel) säger vad du gör.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The shared folder holds nothing new.</source>
        <translation>Den delade mappen innehåller inget nytt.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Laptops ({count})</source>
        <translation>Datorer ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting to join ({count})</source>
        <translation>Väntar på att gå med ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alarms ({count})</source>
        <translation>Larm ({count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in step</source>
        <translation>Inte i takt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Folder checked at {time}</source>
        <translation>Mappen kontrollerad {time}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shared through the folder &lt;a href=&apos;open&apos;&gt;{name}&lt;/a&gt;</source>
        <translation>Delas genom mappen &lt;a href=&apos;open&apos;&gt;{name}&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}
Click to open it in the file manager</source>
        <translation>{path}
Klicka för att öppna den i filhanteraren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this laptop</source>
        <translation>den här datorn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last entry {age}</source>
        <translation>senaste post {age}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no entry yet</source>
        <translation>ingen post än</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Admit…</source>
        <translation>&amp;Släpp in…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admit “{laptop}” ({person})</source>
        <translation>Släpp in ”{laptop}” ({person})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In this laptop&apos;s own files</source>
        <translation>I den här datorns egna filer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From {laptop} ({person})</source>
        <translation>Från {laptop} ({person})</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Compare the fingerprint with that laptop&apos;s screen, then admit it</source>
        <translation>Jämför fingeravtrycket med den datorns skärm och släpp sedan in den</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From an unknown laptop ({device})</source>
        <translation>Från en okänd dator ({device})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the shared folder</source>
        <translation>I den delade mappen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seen {age}</source>
        <translation>sett {age}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alarm: {text}</source>
        <translation>Larm: {text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete this copy from the shared folder (keep the file without “sync-conflict” in its name): the alarm then goes.</source>
        <translation>Ta bort den här kopian ur den delade mappen (behåll filen utan ”sync-conflict” i namnet): då försvinner larmet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entries read from it before it changed stay. Nothing more is taken from it, so that laptop&apos;s later entries may wait: find out who or what changed the file.</source>
        <translation>Poster som lästes från den innan den ändrades står kvar. Inget mer tas från den, så den datorns senare poster kan få vänta: ta reda på vem eller vad som ändrade filen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was taken from it before it changed stays: find out who or what changed the file.</source>
        <translation>Det som togs från den innan den ändrades ligger kvar: ta reda på vem eller vad som ändrade filen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask that laptop&apos;s person whether its Crisis Room was restored from a backup or copied to another computer.</source>
        <translation>Fråga den som har den datorn om dess Crisis Room återställdes från en säkerhetskopia eller kopierades till en annan dator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update Crisis Room on this laptop, then open it again.</source>
        <translation>Uppdatera Crisis Room på den här datorn och öppna det igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone who was never admitted writes into the folder: find out who before admitting anyone.</source>
        <translation>Någon som aldrig släppts in skriver i mappen: ta reda på vem innan du släpper in någon.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Syncthing on this computer</source>
        <translation>Syncthing på den här datorn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not carry this folder: another tool or a USB stick moves its files.</source>
        <translation>Bär inte den här mappen: ett annat verktyg eller ett USB-minne flyttar dess filer.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Carries this folder: %n files still to come.</source>
        <translation>
            <numerusform>Bär den här mappen: %n fil återstår att hämta.</numerusform>
            <numerusform>Bär den här mappen: %n filer återstår att hämta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carries this folder: up to date here.</source>
        <translation>Bär den här mappen: aktuell här.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No other computer has it yet: share it with the team&apos;s in Syncthing.</source>
        <translation>Ingen annan dator har den än: dela den med teamets datorer i Syncthing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: connected</source>
        <translation>{name}: ansluten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: connected, holds {percent} % of the folder</source>
        <translation>{name}: ansluten, har {percent} % av mappen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: not connected, last seen {age}</source>
        <translation>{name}: inte ansluten, sågs senast {age}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: never connected</source>
        <translation>{name}: aldrig ansluten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} asks Syncthing to connect: accept it in Syncthing</source>
        <translation>{name} ber Syncthing om att ansluta: godkänn den i Syncthing</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The laptop was not admitted</source>
        <translation>Datorn släpptes inte in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admitted {person}&apos;s laptop {laptop} to the team.</source>
        <translation>Släppte in {person}s dator {laptop} i teamet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../crisisroom/gui/settings/template_editor.py" line="+111"/>
        <source>Template text</source>
        <translation>Mallens text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the message</source>
        <translation>Förhandsvisning av meddelandet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fields go between {{ and }}, e.g. {{ organisation }}.</source>
        <translation>Fält skrivs mellan {{ och }}, t.ex. {{ organisation }}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Shared by every crisis type</source>
        <translation>Gemensamt för alla typer av kriser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared sentences</source>
        <translation>Gemensamma meningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{audience} frame</source>
        <translation>Ram: {audience}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Short {phase}</source>
        <translation>Kort {phase}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The short version, for X (280 characters) and SMS (160)</source>
        <translation>Den korta versionen, för X (280 tecken) och sms (160)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>edited</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You changed this template</source>
        <translation>Du har ändrat den här mallen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>With the current incident’s details.</source>
        <translation>Med den aktuella incidentens uppgifter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With a made-up sample incident.</source>
        <translation>Med en påhittad exempelincident.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shown in: {template}.</source>
        <translation>Visas i: {template}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+6"/>
        <source>Line {line}</source>
        <translation>Rad {line}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>In {template}, line {line}</source>
        <translation>I {template}, rad {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In {template}</source>
        <translation>I {template}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The preview comes back as soon as the template works.</source>
        <translation>Förhandsvisningen kommer tillbaka så snart mallen fungerar.</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln tecken</numerusform>
            <numerusform>%Ln tecken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fits</source>
        <translation>ryms</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n meddelande</numerusform>
            <numerusform>%n meddelanden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} too long</source>
        <translation>{count} för långt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Our version, not edited.</source>
        <translation>Vår version, inte ändrad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edited by {who} on {when}.</source>
        <translation>Ändrad av {who} {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our version has changed since; “Reset to ours” shows the new one.</source>
        <translation>Vår version har ändrats sedan dess; ”Återställ till vår” visar den nya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fix the problem shown in red first</source>
        <translation>Åtgärda först problemet som visas i rött</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(unsaved)</source>
        <translation>(inte sparad)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Template not saved</source>
        <translation>Mallen sparades inte</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reset to our version</source>
        <translation>Återställ till vår version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes to this template will be replaced by our version. This cannot be undone.</source>
        <translation>Dina ändringar i den här mallen ersätts av vår version. Det går inte att ångra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template not reset</source>
        <translation>Mallen återställdes inte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes to this template are not saved. Discard them?</source>
        <translation>Dina ändringar i den här mallen är inte sparade. Vill du förkasta dem?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Förkasta ändringar</translation>
    </message>
    <message>
        <location line="-68"/>
        <location filename="../../ui/template_editor.ui" line="+14"/>
        <source>Message templates</source>
        <translation>Meddelandemallar</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.ui" line="+43"/>
        <source>&amp;Templates</source>
        <translation>&amp;Mallar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edited</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Insert &amp;field</source>
        <translation>Infoga &amp;fält</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Preview</source>
        <translation>Förhands&amp;visning</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Length where it will be posted</source>
        <translation>Längd där det ska publiceras</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Reset to ours</source>
        <translation>&amp;Återställ till vår</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../crisisroom/reports/statement_templates.py" line="+169"/>
        <source>Sentences shared by every message</source>
        <translation>Meningar som alla meddelanden delar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short {phase}</source>
        <translation>Kort {phase}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product recall</source>
        <translation>Produktåterkallelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{parts} · shared by every crisis type</source>
        <translation>{parts} · gemensam för alla typer av kriser</translation>
    </message>
</context>
<context>
    <name>TimezoneCombo</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/timezone_combo.py" line="+38"/>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s zone ({0})</source>
        <translation>Den här datorns tidszon ({0})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type to search, e.g. Stockholm</source>
        <translation>Skriv för att söka, t.ex. Stockholm</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../crisisroom/gui/tray.py" line="+64"/>
        <source>Severity not yet assessed</source>
        <translation>Allvarlighetsnivån är inte bedömd än</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next internal update due {0}</source>
        <translation>Nästa interna uppdatering kl. {0}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show Crisis Room</source>
        <translation>Visa Crisis Room</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../../crisisroom/domain/vault.py" line="+45"/>
        <source>password</source>
        <translation>lösenord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery codes</source>
        <translation>återställningskoder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token</source>
        <translation>API-token</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not recorded</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticator app</source>
        <translation>Autentiseringsapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security key</source>
        <translation>Säkerhetsnyckel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail code</source>
        <translation>Kod via e-post</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Change the password</source>
        <translation>Byt lösenordet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new, unique password on the platform, then store it here.</source>
        <translation>Ange ett nytt, unikt lösenord på plattformen och spara det sedan här.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the login e-mail</source>
        <translation>Byt inloggningsadressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the login to an address the attacker has not seen, and secure that mailbox too.</source>
        <translation>Flytta inloggningen till en adress som angriparen inte har sett, och säkra även den brevlådan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the username</source>
        <translation>Byt användarnamnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the attacker knows it, change the login name (keep the public handle if you must).</source>
        <translation>Om angriparen känner till det, byt inloggningsnamnet (behåll det offentliga namnet om ni måste).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign out all other sessions</source>
        <translation>Logga ut alla andra sessioner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the platform&apos;s &apos;log out of all sessions&apos; or active-devices page.</source>
        <translation>Använd plattformens funktion för att logga ut alla sessioner, eller sidan med aktiva enheter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review connected apps</source>
        <translation>Gå igenom anslutna appar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove apps and scheduling tools you do not recognise; reconnect the ones you use.</source>
        <translation>Ta bort appar och publiceringsverktyg som ni inte känner igen; anslut de ni använder på nytt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset two-factor authentication</source>
        <translation>Återställ tvåfaktorsautentiseringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol two-factor again on a device you control, and store the new recovery codes here.</source>
        <translation>Aktivera tvåfaktor på nytt på en enhet ni kontrollerar, och spara de nya återställningskoderna här.</translation>
    </message>
</context>
<context>
    <name>VaultWindow</name>
    <message>
        <location filename="../../crisisroom/gui/vault/window.py" line="+166"/>
        <location filename="../../ui/vault_window.ui" line="+14"/>
        <source>Shared accounts</source>
        <translation>Delade konton</translation>
    </message>
    <message>
        <location filename="../../ui/vault_window.ui" line="+27"/>
        <source>Search platform, handle, e-mail, owners, notes</source>
        <translation>Sök plattform, användarnamn, e-post, ansvariga, anteckningar</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/vault/window.py" line="+58"/>
        <location filename="../../ui/vault_window.ui" line="+10"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Lägg till konto…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_window.ui" line="+38"/>
        <source>Select an account to see who looks after it and to reveal or copy its password.</source>
        <translation>Välj ett konto för att se vem som sköter det och för att visa eller kopiera lösenordet.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Login e-mail:</source>
        <translation>Inloggningse-post:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Login page:</source>
        <translation>Inloggningssida:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Owners:</source>
        <translation>Ansvariga:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Two-factor:</source>
        <translation>Tvåfaktor:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Password changed:</source>
        <translation>Lösenord bytt:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notes:</source>
        <translation>Anteckningar:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Secrets (in the keychain)</source>
        <translation>Hemligheter (i nyckelringen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+43"/>
        <location line="+43"/>
        <source>••••••••••••</source>
        <translation>••••••••••••</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/vault/window.py" line="+246"/>
        <location filename="../../ui/vault_window.ui" line="-76"/>
        <location line="+43"/>
        <location line="+43"/>
        <source>Reveal</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../ui/vault_window.ui" line="-76"/>
        <location line="+43"/>
        <location line="+43"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Recovery codes:</source>
        <translation>Återställningskoder:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>API token:</source>
        <translation>API-token:</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/vault/window.py" line="-401"/>
        <source>Crisis Room handover (*{suffix});;All files (*)</source>
        <translation>Överlämning från Crisis Room (*{suffix});;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>{secret} (hidden until revealed)</source>
        <translation>{secret} (visas först när du väljer Visa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the {secret} for {seconds} seconds (recorded)</source>
        <translation>Visa {secret} i {seconds} sekunder (registreras)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the {secret}; the clipboard is cleared after {seconds} seconds (recorded)</source>
        <translation>Kopiera {secret}; urklippet töms efter {seconds} sekunder (registreras)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../ui/vault_window.ui" line="+61"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/vault_window.ui" line="+10"/>
        <source>&amp;Rotate password…</source>
        <translation>&amp;Byt lösenord…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/vault_window.ui" line="+10"/>
        <source>&amp;Compromised…</source>
        <translation>Ka&amp;pat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;veal password</source>
        <translation>&amp;Visa lösenord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy password</source>
        <translation>K&amp;opiera lösenord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand &amp;over to another laptop…</source>
        <translation>Lämna &amp;över till en annan dator…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a handover file…</source>
        <translation>&amp;Importera en överlämningsfil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>St&amp;äng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Konton</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Handover</source>
        <translation>&amp;Överlämning</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Keychain: {keychain}</source>
        <translation>Nyckelring: {keychain}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keychain: not usable</source>
        <translation>Nyckelring: går inte att använda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The accounts cannot be read</source>
        <translation>Kontona kan inte läsas</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>&lt;b&gt;⚠ %n account(s) marked compromised:&lt;/b&gt; {names}. Open each one and work through its checklist.</source>
        <translation>
            <numerusform>&lt;b&gt;⚠ %n konto markerat som kapat:&lt;/b&gt; {names}. Öppna det och gå igenom checklistan.</numerusform>
            <numerusform>&lt;b&gt;⚠ %n konton markerade som kapade:&lt;/b&gt; {names}. Öppna vart och ett och gå igenom checklistan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>&lt;b&gt;%n password(s) older than {days} days:&lt;/b&gt; {names}. Rotate when the crisis allows.</source>
        <translation>
            <numerusform>&lt;b&gt;%n lösenord äldre än {days} dagar:&lt;/b&gt; {names}. Byt det när krisen tillåter.</numerusform>
            <numerusform>&lt;b&gt;%n lösenord äldre än {days} dagar:&lt;/b&gt; {names}. Byt dem när krisen tillåter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{when} (%n day(s) ago)</source>
        <translation>
            <numerusform>{when} (för %n dag sedan)</numerusform>
            <numerusform>{when} (för %n dagar sedan)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marked compromised {when}: {done} of {total} checklist steps done.</source>
        <translation>Markerat som kapat {when}: {done} av {total} steg i checklistan klara.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password is older than {days} days: rotate it when you can.</source>
        <translation>Lösenordet är äldre än {days} dagar: byt det när du kan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Checklist…</source>
        <translation>&amp;Checklista…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark &amp;compromised…</source>
        <translation>Markera som ka&amp;pat…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept only in the keychain of this computer. Revealed for {reveal} s; copies are cleared from the clipboard after {clear} s. Each is recorded.</source>
        <translation>Sparas bara i den här datorns nyckelring. Visas i {reveal} s; kopior töms från urklippet efter {clear} s. Allt registreras.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The keychain cannot be used; see the message at the top of the window.</source>
        <translation>Nyckelringen kan inte användas; se meddelandet överst i fönstret.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Hide ({seconds} s)</source>
        <translation>Dölj ({seconds} s)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{secret} of {account} copied; the clipboard is cleared in {seconds} s.</source>
        <translation>{secret} för {account} har kopierats; urklippet töms om {seconds} s.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clipboard was cleared.</source>
        <translation>Urklippet har tömts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {secret} was not copied</source>
        <translation>Kunde inte kopiera {secret}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The {secret} was not shown</source>
        <translation>Kunde inte visa {secret}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Added {account}.</source>
        <translation>{account} har lagts till.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rotate the password of {account}</source>
        <translation>Byt lösenordet för {account}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the password on {platform} first, then store the new one here. It replaces the old one in the keychain, and the rotation is recorded.</source>
        <translation>Byt först lösenordet på {platform} och spara sedan det nya här. Det ersätter det gamla i nyckelringen, och bytet registreras.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nytt lösenord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store new password</source>
        <translation>Spara nytt lösenord</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stored the new password of {account}.</source>
        <translation>Det nya lösenordet för {account} har sparats.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove shared account</source>
        <translation>Ta bort delat konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {account} from Crisis Room and delete its secrets from the keychain?

This cannot be undone. The audit trail keeps a record that it was removed.</source>
        <translation>Ta bort {account} från Crisis Room och radera dess hemligheter från nyckelringen?

Det går inte att ångra. Granskningsloggen behåller en uppgift om att kontot togs bort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account was not removed</source>
        <translation>Kontot togs inte bort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed {account}.</source>
        <translation>{account} har tagits bort.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark as compromised</source>
        <translation>Markera som kapat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark {account} as compromised and start the checklist to secure it?
What happened (optional, goes into the audit trail):</source>
        <translation>Markera {account} som kapat och starta checklistan för att säkra det?
Vad som har hänt (valfritt, skrivs i granskningsloggen):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was marked</source>
        <translation>Inget markerades</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The step was not ticked</source>
        <translation>Steget bockades inte av</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The setting was not saved</source>
        <translation>Inställningen sparades inte</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the handover file</source>
        <translation>Spara överlämningsfilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No file was written.</source>
        <translation>Ingen fil skrevs.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Wrote %n account(s) to {path}. Give the passphrase separately.</source>
        <translation>
            <numerusform>Skrev %n konto till {path}. Lämna lösenfrasen separat.</numerusform>
            <numerusform>Skrev %n konton till {path}. Lämna lösenfrasen separat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <source>Import a handover file</source>
        <translation>Importera en överlämningsfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the passphrase of {file}. Its accounts go into this computer&apos;s keychain; an account that is already here gets the file&apos;s details and secrets.</source>
        <translation>Skriv lösenfrasen för {file}. Kontona sparas i den här datorns nyckelring; ett konto som redan finns här får filens uppgifter och hemligheter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Imported %n new account(s) and {updated} updated from {file}.</source>
        <translation>
            <numerusform>Importerade %n nytt konto och {updated} uppdaterade från {file}.</numerusform>
            <numerusform>Importerade %n nya konton och {updated} uppdaterade från {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault_window.ui" line="+23"/>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Flag passwords older than</source>
        <translation>Flagga lösenord äldre än</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Import handover…</source>
        <translation>&amp;Importera överlämning…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hand &amp;over…</source>
        <translation>Lämna ö&amp;ver…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../crisisroom/gui/welcome_page.py" line="+66"/>
        <source>Welcome to Crisis Room</source>
        <translation>Välkommen till Crisis Room</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No incident is open. Everything you write down here stays on this laptop, works without a network, and cannot be changed afterwards.</source>
        <translation>Ingen incident är öppen. Allt du skriver här stannar på den här datorn, fungerar utan nätverk och kan inte ändras i efterhand.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Start an incident…</source>
        <translation>&amp;Starta en incident…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something is going wrong in public now: open the crisis log and the five steps.</source>
        <translation>Något går fel offentligt just nu: öppna krisloggen och de fem stegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rehearse with a &amp;drill…</source>
        <translation>Öva med en ö&amp;vning…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a practice scenario with your team. Everything is marked EXERCISE.</source>
        <translation>Kör ett övningsscenario med ert team. Allt är märkt ÖVNING.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import an export…</source>
        <translation>&amp;Importera en export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentions from Brandwatch, Talkwalker, Meltwater or a CSV. They belong to an incident, so you start one first.</source>
        <translation>Omnämnanden från Brandwatch, Talkwalker, Meltwater eller en CSV-fil. De hör till en incident, så du startar en först.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the d&amp;emo incident</source>
        <translation>Öppna &amp;demoincidenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A made-up crisis with 36 hours of history to look around in. Marked EXERCISE.</source>
        <translation>En påhittad kris med 36 timmars historik att titta runt i. Märkt ÖVNING.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Join the team&apos;s incident…</source>
        <translation>&amp;Gå med i teamets incident …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another laptop shares an incident through a synced folder or a USB stick: take part in it.</source>
        <translation>En annan dator delar en incident via en synkad mapp eller ett USB-minne: var med i den.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Organisation name</source>
        <translation>Organisationens namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As your statements sign it, e.g. Northwind Outdoor</source>
        <translation>Så som era uttalanden undertecknas, t.ex. Northwind Outdoor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time zone for new incidents</source>
        <translation>Tidszon för nya incidenter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up your &amp;team…</source>
        <translation>Ställ in ert &amp;team…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Before a crisis</source>
        <translation>Före en kris</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation &amp;name:</source>
        <translation>Organisationens &amp;namn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;zone:</source>
        <translation>Tids&amp;zon:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nobody is on the team yet: add who is called at each level.</source>
        <translation>Ingen finns i teamet än: lägg till vem som larmas på varje nivå.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team is still the made-up example: replace it with your own.</source>
        <translation>Teamet är fortfarande det påhittade exemplet: ersätt det med ert eget.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people on the team.</source>
        <translation>
            <numerusform>%n person i teamet.</numerusform>
            <numerusform>%n personer i teamet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The name was not saved</source>
        <translation>Namnet sparades inte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved. Statements will speak for {0}.</source>
        <translation>Sparat. Uttalandena talar för {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time zone was not saved</source>
        <translation>Tidszonen sparades inte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved. New incidents start in {0}.</source>
        <translation>Sparat. Nya incidenter startar i {0}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this computer&apos;s zone</source>
        <translation>den här datorns tidszon</translation>
    </message>
</context>
<context>
    <name>WizardStep</name>
    <message>
        <location filename="../../crisisroom/domain/response_steps.py" line="+67"/>
        <source>Assess</source>
        <translation>Bedöm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify</source>
        <translation>Larma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage</source>
        <translation>Hantera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Kommunicera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitor</source>
        <translation>Bevaka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened, since when, what is known for sure, who is affected, how serious it is.</source>
        <translation>Vad som har hänt, sedan när, vad som är säkert känt, vem som berörs, hur allvarligt det är.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tell the crisis team for this level, and note who was reached and who answered.</source>
        <translation>Larma krisgruppen för den här nivån och notera vem som nåddes och vem som svarade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the lead, scribe and spokesperson, set the update rhythm, secure and pause the accounts.</source>
        <translation>Utse krisledare, loggförare och talesperson, bestäm takten för uppdateringar, säkra och pausa kontona.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft, approve and release statements for each audience and phase.</source>
        <translation>Skriv, godkänn och publicera uttalanden för varje målgrupp och fas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch coverage and sentiment, adjust, and declare the crisis resolved.</source>
        <translation>Följ medier och sentiment, justera och förklara krisen avslutad.</translation>
    </message>
</context>
<context>
    <name>WizardStrip</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/wizard_strip.py" line="+46"/>
        <source>Response steps</source>
        <translation>Krishanteringens steg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response:</source>
        <translation>Krishantering:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the crisis steps at {step}: {purpose}</source>
        <translation>Öppna krisstegen vid {step}: {purpose}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next internal update</source>
        <translation>Nästa interna uppdatering</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open approvals</source>
        <translation>Väntande godkännanden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step {number}, {step}, done</source>
        <translation>Steg {number}, {step}, klart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {number}, {step}, not done yet</source>
        <translation>Steg {number}, {step}, inte klart än</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of 5 steps done</source>
        <translation>
            <numerusform>%n av 5 steg klart</numerusform>
            <numerusform>%n av 5 steg klara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n statement(s) await approval</source>
        <translation>
            <numerusform>%n uttalande väntar på godkännande</numerusform>
            <numerusform>%n uttalanden väntar på godkännande</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WrappedLineEdit</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/wrapped_line_edit.py" line="+33"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
</TS>

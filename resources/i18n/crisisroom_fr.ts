<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.ui" line="+20"/>
        <source>About Crisis Room</source>
        <translation>À propos de Crisis Room</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/about_dialog.py" line="+25"/>
        <source>Crisis Room {version}</source>
        <translation>Crisis Room {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An offline crisis room for communications teams: a crisis log that cannot be quietly changed, the severity at a glance, and the steps of the response.</source>
        <translation>Une cellule de crise hors ligne pour les équipes de communication&#xa0;: un journal de crise qu&apos;on ne peut pas modifier sans que cela se voie, la gravité d&apos;un coup d&apos;œil et les étapes de la réponse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database: &lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Everything stays on this computer. Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Base de données&#xa0;: &lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Tout reste sur cet ordinateur. Distribué sous licence GNU GPL, version 3 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/account_dialog.ui" line="+14"/>
        <source>Add a shared account</source>
        <translation>Ajouter un compte partagé</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Who can log in where. Details are kept in Crisis Room&apos;s database; the secrets only in this computer&apos;s keychain.</source>
        <translation>Qui peut se connecter, et où. Les informations sont conservées dans la base de données de Crisis Room&#xa0;; les secrets, uniquement dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Handle:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>@yourbrand</source>
        <translation>@votremarque</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login &amp;e-mail:</source>
        <translation>&amp;E-mail de connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>social@yourbrand.example</source>
        <translation>social@votremarque.example</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login &amp;page:</source>
        <translation>Page de co&amp;nnexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Owners:</source>
        <translation>&amp;Responsables&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who looks after it: names or team</source>
        <translation>Qui s&apos;en occupe&#xa0;: noms ou équipe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Two-factor:</source>
        <translation>&amp;Double authentification&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Anything the next person needs to know. Never a password.</source>
        <translation>Ce que la personne suivante doit savoir. Jamais de mot de passe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Confirmer&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Re&amp;covery codes:</source>
        <translation>Codes de &amp;secours&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Separated by spaces</source>
        <translation>Séparés par des espaces</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API to&amp;ken:</source>
        <translation>&amp;Jeton d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Password &amp;set on:</source>
        <translation>Mot de passe changé &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When this password was really last changed, so the rotation warning is right</source>
        <translation>Date réelle du dernier changement de ce mot de passe, pour que l&apos;alerte de renouvellement soit juste</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/vault/account_dialog.py" line="+75"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery codes</source>
        <translation>Codes de secours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add account</source>
        <translation>Ajouter le compte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored only in the {keychain} of this computer, never in Crisis Room&apos;s files or backups. At least one secret is needed.</source>
        <translation>Stockés uniquement dans le trousseau de cet ordinateur ({keychain}), jamais dans les fichiers ni les sauvegardes de Crisis Room. Au moins un secret est nécessaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit {account}</source>
        <translation>Modifier {account}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave a field empty to keep what the {keychain} holds. A new password counts as a rotation.</source>
        <translation>Laissez un champ vide pour garder ce que contient le trousseau ({keychain}). Un nouveau mot de passe compte comme un renouvellement.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The two passwords differ</source>
        <translation>Les deux mots de passe ne correspondent pas</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../crisisroom/gui/vault/account_model.py" line="+74"/>
        <source>Compromised {done}/{total}</source>
        <translation>Compromis {done}/{total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due for rotation</source>
        <translation>À renouveler</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date} ({days} d)</source>
        <translation>{date} ({days} j)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Owners: {owners}</source>
        <translation>Responsables&#xa0;: {owners}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Marked compromised {when}; {done} of {total} checklist steps done</source>
        <translation>Marqué comme compromis le {when}&#xa0;; étapes faites&#xa0;: {done} sur {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password is older than {days} days</source>
        <translation>Le mot de passe a plus de {days} jours</translation>
    </message>
</context>
<context>
    <name>AdHocInjectDialog</name>
    <message>
        <location filename="../../crisisroom/gui/drill/window.py" line="+116"/>
        <source>Add an ad-hoc inject</source>
        <translation>Ajouter un inject improvisé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Sam Ortiz, Chief Executive</source>
        <translation>ex.&#xa0;: Sam Ortiz, directeur général</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Posts:</source>
        <translation>&amp;Publications&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Negative:</source>
        <translation>&amp;Négatives&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spread over:</source>
        <translation>Étalées &amp;sur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mention &amp;burst</source>
        <translation>&amp;Rafale de mentions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fire now</source>
        <translation>Déclencher maintenant</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not fired</source>
        <translation>Non déclenché</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A message needs who it is from and what it says.</source>
        <translation>Un message doit indiquer son expéditeur et son contenu.</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <location filename="../../crisisroom/gui/sharing/admit_dialog.py" line="+25"/>
        <source>Admit a laptop to the team</source>
        <translation>Admettre un ordinateur dans l&apos;équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{person} asks to join the team from the laptop “{laptop}”. Its fingerprint:</source>
        <translation>{person} demande à rejoindre l&apos;équipe depuis l&apos;ordinateur « {laptop} ». Son empreinte :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare with the screen of “{laptop}” ({person}). Admit only if every digit matches.</source>
        <translation>Comparez avec l&apos;écran de « {laptop} » ({person}). N&apos;admettez que si chaque chiffre correspond.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Admit “{laptop}”</source>
        <translation>&amp;Admettre « {laptop} »</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Once admitted, that laptop reads and writes this incident&apos;s log; the admission is itself a signed entry of the log.</source>
        <translation>Une fois admis, cet ordinateur lit et écrit le journal de cet incident ; l&apos;admission est elle-même une entrée signée du journal.</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/alert_banner.py" line="+35"/>
        <source>Escalation alert</source>
        <translation>Alerte d&apos;escalade</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Acknowledge</source>
        <translation>Prendre en compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say the team has seen this alert and is acting on it (goes into the log)</source>
        <translation>Indiquer que l&apos;équipe a vu cette alerte et s&apos;en occupe (consigné au journal)</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n autre)</numerusform>
            <numerusform>(+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Call: &lt;b&gt;{role}&lt;/b&gt; — {who}.</source>
        <translation>À appeler&#xa0;: &lt;b&gt;{role}&lt;/b&gt; — {who}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call: &lt;b&gt;{role}&lt;/b&gt;.</source>
        <translation>À appeler&#xa0;: &lt;b&gt;{role}&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;⚠ {rule}&lt;/b&gt; · fired {when} (%n negative mentions that hour).</source>
        <translation>
            <numerusform>&lt;b&gt;⚠ {rule}&lt;/b&gt; · déclenchée le {when} (%n mention négative dans l&apos;heure).</numerusform>
            <numerusform>&lt;b&gt;⚠ {rule}&lt;/b&gt; · déclenchée le {when} (%n mentions négatives dans l&apos;heure).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assess: level {level}?</source>
        <translation>Évaluer&#xa0;: niveau {level}&#xa0;?</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../crisisroom/gui/app.py" line="+72"/>
        <source>Crisis Room cannot open its database</source>
        <translation>Crisis Room ne peut pas ouvrir sa base de données</translation>
    </message>
</context>
<context>
    <name>AssessPage</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/assess_page.py" line="+60"/>
        <source>What happened, in a few plain sentences</source>
        <translation>Ce qui s&apos;est passé, en quelques phrases simples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First detected</source>
        <translation>Première détection</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One link per line: the post, the article, the ticket</source>
        <translation>Un lien par ligne&#xa0;: la publication, l&apos;article, le ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source links</source>
        <translation>Liens sources</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A fact, in a sentence</source>
        <translation>Un fait, en une phrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New fact</source>
        <translation>Nouveau fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verified</source>
        <translation>&amp;Vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add fact</source>
        <translation>&amp;Ajouter le fait</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Facts; ticked means verified</source>
        <translation>Faits&#xa0;; coché signifie vérifié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only facts not yet recorded can be removed; recorded ones stay in the log</source>
        <translation>Seuls les faits pas encore consignés peuvent être retirés&#xa0;; les autres restent au journal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticked: verified. Unticked: heard, not yet confirmed; statements repeat only verified facts.</source>
        <translation>Coché&#xa0;: vérifié. Non coché&#xa0;: entendu, pas encore confirmé&#xa0;; les déclarations ne reprennent que les faits vérifiés.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Crisis type</source>
        <translation>Type de crise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A &amp;product is recalled: statements tell people to stop using it</source>
        <translation>Un &amp;produit est rappelé : les déclarations demandent de cesser de l&apos;utiliser</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirmed level</source>
        <translation>Niveau confirmé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the level…</source>
        <translation>Choisir le niveau…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assess with &amp;questions…</source>
        <translation>Évaluer avec des &amp;questions…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why this level</source>
        <translation>Pourquoi ce niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this level (goes into the log)</source>
        <translation>Pourquoi ce niveau (consigné au journal)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Ce qui s&apos;est passé :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First &amp;detected:</source>
        <translation>Première &amp;détection&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Source links:</source>
        <translation>Liens &amp;sources :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Facts:</source>
        <translation>&amp;Faits :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected:</source>
        <translation>Publics touchés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis &amp;type:</source>
        <translation>&amp;Type de crise&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed &amp;level:</source>
        <translation>&amp;Niveau confirmé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>That fact is already in the log; untick it if it is no longer confirmed.</source>
        <translation>Ce fait est déjà au journal&#xa0;; décochez-le s&apos;il n&apos;est plus confirmé.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Say what happened, in a few plain sentences.</source>
        <translation>Dites ce qui s&apos;est passé, en quelques phrases simples.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first detection cannot be in the future. Check the date and the time zone.</source>
        <translation>La première détection ne peut pas être dans le futur. Vérifiez la date et le fuseau horaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This fact is listed twice, once verified and once not: {fact}. Remove one of them.</source>
        <translation>Ce fait figure deux fois, une fois vérifié et une fois non&#xa0;: {fact}. Retirez l&apos;un des deux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one affected audience.</source>
        <translation>Choisissez au moins un public touché.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Choose the confirmed level, or assess it with the questions.</source>
        <translation>Choisissez le niveau confirmé, ou évaluez-le avec les questions.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/assessment_dialog.ui" line="+14"/>
        <source>Assess the severity</source>
        <translation>Évaluer la gravité</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>EXERCISE</source>
        <translation>EXERCICE</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What do you know?</source>
        <translation>Que savez-vous&#xa0;?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1. Is anyone hurt, or could someone get hurt?</source>
        <translation>1. Quelqu&apos;un est-il blessé, ou pourrait-il l&apos;être&#xa0;?</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+70"/>
        <location line="+70"/>
        <location line="+70"/>
        <location line="+80"/>
        <location line="+230"/>
        <source>No</source>
        <translation>Non</translation>
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
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/assessment_dialog.py" line="+49"/>
        <source>EXERCISE · assessing the severity of a drill</source>
        <translation>EXERCICE · évaluation de la gravité d&apos;un exercice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain questions whose answers point to a severity level; you confirm the level.</source>
        <translation>Des questions simples dont les réponses indiquent un niveau de gravité&#xa0;; c&apos;est vous qui confirmez le niveau.</translation>
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
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Proposed level</source>
        <translation>Niveau proposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons for the proposal</source>
        <translation>Raisons de la proposition</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Now: {level}</source>
        <translation>Actuellement&#xa0;: {level}</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Handled by: {team}</source>
        <translation>Pris en charge par&#xa0;: {team}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n question(s) not answered yet.</source>
        <translation>
            <numerusform>%n question sans réponse pour l&apos;instant.</numerusform>
            <numerusform>%n questions sans réponse pour l&apos;instant.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No level yet</source>
        <translation>Pas encore de niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer what you can; the level follows each answer.</source>
        <translation>Répondez à ce que vous pouvez&#xa0;; le niveau suit chaque réponse.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(your answers)</source>
        <translation>(vos réponses)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Why level {chosen}, when your answers point to {suggested}? (required)</source>
        <translation>Pourquoi le niveau {chosen}, alors que vos réponses indiquent le {suggested}&#xa0;? (obligatoire)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level {chosen} differs from the level your answers point to ({suggested}): say why in the reason.</source>
        <translation>Le niveau {chosen} diffère de celui qu&apos;indiquent vos réponses ({suggested})&#xa0;: expliquez pourquoi dans le motif.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The reason, your answers and the level they point to go into the crisis log.</source>
        <translation>Le motif, vos réponses et le niveau qu&apos;elles indiquent sont consignés au journal de crise.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Why level {chosen}? (required)</source>
        <translation>Pourquoi le niveau {chosen}&#xa0;? (obligatoire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without answers, the reason is all the log has: say what you know.</source>
        <translation>Sans réponses, le motif est tout ce que le journal contiendra&#xa0;: indiquez ce que vous savez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the decision rests on (required)</source>
        <translation>Ce sur quoi repose la décision (obligatoire)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confirm level {level}</source>
        <translation>Confirmer le niveau {level}</translation>
    </message>
    <message>
        <location filename="../../ui/assessment_dialog.ui" line="-587"/>
        <source>Answer what you know now. Each “Not sure” raises the level by one until it is confirmed: when unsure between two levels, we take the higher one. Your answers only point to a level; you confirm it.</source>
        <translation>Répondez avec ce que vous savez maintenant. Chaque «&#xa0;Je ne sais pas&#xa0;» relève le niveau d&apos;un cran jusqu&apos;à confirmation&#xa0;: en cas de doute entre deux niveaux, on retient le plus élevé. Vos réponses ne font qu&apos;indiquer un niveau&#xa0;; c&apos;est vous qui le confirmez.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>2. Is there legal action, or illegal conduct by staff?</source>
        <translation>2. Y a-t-il une action en justice, ou un comportement illégal du personnel&#xa0;?</translation>
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
        <translation>3. Des données personnelles ont-elles fuité, ou l&apos;un de nos comptes a-t-il été piraté&#xa0;?</translation>
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
        <translation>4. Un produit ou un service est-il touché&#xa0;?</translation>
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
        <translation>En panne ou indisponible</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Faulty, unsafe or recalled</source>
        <translation>Défectueux, dangereux ou rappelé</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>5. Did we publish something wrong (an error, a broken link, the wrong account)?</source>
        <translation>5. Avons-nous publié quelque chose d&apos;erroné (une erreur, un lien cassé, le mauvais compte)&#xa0;?</translation>
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
        <translation>6. Quelle est la couverture médiatique&#xa0;?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>None</source>
        <translation>Aucune</translation>
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
        <translation>Locale ou spécialisée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>National or widespread</source>
        <translation>Nationale ou étendue</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>7. How many people are upset?</source>
        <translation>7. Combien de personnes sont mécontentes&#xa0;?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A few</source>
        <translation>Quelques-unes</translation>
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
        <translation>Des dizaines</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hundreds or more</source>
        <translation>Des centaines ou plus</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>8. Is it spreading fast (shared widely, more complaints every hour)?</source>
        <translation>8. Cela se propage-t-il vite (beaucoup de partages, plus de plaintes d&apos;heure en heure)&#xa0;?</translation>
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
        <translation>Vos réponses indiquent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Level 1 · Routine</source>
        <translation>Niveau 1 · Routine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Handled by: customer support.</source>
        <translation>Pris en charge par&#xa0;: le service client.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing answered yet.</source>
        <translation>Aucune réponse pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The five levels, and who handles each</source>
        <translation>Les cinq niveaux, et qui prend en charge chacun</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Confirm &amp;level:</source>
        <translation>Confirmer le &amp;niveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Now: not yet assessed</source>
        <translation>Actuellement&#xa0;: pas encore évalué</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Reason for the log:</source>
        <translation>&amp;Motif pour le journal&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../crisisroom/gui/backups_page.py" line="+54"/>
        <source>Database file</source>
        <translation>Fichier de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>While Crisis Room is open it makes a backup every hour and keeps the newest %n; older ones are removed.</source>
        <translation>
            <numerusform>Tant que Crisis Room est ouvert, une sauvegarde est faite toutes les heures et seule la plus récente est conservée&#xa0;; les plus anciennes sont supprimées.</numerusform>
            <numerusform>Tant que Crisis Room est ouvert, une sauvegarde est faite toutes les heures et les %n plus récentes sont conservées&#xa0;; les plus anciennes sont supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Restaurer la sélection…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from a &amp;file…</source>
        <translation>Restaurer depuis un &amp;fichier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Automatic backups (newest first):</source>
        <translation>Sauvegardes &amp;automatiques (les plus récentes d&apos;abord)&#xa0;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No automatic backup yet</source>
        <translation>Aucune sauvegarde automatique pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup saved: {0}</source>
        <translation>Sauvegarde enregistrée&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log head in this backup (for crisisroom verify --head): {0}</source>
        <translation>Tête du journal dans cette sauvegarde (pour crisisroom verify --head) : {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup failed.</source>
        <translation>La sauvegarde a échoué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crisis Room database (*.sqlite)</source>
        <translation>Base de données Crisis Room (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/call_sheet.py" line="+26"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Suppléant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup phone</source>
        <translation>Téléphone du suppléant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries: time and outcome</source>
        <translation>Tentatives&#xa0;: heure et résultat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note each try with its time and outcome. No answer within a few minutes: call the backup.</source>
        <translation>Notez chaque tentative avec son heure et son résultat. Pas de réponse en quelques minutes&#xa0;: appelez le suppléant.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nobody on the team is called at this level.</source>
        <translation>Personne dans l&apos;équipe n&apos;est appelé à ce niveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} people</source>
        <translation>{count} personnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed {when} · {people}</source>
        <translation>Imprimé le {when} · {people}</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Print the call sheet</source>
        <translation>Imprimer la fiche d&apos;appel</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../crisisroom/domain/incidents.py" line="+43"/>
        <source>Customer service</source>
        <translation>Service client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reputation damage</source>
        <translation>Atteinte à la réputation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security breach</source>
        <translation>Faille de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operational failure</source>
        <translation>Défaillance opérationnelle</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <location filename="../../crisisroom/domain/chain.py" line="+49"/>
        <source>This real incident would call the made-up example team ({names}): put your own people in Settings ▸ Team before you call anyone.</source>
        <translation>Cet incident réel appellerait l&apos;équipe fictive d&apos;exemple ({names})&#xa0;: saisissez vos propres personnes dans Paramètres ▸ Équipe avant d&apos;appeler qui que ce soit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing from the team for {category} at level {level}: {roles}. Give each role to someone in Settings ▸ Team, or change the chain of command in Settings.</source>
        <translation>Manque dans l&apos;équipe pour {category} au niveau {level}&#xa0;: {roles}. Confiez chaque rôle à quelqu&apos;un dans Paramètres ▸ Équipe, ou modifiez la chaîne de commandement dans Paramètres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{person} (backup {backup})</source>
        <translation>{person} (suppléant&#xa0;: {backup})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no phone</source>
        <translation>pas de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody on the team holds this role</source>
        <translation>personne dans l&apos;équipe n&apos;a ce rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
</context>
<context>
    <name>ChainEditor</name>
    <message>
        <location filename="../../crisisroom/gui/settings/chain_editor.py" line="+52"/>
        <source>Crisis type</source>
        <translation>Type de crise</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Roles called at each level</source>
        <translation>Rôles appelés à chaque niveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the team</source>
        <translation>Dans l&apos;équipe</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put back the recommended chain for every crisis type (stored when you press OK or Apply)</source>
        <translation>Rétablit la chaîne recommandée pour tous les types de crise (enregistrée quand vous appuyez sur OK ou Appliquer)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{role} at {level}</source>
        <translation>{role} — {level}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody on the team holds this role: add it to someone in Settings ▸ Team</source>
        <translation>Personne dans l&apos;équipe n&apos;a ce rôle&#xa0;: confiez-le à quelqu&apos;un dans Paramètres ▸ Équipe</translation>
    </message>
</context>
<context>
    <name>ChainWarning</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/chain_warning.py" line="+35"/>
        <source>Chain of command warning</source>
        <translation>Avertissement sur la chaîne de commandement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the &amp;team…</source>
        <translation>Ouvrir l&apos;&amp;équipe…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hain of command…</source>
        <translation>C&amp;haîne de commandement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which roles each crisis type calls at each level (Settings)</source>
        <translation>Quels rôles chaque type de crise appelle à chaque niveau (Paramètres)</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../crisisroom/charts/mentions.py" line="+49"/>
        <source>No mentions yet</source>
        <translation>Aucune mention pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mentions in these hours</source>
        <translation>Aucune mention sur ces heures</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>{hour} · {mentions}, {negative} negative</source>
        <translation>{hour} · {mentions}, négatives&#xa0;: {negative}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, {count} not scored</source>
        <translation>, {count} non évaluées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rule} fired at {time}</source>
        <translation>{rule} déclenchée à {time}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Last hour shown, {hour}: {mentions}, {negative} negative.</source>
        <translation>Dernière heure affichée, {hour}&#xa0;: {mentions}, négatives&#xa0;: {negative}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Most negative hour: {hour}, {negative} negative.</source>
        <translation>Heure la plus négative&#xa0;: {hour}, négatives&#xa0;: {negative}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rules fired: {names}.</source>
        <translation>Règles déclenchées&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>for {hours} h</source>
        <translation>pendant {hours} h</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>Negative</source>
        <translation>Négatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other mentions</source>
        <translation>Autres mentions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not scored</source>
        <translation>Non évaluées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule threshold</source>
        <translation>Seuil de règle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule fired</source>
        <translation>Règle déclenchée</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Times in {zone}</source>
        <translation>Heures selon le fuseau {zone}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 mention</source>
        <translation>1 mention</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} mentions</source>
        <translation>{count} mentions</translation>
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
        <translation>7 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../crisisroom/domain/checklist.py" line="+49"/>
        <source>Crisis log started: the scribe notes who did what, and when</source>
        <translation>Journal de crise ouvert&#xa0;: le secrétaire de crise note qui a fait quoi, et quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled posts and campaigns paused in the publishing tool</source>
        <translation>Publications programmées et campagnes suspendues dans l&apos;outil de publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social accounts secured: the logins are at hand and two-factor is on</source>
        <translation>Comptes sociaux sécurisés&#xa0;: les identifiants sont à portée de main et la double authentification est activée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After a hack: passwords, login e-mails and usernames changed</source>
        <translation>Après un piratage&#xa0;: mots de passe, e-mails de connexion et noms d&apos;utilisateur changés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer support briefed: the known facts, one agreed answer, and where to pass the rest</source>
        <translation>Service client briefé&#xa0;: les faits connus, une réponse commune, et à qui transmettre le reste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A support director or PR lead is on the channel where the complaints arrive</source>
        <translation>Un directeur du support ou un responsable RP suit le canal où arrivent les plaintes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Critical posts and comments answered, not deleted or hidden</source>
        <translation>Publications et commentaires critiques reçoivent une réponse, sans être supprimés ni masqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press enquiries go to the spokesperson; reception and the switchboard know it</source>
        <translation>Les demandes de la presse vont au porte-parole&#xa0;; l&apos;accueil et le standard le savent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Executives briefed, and agreed to say nothing beyond the approved statements</source>
        <translation>Dirigeants briefés, et d&apos;accord pour ne rien dire au-delà des déclarations approuvées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal has read what we say about people, claims and allegations</source>
        <translation>Le service juridique a relu ce que nous disons des personnes, des affirmations et des accusations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security lead engaged: what was accessed, since when, and whether it is contained</source>
        <translation>Responsable sécurité mobilisé&#xa0;: ce qui a été atteint, depuis quand, et si c&apos;est maîtrisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal engaged on what we must disclose and what we may say</source>
        <translation>Service juridique mobilisé sur ce que nous devons déclarer et ce que nous pouvons dire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-protection officer informed and working on the breach</source>
        <translation>Délégué à la protection des données (DPO) informé et au travail sur la violation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data involved: which kinds, and for about how many people</source>
        <translation>Données personnelles concernées&#xa0;: de quels types, et pour combien de personnes environ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisory authority notified of the personal-data breach (GDPR Art. 33), or the DPO recorded why not</source>
        <translation>Autorité de contrôle (CNIL…) notifiée de la violation de données personnelles (RGPD art. 33), ou le DPO a consigné pourquoi non</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People affected told without undue delay where the risk to them is high (GDPR Art. 34)</source>
        <translation>Personnes concernées informées dans les meilleurs délais quand le risque pour elles est élevé (RGPD art. 34)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service owner engaged: what fails, since when, and when it should work again</source>
        <translation>Responsable du service mobilisé&#xa0;: ce qui ne marche pas, depuis quand, et quand ce sera rétabli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status page, support replies and public posts say the same thing</source>
        <translation>La page d&apos;état, les réponses du support et les publications disent la même chose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality and product safety engaged: which products and batches, and how dangerous</source>
        <translation>Qualité et sécurité des produits mobilisées&#xa0;: quels produits et lots, et quel danger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer service ready for the recall: return, refund or replace</source>
        <translation>Service client prêt pour le rappel&#xa0;: retour, remboursement ou échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retailers and distributors told to take the product off sale</source>
        <translation>Distributeurs et revendeurs invités à retirer le produit de la vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product-safety authority informed without undue delay (in the EU: the Safety Business Gateway)</source>
        <translation>Autorité de sécurité des produits informée sans retard injustifié (dans l&apos;UE&#xa0;: Safety Business Gateway)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recall notice published in the set form, in shops and online</source>
        <translation>Avis de rappel publié dans la forme prévue, en magasin et en ligne</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../ui/checklist_dialog.ui" line="+14"/>
        <source>Compromised account</source>
        <translation>Compte compromis</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Work through every step, on the platform first, then tick it here. Each tick is recorded in the audit trail, and in the crisis log of the open incident. New secrets go straight into the keychain.</source>
        <translation>Effectuez chaque étape, d&apos;abord sur la plateforme, puis cochez-la ici. Chaque coche est enregistrée dans la piste d&apos;audit et dans le journal de crise de l&apos;incident ouvert. Les nouveaux secrets vont directement dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/wizard/checklist_dialog.py" line="+46"/>
        <source>New {secret}</source>
        <translation>Nouvelle valeur&#xa0;: {secret}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New {secret} (optional)</source>
        <translation>Nouvelle valeur&#xa0;: {secret} (facultatif)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New login e-mail (optional)</source>
        <translation>Nouvel e-mail de connexion (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New username (optional)</source>
        <translation>Nouveau nom d&apos;utilisateur (facultatif)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Repeat the new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords differ</source>
        <translation>Les deux mots de passe ne correspondent pas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Secured: {account}</source>
        <translation>Sécurisé&#xa0;: {account}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{account} is secured</source>
        <translation>{account} est sécurisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every step of the checklist is done. The steps stay recorded in the audit trail.</source>
        <translation>Toutes les étapes de la liste sont faites. Elles restent enregistrées dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is not marked compromised.</source>
        <translation>Ce compte n&apos;est pas marqué comme compromis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compromised: {account}</source>
        <translation>Compromis&#xa0;: {account}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{account} was marked compromised {when}</source>
        <translation>{account} a été marqué comme compromis le {when}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done {when} by {person}</source>
        <translation>Fait le {when} par {person}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{done} of {total} steps done</source>
        <translation>Étapes faites&#xa0;: {done} sur {total}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../crisisroom/gui/mentions/model.py" line="+26"/>
        <location filename="../../crisisroom/gui/vault/account_model.py" line="-93"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/vault/account_model.py" line="+1"/>
        <source>Handle</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/models/log_model.py" line="+21"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/mentions/model.py" line="+1"/>
        <location filename="../../crisisroom/gui/models/log_model.py" line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/models/log_model.py" line="+1"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/mentions/model.py" line="-2"/>
        <source>Posted</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/correction_dialog.ui" line="+14"/>
        <source>Correct a log entry</source>
        <translation>Corriger une entrée du journal</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>EXERCISE</source>
        <translation>EXERCICE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The crisis log never changes what was written. Your correction is added as a new entry that points at this one, and the original stays visible, struck through.</source>
        <translation>Le journal de crise ne modifie jamais ce qui a été écrit. Votre correction est ajoutée comme une nouvelle entrée qui renvoie à celle-ci&#xa0;; l&apos;original reste visible, barré.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Original entry</source>
        <translation>Entrée d&apos;origine</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Corrected text</source>
        <translation>Texte &amp;corrigé</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/correction_dialog.py" line="+21"/>
        <source>EXERCISE · correcting an entry of a drill</source>
        <translation>EXERCICE · correction d&apos;une entrée d&apos;exercice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{kind} by {author}, recorded {when}</source>
        <translation>{kind} par {author}, entrée du {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add correction</source>
        <translation>Ajouter la correction</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/countdown.py" line="+34"/>
        <source>Next internal update due in {clock}</source>
        <translation>Prochain point interne dans {clock}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal update due now</source>
        <translation>Point interne attendu maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal update overdue by {minutes} min</source>
        <translation>Point interne en retard de {minutes} min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal update overdue by {hours} h {minutes} min</source>
        <translation>Point interne en retard de {hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>CrisisWizard</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/wizard.py" line="+71"/>
        <source>Done, &amp;next step &gt;</source>
        <translation>Terminé, étape &amp;suivante &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (&amp;kept for later)</source>
        <translation>Fermer (&amp;conservé pour plus tard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything typed is kept; reopen with Incident ▸ Crisis steps… to carry on</source>
        <translation>Tout ce qui a été saisi est conservé&#xa0;; rouvrez avec Incident ▸ Étapes de crise… pour continuer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The five steps</source>
        <translation>Les cinq étapes</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Crisis steps · {title}</source>
        <translation>Étapes de crise · {title}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Step {number}, {step}, done</source>
        <translation>Étape {number}, {step}, terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {number}, {step}, not done yet</source>
        <translation>Étape {number}, {step}, pas encore terminée</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../crisisroom/gui/main_window/dashboard.py" line="+174"/>
        <source>Crisis Room: update overdue</source>
        <translation>Crisis Room&#xa0;: point interne en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The internal update on “{0}” is overdue; send it, and say when the next one comes.</source>
        <translation>Le point interne sur «&#xa0;{0}&#xa0;» est en retard&#xa0;: envoyez-le, et annoncez quand viendra le suivant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crisis Room: update due</source>
        <translation>Crisis Room&#xa0;: point interne à faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An internal update on “{0}” is due now; every update says when the next one comes.</source>
        <translation>Un point interne sur «&#xa0;{0}&#xa0;» est attendu maintenant&#xa0;; chaque point annonce quand viendra le suivant.</translation>
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
        <translation>{days} j {hours} h</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incident summary</source>
        <translation>Résumé de l&apos;incident</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Open for {age} (since {when})</source>
        <translation>Ouvert depuis {age} (ouverture&#xa0;: {when})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved {when}</source>
        <translation>Résolu le {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected {when}</source>
        <translation>Détecté le {when}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n log entries</source>
        <translation>
            <numerusform>%n entrée au journal</numerusform>
            <numerusform>%n entrées au journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n decisions</source>
        <translation>
            <numerusform>%n décision</numerusform>
            <numerusform>%n décisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n actions</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n corrections</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last entry {age} ago</source>
        <translation>dernière entrée il y a {age}</translation>
    </message>
</context>
<context>
    <name>DeadlineClock</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/deadline_clock.py" line="+25"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Supervisory authority notified at {when}, {time} before the 72-hour deadline</source>
        <translation>Autorité de contrôle notifiée le {when}, {time} avant l&apos;échéance des 72 heures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supervisory authority notified at {when}, {time} after the 72-hour deadline</source>
        <translation>Autorité de contrôle notifiée le {when}, {time} après l&apos;échéance des 72 heures</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notifying the supervisory authority is overdue by {time} (the deadline was {due})</source>
        <translation>La notification à l&apos;autorité de contrôle a {time} de retard (l&apos;échéance était le {due})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notify the supervisory authority within {clock} (by {due})</source>
        <translation>Notifiez l&apos;autorité de contrôle d&apos;ici {clock} (au plus tard le {due})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The supervisory authority has not been notified of this breach, and the 72-hour deadline passed at {due}: notify it now and say why it is late.</source>
        <translation>L&apos;autorité de contrôle n&apos;a pas été notifiée de cette violation, et le délai de 72 heures a expiré le {due} : notifiez-la maintenant en expliquant le retard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The supervisory authority has not been notified of this breach yet: GDPR Article 33 asks for it by {due}.</source>
        <translation>L&apos;autorité de contrôle n&apos;a pas encore été notifiée de cette violation : l&apos;article 33 du RGPD l&apos;exige au plus tard le {due}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolving does not stop that duty: the Next list keeps it until the checklist item is ticked.</source>
        <translation>Clore l&apos;incident ne met pas fin à cette obligation : la liste « À faire » la garde jusqu&apos;à ce que le point de la liste de contrôle soit coché.</translation>
    </message>
</context>
<context>
    <name>DrillChannel</name>
    <message>
        <location filename="../../crisisroom/gui/drill/window.py" line="-83"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone call</source>
        <translation>appel téléphonique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat</source>
        <translation>messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>direct message</source>
        <translation>message privé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter</source>
        <translation>courrier</translation>
    </message>
</context>
<context>
    <name>DrillWindow</name>
    <message>
        <location line="+109"/>
        <source>Drill · Crisis Room</source>
        <translation>Exercice · Crisis Room</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+4"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a scenario file of your own (TOML, described in the README)</source>
        <translation>Jouer votre propre fichier de scénario (TOML, décrit dans le README)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Simulated minutes per real minute; you can change it during the drill</source>
        <translation>Minutes simulées par minute réelle&#xa0;; modifiable pendant l&apos;exercice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Speed:</source>
        <translation>&amp;Vitesse&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+490"/>
        <source>Start drill</source>
        <translation>Lancer l&apos;exercice</translation>
    </message>
    <message>
        <location line="-471"/>
        <source>Drill clock</source>
        <translation>Horloge de l&apos;exercice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simulated time</source>
        <translation>Temps simulé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress through the drill</source>
        <translation>Avancement de l&apos;exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+462"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-460"/>
        <source>Jump to next inject</source>
        <translation>Passer à l&apos;inject suivant</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming &amp;up</source>
        <translation>À v&amp;enir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Injects coming up</source>
        <translation>Injects à venir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fire now</source>
        <translation>Déclencher maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the selected inject at the current simulated time</source>
        <translation>Jouer l&apos;inject sélectionné à l&apos;heure simulée actuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an ad-hoc inject…</source>
        <translation>Ajouter un inject improvisé…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Played</source>
        <translation>&amp;Joués</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Injects played</source>
        <translation>Injects joués</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+363"/>
        <source>End drill</source>
        <translation>Terminer l&apos;exercice</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>After-action report…</source>
        <translation>Rapport d&apos;exercice…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lessons learned…</source>
        <translation>Enseignements…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No scenario.</source>
        <translation>Aucun scénario.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>starts at level {level}</source>
        <translation>commence au niveau {level}</translation>
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
            <numerusform>%n inject</numerusform>
            <numerusform>%n injects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n expectation(s)</source>
        <translation>
            <numerusform>%n objectif</numerusform>
            <numerusform>%n objectifs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team is measured on:
{expectations}</source>
        <translation>L&apos;équipe est évaluée sur&#xa0;:
{expectations}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a drill scenario</source>
        <translation>Ouvrir un scénario d&apos;exercice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drill scenarios (*.toml)</source>
        <translation>Scénarios d&apos;exercice (*.toml)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot use this scenario</source>
        <translation>Impossible d&apos;utiliser ce scénario</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The drill did not start</source>
        <translation>L&apos;exercice n&apos;a pas démarré</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+24"/>
        <source>Drill · {scenario} · Crisis Room</source>
        <translation>Exercice · {scenario} · Crisis Room</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The drill cannot be resumed</source>
        <translation>L&apos;exercice ne peut pas être repris</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Resumed where it stopped, at {elapsed}, paused: press Resume when the team is ready.</source>
        <translation>Repris là où il s&apos;était arrêté, à {elapsed}, en pause&#xa0;: appuyez sur Reprendre quand l&apos;équipe est prête.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The drill stopped</source>
        <translation>L&apos;exercice s&apos;est arrêté</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scenario&apos;s time is up: end the drill when the team is ready.</source>
        <translation>Le temps du scénario est écoulé&#xa0;: terminez l&apos;exercice quand l&apos;équipe est prête.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The drill clock change was not recorded</source>
        <translation>Le changement d&apos;horloge de l&apos;exercice n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{channel} from {sender}: {subject}</source>
        <translation>{channel} de {sender}&#xa0;: {subject}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not fired</source>
        <translation>Non déclenché</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The drill has ended and its incident is closed. Open the after-action report, then note the lessons.</source>
        <translation>L&apos;exercice est terminé et son incident est clos. Ouvrez le rapport de fin d&apos;exercice, puis notez les enseignements.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>End the drill?</source>
        <translation>Terminer l&apos;exercice&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drill clock is paused while you decide. Ending the drill records the end, closes the drill&apos;s incident and stops its clocks; injects not played yet are left out.</source>
        <translation>L&apos;horloge de l&apos;exercice est en pause pendant que vous décidez. Terminer l&apos;exercice consigne la fin, clôt l&apos;incident de l&apos;exercice et arrête ses horloges&#xa0;; les injects pas encore joués sont exclus.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The drill did not end</source>
        <translation>L&apos;exercice n&apos;a pas pu être terminé</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No after-action report</source>
        <translation>Pas de rapport de fin d&apos;exercice</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start another drill</source>
        <translation>Lancer un autre exercice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <source>{elapsed} of {duration}</source>
        <translation>{elapsed} sur {duration}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Choose a scenario and a speed, read the briefing out, then start.</source>
        <translation>Choisissez un scénario et une vitesse, lisez le briefing à voix haute, puis lancez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next inject at {offset}</source>
        <translation>Prochain inject à {offset}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every inject has been played.</source>
        <translation>Tous les injects ont été joués.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{inject}: %n post(s) over {minutes} min</source>
        <translation>
            <numerusform>{inject}&#xa0;: %n publication sur {minutes} min</numerusform>
            <numerusform>{inject}&#xa0;: %n publications sur {minutes} min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{inject}: {channel} from {sender}</source>
        <translation>{inject}&#xa0;: {channel} de {sender}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{inject}: event</source>
        <translation>{inject}&#xa0;: événement</translation>
    </message>
</context>
<context>
    <name>ExerciseBanner</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/exercise_banner.py" line="+17"/>
        <source>EXERCISE · This is a drill. Nothing here is a real incident.</source>
        <translation>EXERCICE · Ceci est un exercice. Rien ici n&apos;est un incident réel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exercise banner</source>
        <translation>Bandeau d&apos;exercice</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.ui" line="+14"/>
        <source>Hand accounts over</source>
        <translation>Transmettre des comptes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writes the chosen accounts, passwords included, to one file encrypted with a passphrase. Carry the file to the other laptop and import it there; tell the passphrase separately (read it out, never in the same e-mail or chat).</source>
        <translation>Enregistre les comptes choisis, mots de passe compris, dans un seul fichier chiffré avec une phrase secrète. Apportez le fichier sur l&apos;autre ordinateur et importez-le là-bas&#xa0;; communiquez la phrase secrète séparément (à voix haute, jamais dans le même e-mail ni la même messagerie).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Accounts to hand over:</source>
        <translation>&amp;Comptes à transmettre&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Repeat:</source>
        <translation>Con&amp;firmer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/export_dialog.py" line="+45"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Confirmer la phrase secrète</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least {count} characters. Four or five random words are easy to read out and hard to guess.</source>
        <translation>Au moins {count} caractères. Quatre ou cinq mots pris au hasard sont faciles à dicter et difficiles à deviner.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save handover file…</source>
        <translation>Enregistrer le fichier de transmission…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.ui" line="+14"/>
        <source>Import mentions</source>
        <translation>Importer des mentions</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>EXERCISE</source>
        <translation>EXERCICE</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Export file:</source>
        <translation>&amp;Fichier d&apos;export&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A CSV, TSV, JSON or Excel export from Brandwatch, Talkwalker, Meltwater or another tool</source>
        <translation>Un export CSV, TSV, JSON ou Excel de Brandwatch, Talkwalker, Meltwater ou d&apos;un autre outil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Times without a &amp;zone are in:</source>
        <translation>Heures sans fuseau &amp;horaire, en&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dates like 03/04/2026 &amp;are:</source>
        <translation>Les &amp;dates comme 03/04/2026 sont&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Skip unusable rows and list them (otherwise one bad row stops the import)</source>
        <translation>&amp;Ignorer les lignes inutilisables et les lister (sinon, une seule ligne erronée arrête l&apos;import)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The first rows, as they would be imported</source>
        <translation>Les premières lignes, telles qu&apos;elles seraient importées</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/mentions/import_dialog.py" line="+33"/>
        <source>Posted at</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+10"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>Identifiant</translation>
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
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>language not supported</source>
        <translation>langue non prise en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too short</source>
        <translation>trop court</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language unclear</source>
        <translation>langue incertaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exports (*.csv *.tsv *.txt *.json *.jsonl *.ndjson *.xlsx);;All files (*)</source>
        <translation>Exports (*.csv *.tsv *.txt *.json *.jsonl *.ndjson *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Import mentions into “{title}”</source>
        <translation>Importer des mentions dans «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXERCISE · these mentions go into a drill</source>
        <translation>EXERCICE · ces mentions vont dans un exercice</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Column for {field}</source>
        <translation>Colonne pour {field}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}:</source>
        <translation>{field}&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read it from the data</source>
        <translation>Le déduire des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first: 03/04 is 3 April</source>
        <translation>Jour d&apos;abord&#xa0;: 03/04 est le 3 avril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first: 03/04 is March 4</source>
        <translation>Mois d&apos;abord&#xa0;: 03/04 est le 4 mars</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import warnings</source>
        <translation>Avertissements sur l’import</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows not scored</source>
        <translation>Lignes non évaluées</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose an export</source>
        <translation>Choisir un export</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>, header on line {line}</source>
        <translation>, en-tête à la ligne {line}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;{preset}&lt;/b&gt; export · {kind}{header} · %n column(s)</source>
        <translation>
            <numerusform>Export &lt;b&gt;{preset}&lt;/b&gt; · {kind}{header} · %n colonne</numerusform>
            <numerusform>Export &lt;b&gt;{preset}&lt;/b&gt; · {kind}{header} · %n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the columns: {problem}</source>
        <translation>Choisissez les colonnes&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say whether dates are day first or month first before importing.</source>
        <translation>Avant d&apos;importer, indiquez si les dates commencent par le jour ou par le mois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready to import.</source>
        <translation>Prêt à importer.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of the first rows cannot be used as they are.</source>
        <translation>
            <numerusform>%n des premières lignes ne peut pas être utilisée telle quelle.</numerusform>
            <numerusform>%n des premières lignes ne peuvent pas être utilisées telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not scored</source>
        <translation>non évalué</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n of the first {rows} rows are not scored: {reasons}</source>
        <translation>
            <numerusform>%n des {rows} premières lignes n’est pas évaluée : {reasons}</numerusform>
            <numerusform>%n des {rows} premières lignes ne sont pas évaluées : {reasons}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading and classifying…</source>
        <translation>Lecture et classement…</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Imported %n mention(s) from {source} ({preset}).</source>
        <translation>
            <numerusform>%n mention importée depuis {source} ({preset}).</numerusform>
            <numerusform>%n mentions importées depuis {source} ({preset}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n were already in the room.</source>
        <translation>
            <numerusform>%n y figurait déjà.</numerusform>
            <numerusform>%n y figuraient déjà.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) were skipped:</source>
        <translation>
            <numerusform>%n ligne ignorée&#xa0;:</numerusform>
            <numerusform>%n lignes ignorées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: {reason}</source>
        <translation>ligne {line}&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n mention(s) not scored: {reasons}</source>
        <translation>
            <numerusform>%n mention non évaluée : {reasons}</numerusform>
            <numerusform>%n mentions non évaluées : {reasons}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: {reason}</source>
        <translation>Rien n&apos;a été importé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: an unexpected error ({error})</source>
        <translation>Rien n&apos;a été importé&#xa0;: erreur inattendue ({error})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <location filename="../../crisisroom/domain/incidents.py" line="-34"/>
        <source>EXERCISE</source>
        <translation>EXERCICE</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="+14"/>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the incident a short title everyone will recognise. You can set or change the severity later.</source>
        <translation>Donnez à l&apos;incident un titre court que tout le monde reconnaîtra. Vous pourrez définir ou modifier la gravité plus tard.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Complaints about delayed refunds going viral</source>
        <translation>ex.&#xa0;: Plaintes virales sur des remboursements en retard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Detected at:</source>
        <translation>&amp;Détecté le&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This is a &amp;drill (tabletop exercise), not a real incident</source>
        <translation>C&apos;est un &amp;exercice (sur table), pas un incident réel</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/incident_dialog.py" line="+64"/>
        <source>New drill</source>
        <translation>Nouvel exercice</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When unsure between two levels, choose the higher one.</source>
        <translation>En cas de doute entre deux niveaux, choisissez le plus élevé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handled by: {team}</source>
        <translation>Pris en charge par&#xa0;: {team}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start drill</source>
        <translation>Lancer l&apos;exercice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open incident</source>
        <translation>Ouvrir l&apos;incident</translation>
    </message>
</context>
<context>
    <name>IncidentTime</name>
    <message>
        <location filename="../../crisisroom/domain/incident_time.py" line="+29"/>
        <source>drill clock, {zone}</source>
        <translation>horloge de l’exercice, {zone}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when} real time ({zone})</source>
        <translation>{when} heure réelle ({zone})</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../crisisroom/gui/sharing/join_dialog.py" line="+52"/>
        <source>Join a shared incident</source>
        <translation>Rejoindre un incident partagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder the team shares</source>
        <translation>Le dossier que l&apos;équipe partage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as the team knows you, e.g. Bo Lind</source>
        <translation>tel que l&apos;équipe vous connaît, p. ex. Bo Lind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop&apos;s name</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Bo&apos;s laptop</source>
        <translation>p. ex. le portable de Bo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This &amp;laptop&apos;s name:</source>
        <translation>Nom de cet &amp;ordinateur :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder the team shares (kept in step by Syncthing, a network share, a cloud-drive folder or a USB stick), once the first laptop&apos;s files have arrived in it.</source>
        <translation>Choisissez le dossier que l&apos;équipe partage (tenu à jour par Syncthing, un partage réseau, un dossier de stockage en ligne ou une clé USB), une fois que les fichiers du premier ordinateur y sont arrivés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team sees your name beside this laptop; your log entries carry it (the author field).</source>
        <translation>L&apos;équipe voit votre nom à côté de cet ordinateur ; vos entrées du journal le portent (le champ auteur).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Join an incident the team shares</source>
        <translation>Rejoindre un incident que l&apos;équipe partage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read these digits to the person who admits this laptop; the same digits show on their screen.</source>
        <translation>Lisez ces chiffres à la personne qui admet cet ordinateur ; les mêmes chiffres s&apos;affichent sur son écran.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same digits must show on the first laptop&apos;s screen, in its Team panel as “this laptop”.</source>
        <translation>Les mêmes chiffres doivent s&apos;afficher sur l&apos;écran du premier ordinateur, dans son panneau de l&apos;équipe, comme « cet ordinateur ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This laptop:</source>
        <translation>Cet ordinateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team&apos;s first laptop:</source>
        <translation>Le premier ordinateur de l&apos;équipe :</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Waiting to be admitted</source>
        <translation>En attente d&apos;admission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look &amp;now</source>
        <translation>Regarder &amp;maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look in the shared folder for the admission now</source>
        <translation>Chercher l&apos;admission dans le dossier partagé maintenant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can close this window: the admission is looked for as long as Crisis Room is open.</source>
        <translation>Vous pouvez fermer cette fenêtre : l&apos;admission est recherchée tant que Crisis Room est ouvert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare the fingerprints</source>
        <translation>Comparez les empreintes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Ask to join</source>
        <translation>Demander à &amp;rejoindre</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Not joined</source>
        <translation>Non rejoint</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Choose the folder the team shares.</source>
        <translation>Choisissez le dossier que l&apos;équipe partage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type your name: the team sees it beside this laptop.</source>
        <translation>Saisissez votre nom : l&apos;équipe le voit à côté de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Waiting to be admitted…</source>
        <translation>En attente d&apos;admission…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Still waiting to be admitted (looked just now)…</source>
        <translation>Toujours en attente d&apos;admission (vérifié à l&apos;instant)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Admitted: the incident is open in the window.</source>
        <translation>✓ Admis : l&apos;incident est ouvert dans la fenêtre.</translation>
    </message>
</context>
<context>
    <name>KeychainBanner</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/keychain_banner.py" line="+28"/>
        <source>Keychain problem</source>
        <translation>Problème de trousseau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the keychain again (your system may ask you to unlock it)</source>
        <translation>Vérifier à nouveau le trousseau (le système peut vous demander de le déverrouiller)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;{problem}.&lt;/b&gt; Passwords cannot be stored, shown or copied until this is fixed; nothing is kept anywhere else.&lt;br&gt;{fix}.&lt;br&gt;&lt;small&gt;{hint}&lt;/small&gt;</source>
        <translation>&lt;b&gt;{problem}.&lt;/b&gt; Impossible d&apos;enregistrer, d&apos;afficher ou de copier les mots de passe tant que ce n&apos;est pas réglé&#xa0;; rien n&apos;est conservé ailleurs.&lt;br&gt;{fix}.&lt;br&gt;&lt;small&gt;{hint}&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>LevelConflict</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/level_conflict.py" line="+28"/>
        <source>Severity set on two laptops</source>
        <translation>Gravité fixée sur deux ordinateurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the &amp;level…</source>
        <translation>Fixer le &amp;niveau…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level {level} by {person} on {laptop}</source>
        <translation>niveau {level} par {person} sur {laptop}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level {level}, the highest, stands until the crisis lead, {lead}, sets a level.</source>
        <translation>Le niveau {level}, le plus haut, s’applique jusqu’à ce que le responsable de crise, {lead}, fixe un niveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level {level}, the highest, stands until someone sets a level having seen both.</source>
        <translation>Le niveau {level}, le plus haut, s’applique jusqu’à ce que quelqu’un ayant vu les deux fixe un niveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Levels were set on laptops that had not seen each other&apos;s: {sets}.</source>
        <translation>Des niveaux ont été fixés sur des ordinateurs qui ne voyaient pas ceux des autres : {sets}.</translation>
    </message>
</context>
<context>
    <name>LogKind</name>
    <message>
        <location filename="../../crisisroom/domain/log.py" line="+67"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill inject</source>
        <translation>Inject d&apos;exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault access</source>
        <translation>Accès au coffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wizard step</source>
        <translation>Étape de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../../crisisroom/gui/main_window/log_panel.py" line="+71"/>
        <source>Search the log (Ctrl+F)</source>
        <translation>Rechercher dans le journal (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show entries of kind</source>
        <translation>Afficher les entrées de type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Crisis log</source>
        <translation>Journal de crise</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{count} matching</source>
        <translation>Correspondances&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Correct this entry…</source>
        <translation>Corriger cette entrée…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy entry id</source>
        <translation>Copier l&apos;identifiant de l&apos;entrée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select the entry to correct first.</source>
        <translation>Sélectionnez d&apos;abord l&apos;entrée à corriger.</translation>
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
        <translation>(a eu lieu le {when})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correction: {text}</source>
        <translation>Correction&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded {when} by {author}</source>
        <translation>Enregistré le {when} par {author}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Written on {laptop}, another laptop of the team</source>
        <translation>Écrit sur {laptop}, un autre ordinateur de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Happened {when}</source>
        <translation>Survenu le {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This entry was corrected; the correction is a later entry.</source>
        <translation>Cette entrée a été corrigée&#xa0;; la correction est une entrée ultérieure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry {id}</source>
        <translation>Entrée {id}</translation>
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
        <translation>&amp;Nouvel incident…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New &amp;drill…</source>
        <translation>Nouvel e&amp;xercice…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Join a shared incident…</source>
        <translation>Re&amp;joindre un incident partagé…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run a d&amp;rill…</source>
        <translation>&amp;Lancer un exercice…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared &amp;accounts…</source>
        <translation>Comptes &amp;partagés…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a &amp;log entry</source>
        <translation>Écrire au &amp;journal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find in log</source>
        <translation>&amp;Rechercher dans le journal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Correct selected entry…</source>
        <translation>&amp;Corriger l&apos;entrée sélectionnée…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Resolve incident…</source>
        <translation>&amp;Résoudre l&apos;incident…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;open incident…</source>
        <translation>R&amp;ouvrir l&apos;incident…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Verify the log</source>
        <translation>&amp;Vérifier le journal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reports…</source>
        <translation>R&amp;apports…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Post-crisis review…</source>
        <translation>Retour d&apos;&amp;expérience…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;hare with the team…</source>
        <translation>Partager avec l&apos;é&amp;quipe…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Assess severity…</source>
        <translation>Évaluer la &amp;gravité…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crisis &amp;steps…</source>
        <translation>É&amp;tapes de crise…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import mentions…</source>
        <translation>&amp;Importer des mentions…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a &amp;mention…</source>
        <translation>Ajouter une &amp;mention…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Escalation rules…</source>
        <translation>Règles d&apos;&amp;escalade…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team…</source>
        <translation>É&amp;quipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;templates…</source>
        <translation>&amp;Modèles de messages…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;drills in the incident list</source>
        <translation>Afficher les e&amp;xercices dans la liste des incidents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Team panel</source>
        <translation>&amp;Panneau de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Crisis Room</source>
        <translation>À &amp;propos de Crisis Room</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Set &amp;severity level</source>
        <translation>Définir le &amp;niveau de gravité</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
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
        <translation>Incident&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Crisis log</source>
        <translation>Journal de crise</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+191"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>{incident} (resolved)</source>
        <translation>{incident} (résolu)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{incident} · Crisis Room</source>
        <translation>{incident} · Crisis Room</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>EXERCISE · Demo: a made-up brand, team and posts, generated on this computer over the past 36 hours. Look around, try the crisis steps; nothing here is real.</source>
        <translation>EXERCICE · Démonstration&#xa0;: une marque, une équipe et des publications fictives, générées sur cet ordinateur sur les 36 dernières heures. Explorez, essayez les étapes de crise&#xa0;; rien de tout cela n&apos;est réel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Severity: {level}</source>
        <translation>Gravité&#xa0;: {level}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The incident is resolved. The post-crisis review comes next.</source>
        <translation>L&apos;incident est résolu. Le retour d&apos;expérience vient ensuite.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Mentions ({count})</source>
        <translation>Mentions ({count})</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Crisis Room: {rule}</source>
        <translation>Crisis Room&#xa0;: {rule}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The mention was not added</source>
        <translation>La mention n&apos;a pas été ajoutée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That mention is already in the room.</source>
        <translation>Cette mention figure déjà dans Crisis Room.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The incident was not created</source>
        <translation>L&apos;incident n&apos;a pas été créé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened {incident}</source>
        <translation>Ouvert&#xa0;: {incident}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm severity</source>
        <translation>Confirmer la gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why {level}? (optional, goes into the log)</source>
        <translation>Pourquoi {level}&#xa0;? (facultatif, consigné au journal)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Resolve incident</source>
        <translation>Résoudre l&apos;incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve “{title}”. A note for the log (optional):</source>
        <translation>Résoudre «&#xa0;{title}&#xa0;». Une note pour le journal (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen incident</source>
        <translation>Rouvrir l&apos;incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen “{title}”. A note for the log (optional):</source>
        <translation>Rouvrir «&#xa0;{title}&#xa0;». Une note pour le journal (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Making the demo incident…</source>
        <translation>Création de l&apos;incident de démonstration…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The demo incident is made up and marked EXERCISE; it never counts as a real incident.</source>
        <translation>L&apos;incident de démonstration est fictif et marqué EXERCICE&#xa0;; il ne compte jamais comme un incident réel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import an export</source>
        <translation>Importer un export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported mentions belong to an incident. Start the incident they are about first; the import opens as soon as it is created.</source>
        <translation>Les mentions importées appartiennent à un incident. Ouvrez d&apos;abord l&apos;incident qu&apos;elles concernent&#xa0;; l&apos;import s&apos;ouvrira dès sa création.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start an incident…</source>
        <translation>Ouvrir un incident…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This incident is already shared through {folder}.</source>
        <translation>Cet incident est déjà partagé par {folder}.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>⚠ The shared folder has %n alarm(s): see the Team panel.</source>
        <translation>
            <numerusform>⚠ Le dossier partagé a %n alarme : voir le panneau Équipe.</numerusform>
            <numerusform>⚠ Le dossier partagé a %n alarmes : voir le panneau Équipe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This laptop was admitted to the team: the shared incident is here.</source>
        <translation>Cet ordinateur a été admis dans l&apos;équipe : l&apos;incident partagé est ici.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new entries from the team&apos;s other laptops.</source>
        <translation>
            <numerusform>%n nouvelle entrée des autres ordinateurs de l&apos;équipe.</numerusform>
            <numerusform>%n nouvelles entrées des autres ordinateurs de l&apos;équipe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sharing: {problem}</source>
        <translation>Partage : {problem}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Crisis Room stopped writing</source>
        <translation>Crisis Room a cessé d’écrire</translation>
    </message>
</context>
<context>
    <name>ManagePage</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/manage_page.py" line="+79"/>
        <source>Crisis &amp;lead:</source>
        <translation>&amp;Responsable de crise&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cribe:</source>
        <translation>&amp;Secrétaire de crise&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;pokesperson:</source>
        <translation>&amp;Porte-parole&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the crisis lead.</source>
        <translation>Choisissez le responsable de crise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the scribe, who keeps the log.</source>
        <translation>Choisissez le secrétaire de crise, qui tient le journal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the spokesperson.</source>
        <translation>Choisissez le porte-parole.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Who does what</source>
        <translation>Qui fait quoi</translation>
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
        <translation>Premier point sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then every</source>
        <translation>Puis toutes les</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the first</source>
        <translation>Pendant les premières</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After that every</source>
        <translation>Au-delà, toutes les</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First within 5 minutes, every 20 minutes for two hours, then hourly</source>
        <translation>Premier sous 5 minutes, puis toutes les 20 minutes pendant deux heures, puis toutes les heures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal updates</source>
        <translation>Points internes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First within</source>
        <translation>Premier sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>then every</source>
        <translation>puis toutes les</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>for the first</source>
        <translation>pendant</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checklist; each tick is logged at once</source>
        <translation>Liste de contrôle&#xa0;; chaque coche est consignée aussitôt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An account with scheduled posts, e.g. @ourbrand on Instagram</source>
        <translation>Un compte avec des publications programmées, ex.&#xa0;: @notremarque sur Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;account</source>
        <translation>Ajouter le &amp;compte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your own item, e.g. Brief the works council</source>
        <translation>Votre propre point, p. ex. Informer le CSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own checklist item</source>
        <translation>Votre propre point de la liste de contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;item</source>
        <translation>Ajouter le p&amp;oint</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ename…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename the selected item of your own; its tick stays</source>
        <translation>Renommer le point sélectionné (un des vôtres)&#xa0;; sa coche reste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected item of your own; the log keeps it</source>
        <translation>Supprimer le point sélectionné (un des vôtres)&#xa0;; le journal le garde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A product is recalled: add product safety, retailers and the product-safety authority</source>
        <translation>Un produit est rappelé&#xa0;: ajouter la sécurité des produits, les distributeurs et l&apos;autorité de sécurité des produits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist (each tick goes into the log at once)</source>
        <translation>Liste de contrôle (chaque coche est aussitôt consignée au journal)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Became aware of the breach at</source>
        <translation>Moment où la violation a été connue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set</source>
        <translation>&amp;Définir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the 72-hour clock from this moment; the change is logged</source>
        <translation>Redémarrer le délai de 72 heures à partir de ce moment&#xa0;; la modification est consignée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Became a&amp;ware of it at:</source>
        <translation>Connu dep&amp;uis&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tick the authority&apos;s item below once it is notified. A notification after 72 hours must say why it is late.</source>
        <translation>Cochez le point de l&apos;autorité ci-dessous une fois la notification faite. Une notification après 72 heures doit expliquer le retard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breach notification: 72 hours (GDPR Article 33)</source>
        <translation>Notification de la violation&#xa0;: 72 heures (RGPD article 33)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Scheduled posts paused on {account}</source>
        <translation>Publications programmées suspendues sur {account}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done by {person}</source>
        <translation>Fait par {person}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own item: rename or remove it with the buttons below</source>
        <translation>Point à vous&#xa0;: renommez-le ou supprimez-le avec les boutons ci-dessous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not on this type&apos;s list; kept because it was ticked</source>
        <translation>Ne fait pas partie de la liste de ce type&#xa0;; conservé parce qu&apos;il est coché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticking it stops the 72-hour clock</source>
        <translation>Le cocher arrête le délai de 72 heures</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Rename the item</source>
        <translation>Renommer le point</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New words for the item:</source>
        <translation>Nouveau libellé du point&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove a ticked item</source>
        <translation>Supprimer un point coché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{item}” is ticked as done. Remove it from the checklist? The log keeps when it was done.</source>
        <translation>«&#xa0;{item}&#xa0;» est coché comme fait. Le retirer de la liste de contrôle&#xa0;? Le journal garde quand il a été fait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>as set by the team</source>
        <translation>selon l&apos;équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the detection time</source>
        <translation>l&apos;heure de détection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when the incident was opened</source>
        <translation>à l&apos;ouverture de l&apos;incident</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The main window counts down to each update and reminds you when one is due. A released holding statement or update restarts the count.</source>
        <translation>La fenêtre principale décompte le temps jusqu&apos;à chaque point et vous prévient quand il est dû. Une déclaration d&apos;attente ou une mise à jour diffusée relance le décompte.</translation>
    </message>
</context>
<context>
    <name>MentionDialog</name>
    <message>
        <location filename="../../ui/mention_dialog.ui" line="+14"/>
        <source>Add a mention</source>
        <translation>Ajouter une mention</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>For a post you saw yourself, when there is no export to import. Paste its text and its link.</source>
        <translation>Pour une publication que vous avez vue vous-même, quand il n&apos;y a pas d&apos;export à importer. Collez son texte et son lien.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Link:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Posted &amp;by:</source>
        <translation>Publié p&amp;ar&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the account&apos;s name or handle</source>
        <translation>le nom du compte ou son nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Posted &amp;at:</source>
        <translation>Publié l&amp;e&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sentiment:</source>
        <translation>&amp;Sentiment&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/mentions/mention_dialog.py" line="+25"/>
        <source>Detect from the text</source>
        <translation>Déduire du texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add mention</source>
        <translation>Ajouter la mention</translation>
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
        <translation>{date}, heure inconnue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not scored ({reason})</source>
        <translation>Non évalué ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{sentiment} (set by hand)</source>
        <translation>{sentiment} (défini à la main)</translation>
    </message>
</context>
<context>
    <name>MentionsChart</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/mentions_chart.py" line="+48"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Image PNG (*.png);;Image SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mentions per hour</source>
        <translation>Mentions par heure</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Negative mentions per hour</source>
        <translation>Mentions négatives par heure</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Show every hour with mentions</source>
        <translation>Afficher toutes les heures avec des mentions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the last {range}</source>
        <translation>Afficher la période&#xa0;: {range}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the chart as a PNG or SVG image</source>
        <translation>Enregistrer le graphique en image PNG ou SVG</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Negative</source>
        <translation>Négatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not scored</source>
        <translation>Non évaluées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule fired</source>
        <translation>Règle déclenchée</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Times in {zone}</source>
        <translation>Heures selon le fuseau {zone}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Cannot export the chart</source>
        <translation>Impossible d&apos;exporter le graphique</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Save it as a .png or .svg file, not {suffix}.</source>
        <translation>Enregistrez-le en fichier .png ou .svg, pas {suffix}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} could not be written: {reason}.</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>MentionsPanel</name>
    <message>
        <location filename="../../crisisroom/gui/mentions/panel.py" line="+59"/>
        <source>Show mentions of sentiment</source>
        <translation>Afficher les mentions selon le sentiment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sentiments</source>
        <translation>Tous les sentiments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not scored</source>
        <translation>Non évaluées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import an export…</source>
        <translation>Importer un export…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a mention…</source>
        <translation>Ajouter une mention…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n mention(s), {negative} negative ({share}%)</source>
        <translation>
            <numerusform>%n mention · négatives&#xa0;: {negative} ({share} %)</numerusform>
            <numerusform>%n mentions · négatives&#xa0;: {negative} ({share} %)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No mentions yet: import an export from your listening tool, or add one.</source>
        <translation>Aucune mention pour l&apos;instant&#xa0;: importez un export de votre outil de veille, ou ajoutez-en une.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark as {sentiment}</source>
        <translation>Marquer comme {sentiment}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The mention was not changed</source>
        <translation>La mention n&apos;a pas été modifiée</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/message_page.py" line="+112"/>
        <source>Speaking for</source>
        <translation>Au nom de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your organisation&apos;s name, as statements sign it</source>
        <translation>Le nom de votre organisation, tel qu&apos;il figure en signature des déclarations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking &amp;for:</source>
        <translation>Au &amp;nom de&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statements by audience and phase</source>
        <translation>Déclarations par public et par phase</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Public summary</source>
        <translation>Résumé pour le public</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened, in words the public may read; drafts use this, never the internal assessment</source>
        <translation>Ce qui s&apos;est passé, en des termes que le public peut lire&#xa0;; les brouillons s&apos;en servent, jamais de l&apos;évaluation interne</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version for</source>
        <translation>Version pour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Statement text</source>
        <translation>Texte de la déclaration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft from the template, or write the statement here</source>
        <translation>Rédigez à partir du modèle, ou écrivez la déclaration ici</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Length per platform</source>
        <translation>Longueur par plateforme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Media contact</source>
        <translation>Contact presse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft from &amp;template</source>
        <translation>&amp;Rédiger depuis le modèle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approved by</source>
        <translation>Approuvée par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appro&amp;ved by:</source>
        <translation>Approu&amp;vée par&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+242"/>
        <source>&amp;Release</source>
        <translation>&amp;Diffuser</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>Released on:</source>
        <translation>Diffusion sur&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Release over the limit, because:</source>
        <translation>Diffuser malgré la limite, parce que&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason for releasing over the limit</source>
        <translation>Raison de diffuser malgré la limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it must go out as it is (kept in the log)</source>
        <translation>Pourquoi elle doit partir telle quelle (consigné au journal)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Version history</source>
        <translation>Historique des versions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>edited, not saved</source>
        <translation>modifiée, non enregistrée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{state}: {platforms}</source>
        <translation>{state}&#xa0;: {platforms}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{cell} · edited</source>
        <translation>{cell} · modifiée</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>P&amp;ublic summary, {phase}:</source>
        <translation>Résumé pour le &amp;grand public, {phase}&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{platform} · {state}</source>
        <translation>{platform} · {state}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One text for every channel; released where you tick, each within its limit</source>
        <translation>Un texte pour tous les canaux&#xa0;; diffusé là où vous cochez, dans la limite de chacun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A version for {platform}, which has no length limit</source>
        <translation>Une version pour {platform}, sans limite de longueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A version for {platform}, at most {limit} characters</source>
        <translation>Une version pour {platform}, {limit} caractères au plus</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Release on {platform}</source>
        <translation>&amp;Diffuser sur {platform}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>approved by {name} ({role})</source>
        <translation>approuvée par {name} ({role})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text {hash}</source>
        <translation>texte {hash}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>released on {where}</source>
        <translation>diffusée sur {where}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over the limit: {reason}</source>
        <translation>malgré la limite&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose who approves…</source>
        <translation>Choisir qui approuve…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody on the team may approve: add an approver in Team</source>
        <translation>Personne dans l&apos;équipe ne peut approuver&#xa0;: ajoutez un approbateur dans Équipe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No media contact: give someone on the team the Spokesperson role, with a phone or e-mail.</source>
        <translation>Pas de contact presse&#xa0;: donnez à une personne de l&apos;équipe le rôle Porte-parole, avec un téléphone ou un e-mail.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Media contact in the statements: {name} ({role}), {reach}</source>
        <translation>Contact presse dans les déclarations&#xa0;: {name} ({role}), {reach}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Media contact: {name} ({role}) has no phone or e-mail on the team list</source>
        <translation>Contact presse&#xa0;: {name} ({role}) n&apos;a ni téléphone ni e-mail dans la liste de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not drafted yet</source>
        <translation>Pas encore rédigée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{state} v{version} · edited: saving makes a new draft</source>
        <translation>{state} v{version} · modifiée&#xa0;: l&apos;enregistrement crée un nouveau brouillon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{state} v{version} · edited</source>
        <translation>{state} v{version} · modifiée</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Choose who approves it, from the team&apos;s approvers.</source>
        <translation>Choisissez qui l&apos;approuve, parmi les approbateurs de l&apos;équipe.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tick where the statement was released.</source>
        <translation>Cochez où la déclaration a été diffusée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why it must go out over the limit.</source>
        <translation>Dites pourquoi elle doit partir malgré la limite.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Over the length limit</source>
        <translation>Au-delà de la limite de longueur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version is {count} characters, {over} over the {platform} limit of {limit}. It cannot be released on {platform} as it is without a reason for the override.

Approve it anyway, or cancel and shorten it?</source>
        <translation>Cette version compte {count} caractères, {over} de plus que la limite de {limit} pour {platform}. Elle ne peut pas être diffusée sur {platform} telle quelle sans un motif de dérogation.

L&apos;approuver quand même, ou annuler et la raccourcir&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approve anyway</source>
        <translation>Approuver quand même</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{platform} ({count} of {limit})</source>
        <translation>{platform} ({count} sur {limit})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not released: too long for {platforms}. Shorten it, or release it over the limit and say why.</source>
        <translation>Non diffusée&#xa0;: trop longue pour {platforms}. Raccourcissez-la, ou diffusez-la malgré la limite en disant pourquoi.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Release at least one statement (a holding statement) before moving on: never go silent.</source>
        <translation>Diffusez au moins une déclaration (une déclaration d&apos;attente) avant de continuer&#xa0;: ne restez jamais silencieux.</translation>
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
            <numerusform>{platform}&#xa0;: %Ln caractère</numerusform>
            <numerusform>{platform}&#xa0;: %Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>({count} parts)</source>
        <translation>({count} parties)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown}, {count} over</source>
        <translation>{shown}, {count} de trop</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The template could not be used: {reason}</source>
        <translation>Le modèle n&apos;a pas pu être utilisé&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../crisisroom/domain/message_flow.py" line="+33"/>
        <location filename="../../crisisroom/domain/platform_lengths.py" line="+121"/>
        <source>Public posts</source>
        <translation>Publications publiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crisisroom/domain/platform_lengths.py" line="+1"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crisisroom/domain/platform_lengths.py" line="+1"/>
        <source>Employees</source>
        <translation>Collaborateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crisisroom/domain/platform_lengths.py" line="+1"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crisisroom/domain/platform_lengths.py" line="+1"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../crisisroom/domain/platform_lengths.py" line="+3"/>
        <source>Holding statement</source>
        <translation>Déclaration d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crisisroom/domain/platform_lengths.py" line="+1"/>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crisisroom/domain/platform_lengths.py" line="+1"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Diffusée</translation>
    </message>
    <message>
        <location filename="../../crisisroom/domain/platform_lengths.py" line="+9"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press release</source>
        <translation>Communiqué de presse</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/monitor_page.py" line="+58"/>
        <source>Next internal update</source>
        <translation>Prochain point interne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Breach notification deadline</source>
        <translation>Échéance de notification de la violation</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+89"/>
        <source>Rule firings</source>
        <translation>Déclenchements de règles</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+85"/>
        <source>Coverage</source>
        <translation>Retombées médias</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+16"/>
        <location line="+1"/>
        <source>Outlet</source>
        <translation>Média</translation>
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
        <translation>Lien</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+30"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Note (a wrong claim to correct, a journalist to call back…)</source>
        <translation>Note (une affirmation erronée à corriger, un journaliste à rappeler…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add coverage</source>
        <translation>&amp;Ajouter une retombée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Why it is over (goes into the log)</source>
        <translation>Pourquoi c&apos;est terminé (consigné au journal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is resolved</source>
        <translation>Pourquoi c&apos;est résolu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Declare resolved…</source>
        <translation>&amp;Déclarer résolu…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drafts the resolution statement for each affected audience and the internal all-clear from the templates (each still to approve and release), then closes the incident.</source>
        <translation>Rédige à partir des modèles la déclaration de résolution pour chaque public touché et la fin d&apos;alerte interne (chacune reste à approuver et à diffuser), puis clôt l&apos;incident.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When it is over</source>
        <translation>Quand c&apos;est terminé</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The incident is resolved: no more updates are due</source>
        <translation>L&apos;incident est résolu&#xa0;: plus aucun point n&apos;est attendu</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No escalation rule has fired for this incident.</source>
        <translation>Aucune règle d&apos;escalade ne s&apos;est déclenchée pour cet incident.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{when} · {rule}: {action}</source>
        <translation>{when} · {rule}: {action}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call: {role} — {who}.</source>
        <translation>À appeler&#xa0;: {role} — {who}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call: {role}.</source>
        <translation>À appeler&#xa0;: {role}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested level: {level}.</source>
        <translation>Niveau proposé&#xa0;: {level}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the outlet: the paper, site or channel that covered it.</source>
        <translation>Indiquez le média&#xa0;: le journal, le site ou la chaîne qui en a parlé.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The resolution texts could not be drafted: {reason}</source>
        <translation>Les textes de résolution n&apos;ont pas pu être rédigés&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Declare the crisis resolved</source>
        <translation>Déclarer la crise résolue</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>This drafts the resolution statement for {audiences} and the internal all-clear to staff, and closes the incident. The drafts still need approval and release.</source>
        <translation>Cela rédige la déclaration de résolution pour {audiences} et la fin d&apos;alerte interne pour le personnel, puis clôt l&apos;incident. Les brouillons devront encore être approuvés et diffusés.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Declare resolved</source>
        <translation>Déclarer résolu</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>&lt;b&gt;Resolved.&lt;/b&gt; The incident is closed and the log keeps everything that was done. Drafted: the resolution statement for {audiences}, and the internal all-clear. %n statement(s) await approval before they go out. Close this window; the post-crisis review comes next.</source>
        <translation>
            <numerusform>&lt;b&gt;Résolu.&lt;/b&gt; L&apos;incident est clos et le journal conserve tout ce qui a été fait. Rédigées&#xa0;: la déclaration de résolution pour {audiences}, et la fin d&apos;alerte interne. %n déclaration attend une approbation avant d&apos;être diffusée. Fermez cette fenêtre&#xa0;; le retour d&apos;expérience vient ensuite.</numerusform>
            <numerusform>&lt;b&gt;Résolu.&lt;/b&gt; L&apos;incident est clos et le journal conserve tout ce qui a été fait. Rédigées&#xa0;: la déclaration de résolution pour {audiences}, et la fin d&apos;alerte interne. %n déclarations attendent une approbation avant d&apos;être diffusées. Fermez cette fenêtre&#xa0;; le retour d&apos;expérience vient ensuite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextPanel</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/next_panel.py" line="+36"/>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Resolved, and nothing is waiting.</source>
        <translation>Résolu, et rien n&apos;est en attente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing pressing right now: keep watching mentions and sentiment.</source>
        <translation>Rien d&apos;urgent pour l&apos;instant&#xa0;: continuez à suivre les mentions et le sentiment.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Show fewer</source>
        <translation>Afficher moins</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n de plus</numerusform>
            <numerusform>%n de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <location filename="../../crisisroom/domain/next_steps.py" line="+44"/>
        <source>Assess how serious it is</source>
        <translation>Évaluer la gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No severity level is confirmed yet; who is called and what is due depend on it.</source>
        <translation>Aucun niveau de gravité n&apos;est encore confirmé&#xa0;; qui appeler et ce qui est dû en dépendent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm the level: the rules suggest level {suggested}</source>
        <translation>Confirmer le niveau&#xa0;: les règles proposent le niveau {suggested}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level {suggested} suggested by {rule} at {time}; confirmed level {level} ({who}, {since}).</source>
        <translation>Niveau {suggested} proposé par {rule} à {time}&#xa0;; niveau confirmé {level} ({who}, {since}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level {suggested} suggested by {rule} at {time}; no level confirmed yet.</source>
        <translation>Niveau {suggested} proposé par {rule} à {time}&#xa0;; aucun niveau confirmé pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach the chain of command for level {level}</source>
        <translation>Joindre la chaîne de commandement du niveau {level}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not contacted yet: {names}.</source>
        <translation>Aucun appel pour l&apos;instant&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tried, not reached yet: {names}.</source>
        <translation>Appel sans réponse pour l&apos;instant&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached, not yet acknowledged: {names}.</source>
        <translation>Appel abouti, sans confirmation&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (or backup {backup})</source>
        <translation>{name} (ou son suppléant, {backup})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get an answer from the chain of command</source>
        <translation>Obtenir une réponse de la chaîne de commandement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the update that was due at {due}</source>
        <translation>Envoyer la mise à jour attendue à {due}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the next update by {due}</source>
        <translation>Envoyer la prochaine mise à jour d&apos;ici {due}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last update at {last}; the rhythm asks for the next by {due}.</source>
        <translation>Dernière mise à jour à {last}&#xa0;; le rythme demande la suivante d&apos;ici {due}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No update has gone out since the incident was opened at {opened}; the rhythm asks for the first by {due}.</source>
        <translation>Aucune mise à jour depuis l&apos;ouverture de l&apos;incident à {opened}&#xa0;; le rythme demande la première d&apos;ici {due}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approve the statement that is waiting</source>
        <translation>Approuver la déclaration en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the {count} statements that are waiting</source>
        <translation>Approuver les {count} déclarations en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval since {time}: {statements}.</source>
        <translation>En attente d&apos;approbation depuis {time}&#xa0;: {statements}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If personal data leaked, notify the authority by {deadline}</source>
        <translation>Si des données personnelles ont fuité, notifier l&apos;autorité d&apos;ici {deadline}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 72-hour deadline to notify the authority passed at {deadline}</source>
        <translation>Le délai de 72 heures pour notifier l&apos;autorité a expiré à {deadline}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security breach known since {aware}: GDPR Article 33 allows 72 hours from then ({hours} h left).</source>
        <translation>Faille de sécurité connue depuis {aware}&#xa0;: l&apos;article 33 du RGPD laisse 72 heures à partir de ce moment ({hours} h restantes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Security breach known since {aware}: a notification after 72 hours must say why it is late.</source>
        <translation>Faille de sécurité connue depuis {aware}&#xa0;: une notification après 72 heures doit expliquer le retard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release a first statement</source>
        <translation>Publier une première déclaration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level {level} since {since}, over an hour ago, and no statement has been released yet.</source>
        <translation>Niveau {level} depuis {since}, il y a plus d&apos;une heure, et aucune déclaration n&apos;a encore été publiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause scheduled posts and campaigns</source>
        <translation>Suspendre les publications programmées et les campagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level {level} confirmed at {since}: from level 4 scheduled posts stop; the checklist has them running.</source>
        <translation>Niveau {level} confirmé à {since}&#xa0;: dès le niveau 4, les publications programmées s&apos;arrêtent&#xa0;; la liste de contrôle les montre encore actives.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level {level} confirmed at {since}: from level 4 scheduled posts stop; not yet paused on {accounts}.</source>
        <translation>Niveau {level} confirmé à {since}&#xa0;: dès le niveau 4, les publications programmées s&apos;arrêtent&#xa0;; pas encore suspendues sur {accounts}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the post-crisis review</source>
        <translation>Commencer le bilan post-crise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved at {time}; no lesson, action item or plan change has been recorded yet.</source>
        <translation>Résolu à {time}&#xa0;; aucune leçon, action ou modification du plan n&apos;a encore été enregistrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>NoteList</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/review_page.py" line="+70"/>
        <source>Type and press Enter</source>
        <translation>Saisissez puis appuyez sur Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../crisisroom/domain/notifications.py" line="+37"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by SMS</source>
        <translation>par SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by e-mail</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by other means</source>
        <translation>par un autre moyen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message left</source>
        <translation>message laissé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reached</source>
        <translation>appel abouti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledged</source>
        <translation>a confirmé</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not yet tried</source>
        <translation>aucun appel pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>NotifyActions</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/notify_actions.py" line="+23"/>
        <source>E-mail draft (*.eml)</source>
        <translation>Brouillon d&apos;e-mail (*.eml)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The mail program was not opened</source>
        <translation>La messagerie n&apos;a pas été ouverte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A long message</source>
        <translation>Message long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some mail programs cut off messages this long when they come through a link. Save the message as a draft file (.eml) instead, and open that?</source>
        <translation>Certaines messageries tronquent les messages aussi longs quand ils arrivent par un lien. Enregistrer plutôt le message comme brouillon (.eml) et l&apos;ouvrir&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a draft…</source>
        <translation>Enregistrer un brouillon…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No mail program</source>
        <translation>Aucune messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mail program is set up to open e-mail links on this computer. Save the message as a draft (.eml) to open in any mail program, or copy the text.</source>
        <translation>Aucune messagerie n&apos;est configurée pour ouvrir les liens e-mail sur cet ordinateur. Enregistrez le message comme brouillon (.eml) pour l&apos;ouvrir dans n&apos;importe quelle messagerie, ou copiez le texte.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save the message as a draft</source>
        <translation>Enregistrer le message comme brouillon</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The draft was not saved</source>
        <translation>Le brouillon n&apos;a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>NotifyPage</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/notify_page.py" line="+60"/>
        <source>no phone or e-mail</source>
        <translation>ni téléphone ni e-mail</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Acknowledged</source>
        <translation>A confirmé</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>{name} acknowledged</source>
        <translation>{name} a confirmé la réception</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>How {name} was tried</source>
        <translation>Moyen utilisé pour joindre {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: no answer</source>
        <translation>{name}&#xa0;: pas de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: voicemail or message left</source>
        <translation>{name}&#xa0;: message vocal ou écrit laissé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} reached</source>
        <translation>{name}&#xa0;: appel abouti</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>no phone</source>
        <translation>pas de téléphone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backup: {name}, {phone}</source>
        <translation>suppléant&#xa0;: {name}, {phone}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no backup on the roster</source>
        <translation>aucun suppléant dans l&apos;équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tried yet</source>
        <translation>Aucun appel pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{outcome} {time} ({channel})</source>
        <translation>{outcome} à {time} ({channel})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ Acknowledged</source>
        <translation>✓ A confirmé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reached, not yet acknowledged</source>
        <translation>Appel abouti, sans confirmation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still to reach</source>
        <translation>Reste à joindre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again, or call the backup: {name}, {phone}</source>
        <translation>Réessayez, ou appelez le suppléant&#xa0;: {name}, {phone}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backup on the roster: try again, or another way.</source>
        <translation>Aucun suppléant dans l&apos;équipe&#xa0;: réessayez, ou par un autre moyen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left message</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation>Appel abouti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tried, nobody answered: they still need reaching</source>
        <translation>Appel sans réponse&#xa0;: la personne reste à joindre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left a voicemail or a message: they still need reaching until they call back</source>
        <translation>Message vocal ou écrit laissé&#xa0;: la personne reste à joindre tant qu&apos;elle n&apos;a pas rappelé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spoke to them: they know</source>
        <translation>Vous avez parlé à la personne&#xa0;: elle est au courant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They confirmed they are acting on it</source>
        <translation>La personne a confirmé qu&apos;elle agit</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+139"/>
        <source>The chain of command</source>
        <translation>La chaîne de commandement</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Internal alert subject</source>
        <translation>Objet de l&apos;alerte interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The internal alert to the crisis team</source>
        <translation>L&apos;alerte interne à la cellule de crise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal alert</source>
        <translation>Alerte interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft from &amp;template</source>
        <translation>&amp;Rédiger depuis le modèle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in &amp;mail app</source>
        <translation>Ouvrir dans la &amp;messagerie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save .&amp;eml…</source>
        <translation>Enregistrer en .&amp;eml…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print call sheet…</source>
        <translation>&amp;Imprimer la fiche d&apos;appel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call sheet P&amp;DF…</source>
        <translation>Fiche d&apos;appel en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Internal alert to the crisis team</source>
        <translation>Alerte interne à la cellule de crise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All-staff alert (level {level} and above: staff hear it from us first)</source>
        <translation>Alerte à tout le personnel (à partir du niveau {level}&#xa0;: le personnel l&apos;apprend d&apos;abord par nous)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What staff may say and share</source>
        <translation>Ce que le personnel peut dire et partager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wording staff may share</source>
        <translation>Formulation que le personnel peut partager</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>What not to say</source>
        <translation>Ce qu&apos;il ne faut pas dire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The all-staff alert has been &amp;sent</source>
        <translation>L&apos;alerte à tout le personnel a été en&amp;voyée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent yet? Say why (goes into the log)</source>
        <translation>Pas encore envoyée&#xa0;? Dites pourquoi (consigné au journal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the all-staff alert is not sent</source>
        <translation>Pourquoi l&apos;alerte à tout le personnel n&apos;est pas envoyée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y staff alert</source>
        <translation>Co&amp;pier l&apos;alerte au personnel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{wording}

Please don&apos;t:
{do_not_say}</source>
        <translation>{wording}

À éviter&#xa0;:
{do_not_say}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wording staff may share:</source>
        <translation>Formulation que le personnel peut partager&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What not to say:</source>
        <translation>Ce qu&apos;il ne faut pas dire&#xa0;:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Confirm the level in step 1, Assess, first: the chain depends on it.</source>
        <translation>Confirmez d&apos;abord le niveau à l&apos;étape 1, Évaluer&#xa0;: la chaîne en dépend.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chain of command for {category} at {level}</source>
        <translation>La chaîne de commandement pour {category}&#xa0;: {level}</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>- share details we have not announced, even with friends and family
- talk to journalists yourself: pass them to the communications team
- argue with critics online</source>
        <translation>- partager des détails que nous n&apos;avons pas annoncés, même avec vos proches
- répondre vous-même aux journalistes&#xa0;: orientez-les vers l&apos;équipe communication
- polémiquer avec les critiques en ligne</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Record at least one person of the crisis team as reached before moving on (no answer and a message left do not count).</source>
        <translation>Notez au moins un appel abouti auprès de la cellule de crise avant de continuer (un appel sans réponse ou un message laissé ne compte pas).</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Nobody on the team is called at this level. Add people with Settings ▸ Team…</source>
        <translation>Personne dans l&apos;équipe n&apos;est appelé à ce niveau. Ajoutez des personnes via Paramètres ▸ Équipe…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A call made earlier…</source>
        <translation>Un appel passé plus tôt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing down a call after the fact: set when it happened, then press its outcome</source>
        <translation>Pour noter un appel après coup&#xa0;: indiquez quand il a eu lieu, puis cliquez sur son résultat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When the call happened</source>
        <translation>Heure de l&apos;appel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>real time, {zone}: the next outcome you press is kept at this time</source>
        <translation>heure réelle, {zone}&#xa0;: le prochain résultat cliqué est noté à cette heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{zone}: the next outcome you press is kept at this time</source>
        <translation>{zone}&#xa0;: le prochain résultat cliqué est noté à cette heure</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The alert template could not be used: {reason}</source>
        <translation>Le modèle d&apos;alerte n&apos;a pas pu être utilisé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crisis: {title}</source>
        <translation>Crise&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Call sheet · {level} · {title}</source>
        <translation>Fiche d&apos;appel · {level} · {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the call sheet</source>
        <translation>Enregistrer la fiche d&apos;appel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Write the wording staff may share, or untick that the all-staff alert is sent.</source>
        <translation>Rédigez le texte que le personnel peut partager, ou décochez l&apos;envoi de l&apos;alerte à tout le personnel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At level {level} all staff must hear it from us first. Tick that the all-staff alert is sent, or say why it is not sent yet.</source>
        <translation>Au niveau {level}, tout le personnel doit l&apos;apprendre de nous d&apos;abord. Cochez l&apos;envoi de l&apos;alerte à tout le personnel, ou dites pourquoi elle n&apos;est pas encore envoyée.</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <location filename="../../crisisroom/printing/pdf.py" line="+345"/>
        <source>Page {number} of {pages}</source>
        <translation>Page {number} sur {pages}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/person_dialog.ui" line="+14"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>as the team knows them</source>
        <translation>comme l&apos;équipe l&apos;appelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the number to call in a crisis, e.g. +44 20 7946 0000</source>
        <translation>le numéro à appeler en cas de crise, ex.&#xa0;: +33 1 99 00 12 34</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Roles:</source>
        <translation>&amp;Rôles&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Called at levels:</source>
        <translation>Niveaux d&apos;appel&#xa0;:</translation>
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
        <translation>&amp;Suppléant&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>hours, time zone, &quot;call, don&apos;t text&quot;…</source>
        <translation>horaires, fuseau horaire, «&#xa0;appeler, pas de SMS&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/settings/person_dialog.py" line="+34"/>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a person to the team</source>
        <translation>Ajouter une personne à l&apos;équipe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to team</source>
        <translation>Ajouter à l&apos;équipe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{level}: {examples}
Handled by: {team}</source>
        <translation>{level}&#xa0;: {examples}
Pris en charge par&#xa0;: {team}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No backup</source>
        <translation>Aucun suppléant</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not called at any level: on the team (for example as a backup) but never called first.</source>
        <translation>N&apos;est appelé à aucun niveau&#xa0;: fait partie de l&apos;équipe (par exemple comme suppléant), mais n&apos;est jamais appelé en premier.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Called only at level(s) {levels}.</source>
        <translation>
            <numerusform>Appelé uniquement au niveau {levels}.</numerusform>
            <numerusform>Appelé uniquement aux niveaux {levels}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Called from level {level} ({name}) up.</source>
        <translation>Appelé à partir du niveau {level} ({name}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Called from level {level} ({name}).</source>
        <translation>Appelé au niveau {level} ({name}).</translation>
    </message>
</context>
<context>
    <name>PostCrisisReview</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/review_page.py" line="+29"/>
        <source>Post-crisis review · {title}</source>
        <translation>Retour d&apos;expérience · {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write down what went well, what did not, and the lessons; agree the actions with an owner and a due date; record the changes to the plan. Everything you add is kept in the log.</source>
        <translation>Notez ce qui a bien fonctionné, ce qui n&apos;a pas fonctionné et les enseignements&#xa0;; convenez des actions, avec un responsable et une échéance&#xa0;; consignez les changements apportés au plan. Tout ce que vous ajoutez est conservé dans le journal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EXERCISE · this review is of a drill</source>
        <translation>EXERCICE · ce retour d&apos;expérience porte sur un exercice</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What is to be done</source>
        <translation>Ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add action</source>
        <translation>Ajouter l&apos;action</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>due</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The change to the plan</source>
        <translation>Le changement apporté au plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add adjustment</source>
        <translation>Ajouter l&apos;ajustement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan adjustments (rules, templates, roster…)</source>
        <translation>Ajustements du plan (règles, modèles, équipe…)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview the review report…</source>
        <translation>Aperçu du rapport de retour d&apos;expérience…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Done ({person})</source>
        <translation>Fait ({person})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick when this action is done</source>
        <translation>Cochez quand cette action est faite</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing was saved</source>
        <translation>Rien n&apos;a été enregistré</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <location filename="../../crisisroom/gui/main_window/log_panel.py" line="+40"/>
        <source>Kind of entry</source>
        <translation>Type d&apos;entrée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New log entry</source>
        <translation>Nouvelle entrée du journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, what was decided, who did what… Enter logs it</source>
        <translation>Ce qui s&apos;est passé, ce qui a été décidé, qui a fait quoi… Entrée pour consigner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Happened earlier…</source>
        <translation>Survenu plus tôt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For something written down after the fact: say when it happened</source>
        <translation>Pour un fait noté après coup&#xa0;: indiquez quand il a eu lieu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When it happened</source>
        <translation>Quand cela a eu lieu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log it</source>
        <translation>Consigner</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Say who is writing: type your name in the author field first.</source>
        <translation>Indiquez qui écrit&#xa0;: saisissez d&apos;abord votre nom dans le champ auteur.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../crisisroom/services/reports.py" line="+55"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <location filename="../../crisisroom/reports/data.py" line="+49"/>
        <source>Situation report</source>
        <translation>Point de situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily summary</source>
        <translation>Synthèse quotidienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-crisis review</source>
        <translation>Retour d&apos;expérience après la crise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message record</source>
        <translation>Registre des messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-action report</source>
        <translation>Rapport de fin d&apos;exercice</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>released</source>
        <translation>diffusée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>detection</source>
        <translation>la détection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening</source>
        <translation>l&apos;ouverture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correction of the entry of {when}: {text}</source>
        <translation>Correction de l&apos;entrée du {when} : {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phase} · version {number}</source>
        <translation>{phase} · version {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inject {offset}</source>
        <translation>Inject {offset}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise control</source>
        <translation>Direction de l&apos;exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not played</source>
        <translation>non joué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} d {hours} h</source>
        <translation>{days} j {hours} h</translation>
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
        <translation>Notifier la violation de données personnelles à l&apos;autorité de contrôle (RGPD article 33, 72 heures)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as recorded by the team</source>
        <translation>selon l&apos;équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the detection time</source>
        <translation>heure de détection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when the incident was opened</source>
        <translation>à l&apos;ouverture de l&apos;incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} left</source>
        <translation>il reste {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue by {time}</source>
        <translation>En retard de {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done at {when} by {who}, {time} before the deadline</source>
        <translation>Fait le {when} par {who}, {time} avant l&apos;échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done at {when} by {who}, {time} after the deadline</source>
        <translation>Fait le {when} par {who}, {time} après l&apos;échéance</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location line="-34"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../crisisroom/gui/report_preview.py" line="+44"/>
        <source>HTML (web page)</source>
        <translation>HTML (page web)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (tableur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>Tableur (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Situation report</source>
        <translation>Point de situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily summary</source>
        <translation>Synthèse quotidienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-crisis review</source>
        <translation>Retour d&apos;expérience après la crise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message record</source>
        <translation>Registre des messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-action report</source>
        <translation>Rapport de fin d&apos;exercice</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reports · {title}</source>
        <translation>Rapports · {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EXERCISE · this incident is a drill; every report is marked as an exercise</source>
        <translation>EXERCICE · cet incident est un exercice&#xa0;; chaque rapport est marqué comme tel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>This report cannot be made: {reason}</source>
        <translation>Impossible d&apos;établir ce rapport&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved as CSV, this report opens as a spreadsheet (one row per line of the table).</source>
        <translation>Enregistré en CSV, ce rapport s&apos;ouvre dans un tableur (une ligne par ligne du tableau).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as PDF on A4 pages, with the incident&apos;s title and page numbers on each page.</source>
        <translation>Enregistré en PDF au format A4, avec le titre de l&apos;incident et le numéro de page sur chaque page.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as HTML, this report is one file that opens in any browser, charts included.</source>
        <translation>Enregistré en HTML, ce rapport est un fichier unique qui s&apos;ouvre dans n&apos;importe quel navigateur, graphiques compris.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the {report}</source>
        <translation>Enregistrer le rapport&#xa0;: {report}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report was not saved</source>
        <translation>Le rapport n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was printed</source>
        <translation>Rien n&apos;a été imprimé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print the {report}</source>
        <translation>Imprimer le rapport&#xa0;: {report}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent to the printer: {report}</source>
        <translation>Envoyé à l&apos;imprimante&#xa0;: {report}</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../crisisroom/domain/review.py" line="+48"/>
        <source>What went well</source>
        <translation>Ce qui a bien fonctionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did not go well</source>
        <translation>Ce qui n&apos;a pas bien fonctionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson learned</source>
        <translation>Enseignement</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/review_page.py" line="-185"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../crisisroom/domain/team.py" line="+58"/>
        <source>Crisis lead</source>
        <translation>Responsable de crise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident commander: owns the response, decides and delegates.</source>
        <translation>Pilote la réponse à l&apos;incident&#xa0;: décide et délègue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scribe</source>
        <translation>Secrétaire de crise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the crisis log: who did what, and when.</source>
        <translation>Tient le journal de crise&#xa0;: qui a fait quoi, et quand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spokesperson</source>
        <translation>Porte-parole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The one voice that speaks for the organisation in public.</source>
        <translation>La seule voix qui s&apos;exprime en public au nom de l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PR / media officer</source>
        <translation>Chargé des relations presse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handles journalists and press statements.</source>
        <translation>Gère les journalistes et les déclarations à la presse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Social media officer</source>
        <translation>Chargé des réseaux sociaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watches mentions and sentiment; pauses and restarts scheduled posts.</source>
        <translation>Surveille les mentions et le sentiment&#xa0;; suspend et relance les publications programmées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer support lead</source>
        <translation>Responsable du service client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefs the support team and answers customers.</source>
        <translation>Informe l&apos;équipe du support et répond aux clients.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Security lead</source>
        <translation>Responsable de la sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handles hacks and leaks; secures the accounts.</source>
        <translation>Traite les piratages et les fuites&#xa0;; sécurise les comptes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legal counsel</source>
        <translation>Conseil juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks statements and advises on legal exposure.</source>
        <translation>Relit les déclarations et conseille sur les risques juridiques.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data protection officer</source>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges whether personal data is involved and what the regulator must be told.</source>
        <translation>Juge si des données personnelles sont en jeu et ce qu&apos;il faut dire à l&apos;autorité de contrôle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quality and product safety</source>
        <translation>Qualité et sécurité des produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges whether a product is unsafe; runs a recall with the authorities.</source>
        <translation>Juge si un produit est dangereux&#xa0;; mène un rappel avec les autorités.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Service owner</source>
        <translation>Responsable du service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owns the service that failed: what broke, and when it will work again.</source>
        <translation>Responsable du service en panne&#xa0;: ce qui est cassé, et quand il remarchera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Executive approver</source>
        <translation>Approbateur (direction)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approves statements before they are released.</source>
        <translation>Approuve les déclarations avant leur diffusion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CMO</source>
        <translation>Directeur marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chief marketing officer: owns the brand&apos;s response.</source>
        <translation>Directeur marketing (CMO)&#xa0;: porte la réponse de la marque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CEO</source>
        <translation>Directeur général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chief executive: speaks for the company when it is most serious.</source>
        <translation>Dirigeant de l&apos;entreprise&#xa0;: s&apos;exprime en son nom dans les cas les plus graves.</translation>
    </message>
</context>
<context>
    <name>RoomContext</name>
    <message>
        <location filename="../../crisisroom/gui/context.py" line="+148"/>
        <location line="+5"/>
        <source>Nothing was saved</source>
        <translation>Rien n&apos;a été enregistré</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../crisisroom/domain/rules.py" line="+29"/>
        <source>{count} or more negative mentions within {minutes} minutes</source>
        <translation>{count} mentions négatives ou plus en {minutes} minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than {count} negative mentions in a clock hour</source>
        <translation>plus de {count} mentions négatives dans une heure d&apos;horloge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than {count} negative mentions an hour for {hours} consecutive hours</source>
        <translation>plus de {count} mentions négatives par heure pendant {hours} heures consécutives</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Keep monitoring; include it in the end-of-day report for senior management.</source>
        <translation>Continuer la surveillance&#xa0;; l&apos;inclure dans le rapport de fin de journée pour la direction.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign to PR</source>
        <translation>Confier aux RP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start assigning the negative messages to the PR manager.</source>
        <translation>Commencer à attribuer les messages négatifs au responsable RP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PR manager</source>
        <translation>Responsable RP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Surge on a channel</source>
        <translation>Afflux sur un canal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring a support director or the PR lead onto the channel.</source>
        <translation>Faire intervenir un directeur du support ou le responsable RP sur le canal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support director or PR lead</source>
        <translation>Directeur du support ou responsable RP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activate the crisis plan</source>
        <translation>Activer le plan de crise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone the CMO and open the crisis plan.</source>
        <translation>Appeler le directeur marketing et ouvrir le plan de crise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CMO</source>
        <translation>Directeur marketing</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../ui/rules_dialog.ui" line="+14"/>
        <source>Escalation rules</source>
        <translation>Règles d&apos;escalade</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An hour breaches a rule when its negative mentions exceed the threshold. A rule fires once per run of breaching hours; a quiet hour re-arms it. A sliding window counts the negative mentions of the last N minutes instead of clock hours.</source>
        <translation>Une heure dépasse une règle quand ses mentions négatives dépassent le seuil. Une règle se déclenche une seule fois par série d&apos;heures en dépassement&#xa0;; une heure calme la réarme. Une fenêtre glissante compte les mentions négatives des N dernières minutes au lieu des heures pleines.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Add rule</source>
        <translation>&amp;Ajouter une règle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove rule</source>
        <translation>&amp;Supprimer la règle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore &amp;defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/mentions/rules_dialog.py" line="+18"/>
        <source>On</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than</source>
        <translation>Plus de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours in a row</source>
        <translation>Heures d&apos;affilée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window (min)</source>
        <translation>Fenêtre (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggests level</source>
        <translation>Niveau suggéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom to call</source>
        <translation>Qui appeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>clock hours</source>
        <translation>heures d&apos;horloge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Say what to do.</source>
        <translation>Indiquez ce qu&apos;il faut faire.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../ui/secret_dialog.ui" line="+14"/>
        <source>Rotate the password</source>
        <translation>Renouveler le mot de passe</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Confirmer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/vault/secret_dialog.py" line="+42"/>
        <source>Repeat</source>
        <translation>Confirmer</translation>
    </message>
</context>
<context>
    <name>SecretEdit</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/secret_edit.py" line="+82"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hide the secret</source>
        <translation>Masquer le secret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown in clear text</source>
        <translation>Affiché en clair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
</context>
<context>
    <name>Sentiment</name>
    <message>
        <location filename="../../crisisroom/gui/i18n.py" line="+158"/>
        <source>negative</source>
        <translation>négatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positive</source>
        <translation>positif</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../crisisroom/gui/settings/dialog.py" line="+119"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation rules</source>
        <translation>Règles d&apos;escalade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates</source>
        <translation>Points internes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain of command</source>
        <translation>Chaîne de commandement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message templates</source>
        <translation>Modèles de messages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data and backups</source>
        <translation>Données et sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Organisation name</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As your statements sign it</source>
        <translation>Tel qu&apos;il figure en signature de vos déclarations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zone for new incidents</source>
        <translation>Fuseau horaire des nouveaux incidents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statements and templates speak for this name.</source>
        <translation>Les déclarations et les modèles s&apos;expriment au nom de cette organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New incidents start in this zone; each incident keeps the zone it was opened with.</source>
        <translation>Les nouveaux incidents commencent dans ce fuseau&#xa0;; chaque incident garde le fuseau de son ouverture.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For you on this computer. Takes effect the next time Crisis Room starts.</source>
        <translation>Pour vous, sur cet ordinateur. Prend effet au prochain démarrage de Crisis Room.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit the escalation rules…</source>
        <translation>&amp;Modifier les règles d&apos;escalade…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules watch the negative mentions per hour. When one fires it writes an alert into the log, says whom to call and suggests a level; a person confirms levels.</source>
        <translation>Les règles surveillent les mentions négatives par heure. Quand une règle se déclenche, elle inscrit une alerte au journal, indique qui appeler et suggère un niveau&#xa0;; c&apos;est une personne qui confirme le niveau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First update within</source>
        <translation>Premier point sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then every</source>
        <translation>Puis toutes les</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For the first hours</source>
        <translation>Pendant les premières heures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then every (later)</source>
        <translation>Au-delà, toutes les</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the &amp;recommended rhythm</source>
        <translation>Utiliser le rythme &amp;recommandé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;First update within:</source>
        <translation>&amp;Premier point sous&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then &amp;every:</source>
        <translation>Puis &amp;toutes les&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the first:</source>
        <translation>Pendant les premières&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then every (&amp;later):</source>
        <translation>Au-&amp;delà, toutes les&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How often the team must give an internal update, counted from when an incident is opened and then from each update. The recommended rhythm: the first within 5 minutes, then every 20 minutes for 2 hours, then every hour. An incident&apos;s Manage step can set its own; incidents that have not follow this one.</source>
        <translation>La fréquence des points internes que l&apos;équipe doit faire, comptée depuis l&apos;ouverture de l&apos;incident puis depuis chaque point. Rythme recommandé&#xa0;: le premier sous 5 minutes, puis toutes les 20 minutes pendant 2 heures, puis toutes les heures. L&apos;étape Gérer d&apos;un incident peut fixer son propre rythme&#xa0;; sinon, c&apos;est celui-ci qui s&apos;applique.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the &amp;team…</source>
        <translation>Ouvrir l&apos;&amp;équipe…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The people called in a crisis: their roles, phones, e-mails, backups and the levels at which each is called. Import and export as CSV or vCard.</source>
        <translation>Les personnes appelées en cas de crise&#xa0;: leurs rôles, téléphones, e-mails, suppléants et les niveaux auxquels chacune est appelée. Import et export en CSV ou vCard.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Which roles each crisis type calls at each severity level (the columns 1 to 5). The Notify step calls everyone who holds a ticked role, and anyone the team calls at that level anyway.</source>
        <translation>Les rôles que chaque type de crise appelle à chaque niveau de gravité (les colonnes 1 à 5). L&apos;étape Prévenir appelle toutes les personnes qui ont un rôle coché, et celles que l&apos;équipe appelle de toute façon à ce niveau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit message &amp;templates…</source>
        <translation>Modifier les &amp;modèles de messages…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own wording for each crisis type, audience and phase, with a live preview. The Message step drafts every statement from these templates.</source>
        <translation>Vos propres formulations pour chaque type de crise, chaque public et chaque phase, avec un aperçu en direct. L&apos;étape Communiquer rédige chaque déclaration à partir de ces modèles.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your system may ask you to unlock the keychain</source>
        <translation>Le système peut vous demander de déverrouiller le trousseau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passwords, recovery codes and tokens of shared accounts are kept only in this computer&apos;s keychain, never in Crisis Room&apos;s database, backups or exports.</source>
        <translation>Les mots de passe, codes de secours et jetons des comptes partagés sont conservés uniquement dans le trousseau de cet ordinateur, jamais dans la base de données, les sauvegardes ni les exports de Crisis Room.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source> (off)</source>
        <translation> (désactivée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No rules: nothing escalates.</source>
        <translation>Aucune règle&#xa0;: rien n&apos;est escaladé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody is on the team yet.</source>
        <translation>Personne n&apos;est encore dans l&apos;équipe.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The team is still the made-up example (%n people): replace it with your own.</source>
        <translation>
            <numerusform>L&apos;équipe est encore l&apos;exemple fictif (%n personne)&#xa0;: remplacez-la par la vôtre.</numerusform>
            <numerusform>L&apos;équipe est encore l&apos;exemple fictif (%n personnes)&#xa0;: remplacez-la par la vôtre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n people on the team.</source>
        <translation>
            <numerusform>%n personne dans l&apos;équipe.</numerusform>
            <numerusform>%n personnes dans l&apos;équipe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Not usable&lt;/b&gt;: {0}.</source>
        <translation>&lt;b&gt;Inutilisable&lt;/b&gt;&#xa0;: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Ready&lt;/b&gt;: {0}.</source>
        <translation>&lt;b&gt;Prêt&lt;/b&gt;&#xa0;: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared-account secrets can be stored and read.</source>
        <translation>Les secrets des comptes partagés peuvent être enregistrés et lus.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The settings were not saved</source>
        <translation>Les paramètres n&apos;ont pas été enregistrés</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../crisisroom/domain/severity.py" line="+54"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A complaint or a question here and there.</source>
        <translation>Une plainte ou une question de temps en temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer support, as on any other day.</source>
        <translation>Le service client, comme tous les jours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business as usual; keep an eye on it.</source>
        <translation>Activité normale&#xa0;; garder un œil dessus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer support</source>
        <translation>Service client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Elevated</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry customers, a broken link, a wrong-account post, a factual error, a bad typo.</source>
        <translation>Clients mécontents, lien cassé, publication sur le mauvais compte, erreur factuelle, grosse faute de frappe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer support or PR, with a manager&apos;s guidance.</source>
        <translation>Service client ou RP, encadrés par un manager.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a crisis yet; fix it and watch that it does not grow.</source>
        <translation>Pas encore une crise&#xa0;; corriger et veiller à ce que cela ne s&apos;amplifie pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support or PR, a manager guiding</source>
        <translation>Support ou RP, encadrés par un manager</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serious</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Many angry customers, a service outage, a product people cannot get.</source>
        <translation>Nombreux clients mécontents, panne de service, produit impossible à obtenir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A support director or the PR lead takes the channel; the crisis plan may be opened.</source>
        <translation>Un directeur du support ou le responsable RP prend le canal en main&#xa0;; le plan de crise peut être ouvert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A crisis in the making; someone senior owns it now.</source>
        <translation>Une crise se prépare&#xa0;; un responsable de haut niveau la prend désormais en main.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support director or PR lead</source>
        <translation>Directeur du support ou responsable RP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crisis</source>
        <translation>Crise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recall, faulty products, a data leak, bad press everywhere, layoffs.</source>
        <translation>Rappel de produit, produits défectueux, fuite de données, mauvaise presse partout, licenciements.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior management, PR, marketing and executives; alert all staff; pause scheduled posts.</source>
        <translation>Direction, RP, marketing et dirigeants&#xa0;; alerter tout le personnel&#xa0;; suspendre les publications programmées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A crisis for the whole organisation; staff hear it from us first.</source>
        <translation>Une crise pour toute l&apos;organisation&#xa0;; le personnel l&apos;apprend d&apos;abord par nous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior management and executives</source>
        <translation>Direction et dirigeants</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severe crisis</source>
        <translation>Crise majeure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lawsuit, an accident with injuries, illegal conduct by staff.</source>
        <translation>Procès, accident avec blessés, comportement illégal du personnel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executives and legal; the CEO makes a statement; the full crisis plan.</source>
        <translation>Dirigeants et juristes&#xa0;; le directeur général fait une déclaration&#xa0;; plan de crise complet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People, the law or the company&apos;s survival are at stake.</source>
        <translation>Des personnes, la loi ou la survie de l&apos;entreprise sont en jeu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executives, legal and the CEO</source>
        <translation>Dirigeants, juristes et directeur général</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+43"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Is anyone hurt, or could someone get hurt?</source>
        <translation>Quelqu&apos;un est-il blessé, ou pourrait-il l&apos;être&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injuries</source>
        <translation>Blessés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone is or could be hurt</source>
        <translation>Quelqu&apos;un est ou pourrait être blessé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether anyone is hurt</source>
        <translation>sur la présence de blessés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is there legal action, or illegal conduct by staff?</source>
        <translation>Y a-t-il une action en justice, ou un comportement illégal du personnel&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal action or illegal conduct by staff</source>
        <translation>Action en justice ou comportement illégal du personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about legal action</source>
        <translation>sur une action en justice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Has personal data leaked, or has one of our accounts been hacked?</source>
        <translation>Des données personnelles ont-elles fuité, ou l&apos;un de nos comptes a-t-il été piraté&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data or accounts</source>
        <translation>Données ou comptes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal data leaked or an account hacked (a security breach)</source>
        <translation>Fuite de données personnelles ou compte piraté (faille de sécurité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about a data leak or hack</source>
        <translation>sur une fuite de données ou un piratage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is a product or service affected?</source>
        <translation>Un produit ou un service est-il touché&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product or service</source>
        <translation>Produit ou service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Down or unavailable</source>
        <translation>En panne ou indisponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A service is down or a product unavailable</source>
        <translation>Un service est en panne ou un produit indisponible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Faulty, unsafe or recalled</source>
        <translation>Défectueux, dangereux ou rappelé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A product or service is faulty, unsafe or recalled</source>
        <translation>Un produit ou un service est défectueux, dangereux ou rappelé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about the product or service</source>
        <translation>sur le produit ou le service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did we publish something wrong (an error, a broken link, the wrong account)?</source>
        <translation>Avons-nous publié quelque chose d&apos;erroné (une erreur, un lien cassé, le mauvais compte)&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our mistake</source>
        <translation>Notre erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We published something wrong</source>
        <translation>Nous avons publié quelque chose d&apos;erroné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether we published an error</source>
        <translation>sur une erreur de publication de notre part</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much press coverage is there?</source>
        <translation>Quelle est la couverture médiatique&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local or trade</source>
        <translation>Locale ou spécialisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local or trade press is covering it</source>
        <translation>La presse locale ou spécialisée en parle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>National or widespread</source>
        <translation>Nationale ou étendue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National or widespread press coverage</source>
        <translation>Couverture médiatique nationale ou étendue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about press coverage</source>
        <translation>sur la couverture médiatique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many people are upset?</source>
        <translation>Combien de personnes sont mécontentes&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upset people</source>
        <translation>Mécontents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few</source>
        <translation>Quelques-unes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dozens</source>
        <translation>Des dizaines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dozens of people are upset</source>
        <translation>Des dizaines de personnes sont mécontentes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hundreds or more</source>
        <translation>Des centaines ou plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hundreds of people or more are upset</source>
        <translation>Des centaines de personnes ou plus sont mécontentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>how many are upset</source>
        <translation>sur le nombre de mécontents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is it spreading fast (shared widely, more complaints every hour)?</source>
        <translation>Cela se propage-t-il vite (beaucoup de partages, plus de plaintes d&apos;heure en heure)&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreading fast</source>
        <translation>Propagation rapide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is spreading fast</source>
        <translation>Cela se propage vite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether it is spreading</source>
        <translation>sur la propagation</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Not sure {about}: one level higher until confirmed → level {level}</source>
        <translation>Doute {about}&#xa0;: un niveau de plus jusqu&apos;à confirmation → niveau {level}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not sure {about}</source>
        <translation>Doute {about}</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>{reason} → level {level}</source>
        <translation>{reason} → niveau {level}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{reason}, so one level up from {base} (at least {floor}) → level {level}</source>
        <translation>{reason}&#xa0;: un niveau au-dessus de {base} (au moins {floor}) → niveau {level}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+58"/>
        <source>{reason}; level {base} already covers that</source>
        <translation>{reason}&#xa0;; le niveau {base} en tient déjà compte</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>When unsure between two levels, we take the higher one.</source>
        <translation>En cas de doute entre deux niveaux, on retient le plus élevé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing answered yet.</source>
        <translation>Aucune réponse pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing points above level 1: routine support handles it.</source>
        <translation>Rien n&apos;indique plus que le niveau 1&#xa0;: le support habituel s&apos;en occupe.</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/i18n.py" line="-18"/>
        <location filename="../../crisisroom/reports/data.py" line="-7"/>
        <source>Not yet assessed</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crisisroom/reports/data.py" line="+1"/>
        <source>Level {number} · {name}</source>
        <translation>Niveau {number} · {name}</translation>
    </message>
</context>
<context>
    <name>SeverityGauge</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/severity_gauge.py" line="+130"/>
        <source>Rules suggest level {level}</source>
        <translation>Les règles suggèrent le niveau {level}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity not yet assessed.</source>
        <translation>Gravité pas encore évaluée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handled by: {team}</source>
        <translation>Pris en charge par&#xa0;: {team}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules suggest {level}.</source>
        <translation>Les règles suggèrent&#xa0;: {level}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to assess the severity.</source>
        <translation>Cliquez pour évaluer la gravité.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Severity not yet assessed</source>
        <translation>Gravité pas encore évaluée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity level {0}, {1}</source>
        <translation>Gravité&#xa0;: niveau {0}, {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; suggested {0}</source>
        <translation>&#xa0;; suggéré&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../crisisroom/gui/sharing/share_dialog.py" line="+83"/>
        <source>Share with the team</source>
        <translation>Partager avec l&apos;équipe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder the team shares</source>
        <translation>Le dossier que l&apos;équipe partage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop&apos;s name</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ann&apos;s laptop</source>
        <translation>p. ex. le portable d&apos;Ann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Also share this folder through Syncthing on this computer</source>
        <translation>Partager &amp;aussi ce dossier avec Syncthing sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncthing keeps the folder in step with the team&apos;s laptops over the local network, with no server</source>
        <translation>Syncthing tient le dossier à jour sur les ordinateurs de l&apos;équipe par le réseau local, sans serveur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>With these computers that Syncthing knows:</source>
        <translation>Avec ces ordinateurs que Syncthing connaît :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This &amp;laptop&apos;s name:</source>
        <translation>Nom de cet &amp;ordinateur :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncthing, a network share, a cloud-drive folder or a USB stick moves the files; the live database never goes there.</source>
        <translation>Syncthing, un partage réseau, un dossier de stockage en ligne ou une clé USB transporte les fichiers ; la base de données vivante n&apos;y va jamais.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You share as {author} (the name in the author field) and become the team&apos;s first member; the team sees that name beside this laptop.</source>
        <translation>Vous partagez en tant que {author} (le nom du champ auteur) et devenez le premier membre de l&apos;équipe ; l&apos;équipe voit ce nom à côté de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Share “{title}” with the team</source>
        <translation>Partager « {title} » avec l&apos;équipe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>On each laptop that joins, compare the digits it shows, then admit it in the Team panel.</source>
        <translation>Sur chaque ordinateur qui rejoint l&apos;équipe, comparez les chiffres qu&apos;il affiche, puis admettez-le dans le panneau de l&apos;équipe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On the other laptops: File ▸ Join a shared incident…, and choose this folder once its files have arrived there.</source>
        <translation>Sur les autres ordinateurs : Fichier ▸ Rejoindre un incident partagé…, puis choisissez ce dossier une fois ses fichiers arrivés.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shared. This laptop&apos;s fingerprint:</source>
        <translation>Partagé. L&apos;empreinte de cet ordinateur :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Share</source>
        <translation>&amp;Partager</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+13"/>
        <source>The incident was not shared</source>
        <translation>L&apos;incident n&apos;a pas été partagé</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Choose the folder to share through.</source>
        <translation>Choisissez le dossier par lequel partager.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The shared folder: {path}</source>
        <translation>Le dossier partagé : {path}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asking Syncthing on this computer to carry the folder…</source>
        <translation>Demande à Syncthing sur cet ordinateur de transporter le dossier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncthing on this computer now carries the folder: each laptop that joins accepts it in its own Syncthing. A laptop this Syncthing does not know yet adds this computer by its ID:
{device}</source>
        <translation>Syncthing sur cet ordinateur transporte désormais le dossier : chaque ordinateur qui rejoint l&apos;équipe l&apos;accepte dans son propre Syncthing. Un ordinateur que ce Syncthing ne connaît pas encore ajoute cet ordinateur par son identifiant :
{device}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The incident is shared, but Syncthing did not take the folder: {problem} Any other way of moving the folder&apos;s files works as well.</source>
        <translation>L&apos;incident est partagé, mais Syncthing n&apos;a pas pris le dossier : {problem} Tout autre moyen de transporter les fichiers du dossier fonctionne aussi.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../../crisisroom/gui/sharing/widgets.py" line="+46"/>
        <source>Fingerprint {digits}</source>
        <translation>Empreinte {digits}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{age} ago</source>
        <translation>il y a {age}</translation>
    </message>
</context>
<context>
    <name>StatusChecks</name>
    <message>
        <location filename="../../crisisroom/gui/main_window/backups.py" line="+52"/>
        <location line="+52"/>
        <location line="+12"/>
        <source>Checking the log…</source>
        <translation>Vérification du journal…</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The database file this window writes to</source>
        <translation>Le fichier de base de données dans lequel écrit cette fenêtre</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>⚠ Stopped writing: close this window and open the file again</source>
        <translation>⚠ Écriture arrêtée : fermez cette fenêtre et rouvrez le fichier</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>⚠ Log does NOT verify: {problem}</source>
        <translation>⚠ Échec de la vérification du journal&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ New entries are not signed: unlock the keychain to resume</source>
        <translation>⚠ Nouvelles entrées non signées : déverrouillez le trousseau pour reprendre</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>✓ Log verified: %n entries in this file, all chains intact ({time})</source>
        <translation>
            <numerusform>✓ Journal vérifié&#xa0;: %n entrée dans ce fichier, toutes les chaînes intactes ({time})</numerusform>
            <numerusform>✓ Journal vérifié&#xa0;: %n entrées dans ce fichier, toutes les chaînes intactes ({time})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>✓ Log verified: %n entries of this incident, all chains intact ({time})</source>
        <translation>
            <numerusform>✓ Journal vérifié&#xa0;: %n entrée de cet incident, toutes les chaînes intactes ({time})</numerusform>
            <numerusform>✓ Journal vérifié&#xa0;: %n entrées de cet incident, toutes les chaînes intactes ({time})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Checked at {time}: all %n entries in this database file: each device&apos;s hash chain from its first entry to its last, its signature, and this computer&apos;s record of the log&apos;s heads.</source>
        <translation>
            <numerusform>Vérifié à {time} : %n entrée de ce fichier : la chaîne de hachage de chaque appareil, de sa première entrée à la dernière, sa signature, et ce que cet ordinateur a noté des têtes du journal.</numerusform>
            <numerusform>Vérifié à {time} : les %n entrées de ce fichier : la chaîne de hachage de chaque appareil, de sa première entrée à la dernière, sa signature, et ce que cet ordinateur a noté des têtes du journal.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New log entries are written but not signed: {problem}.</source>
        <translation>Les nouvelles entrées du journal sont enregistrées mais pas signées : {problem}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log head (for crisisroom verify --head):</source>
        <translation>Tête du journal (pour crisisroom verify --head) :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>⚠ The log could not be checked: {reason}</source>
        <translation>⚠ Le journal n&apos;a pas pu être vérifié&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back up the crisis log</source>
        <translation>Sauvegarder le journal de crise</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Crisis Room database (*.sqlite)</source>
        <translation>Base de données Crisis Room (*.sqlite)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup saved to {path}</source>
        <translation>Sauvegarde enregistrée dans {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace everything in this crisis log with the contents of {0}?

What is in the log now is saved as a backup first, so this can be undone.</source>
        <translation>Remplacer tout le contenu de ce journal de crise par celui de {0}&#xa0;?

Le contenu actuel du journal est d&apos;abord sauvegardé&#xa0;: l&apos;opération peut donc être annulée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup was not restored</source>
        <translation>La sauvegarde n&apos;a pas été restaurée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored</source>
        <translation>Restauration effectuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored from {0}. The previous contents are in {1}.</source>
        <translation>Restauré depuis {0}. L&apos;ancien contenu se trouve dans {1}.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../crisisroom/gui/wizard/base.py" line="+52"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Step {number} of 5 · {step}</source>
        <translation>Étape {number} sur 5 · {step}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>What you typed could not be kept as a draft: {reason}</source>
        <translation>Votre saisie n&apos;a pas pu être conservée comme brouillon&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/team_dialog.ui" line="+14"/>
        <source>Team and chain of command</source>
        <translation>Équipe et chaîne de commandement</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The people Crisis Room calls on, and at which severity levels. The chain of command for a level lists everyone called at it, crisis lead first; when someone cannot be reached, try their backup.</source>
        <translation>Les personnes que Crisis Room fait appeler, et à quels niveaux de gravité. La chaîne de commandement d&apos;un niveau liste toutes les personnes appelées à ce niveau, le responsable de crise en premier&#xa0;; si quelqu&apos;un est injoignable, essayez son suppléant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These are made-up example people. Replace them with your own team: import a spreadsheet (CSV) or an address book (vCard), or edit each person.</source>
        <translation>Ce sont des personnes fictives, données en exemple. Remplacez-les par votre équipe&#xa0;: importez un tableur (CSV) ou un carnet d&apos;adresses (vCard), ou modifiez chaque personne.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;Add person…</source>
        <translation>Aj&amp;outer une personne…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ex&amp;port…</source>
        <translation>Ex&amp;porter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace with e&amp;xample team…</source>
        <translation>Remplacer par l&apos;équipe d&apos;e&amp;xemple…</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/settings/team_dialog.py" line="+35"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Suppléant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called at levels</source>
        <translation>Niveaux d&apos;appel</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Everyone on the team</source>
        <translation>Toute l&apos;équipe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chain of command at {level}</source>
        <translation>Chaîne de commandement&#xa0;: {level}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crisis type</source>
        <translation>Type de crise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for {type}</source>
        <translation>pour {type}</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>not called</source>
        <translation>non appelé</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n person(s) · {team}</source>
        <translation>
            <numerusform>%n personne · {team}</numerusform>
            <numerusform>%n personnes · {team}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+86"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The person was not saved</source>
        <translation>La personne n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {name}.</source>
        <translation>Enregistré&#xa0;: {name}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove {name} from the team?</source>
        <translation>Retirer {name} de l&apos;équipe&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{name} is the backup of {people}; %n person(s) will have no backup until you choose another.</source>
        <translation>
            <numerusform>{name} assure la suppléance de {people}&#xa0;; %n personne n&apos;aura pas de suppléant tant que vous n&apos;en aurez pas choisi un autre.</numerusform>
            <numerusform>{name} assure la suppléance de {people}&#xa0;; %n personnes n&apos;auront pas de suppléant tant que vous n&apos;en aurez pas choisi un autre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove from the team</source>
        <translation>Retirer de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was removed</source>
        <translation>Rien n&apos;a été retiré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed {name}.</source>
        <translation>Retiré de l&apos;équipe&#xa0;: {name}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+28"/>
        <source>Import the team</source>
        <translation>Importer l&apos;équipe</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+24"/>
        <source>The team was not imported</source>
        <translation>L&apos;équipe n&apos;a pas été importée</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The team was left as it is.</source>
        <translation>L&apos;équipe n&apos;a pas été modifiée.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Replace the {current} on the team with the %n person(s) in {file}?</source>
        <translation>
            <numerusform>Remplacer l&apos;équipe actuelle ({current}) par la personne de {file}&#xa0;?</numerusform>
            <numerusform>Remplacer l&apos;équipe actuelle ({current}) par les %n personnes de {file}&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People with the same name keep their place in what was recorded before.</source>
        <translation>Les personnes portant le même nom gardent leur place dans ce qui a déjà été consigné.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left out, not imported:</source>
        <translation>Laissés de côté, non importés :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note:</source>
        <translation>Remarque&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <location line="+4"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Replace the team</source>
        <translation>Remplacer l&apos;équipe</translation>
    </message>
    <message numerus="yes">
        <location line="-37"/>
        <source>Imported %n person(s) from {file}.</source>
        <translation>
            <numerusform>%n personne importée depuis {file}.</numerusform>
            <numerusform>%n personnes importées depuis {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the team</source>
        <translation>Exporter l&apos;équipe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The team was not exported</source>
        <translation>L&apos;équipe n&apos;a pas été exportée</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n person(s) to {path}.</source>
        <translation>
            <numerusform>%n personne exportée vers {path}.</numerusform>
            <numerusform>%n personnes exportées vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the example team</source>
        <translation>Utiliser l&apos;équipe d&apos;exemple</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Replace the %n person(s) on the team with the example team of made-up people?

Export the team first if you may want it back.</source>
        <translation>
            <numerusform>Remplacer la personne de l&apos;équipe par l&apos;équipe d&apos;exemple, composée de personnes fictives&#xa0;?

Exportez d&apos;abord l&apos;équipe si vous voulez pouvoir la récupérer.</numerusform>
            <numerusform>Remplacer les %n personnes de l&apos;équipe par l&apos;équipe d&apos;exemple, composée de personnes fictives&#xa0;?

Exportez d&apos;abord l&apos;équipe si vous voulez pouvoir la récupérer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was changed</source>
        <translation>Rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The example team is back. Replace it with your own people when you are ready.</source>
        <translation>L&apos;équipe d&apos;exemple est rétablie. Remplacez-la par votre propre équipe dès que possible.</translation>
    </message>
</context>
<context>
    <name>TeamExchange</name>
    <message>
        <location filename="../../crisisroom/exchange/__init__.py" line="+38"/>
        <source>Team lists (*.csv *.vcf *.vcard *.tsv *.txt);;CSV (*.csv);;vCard (*.vcf *.vcard);;All files (*)</source>
        <translation>Listes d&apos;équipe (*.csv *.vcf *.vcard *.tsv *.txt);;CSV (*.csv);;vCard (*.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV for spreadsheets (*.csv);;vCard for address books (*.vcf)</source>
        <translation>CSV pour tableurs (*.csv);;vCard pour carnets d&apos;adresses (*.vcf)</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <location filename="../../crisisroom/gui/sharing/team_panel.py" line="+106"/>
        <source>Not shared. &lt;a href=&apos;share&apos;&gt;Share with the team…&lt;/a&gt;</source>
        <translation>Non partagé. &lt;a href=&apos;share&apos;&gt;Partager avec l&apos;équipe…&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each laptop of the team then writes into the same incident, through a folder that Syncthing, a network share or a USB stick keeps in step.</source>
        <translation>Chaque ordinateur de l&apos;équipe écrit alors dans le même incident, par un dossier que Syncthing, un partage réseau ou une clé USB tient à jour.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write this laptop&apos;s new entries to the shared folder and read the others&apos; now</source>
        <translation>Écrire maintenant les nouvelles entrées de cet ordinateur dans le dossier partagé et lire celles des autres</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>⚠ The shared folder raised %n alarm(s): the Team panel (View ▸ Team panel) says what to do.</source>
        <translation>
            <numerusform>⚠ Le dossier partagé a levé %n alarme : le panneau de l&apos;équipe (Affichage ▸ Panneau de l&apos;équipe) dit quoi faire.</numerusform>
            <numerusform>⚠ Le dossier partagé a levé %n alarmes : le panneau de l&apos;équipe (Affichage ▸ Panneau de l&apos;équipe) dit quoi faire.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The shared folder holds nothing new.</source>
        <translation>Le dossier partagé ne contient rien de nouveau.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Laptops ({count})</source>
        <translation>Ordinateurs ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting to join ({count})</source>
        <translation>En attente d&apos;admission ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alarms ({count})</source>
        <translation>Alarmes ({count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in step</source>
        <translation>Pas à jour</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Folder checked at {time}</source>
        <translation>Dossier vérifié à {time}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shared through the folder &lt;a href=&apos;open&apos;&gt;{name}&lt;/a&gt;</source>
        <translation>Partagé par le dossier &lt;a href=&apos;open&apos;&gt;{name}&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}
Click to open it in the file manager</source>
        <translation>{path}
Cliquez pour l&apos;ouvrir dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this laptop</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last entry {age}</source>
        <translation>dernière entrée {age}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no entry yet</source>
        <translation>aucune entrée encore</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Admit…</source>
        <translation>&amp;Admettre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admit “{laptop}” ({person})</source>
        <translation>Admettre « {laptop} » ({person})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In this laptop&apos;s own files</source>
        <translation>Dans les fichiers de cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From {laptop} ({person})</source>
        <translation>De {laptop} ({person})</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Compare the fingerprint with that laptop&apos;s screen, then admit it</source>
        <translation>Comparez l&apos;empreinte avec l&apos;écran de cet ordinateur, puis admettez-le</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From an unknown laptop ({device})</source>
        <translation>D&apos;un ordinateur inconnu ({device})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the shared folder</source>
        <translation>Dans le dossier partagé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seen {age}</source>
        <translation>vu {age}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alarm: {text}</source>
        <translation>Alarme : {text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete this copy from the shared folder (keep the file without “sync-conflict” in its name): the alarm then goes.</source>
        <translation>Supprimez cette copie du dossier partagé (gardez le fichier sans « sync-conflict » dans son nom) : l&apos;alarme disparaît alors.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entries read from it before it changed stay. Nothing more is taken from it, so that laptop&apos;s later entries may wait: find out who or what changed the file.</source>
        <translation>Les entrées lues avant la modification restent. Rien de plus n&apos;en est pris, donc les entrées suivantes de cet ordinateur peuvent attendre : cherchez qui ou quoi a modifié le fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was taken from it before it changed stays: find out who or what changed the file.</source>
        <translation>Ce qui en a été repris avant sa modification reste : cherchez qui ou quoi a modifié le fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask that laptop&apos;s person whether its Crisis Room was restored from a backup or copied to another computer.</source>
        <translation>Demandez à la personne de cet ordinateur si son Crisis Room a été restauré depuis une sauvegarde ou copié sur un autre ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update Crisis Room on this laptop, then open it again.</source>
        <translation>Mettez Crisis Room à jour sur cet ordinateur, puis rouvrez-le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone who was never admitted writes into the folder: find out who before admitting anyone.</source>
        <translation>Quelqu&apos;un qui n&apos;a jamais été admis écrit dans le dossier : découvrez qui avant d&apos;admettre quiconque.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Syncthing on this computer</source>
        <translation>Syncthing sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not carry this folder: another tool or a USB stick moves its files.</source>
        <translation>Ne transporte pas ce dossier : un autre outil ou une clé USB transporte ses fichiers.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Carries this folder: %n files still to come.</source>
        <translation>
            <numerusform>Transporte ce dossier : %n fichier encore à venir.</numerusform>
            <numerusform>Transporte ce dossier : %n fichiers encore à venir.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carries this folder: up to date here.</source>
        <translation>Transporte ce dossier : à jour ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No other computer has it yet: share it with the team&apos;s in Syncthing.</source>
        <translation>Aucun autre ordinateur ne l&apos;a encore : partagez-le avec ceux de l&apos;équipe dans Syncthing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: connected</source>
        <translation>{name} : connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: connected, holds {percent} % of the folder</source>
        <translation>{name} : connecté, détient {percent} % du dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: not connected, last seen {age}</source>
        <translation>{name} : non connecté, vu {age}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: never connected</source>
        <translation>{name} : jamais connecté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} asks Syncthing to connect: accept it in Syncthing</source>
        <translation>{name} demande à Syncthing de se connecter : acceptez-le dans Syncthing</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The laptop was not admitted</source>
        <translation>L&apos;ordinateur n&apos;a pas été admis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admitted {person}&apos;s laptop {laptop} to the team.</source>
        <translation>L&apos;ordinateur de {person}, {laptop}, est admis dans l&apos;équipe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../crisisroom/gui/settings/template_editor.py" line="+111"/>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the message</source>
        <translation>Aperçu du message</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fields go between {{ and }}, e.g. {{ organisation }}.</source>
        <translation>Les champs s&apos;écrivent entre {{ et }}, ex.&#xa0;: {{ organisation }}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Shared by every crisis type</source>
        <translation>Commun à tous les types de crise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared sentences</source>
        <translation>Phrases communes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{audience} frame</source>
        <translation>Cadre&#xa0;: {audience}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Short {phase}</source>
        <translation>Version courte&#xa0;: {phase}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The short version, for X (280 characters) and SMS (160)</source>
        <translation>La version courte, pour X (280 caractères) et les SMS (160)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You changed this template</source>
        <translation>Vous avez modifié ce modèle</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>With the current incident’s details.</source>
        <translation>Avec les informations de l&apos;incident en cours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With a made-up sample incident.</source>
        <translation>Avec un incident fictif en exemple.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shown in: {template}.</source>
        <translation>Affiché dans : {template}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+6"/>
        <source>Line {line}</source>
        <translation>Ligne {line}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>In {template}, line {line}</source>
        <translation>Dans {template}, ligne {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In {template}</source>
        <translation>Dans {template}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The preview comes back as soon as the template works.</source>
        <translation>L&apos;aperçu reviendra dès que le modèle fonctionnera.</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fits</source>
        <translation>tient</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} too long</source>
        <translation>{count} de trop</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Our version, not edited.</source>
        <translation>Notre version, non modifiée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edited by {who} on {when}.</source>
        <translation>Modifié par {who} le {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our version has changed since; “Reset to ours” shows the new one.</source>
        <translation>Notre version a changé depuis ; « Rétablir notre version » affiche la nouvelle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fix the problem shown in red first</source>
        <translation>Corrigez d&apos;abord le problème signalé en rouge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(unsaved)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Template not saved</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reset to our version</source>
        <translation>Rétablir notre version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes to this template will be replaced by our version. This cannot be undone.</source>
        <translation>Vos modifications de ce modèle seront remplacées par notre version. Cette opération est irréversible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template not reset</source>
        <translation>Modèle non rétabli</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes to this template are not saved. Discard them?</source>
        <translation>Vos modifications de ce modèle ne sont pas enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location line="-68"/>
        <location filename="../../ui/template_editor.ui" line="+14"/>
        <source>Message templates</source>
        <translation>Modèles de messages</translation>
    </message>
    <message>
        <location filename="../../ui/template_editor.ui" line="+43"/>
        <source>&amp;Templates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Insert &amp;field</source>
        <translation>Insérer un &amp;champ</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Length where it will be posted</source>
        <translation>Longueur selon le support de publication</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Reset to ours</source>
        <translation>&amp;Rétablir notre version</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../crisisroom/reports/statement_templates.py" line="+169"/>
        <source>Sentences shared by every message</source>
        <translation>Phrases communes à tous les messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short {phase}</source>
        <translation>Version courte : {phase}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product recall</source>
        <translation>Rappel de produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{parts} · shared by every crisis type</source>
        <translation>{parts} · commun à tous les types de crise</translation>
    </message>
</context>
<context>
    <name>TimezoneCombo</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/timezone_combo.py" line="+38"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s zone ({0})</source>
        <translation>Fuseau de cet ordinateur ({0})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type to search, e.g. Stockholm</source>
        <translation>Tapez pour chercher, ex.&#xa0;: Paris</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../crisisroom/gui/tray.py" line="+64"/>
        <source>Severity not yet assessed</source>
        <translation>Gravité pas encore évaluée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next internal update due {0}</source>
        <translation>Prochain point interne à {0}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show Crisis Room</source>
        <translation>Afficher Crisis Room</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../../crisisroom/domain/vault.py" line="+45"/>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery codes</source>
        <translation>codes de secours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token</source>
        <translation>jeton d&apos;API</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticator app</source>
        <translation>Application d&apos;authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security key</source>
        <translation>Clé de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail code</source>
        <translation>Code par e-mail</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Change the password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new, unique password on the platform, then store it here.</source>
        <translation>Définissez sur la plateforme un nouveau mot de passe, unique, puis enregistrez-le ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the login e-mail</source>
        <translation>Changer l&apos;e-mail de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the login to an address the attacker has not seen, and secure that mailbox too.</source>
        <translation>Passez la connexion sur une adresse que l&apos;attaquant n&apos;a pas vue, et sécurisez aussi cette boîte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the username</source>
        <translation>Changer le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the attacker knows it, change the login name (keep the public handle if you must).</source>
        <translation>Si l&apos;attaquant le connaît, changez l&apos;identifiant de connexion (gardez le nom public s&apos;il le faut).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign out all other sessions</source>
        <translation>Fermer toutes les autres sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the platform&apos;s &apos;log out of all sessions&apos; or active-devices page.</source>
        <translation>Utilisez l&apos;option «&#xa0;se déconnecter de toutes les sessions&#xa0;» de la plateforme, ou sa page des appareils actifs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review connected apps</source>
        <translation>Vérifier les applications connectées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove apps and scheduling tools you do not recognise; reconnect the ones you use.</source>
        <translation>Supprimez les applications et outils de programmation que vous ne reconnaissez pas&#xa0;; reconnectez ceux que vous utilisez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset two-factor authentication</source>
        <translation>Réinitialiser la double authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol two-factor again on a device you control, and store the new recovery codes here.</source>
        <translation>Réactivez la double authentification sur un appareil que vous contrôlez, et enregistrez ici les nouveaux codes de secours.</translation>
    </message>
</context>
<context>
    <name>VaultWindow</name>
    <message>
        <location filename="../../crisisroom/gui/vault/window.py" line="+166"/>
        <location filename="../../ui/vault_window.ui" line="+14"/>
        <source>Shared accounts</source>
        <translation>Comptes partagés</translation>
    </message>
    <message>
        <location filename="../../ui/vault_window.ui" line="+27"/>
        <source>Search platform, handle, e-mail, owners, notes</source>
        <translation>Rechercher&#xa0;: plateforme, nom d&apos;utilisateur, e-mail, responsables, notes</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/vault/window.py" line="+58"/>
        <location filename="../../ui/vault_window.ui" line="+10"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_window.ui" line="+38"/>
        <source>Select an account to see who looks after it and to reveal or copy its password.</source>
        <translation>Sélectionnez un compte pour voir qui s&apos;en occupe, et pour afficher ou copier son mot de passe.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Login e-mail:</source>
        <translation>E-mail de connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Login page:</source>
        <translation>Page de connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Owners:</source>
        <translation>Responsables&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Two-factor:</source>
        <translation>Double authentification&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Password changed:</source>
        <translation>Mot de passe changé&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Secrets (in the keychain)</source>
        <translation>Secrets (dans le trousseau)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
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
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../ui/vault_window.ui" line="-76"/>
        <location line="+43"/>
        <location line="+43"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Recovery codes:</source>
        <translation>Codes de secours&#xa0;:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>API token:</source>
        <translation>Jeton d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../crisisroom/gui/vault/window.py" line="-401"/>
        <source>Crisis Room handover (*{suffix});;All files (*)</source>
        <translation>Transmission Crisis Room (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>{secret} (hidden until revealed)</source>
        <translation>{secret} (contenu masqué jusqu&apos;à affichage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the {secret} for {seconds} seconds (recorded)</source>
        <translation>Afficher pendant {seconds} secondes&#xa0;: {secret} (consigné)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the {secret}; the clipboard is cleared after {seconds} seconds (recorded)</source>
        <translation>Copier&#xa0;: {secret}&#xa0;; le presse-papiers est vidé après {seconds} secondes (consigné)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../ui/vault_window.ui" line="+61"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/vault_window.ui" line="+10"/>
        <source>&amp;Rotate password…</source>
        <translation>&amp;Renouveler le mot de passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/vault_window.ui" line="+10"/>
        <source>&amp;Compromised…</source>
        <translation>Com&amp;promis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;veal password</source>
        <translation>Affic&amp;her le mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy password</source>
        <translation>&amp;Copier le mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>R&amp;echercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand &amp;over to another laptop…</source>
        <translation>&amp;Transmettre à un autre ordinateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a handover file…</source>
        <translation>&amp;Importer un fichier de transmission…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Handover</source>
        <translation>Tra&amp;nsmission</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Keychain: {keychain}</source>
        <translation>Trousseau&#xa0;: {keychain}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keychain: not usable</source>
        <translation>Trousseau&#xa0;: inutilisable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The accounts cannot be read</source>
        <translation>Impossible de lire les comptes</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>&lt;b&gt;⚠ %n account(s) marked compromised:&lt;/b&gt; {names}. Open each one and work through its checklist.</source>
        <translation>
            <numerusform>&lt;b&gt;⚠ %n compte marqué comme compromis&#xa0;:&lt;/b&gt; {names}. Ouvrez-le et suivez sa liste de contrôle.</numerusform>
            <numerusform>&lt;b&gt;⚠ %n comptes marqués comme compromis&#xa0;:&lt;/b&gt; {names}. Ouvrez chacun d&apos;eux et suivez sa liste de contrôle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>&lt;b&gt;%n password(s) older than {days} days:&lt;/b&gt; {names}. Rotate when the crisis allows.</source>
        <translation>
            <numerusform>&lt;b&gt;%n mot de passe de plus de {days} jours&#xa0;:&lt;/b&gt; {names}. Renouvelez-le dès que la crise le permet.</numerusform>
            <numerusform>&lt;b&gt;%n mots de passe de plus de {days} jours&#xa0;:&lt;/b&gt; {names}. Renouvelez-les dès que la crise le permet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{when} (%n day(s) ago)</source>
        <translation>
            <numerusform>{when} (il y a %n jour)</numerusform>
            <numerusform>{when} (il y a %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marked compromised {when}: {done} of {total} checklist steps done.</source>
        <translation>Marqué comme compromis le {when}&#xa0;; étapes faites&#xa0;: {done} sur {total}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password is older than {days} days: rotate it when you can.</source>
        <translation>Le mot de passe a plus de {days} jours&#xa0;: renouvelez-le dès que possible.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Checklist…</source>
        <translation>&amp;Liste de contrôle…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark &amp;compromised…</source>
        <translation>Marquer comme compr&amp;omis…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept only in the keychain of this computer. Revealed for {reveal} s; copies are cleared from the clipboard after {clear} s. Each is recorded.</source>
        <translation>Conservés uniquement dans le trousseau de cet ordinateur. Affichés pendant {reveal} s&#xa0;; les copies sont effacées du presse-papiers après {clear} s. Chaque accès est consigné.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The keychain cannot be used; see the message at the top of the window.</source>
        <translation>Le trousseau est inutilisable&#xa0;; voir le message en haut de la fenêtre.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Hide ({seconds} s)</source>
        <translation>Masquer ({seconds} s)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{secret} of {account} copied; the clipboard is cleared in {seconds} s.</source>
        <translation>Copié&#xa0;: {secret} de {account}&#xa0;; le presse-papiers sera vidé dans {seconds} s.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clipboard was cleared.</source>
        <translation>Le presse-papiers a été vidé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {secret} was not copied</source>
        <translation>Copie impossible&#xa0;: {secret}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The {secret} was not shown</source>
        <translation>Affichage impossible&#xa0;: {secret}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Added {account}.</source>
        <translation>Ajouté&#xa0;: {account}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rotate the password of {account}</source>
        <translation>Renouveler le mot de passe de {account}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the password on {platform} first, then store the new one here. It replaces the old one in the keychain, and the rotation is recorded.</source>
        <translation>Changez d&apos;abord le mot de passe sur {platform}, puis enregistrez le nouveau ici. Il remplace l&apos;ancien dans le trousseau, et le renouvellement est consigné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store new password</source>
        <translation>Enregistrer le nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stored the new password of {account}.</source>
        <translation>Nouveau mot de passe de {account} enregistré.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove shared account</source>
        <translation>Supprimer le compte partagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {account} from Crisis Room and delete its secrets from the keychain?

This cannot be undone. The audit trail keeps a record that it was removed.</source>
        <translation>Supprimer {account} de Crisis Room et effacer ses secrets du trousseau&#xa0;?

Cette opération est irréversible. La piste d&apos;audit garde une trace de la suppression.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account was not removed</source>
        <translation>Le compte n&apos;a pas été supprimé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed {account}.</source>
        <translation>Supprimé&#xa0;: {account}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark as compromised</source>
        <translation>Marquer comme compromis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark {account} as compromised and start the checklist to secure it?
What happened (optional, goes into the audit trail):</source>
        <translation>Marquer {account} comme compromis et lancer la liste de contrôle pour le sécuriser&#xa0;?
Ce qui s&apos;est passé (facultatif, consigné dans la piste d&apos;audit)&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was marked</source>
        <translation>Rien n&apos;a été marqué</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The step was not ticked</source>
        <translation>L&apos;étape n&apos;a pas été cochée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The setting was not saved</source>
        <translation>Le paramètre n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the handover file</source>
        <translation>Enregistrer le fichier de transmission</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No file was written.</source>
        <translation>Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Wrote %n account(s) to {path}. Give the passphrase separately.</source>
        <translation>
            <numerusform>%n compte écrit dans {path}. Communiquez la phrase secrète séparément.</numerusform>
            <numerusform>%n comptes écrits dans {path}. Communiquez la phrase secrète séparément.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <source>Import a handover file</source>
        <translation>Importer un fichier de transmission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the passphrase of {file}. Its accounts go into this computer&apos;s keychain; an account that is already here gets the file&apos;s details and secrets.</source>
        <translation>Saisissez la phrase secrète de {file}. Ses comptes vont dans le trousseau de cet ordinateur&#xa0;; un compte déjà présent reçoit les informations et les secrets du fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Imported %n new account(s) and {updated} updated from {file}.</source>
        <translation>
            <numerusform>%n nouveau compte importé et {updated} mis à jour depuis {file}.</numerusform>
            <numerusform>%n nouveaux comptes importés et {updated} mis à jour depuis {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault_window.ui" line="+23"/>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Flag passwords older than</source>
        <translation>Signaler les mots de passe de plus de</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Import handover…</source>
        <translation>&amp;Importer une transmission…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hand &amp;over…</source>
        <translation>&amp;Transmettre…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../crisisroom/gui/welcome_page.py" line="+66"/>
        <source>Welcome to Crisis Room</source>
        <translation>Bienvenue dans Crisis Room</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No incident is open. Everything you write down here stays on this laptop, works without a network, and cannot be changed afterwards.</source>
        <translation>Aucun incident n&apos;est ouvert. Tout ce que vous notez ici reste sur cet ordinateur, fonctionne sans réseau et ne peut plus être modifié ensuite.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Start an incident…</source>
        <translation>&amp;Ouvrir un incident…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something is going wrong in public now: open the crisis log and the five steps.</source>
        <translation>Un problème se produit publiquement en ce moment&#xa0;: ouvrez le journal de crise et les cinq étapes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rehearse with a &amp;drill…</source>
        <translation>S&apos;entraîner avec un &amp;exercice…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a practice scenario with your team. Everything is marked EXERCISE.</source>
        <translation>Jouez un scénario d&apos;entraînement avec votre équipe. Tout est marqué EXERCICE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import an export…</source>
        <translation>&amp;Importer un export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentions from Brandwatch, Talkwalker, Meltwater or a CSV. They belong to an incident, so you start one first.</source>
        <translation>Mentions issues de Brandwatch, Talkwalker, Meltwater ou d&apos;un CSV. Elles appartiennent à un incident&#xa0;: vous en ouvrez donc un d&apos;abord.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the d&amp;emo incident</source>
        <translation>Ouvrir l&apos;incident de &amp;démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A made-up crisis with 36 hours of history to look around in. Marked EXERCISE.</source>
        <translation>Une crise fictive avec 36 heures d&apos;historique à explorer. Marquée EXERCICE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Join the team&apos;s incident…</source>
        <translation>&amp;Rejoindre l’incident de l’équipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another laptop shares an incident through a synced folder or a USB stick: take part in it.</source>
        <translation>Un autre ordinateur partage un incident par un dossier synchronisé ou une clé USB : participez-y.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Organisation name</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As your statements sign it, e.g. Northwind Outdoor</source>
        <translation>Tel qu&apos;il figure en signature de vos déclarations, ex.&#xa0;: Northwind Outdoor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time zone for new incidents</source>
        <translation>Fuseau horaire des nouveaux incidents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up your &amp;team…</source>
        <translation>Constituer votre é&amp;quipe…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Before a crisis</source>
        <translation>Avant une crise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation &amp;name:</source>
        <translation>&amp;Nom de l&apos;organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team:</source>
        <translation>Équipe&#xa0;:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nobody is on the team yet: add who is called at each level.</source>
        <translation>Personne n&apos;est encore dans l&apos;équipe&#xa0;: ajoutez qui appeler à chaque niveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team is still the made-up example: replace it with your own.</source>
        <translation>L&apos;équipe est encore l&apos;exemple fictif&#xa0;: remplacez-la par la vôtre.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people on the team.</source>
        <translation>
            <numerusform>%n personne dans l&apos;équipe.</numerusform>
            <numerusform>%n personnes dans l&apos;équipe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The name was not saved</source>
        <translation>Le nom n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved. Statements will speak for {0}.</source>
        <translation>Enregistré. Les déclarations s&apos;exprimeront au nom de {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time zone was not saved</source>
        <translation>Le fuseau horaire n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved. New incidents start in {0}.</source>
        <translation>Enregistré. Fuseau des nouveaux incidents&#xa0;: {0}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this computer&apos;s zone</source>
        <translation>celui de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>WizardStep</name>
    <message>
        <location filename="../../crisisroom/domain/response_steps.py" line="+67"/>
        <source>Assess</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify</source>
        <translation>Prévenir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage</source>
        <translation>Gérer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Communiquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitor</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened, since when, what is known for sure, who is affected, how serious it is.</source>
        <translation>Ce qui s&apos;est passé, depuis quand, ce qui est certain, qui est touché, quelle est la gravité.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tell the crisis team for this level, and note who was reached and who answered.</source>
        <translation>Prévenir la cellule de crise de ce niveau, et noter qui a été joint et qui a répondu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the lead, scribe and spokesperson, set the update rhythm, secure and pause the accounts.</source>
        <translation>Désigner le responsable, le secrétaire et le porte-parole, fixer le rythme des points internes, sécuriser et suspendre les comptes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft, approve and release statements for each audience and phase.</source>
        <translation>Rédiger, approuver et diffuser les déclarations pour chaque public et chaque phase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch coverage and sentiment, adjust, and declare the crisis resolved.</source>
        <translation>Suivre la couverture et le sentiment, ajuster, puis déclarer la crise résolue.</translation>
    </message>
</context>
<context>
    <name>WizardStrip</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/wizard_strip.py" line="+46"/>
        <source>Response steps</source>
        <translation>Étapes de la réponse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response:</source>
        <translation>Réponse&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the crisis steps at {step}: {purpose}</source>
        <translation>Ouvrir l&apos;étape «&#xa0;{step}&#xa0;»&#xa0;: {purpose}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next internal update</source>
        <translation>Prochain point interne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open approvals</source>
        <translation>Approbations en attente</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step {number}, {step}, done</source>
        <translation>Étape {number}, {step}, terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {number}, {step}, not done yet</source>
        <translation>Étape {number}, {step}, pas encore terminée</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of 5 steps done</source>
        <translation>
            <numerusform>%n étape sur 5 terminée</numerusform>
            <numerusform>%n étapes sur 5 terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n statement(s) await approval</source>
        <translation>
            <numerusform>%n déclaration attend une approbation</numerusform>
            <numerusform>%n déclarations attendent une approbation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WrappedLineEdit</name>
    <message>
        <location filename="../../crisisroom/gui/widgets/wrapped_line_edit.py" line="+33"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
</TS>

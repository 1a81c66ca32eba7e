<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/menus.py" line="55"/>
        <source>&amp;Add credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="56"/>
        <source>Add a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="57"/>
        <source>&amp;Paste credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="58"/>
        <source>Open a &amp;QR image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="59"/>
        <source>Add &amp;sample credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="60"/>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="61"/>
        <source>Share the open credential or the ones selected in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="62"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="63"/>
        <source>&amp;Verify a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="64"/>
        <source>Change pass&amp;phrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="65"/>
        <source>My &amp;identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="66"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="67"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="68"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="69"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="70"/>
        <source>Show as &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="73"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="85"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="88"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message numerus="yes">
        <location filename="../../ui/account/commands.py" line="58"/>
        <source>Wrote an encrypted backup of %n credential(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/account/commands.py" line="62"/>
        <source>It was checked: it opens and restores completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/commands.py" line="64"/>
        <source>But the check found only %1: make it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/commands.py" line="67"/>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/commands.py" line="70"/>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/account/commands.py" line="81"/>
        <source>%1 opens with this passphrase and restores %n credential(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/account/commands.py" line="84"/>
        <source>The backup is good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/commands.py" line="88"/>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/commands.py" line="103"/>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/commands.py" line="104"/>
        <source>Use the new passphrase the next time you unlock this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/commands.py" line="107"/>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/commands.py" line="149"/>
        <source>Learner Wallet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/account/dialogs.py" line="72"/>
        <source>Back up your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/dialogs.py" line="73"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/dialogs.py" line="76"/>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/dialogs.py" line="77"/>
        <source>Confirm backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/dialogs.py" line="78"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/dialogs.py" line="80"/>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/dialogs.py" line="85"/>
        <source>A backup is one encrypted file with everything in your wallet. It has its own passphrase: keep the file somewhere else (a USB stick, cloud storage) and the passphrase somewhere safe. It is checked right after it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/dialogs.py" line="102"/>
        <source>Save the backup as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/account/dialogs.py" line="172"/>
        <location filename="../../ui/account/dialogs.py" line="174"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/dialogs.py" line="179"/>
        <source>Choose the new passphrase that unlocks this wallet. Your credentials stay as they are; backups you already made keep their own passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateWalletDialog</name>
    <message>
        <location filename="../../ui/start/create_dialog.py" line="81"/>
        <source>Create your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/create_dialog.py" line="84"/>
        <source>Your credentials are kept encrypted on this computer. Choose a passphrase: nobody, including us, can recover the wallet without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/create_dialog.py" line="91"/>
        <source>&amp;Remember on this device (system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/create_dialog.py" line="92"/>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/create_dialog.py" line="100"/>
        <source>Create wallet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialPage</name>
    <message>
        <location filename="../../ui/credential/page.py" line="52"/>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="53"/>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="57"/>
        <source>Badge image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="68"/>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="72"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="74"/>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="75"/>
        <source>Share this credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="77"/>
        <source>Present it to an employer: a QR code, a signed file or a PDF (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="80"/>
        <source>&amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="83"/>
        <source>C&amp;ollections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="84"/>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="88"/>
        <source>Copy &amp;diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="90"/>
        <source>Raw &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="92"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="99"/>
        <source>Credential details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="102"/>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="103"/>
        <source>A private note, only for you (kept encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="104"/>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="113"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="114"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="115"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="186"/>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="186"/>
        <source>No tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="203"/>
        <source>New collection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../ui/account/identity.py" line="26"/>
        <source>My identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/identity.py" line="29"/>
        <source>Your presentations are signed with this identifier (a did:key made on this computer and kept in your encrypted wallet). A verifier can use it to check that what you share comes from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/identity.py" line="40"/>
        <source>Your holder DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/identity.py" line="43"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/identity.py" line="44"/>
        <source>Copy your holder DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/account/identity.py" line="52"/>
        <source>You also have %n older identifier(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/account/identity.py" line="64"/>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../ui/importing/flow.py" line="65"/>
        <source>Importing credentials…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="40"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="46"/>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="49"/>
        <source>What happened to each input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="50"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="50"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="50"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="72"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="73"/>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="74"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../ui/importing/intake.py" line="28"/>
        <source>Add credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/intake.py" line="30"/>
        <source>Credentials (*.json *.jsonld *.jwt *.png *.svg *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/intake.py" line="37"/>
        <source>Add every credential in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/intake.py" line="45"/>
        <source>Open a QR code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/intake.py" line="47"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/intake.py" line="63"/>
        <source>Save the image, then use Open a QR image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/intake.py" line="74"/>
        <source>dropped text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../ui/library/page.py" line="47"/>
        <source>Search names, issuers, descriptions, skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="48"/>
        <source>Search credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="52"/>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="53"/>
        <source>Filter by issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="54"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="55"/>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="57"/>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="59"/>
        <source>Date added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="60"/>
        <source>Date issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="61"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="62"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="63"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="70"/>
        <location filename="../../ui/library/page.py" line="235"/>
        <source>Descending order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="74"/>
        <location filename="../../ui/library/page.py" line="194"/>
        <source>Show as list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="75"/>
        <source>Switch between cards and a list (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="79"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="92"/>
        <location filename="../../ui/library/page.py" line="290"/>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="93"/>
        <source>Share the selected credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="94"/>
        <source>Select one or more credentials, then share them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="99"/>
        <source>Number of credentials shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="107"/>
        <source>No credential matches. Clear the search or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="147"/>
        <source>Your wallet is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="154"/>
        <source>Add the credentials you have earned: drop files or folders here, paste a credential (Ctrl+V), or choose files. Badges (PNG, SVG), Open Badges and CLR JSON, JWTs and VP1- QR text all work.

Just looking? Add a few samples signed by a demo issuer to see how the wallet works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="166"/>
        <source>&amp;Add credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="167"/>
        <source>Add &amp;sample credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="192"/>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="192"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="194"/>
        <source>Show as cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="206"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="207"/>
        <source>All issuers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="208"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="209"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="235"/>
        <source>Ascending order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="267"/>
        <source>All credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/library/page.py" line="269"/>
        <source>%1 of %n credential(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="290"/>
        <source>S&amp;hare %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell.py" line="47"/>
        <source>Learner Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="157"/>
        <source>Locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="230"/>
        <source>Choose the credentials to share first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganiseCommands</name>
    <message>
        <location filename="../../ui/organise/commands.py" line="48"/>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/commands.py" line="55"/>
        <source>Remove credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/commands.py" line="56"/>
        <source>Remove “%1” from your wallet? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/commands.py" line="67"/>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/commands.py" line="67"/>
        <source>Name, such as “For data jobs”:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../ui/start/create_dialog.py" line="31"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/create_dialog.py" line="34"/>
        <source>Confirm passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/create_dialog.py" line="38"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/create_dialog.py" line="41"/>
        <source>Passphrase problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/create_dialog.py" line="44"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/create_dialog.py" line="45"/>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/create_dialog.py" line="46"/>
        <source>&amp;Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/create_dialog.py" line="64"/>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/start/create_dialog.py" line="66"/>
        <source>Use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/start/create_dialog.py" line="68"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/create_dialog.py" line="70"/>
        <source>Weak: a few unrelated words make a strong, memorable passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <location filename="../../ui/share/qr_view.py" line="24"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/qr_view.py" line="32"/>
        <source>QR code version %1 with %2 modules a side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawJsonDialog</name>
    <message>
        <location filename="../../ui/credential/raw_json.py" line="30"/>
        <source>Raw credential — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/raw_json.py" line="34"/>
        <source>Raw credential JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/raw_json.py" line="38"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../ui/credential/report_view.py" line="25"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/report_view.py" line="25"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/report_view.py" line="25"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/report_view.py" line="26"/>
        <source>Verification report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/report_view.py" line="56"/>
        <source>included credential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/start/restore_dialog.py" line="24"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/restore_dialog.py" line="27"/>
        <source>Choose a Learner Wallet backup file. Your restored wallet will use the same passphrase as the backup; you can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/restore_dialog.py" line="34"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/restore_dialog.py" line="35"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/restore_dialog.py" line="36"/>
        <source>Browse for a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/restore_dialog.py" line="40"/>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/restore_dialog.py" line="45"/>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/restore_dialog.py" line="46"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/restore_dialog.py" line="50"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/restore_dialog.py" line="63"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/restore_dialog.py" line="63"/>
        <source>Wallet backups (*.lwbackup);;All (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="32"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="37"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39"/>
        <source>Lock after minutes idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="41"/>
        <source>Default presentation format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <source>Signed presentation (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <source>Signed presentation (JWT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="45"/>
        <source>QR code text (VP1-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="46"/>
        <source>QR code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source>PDF evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="52"/>
        <source>Use the network to check revocation and web keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="53"/>
        <source>Network use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="58"/>
        <source>Network verification is not available yet: everything is checked offline, and what needs the network is reported as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="65"/>
        <source>&amp;Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66"/>
        <source>&amp;Presentation format:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../ui/share/dialog.py" line="69"/>
        <source>Share credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="76"/>
        <source>Checking your credentials again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="85"/>
        <source>Credentials to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="88"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="90"/>
        <source>QR code on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="91"/>
        <source>Signed presentation file (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="92"/>
        <source>Signed presentation as a JWT (.jwt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="93"/>
        <source>QR code image (.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="94"/>
        <source>QR code image (.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="95"/>
        <source>PDF evidence pack (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="100"/>
        <source>Proof purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="101"/>
        <source>Authentication (most verifiers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="103"/>
        <source>Assertion method, for verifiers such as VerifierPlus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="107"/>
        <source>Verifier&apos;s challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="108"/>
        <source>Given by the verifier; empty: a random one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="110"/>
        <source>Verifier&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="111"/>
        <source>Optional, such as jobs.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="112"/>
        <source>Share the credentials that are not valid anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="113"/>
        <source>Share credentials that are not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="120"/>
        <source>Share status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="124"/>
        <location filename="../../ui/share/dialog.py" line="169"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="127"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="128"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="129"/>
        <source>C&amp;hallenge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="130"/>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="153"/>
        <source>QR code details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="157"/>
        <source>About this QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="158"/>
        <source>Save as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="160"/>
        <source>Save as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="162"/>
        <source>Save the presentation &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="164"/>
        <source>Save the PDF &amp;evidence pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="166"/>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="167"/>
        <source>Back to the share options</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/share/dialog.py" line="201"/>
        <source>Checked again just now: %n credential(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="203"/>
        <source>Sharing signs them with your holder identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="213"/>
        <source>Signed as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="222"/>
        <source>Show &amp;QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="222"/>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="231"/>
        <source>None of these credentials is valid: tick the box to share them anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="265"/>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="274"/>
        <source>Saved %1 and noted it in your share history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="289"/>
        <source>Let the verifier scan this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="290"/>
        <source>signed presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="290"/>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="292"/>
        <source>QR version %1 · %2 × %2 modules · error correction %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="299"/>
        <source>No QR code fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="304"/>
        <source>The verifier scans it with Learner Credential Wallet, VerifierPlus or another VP1- reader; it holds the signed presentation itself, so no network is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="328"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="349"/>
        <source>Presentation (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="350"/>
        <source>Presentation JWT (*.jwt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="351"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="352"/>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="353"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="356"/>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/sidebar.py" line="26"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="28"/>
        <source>&amp;New collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="42"/>
        <source>All credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="43"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="44"/>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="54"/>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <location filename="../../ui/organise/skills.py" line="76"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/skills.py" line="83"/>
        <source>What your credentials show you can do, grouped by framework when the issuer names one. Open a credential to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/skills.py" line="90"/>
        <location filename="../../ui/organise/skills.py" line="91"/>
        <source>Filter skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/skills.py" line="97"/>
        <source>Skills and the credentials that evidence them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/skills.py" line="142"/>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/skills.py" line="142"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/skills.py" line="148"/>
        <source>Skills without a named framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/skills.py" line="159"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organise/skills.py" line="160"/>
        <source>%n credential(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organise/skills.py" line="161"/>
        <source>%n issuer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start/page.py" line="63"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="69"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="89"/>
        <source>Keep your certificates, badges and course records in one encrypted wallet on this computer, check they are genuine, and share the ones you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="96"/>
        <source>&amp;Create a new wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="98"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="113"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="116"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="118"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="136"/>
        <source>Welcome to Learner Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="140"/>
        <source>Unlock your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="176"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="197"/>
        <source>Creating your wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="215"/>
        <source>Restoring your wallet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../../ui/organise/tags.py" line="28"/>
        <location filename="../../ui/organise/tags.py" line="31"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/tags.py" line="29"/>
        <source>&amp;Tags, separated by commas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/tags.py" line="37"/>
        <source>Existing tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyBackupDialog</name>
    <message>
        <location filename="../../ui/account/dialogs.py" line="124"/>
        <source>Verify a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/dialogs.py" line="125"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/dialogs.py" line="128"/>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/dialogs.py" line="129"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/dialogs.py" line="131"/>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/dialogs.py" line="132"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/dialogs.py" line="137"/>
        <source>Check that a backup opens with its passphrase and restores completely. Nothing is changed: the test restore happens in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/dialogs.py" line="152"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FileRow</name>
    <message>
        <location filename="../../ui/account/dialogs.py" line="36"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/dialogs.py" line="37"/>
        <source>Browse for the %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/tasks.py" line="131"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/window/menus.py" line="57"/>
        <source>&amp;Add credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="58"/>
        <source>Add a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="59"/>
        <source>&amp;Paste credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="60"/>
        <source>Open a &amp;QR image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="61"/>
        <source>Add &amp;sample credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="62"/>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="63"/>
        <source>Share the open credential or the ones selected in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="64"/>
        <source>Sharing histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="65"/>
        <source>When you shared which credentials, how, and with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="66"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="67"/>
        <source>&amp;Verify a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="68"/>
        <source>Change pass&amp;phrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="69"/>
        <source>My &amp;identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="70"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="71"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="72"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="73"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="74"/>
        <source>Show as &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="76"/>
        <source>&amp;Review a learner&apos;s portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="77"/>
        <source>Check a portfolio someone handed you, apart from your own wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="79"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="92"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="95"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="50"/>
        <source>Locked workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="50"/>
        <source>last changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="56"/>
        <source>not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="57"/>
        <source>opened %1 · %2</source>
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
        <location filename="../../ui/account/commands.py" line="112"/>
        <source>Passphrase not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/commands.py" line="114"/>
        <source>That is not the passphrase that unlocks this wallet now, so nothing was changed. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/commands.py" line="120"/>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/commands.py" line="121"/>
        <source>Use the new passphrase the next time you unlock this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/commands.py" line="125"/>
        <source>Checking the current passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/commands.py" line="168"/>
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
        <location filename="../../ui/account/dialogs.py" line="175"/>
        <location filename="../../ui/account/dialogs.py" line="187"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/dialogs.py" line="178"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/dialogs.py" line="183"/>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/dialogs.py" line="186"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account/dialogs.py" line="192"/>
        <source>Type the passphrase that unlocks this wallet now, then choose the new one. Your credentials stay as they are; backups you already made keep their own passphrase.</source>
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
        <location filename="../../ui/credential/page.py" line="54"/>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="55"/>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="59"/>
        <source>Badge image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="70"/>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="74"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="77"/>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="78"/>
        <source>Share this credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="80"/>
        <source>Present it to an employer: a QR code, a signed file or a PDF (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="83"/>
        <source>&amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="86"/>
        <source>C&amp;ollections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="87"/>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="91"/>
        <source>Copy &amp;diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="93"/>
        <source>Raw &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="95"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="102"/>
        <source>Credential details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="105"/>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="106"/>
        <source>A private note, only for you (kept encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="107"/>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="116"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="117"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="118"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="196"/>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="196"/>
        <source>No tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="213"/>
        <source>New collection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <location filename="../../ui/review/items_panel.py" line="48"/>
        <source>Group credentials by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="51"/>
        <source>No grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="51"/>
        <location filename="../../ui/review/items_panel.py" line="62"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="51"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="51"/>
        <location filename="../../ui/review/items_panel.py" line="62"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="56"/>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="59"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="62"/>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="62"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="78"/>
        <source>Micro-credential elements of this credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="79"/>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="79"/>
        <source>Stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="79"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="85"/>
        <source>Your note on this credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="86"/>
        <source>Your private note on this credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="92"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="181"/>
        <source>(someone else&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="215"/>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="218"/>
        <source>EU micro-credential: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="221"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="221"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../ui/review/desk_page.py" line="156"/>
        <source>Review a learner&apos;s portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="163"/>
        <source>Open a learner&apos;s presentation, PDF evidence pack, QR code or folder of credentials, verify everything in one go, see the skills it evidences and export a review report. Nothing here touches your own wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="172"/>
        <source>Review workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="175"/>
        <source>No reviews yet. Start one with “New review…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="177"/>
        <source>&amp;New review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="179"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="181"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="186"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="191"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="236"/>
        <source>Making the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="253"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="278"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review/desk_page.py" line="310"/>
        <source>%n workspace(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
    <name>IncomingRouter</name>
    <message>
        <location filename="../../ui/incoming/router.py" line="63"/>
        <source>Open your wallet to go on with what was handed to it ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../ui/importing/intake.py" line="33"/>
        <source>Add credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/intake.py" line="35"/>
        <source>Credentials (*.json *.jsonld *.jwt *.png *.svg *.txt *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/intake.py" line="42"/>
        <source>Add every credential in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/intake.py" line="50"/>
        <source>Open a QR code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/intake.py" line="52"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/intake.py" line="68"/>
        <source>Save the image, then use Open a QR image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/intake.py" line="79"/>
        <source>dropped text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../../ui/review/panels.py" line="120"/>
        <source>Job description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="121"/>
        <source>Paste a job description here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="123"/>
        <source>&amp;Job description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="126"/>
        <source>Match against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="127"/>
        <source>the job description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="129"/>
        <source>Match &amp;against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="132"/>
        <source>Job match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="133"/>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="133"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="193"/>
        <source>the framework %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="208"/>
        <source>Reading ESCO&apos;s skill labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="214"/>
        <source>Paste a job description to see which skills it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="221"/>
        <source>%1 matched, %2 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="227"/>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="228"/>
        <source>Missing</source>
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
    <name>LinkScreens</name>
    <message>
        <location filename="../../ui/incoming/links.py" line="52"/>
        <source>Credential offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incoming/links.py" line="55"/>
        <source>This link is a credential offer from {0}: an issuer offers to send you credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incoming/links.py" line="60"/>
        <source>This link is a credential offer: an issuer offers to send you credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incoming/links.py" line="64"/>
        <source>Credential request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incoming/links.py" line="67"/>
        <source>This link is a request for your wallet from {0}: an issuer asks where to send you credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incoming/links.py" line="72"/>
        <source>This link is a request for your wallet: an issuer asks where to send you credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incoming/links.py" line="77"/>
        <source>Presentation request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incoming/links.py" line="80"/>
        <source>This link is a presentation request from {0}: a verifier asks you to show credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incoming/links.py" line="85"/>
        <source>This link is a presentation request: a verifier asks you to show credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incoming/links.py" line="95"/>
        <source>Receiving credentials from a link is not available in Learner Wallet yet. Nothing was sent or stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/incoming/links.py" line="100"/>
        <source>Answering presentation requests is not available in Learner Wallet yet. Nothing was sent or stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/shell.py" line="50"/>
        <source>Learner Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/shell.py" line="173"/>
        <source>Locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/shell.py" line="259"/>
        <source>Choose the credentials to share first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <location filename="../../ui/review/desk_page.py" line="67"/>
        <source>New review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="69"/>
        <source>Learner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="72"/>
        <source>Workspace passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="75"/>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="76"/>
        <source>&amp;Remember on this computer (system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="77"/>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="88"/>
        <source>Each learner&apos;s portfolio is kept in its own encrypted workspace, apart from any wallet, with its own passphrase. Their files are kept exactly as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="96"/>
        <source>&amp;Learner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="97"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="98"/>
        <source>Re&amp;peat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="118"/>
        <source>Write the learner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="120"/>
        <source>The passphrase needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="122"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/review/items_panel.py" line="256"/>
        <source>Your note on this portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="258"/>
        <source>Your private notes on this learner&apos;s portfolio, kept in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/items_panel.py" line="261"/>
        <source>&amp;Portfolio notes:</source>
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
    <name>QualityPanel</name>
    <message>
        <location filename="../../ui/review/panels.py" line="249"/>
        <source>The information the EU Council Recommendation on micro-credentials (2022/C 243/02, Annex I) asks each micro-credential to state, and which of these credentials state it (from their signed data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="258"/>
        <source>Micro-credential elements across the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="260"/>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="260"/>
        <source>Stated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="260"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="264"/>
        <source>Each credential&apos;s conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="265"/>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="265"/>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="278"/>
        <source> (optional)</source>
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
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/review/page.py" line="82"/>
        <source>← &amp;Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="83"/>
        <source>Back to the list of reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="85"/>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="87"/>
        <source>Presentations, credentials, PDF evidence packs, QR images, VP1- text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="90"/>
        <source>Add a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="92"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="93"/>
        <source>A pasted presentation, JWT or VP1- text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="95"/>
        <source>&amp;Verify all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="98"/>
        <source>E&amp;xport report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="100"/>
        <source>Check &amp;online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="102"/>
        <source>did:web keys, status lists and issuer registries; nothing else goes online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="106"/>
        <source>the challenge you gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="107"/>
        <source>Challenge you gave the learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="109"/>
        <source>The presentation must be signed for it: a copy made for someone else fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="112"/>
        <source>C&amp;hallenge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="115"/>
        <source>Verification progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="119"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="123"/>
        <source>Holder binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="128"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="138"/>
        <source>Review sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="139"/>
        <source>&amp;Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="140"/>
        <source>&amp;Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="141"/>
        <source>&amp;Job match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="142"/>
        <source>&amp;Micro-credential quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="143"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="228"/>
        <source>Add the learner&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="233"/>
        <source>Add a folder of credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="240"/>
        <source>The clipboard holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="242"/>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="267"/>
        <source>Already in this review: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="296"/>
        <source>Verifying the portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="314"/>
        <source>Not credentials: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="325"/>
        <source>%1 credentials: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="327"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="333"/>
        <source>Holder: no presentation, so nothing shows who handed these over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="338"/>
        <source>Holder: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="430"/>
        <source>Verify the portfolio first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="433"/>
        <source>Export the review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="446"/>
        <source>Report written to </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="36"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="40"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="41"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="43"/>
        <source>Lock after minutes idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="45"/>
        <source>Default presentation format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="47"/>
        <source>Signed presentation (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="48"/>
        <source>Signed presentation (JWT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="49"/>
        <source>QR code text (VP1-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="50"/>
        <source>QR code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="51"/>
        <source>PDF evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="56"/>
        <source>Use the network to check revocation and web keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="57"/>
        <source>Network use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="62"/>
        <source>Network verification is not available yet: everything is checked offline, and what needs the network is reported as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="69"/>
        <source>&amp;Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="70"/>
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
        <location filename="../../ui/share/dialog.py" line="110"/>
        <source>Verifier&apos;s challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="111"/>
        <source>Given by the verifier; empty: a random one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="113"/>
        <source>Verifier&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="114"/>
        <source>Optional, such as jobs.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="115"/>
        <source>Share the credentials that are not valid anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="116"/>
        <source>Share credentials that are not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="123"/>
        <source>Share status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="127"/>
        <location filename="../../ui/share/dialog.py" line="172"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="130"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="131"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="132"/>
        <source>C&amp;hallenge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="133"/>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="156"/>
        <source>QR code details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="160"/>
        <source>About this QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="161"/>
        <source>Save as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="163"/>
        <source>Save as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="165"/>
        <source>Save the presentation &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="167"/>
        <source>Save the PDF &amp;evidence pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="169"/>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="170"/>
        <source>Back to the share options</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/share/dialog.py" line="204"/>
        <source>Checked again just now: %n credential(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="206"/>
        <source>Sharing signs them with your holder identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="216"/>
        <source>Signed as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="228"/>
        <source>Show &amp;QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="228"/>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="240"/>
        <source>None of these credentials is valid: tick the box to share them anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="274"/>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="283"/>
        <source>Saved %1 and noted it in your share history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="298"/>
        <source>Let the verifier scan this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="299"/>
        <source>signed presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="299"/>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="301"/>
        <source>QR version %1 · %2 × %2 modules · error correction %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="308"/>
        <source>No QR code fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="313"/>
        <source>The verifier scans it with Learner Credential Wallet, VerifierPlus or another VP1- reader; it holds the signed presentation itself, so no network is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="337"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="358"/>
        <source>Presentation (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="359"/>
        <source>Presentation JWT (*.jwt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="360"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="361"/>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="362"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="365"/>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareHistoryDialog</name>
    <message>
        <location filename="../../ui/share/history.py" line="126"/>
        <location filename="../../ui/share/history.py" line="137"/>
        <source>Sharing history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="129"/>
        <source>Every time you shared credentials from this wallet: what, how, and the verifier&apos;s challenge and domain. It is kept encrypted in your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="145"/>
        <source>You have not shared any credentials yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/window/sidebar.py" line="26"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sidebar.py" line="28"/>
        <source>&amp;New collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sidebar.py" line="42"/>
        <source>All credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sidebar.py" line="43"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sidebar.py" line="44"/>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sidebar.py" line="54"/>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsChart</name>
    <message>
        <location filename="../../ui/review/chart.py" line="122"/>
        <source>Skills chart</source>
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
    <name>SkillsPanel</name>
    <message>
        <location filename="../../ui/review/panels.py" line="50"/>
        <source>Chart bars per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="51"/>
        <source>Bars per skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="52"/>
        <source>Bars per framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="59"/>
        <source>Skills by framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="61"/>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="61"/>
        <source>Evidenced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="61"/>
        <source>Named, but not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review/panels.py" line="82"/>
        <source>%n skill(s) evidenced by valid credentials</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review/panels.py" line="86"/>
        <source>%n only named by credentials that do not count</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/review/panels.py" line="95"/>
        <source>No framework named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start/page.py" line="64"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="70"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="79"/>
        <source>Re&amp;view a learner&apos;s portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="82"/>
        <source>For advisors and employers: no wallet of your own is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="98"/>
        <source>Keep your certificates, badges and course records in one encrypted wallet on this computer, check they are genuine, and share the ones you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="105"/>
        <source>&amp;Create a new wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="107"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="122"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="125"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="127"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="145"/>
        <source>Welcome to Learner Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="149"/>
        <source>Unlock your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="185"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="206"/>
        <source>Creating your wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="218"/>
        <source>Restoring your wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="227"/>
        <source>That passphrase does not unlock this backup. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="230"/>
        <source>The backup file is damaged or is not a Learner Wallet backup: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="237"/>
        <source>No wallet was made.</source>
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
    <name>TrustBar</name>
    <message>
        <location filename="../../ui/credential/trust_bar.py" line="58"/>
        <source>Stop trusting this issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trust_bar.py" line="60"/>
        <source>You trust %1: credentials signed by its key show it as trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trust_bar.py" line="65"/>
        <source>Trust this issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trust_bar.py" line="67"/>
        <source>Credentials signed by this issuer&apos;s key will show it as trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trust_bar.py" line="94"/>
        <source>You no longer trust %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trust_bar.py" line="94"/>
        <source>You now trust %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trust_bar.py" line="102"/>
        <source>Trust was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedIssuersBox</name>
    <message>
        <location filename="../../ui/credential/trusted_issuers.py" line="35"/>
        <location filename="../../ui/credential/trusted_issuers.py" line="39"/>
        <source>Issuers you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trusted_issuers.py" line="43"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trusted_issuers.py" line="44"/>
        <source>Stop trusting the chosen issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trusted_issuers.py" line="52"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trusted_issuers.py" line="64"/>
        <source>Open your wallet to see the issuers you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trusted_issuers.py" line="74"/>
        <source>%1
%2 · trusted since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trusted_issuers.py" line="85"/>
        <source>You trust no issuers yet. To trust one, open one of its credentials and choose “Trust this issuer”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trusted_issuers.py" line="91"/>
        <source>Credentials signed by these issuers&apos; keys show them as trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trusted_issuers.py" line="95"/>
        <source>The list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/review/desk_page.py" line="130"/>
        <source>Open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="133"/>
        <source>Workspace passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="134"/>
        <source>&amp;Passphrase:</source>
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
        <location filename="../../ui/common/tasks.py" line="138"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
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
    <name>BulkCommands</name>
    <message>
        <location filename="../../ui/organise/bulk.py" line="43"/>
        <source>Actions for the selected credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/bulk.py" line="46"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/bulk.py" line="47"/>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/bulk.py" line="49"/>
        <source>Add a &amp;tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/bulk.py" line="51"/>
        <source>Remove a ta&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/bulk.py" line="55"/>
        <source>Add to &amp;collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/bulk.py" line="60"/>
        <source>New collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/bulk.py" line="62"/>
        <source>Remove from co&amp;llection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/bulk.py" line="68"/>
        <source>&amp;Remove from wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organise/bulk.py" line="70"/>
        <source>&amp;Remove %n credential(s) from wallet…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/organise/bulk.py" line="81"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/bulk.py" line="82"/>
        <source>&amp;Delete collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/bulk.py" line="97"/>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/bulk.py" line="97"/>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/bulk.py" line="134"/>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/bulk.py" line="134"/>
        <source>Name, such as “For data jobs”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/bulk.py" line="154"/>
        <source>Remove credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/bulk.py" line="158"/>
        <source>Remove “%1” from your wallet? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organise/bulk.py" line="165"/>
        <source>Remove %n credential(s) from your wallet? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/organise/bulk.py" line="189"/>
        <source>Rename collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/bulk.py" line="189"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/bulk.py" line="201"/>
        <source>Delete collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/bulk.py" line="204"/>
        <source>Delete the collection “%1”? Its credentials stay in your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../ui/scan/sources.py" line="139"/>
        <source>Hold the QR code up to the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan/sources.py" line="142"/>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan/sources.py" line="146"/>
        <source>Camera picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan/sources.py" line="158"/>
        <source>No camera is available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../ui/scan/camera.py" line="76"/>
        <source>No camera is available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan/camera.py" line="80"/>
        <source>The camera failed: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChallengeReader</name>
    <message>
        <location filename="../../ui/share/binding.py" line="31"/>
        <source>the employer&apos;s challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/binding.py" line="35"/>
        <source>Looking for the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/binding.py" line="43"/>
        <source>That code holds no challenge: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/binding.py" line="49"/>
        <source>Challenge %1 for %2 read from the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/binding.py" line="52"/>
        <source>Challenge %1 read from the code.</source>
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
    <name>CodeView</name>
    <message>
        <location filename="../../ui/share/interview.py" line="76"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/interview.py" line="82"/>
        <source>QR code version %1, %2 modules a side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/interview.py" line="104"/>
        <source>The window is too small for this code: press F11 for full screen.</source>
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
    <name>CredentialDetails</name>
    <message>
        <location filename="../../ui/credential/render.py" line="57"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="81"/>
        <source>Unnamed endorser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="95"/>
        <source>email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="97"/>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="100"/>
        <source>%1 (one of your addresses; the credential holds it hashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="104"/>
        <source>a hashed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="117"/>
        <source>This badge&apos;s file holds only a link to its description, so the badge&apos;s name, description, criteria and issuer are not shown here. Checking it online fetches them from the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="124"/>
        <source>This badge names its issuer only by a link, so the issuer&apos;s name is not shown here. Checking it online fetches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="134"/>
        <source>Badge details fetched %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="145"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="146"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="147"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="148"/>
        <source>Field of study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="149"/>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="150"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="155"/>
        <source>Show all of the description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="164"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="184"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="186"/>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="189"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="190"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="191"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="196"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="197"/>
        <source>Awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="199"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="200"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="206"/>
        <source>Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="207"/>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="208"/>
        <source>How it was assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="209"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="211"/>
        <source>Competencies and alignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="215"/>
        <source>Achievements in this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="217"/>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="220"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="221"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/render.py" line="223"/>
        <source>Endorsements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialPage</name>
    <message>
        <location filename="../../ui/credential/page.py" line="63"/>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="64"/>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="69"/>
        <source>Badge image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="80"/>
        <source>Issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="83"/>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="86"/>
        <source>See the &amp;Verification tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="88"/>
        <source>Show why: the Verification tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="92"/>
        <source>Credentials inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="94"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="97"/>
        <source>Collections it is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="100"/>
        <source>Check &amp;again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="101"/>
        <source>Check this credential again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="103"/>
        <source>Verify it again, fetching its issuer&apos;s keys and status lists anew when checking online is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="108"/>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="109"/>
        <source>Share this credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="111"/>
        <source>Present it to an employer: a QR code, a signed file or a PDF (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="114"/>
        <source>&amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="117"/>
        <source>C&amp;ollections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="118"/>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="122"/>
        <source>Copy &amp;diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="124"/>
        <source>Raw &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="126"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="133"/>
        <location filename="../../ui/credential/page.py" line="138"/>
        <source>Credential details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="351"/>
        <source>Description — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="139"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="140"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="141"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="204"/>
        <source>Issued to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="236"/>
        <source>Valid, but</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="236"/>
        <source>Inside it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="240"/>
        <source>Each one&apos;s own verdict is beside it in Details and in Verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="280"/>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="282"/>
        <source>No tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="289"/>
        <source>In collections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/page.py" line="306"/>
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
        <location filename="../../ui/review/desk_page.py" line="52"/>
        <source>Locked workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="55"/>
        <source>last changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="62"/>
        <source>not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="63"/>
        <source>opened %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="162"/>
        <source>Review a learner&apos;s portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="169"/>
        <source>Open a learner&apos;s presentation, PDF evidence pack, QR code or folder of credentials, verify everything in one go, see the skills it evidences and export a review report. Nothing here touches your own wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="178"/>
        <source>Review workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="181"/>
        <source>No reviews yet. Start one with “New review…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="183"/>
        <source>&amp;New review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="185"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="187"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="192"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="197"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="242"/>
        <source>Making the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="259"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="284"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review/desk_page.py" line="316"/>
        <source>%n workspace(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeSteps</name>
    <message>
        <location filename="../../ui/exchange/parts.py" line="53"/>
        <source>Reading the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="54"/>
        <source>Reading the credential offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="55"/>
        <source>Reading the issuer&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="58"/>
        <source>Reading the authorization server&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="61"/>
        <source>Asking the issuer for an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="64"/>
        <source>Asking the issuer for a nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="67"/>
        <source>Asking the issuer for the credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="70"/>
        <source>Waiting for the issuer to issue the credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="73"/>
        <source>Checking what the issuer sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="76"/>
        <source>Storing the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="77"/>
        <source>Proving your holder DID to the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="80"/>
        <source>Reading the interaction&apos;s protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="83"/>
        <source>Starting the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="84"/>
        <source>Answering the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="85"/>
        <source>Reading the verifier&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="88"/>
        <source>Checking who the verifier is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="89"/>
        <source>Sending your answer to the verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="92"/>
        <source>Choosing what to send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingView</name>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="33"/>
        <source>Genuine: signed by its holder for your challenge just now, and every credential in it is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="38"/>
        <source>Genuine and valid, but it was not signed for a challenge of yours: anyone with a copy could show it. Use New challenge to rule that out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="44"/>
        <source>Genuine: the issuer&apos;s signature checks out and it is in date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="49"/>
        <source>Forged: do not accept it. The presentation&apos;s own signature or holder proof fails, whatever its credentials say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="54"/>
        <source>Forged or altered: do not accept it. See the failed check below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="58"/>
        <source>Not made for you now: the signatures are genuine, but it was not signed for your challenge at this time. It may be a copy; ask the learner to sign it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="64"/>
        <source>Genuine and valid, but not every credential is about the person who signed it: ask the learner how the credentials marked below are theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="70"/>
        <source>The presentation itself is genuine, but not every credential in it is valid: see each one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="76"/>
        <source>It could not be checked: nothing shows it is forged, or that it is genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="80"/>
        <source>Genuine, but not valid now: see the dates or the revocation below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="122"/>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="141"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="146"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="146"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="148"/>
        <source>Checked %1, %2. Found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="151"/>
        <source>Your challenge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="153"/>
        <source>domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="159"/>
        <source>A PDF evidence pack&apos;s printed pages are not evidence: anyone can print anything. What follows is what its signed attachment holds; compare it with the pages you were shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="165"/>
        <source>About PDF evidence packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="190"/>
        <source>The presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="191"/>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="191"/>
        <source>nobody: no proof verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="195"/>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="198"/>
        <source>yours, as issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="199"/>
        <source>not yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="200"/>
        <location filename="../../ui/verifier/finding_view.py" line="206"/>
        <source>none asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="205"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="206"/>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="206"/>
        <source>another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="209"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="213"/>
        <source>✓ the holder is its subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="215"/>
        <source>✗ about %1, not the holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="216"/>
        <source>nobody named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="228"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="231"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="232"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="233"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="234"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="234"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="235"/>
        <source>Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="236"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="237"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="238"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/finding_view.py" line="256"/>
        <source>included credential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/window/help.py" line="49"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/help.py" line="51"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/help.py" line="54"/>
        <source>&amp;Where is my data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/help.py" line="56"/>
        <source>&amp;About Learner Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/help.py" line="79"/>
        <source>Import what is on the clipboard (outside text fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/help.py" line="80"/>
        <source>The actions for the selected credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/help.py" line="85"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/help.py" line="91"/>
        <source>Your wallet (credentials, images, tags, notes, collections, settings), </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/help.py" line="92"/>
        <source>encrypted with your passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/help.py" line="94"/>
        <source>Window layout (nothing private):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/help.py" line="97"/>
        <source>Backups are single encrypted files, wherever you save them. Nothing is sent anywhere unless you share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/help.py" line="101"/>
        <source>Where is my data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/help.py" line="105"/>
        <source>Learner Wallet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/help.py" line="106"/>
        <source>Keep, verify and present your learning credentials, offline and encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/help.py" line="107"/>
        <source>Licence: Apache-2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/help.py" line="109"/>
        <source>Bundled data and its licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/help.py" line="113"/>
        <source>  Provenance: resources/*/SOURCES.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/help.py" line="114"/>
        <source>About Learner Wallet</source>
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
        <location filename="../../ui/importing/flow.py" line="67"/>
        <source>Importing credentials…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/importing/report_dialog.py" line="49"/>
        <source>%n imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/report_dialog.py" line="50"/>
        <source>%n already there</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/report_dialog.py" line="51"/>
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="78"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="85"/>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="89"/>
        <source>Not genuine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="90"/>
        <source>&amp;Remove these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="91"/>
        <source>Remove the credentials that are not genuine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/report_dialog.py" line="101"/>
        <source>%n of the credentials imported is(are) not genuine: the signature or the issuer&apos;s key does not check out. They are in your wallet marked Invalid.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="115"/>
        <source>What happened to each input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="117"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="117"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="117"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="117"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="152"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="153"/>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/report_dialog.py" line="154"/>
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
        <location filename="../../ui/importing/intake.py" line="37"/>
        <source>All files (*);;Credentials (*.json *.jsonld *.jwt *.png *.svg *.txt *.pdf *.vp1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/intake.py" line="45"/>
        <source>Add every credential in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/intake.py" line="53"/>
        <source>Open a QR code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/intake.py" line="55"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/intake.py" line="71"/>
        <source>Save the image, then use Open a QR image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/importing/intake.py" line="82"/>
        <source>dropped text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <location filename="../../ui/share/interview.py" line="140"/>
        <source>Interview mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/interview.py" line="163"/>
        <source>Preparing your code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/interview.py" line="164"/>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/interview.py" line="165"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/interview.py" line="166"/>
        <source>Code number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/interview.py" line="167"/>
        <source>About this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/interview.py" line="168"/>
        <source>← &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/interview.py" line="169"/>
        <source>Previous code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/interview.py" line="171"/>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/interview.py" line="172"/>
        <source>Next code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/interview.py" line="174"/>
        <source>Leave (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/interview.py" line="175"/>
        <source>Leave interview mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/share/interview.py" line="301"/>
        <source>%n credential(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/share/interview.py" line="305"/>
        <source>Issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/interview.py" line="312"/>
        <source>A link to the credential&apos;s public page: the link proves nothing by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/interview.py" line="318"/>
        <source>A signed presentation: scan it with Learner Credential Wallet, VerifierPlus or Learner Wallet&apos;s “Check someone&apos;s credentials”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/interview.py" line="327"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/interview.py" line="329"/>
        <source>← → for the others, Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/interview.py" line="331"/>
        <source>Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/interview.py" line="340"/>
        <source>No code can be shown: </source>
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
    <name>LanguageBox</name>
    <message>
        <location filename="../../ui/common/language.py" line="107"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/language.py" line="108"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/language.py" line="113"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/language.py" line="115"/>
        <source>Takes effect when you restart Learner Wallet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../ui/library/page.py" line="50"/>
        <source>Search names, issuers, recipients, descriptions, skills, tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="52"/>
        <source>Search credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="56"/>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="57"/>
        <source>Filter by issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="58"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="59"/>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="61"/>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="63"/>
        <source>Date added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="64"/>
        <source>Date issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="65"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="66"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="67"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="74"/>
        <location filename="../../ui/library/page.py" line="241"/>
        <source>Descending order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="78"/>
        <location filename="../../ui/library/page.py" line="200"/>
        <source>Show as list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="79"/>
        <source>Switch between cards and a list (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="83"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="98"/>
        <location filename="../../ui/library/page.py" line="297"/>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="99"/>
        <source>Share the selected credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="100"/>
        <source>Select one or more credentials, then share them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="105"/>
        <source>Number of credentials shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="113"/>
        <source>No credential matches. Clear the search or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="153"/>
        <source>Your wallet is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="160"/>
        <source>Add the credentials you have earned: drop files or folders here, paste a credential (Ctrl+V), or choose files. Badges (PNG, SVG), Open Badges and CLR JSON, JWTs and VP1- QR text all work.

Just looking? Add a few samples signed by a demo issuer to see how the wallet works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="172"/>
        <source>&amp;Add credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="173"/>
        <source>Add &amp;sample credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="198"/>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="198"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="200"/>
        <source>Show as cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="212"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="213"/>
        <source>All issuers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="214"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="215"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="241"/>
        <source>Ascending order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="273"/>
        <source>All credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/library/page.py" line="276"/>
        <source>%1 of %n credential(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="297"/>
        <source>S&amp;hare %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <location filename="../../ui/exchange/parts.py" line="160"/>
        <source>openid-credential-offer://…, https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="161"/>
        <source>Link or QR code text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="172"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="174"/>
        <source>Continue</source>
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
        <location filename="../../ui/window/shell.py" line="60"/>
        <location filename="../../ui/window/shell.py" line="224"/>
        <source>Learner Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="64"/>
        <source>&amp;Add credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="65"/>
        <source>Add a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="66"/>
        <source>&amp;Paste credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="67"/>
        <source>Open a &amp;QR image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="68"/>
        <source>Add &amp;sample credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="69"/>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="71"/>
        <source>Share the open credential or the ones selected in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="73"/>
        <source>Sharing histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="75"/>
        <source>When you shared which credentials, how, and with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="77"/>
        <source>&amp;Receive a credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="79"/>
        <source>Claim credentials from an issuer&apos;s offer link or QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="81"/>
        <source>A&amp;nswer a request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="82"/>
        <source>Answer a verifier&apos;s presentation request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="83"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="85"/>
        <source>&amp;Verify a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="89"/>
        <source>&amp;Check someone&apos;s credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="94"/>
        <source>Verifier mode: check what a learner shows you, without a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="96"/>
        <source>Change pass&amp;phrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="97"/>
        <source>My &amp;identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="98"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="99"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="100"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="101"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="102"/>
        <source>Show as &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="106"/>
        <source>&amp;Review a learner&apos;s portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="111"/>
        <source>Check a portfolio someone handed you, apart from your own wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="114"/>
        <location filename="../../ui/window/shell.py" line="148"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="128"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="131"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/shell.py" line="217"/>
        <source>Locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/shell.py" line="331"/>
        <source>Choose the credentials to share first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mishaps</name>
    <message>
        <location filename="../../ui/common/mishaps.py" line="33"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/mishaps.py" line="35"/>
        <source>Learner Wallet ran into a problem it did not expect: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/mishaps.py" line="40"/>
        <source>Your wallet is safe: it saves each change completely or not at all. If this happens again, copy the details and report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/mishaps.py" line="46"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/mishaps.py" line="48"/>
        <source>Copy the technical details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkBox</name>
    <message>
        <location filename="../../ui/settings/network.py" line="48"/>
        <source>Checking online fetches, over https, only what issuers publish for checking their credentials: their keys (did:web, https profiles), status lists that say whether a credential was revoked, Open Badges 2.0 badge details, and the issuer registries listed with the wallet. Your credentials are never sent. What is fetched is kept encrypted in your wallet, so it is checked again at most once a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="122"/>
        <source>Checking online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="125"/>
        <source>Check credentials &amp;online (verification only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="126"/>
        <source>Check online and download badge &amp;pictures too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="127"/>
        <source>&amp;Never go online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="148"/>
        <source>Documents fetched and kept in your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="164"/>
        <source>Open your wallet to see what was fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="166"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="179"/>
        <source>%1 · fetched %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/network.py" line="184"/>
        <source>%n document(s) kept, encrypted, in your wallet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="187"/>
        <source>Last checked online: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="193"/>
        <source>The list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkQuestionBar</name>
    <message>
        <location filename="../../ui/settings/network.py" line="79"/>
        <source>Check credentials online?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="80"/>
        <source>Check your credentials online?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="88"/>
        <source>&amp;Check online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="89"/>
        <source>Check credentials online, for verification only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="91"/>
        <source>Check online and download &amp;pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="93"/>
        <source>Check credentials online and download their badge pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="95"/>
        <source>Stay &amp;offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/network.py" line="96"/>
        <source>Never go online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <location filename="../../ui/review/desk_page.py" line="73"/>
        <source>New review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="75"/>
        <source>Learner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="78"/>
        <source>Workspace passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="81"/>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="82"/>
        <source>&amp;Remember on this computer (system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="83"/>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="94"/>
        <source>Each learner&apos;s portfolio is kept in its own encrypted workspace, apart from any wallet, with its own passphrase. Their files are kept exactly as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="102"/>
        <source>&amp;Learner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="103"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="104"/>
        <source>Re&amp;peat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="124"/>
        <source>Write the learner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="126"/>
        <source>The passphrase needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="128"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../ui/credential/note.py" line="46"/>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/note.py" line="48"/>
        <source>A private note, only for you (kept encrypted, saved as you type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/note.py" line="53"/>
        <source>Note status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/note.py" line="79"/>
        <location filename="../../ui/credential/note.py" line="91"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/note.py" line="91"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/note.py" line="98"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/note.py" line="105"/>
        <source>Note not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/note.py" line="108"/>
        <source>Your note could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/note.py" line="108"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/note.py" line="110"/>
        <source>Try &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/note.py" line="111"/>
        <source>&amp;Copy the note</source>
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
        <source>the wallet is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/commands.py" line="59"/>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/commands.py" line="59"/>
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
    <name>QrSources</name>
    <message>
        <location filename="../../ui/scan/sources.py" line="49"/>
        <source>From a QR &amp;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan/sources.py" line="50"/>
        <source>Read %1 from a QR image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan/sources.py" line="52"/>
        <source>Scan the sc&amp;reen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan/sources.py" line="54"/>
        <source>Read %1 from a QR code on the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan/sources.py" line="57"/>
        <source>Reads a QR code shown in any window, such as a video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan/sources.py" line="60"/>
        <source>&amp;Webcam…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan/sources.py" line="61"/>
        <source>Read %1 with the webcam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan/sources.py" line="126"/>
        <source>Open a QR code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan/sources.py" line="128"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrTextSource</name>
    <message>
        <location filename="../../ui/exchange/sources.py" line="46"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/sources.py" line="63"/>
        <source>Open a &amp;QR image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/sources.py" line="69"/>
        <source>Open a QR code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/sources.py" line="71"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/sources.py" line="92"/>
        <source>No QR code could be read in that image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/sources.py" line="101"/>
        <source>The image could not be read: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/sources.py" line="109"/>
        <location filename="../../ui/exchange/sources.py" line="111"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <location filename="../../ui/share/qr_view.py" line="30"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/qr_view.py" line="39"/>
        <source>QR code version %1 with %2 modules a side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/qr_view.py" line="73"/>
        <source>This code is too dense to scan at this size. Press F11 to show it full screen.</source>
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
        <location filename="../../ui/credential/raw_json.py" line="65"/>
        <source>Raw credential — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/raw_json.py" line="70"/>
        <source>Raw credential JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/raw_json.py" line="74"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="53"/>
        <location filename="../../ui/exchange/receive_dialog.py" line="54"/>
        <source>Receive a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="63"/>
        <source>Paste the link an issuer gave you (a credential offer or request), or read it from a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="87"/>
        <source>Transaction code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="90"/>
        <source>&amp;Transaction code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="95"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="96"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="98"/>
        <source>&amp;Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="99"/>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="120"/>
        <source>Credentials received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="121"/>
        <source>Try the code &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="122"/>
        <source>Try the code again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="124"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="125"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="140"/>
        <source>Reading the link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="147"/>
        <source>{0} offers to send you credentials ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="155"/>
        <source>The issuer sent you a code separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/receive_dialog.py" line="158"/>
        <source>(%n character(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="177"/>
        <source>Type the transaction code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="180"/>
        <source>Receiving from {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/receive_dialog.py" line="189"/>
        <source>%n credential(s) received and stored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="191"/>
        <source>The others were already in your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="193"/>
        <source>The issuer asks you to continue at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="223"/>
        <source>Cancelled. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="225"/>
        <source>The issuer did not accept the transaction code: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="229"/>
        <source>This offer has expired or was already used: ask the issuer for a new one. ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/receive_dialog.py" line="234"/>
        <source>Failed while {0}: {1} Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rechecks</name>
    <message>
        <location filename="../../ui/window/rechecks.py" line="84"/>
        <source>Credentials will be checked online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/rechecks.py" line="86"/>
        <source>Nothing will be fetched from the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/rechecks.py" line="103"/>
        <source>Checking your credentials online…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/rechecks.py" line="129"/>
        <source>Checked %n credential(s) online.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/rechecks.py" line="141"/>
        <source>Checking again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/rechecks.py" line="147"/>
        <source>Checked again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../ui/credential/report_view.py" line="26"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/report_view.py" line="26"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/report_view.py" line="26"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/report_view.py" line="27"/>
        <source>Verification report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/report_view.py" line="58"/>
        <source>included credential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RespondDialog</name>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="54"/>
        <location filename="../../ui/exchange/respond_dialog.py" line="55"/>
        <source>Answer a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="63"/>
        <source>Paste the request a verifier gave you (an openid4vp:// link or an exchange address), or read it from a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="89"/>
        <source>Who asks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="90"/>
        <source>Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="91"/>
        <source>How the wallet knows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="92"/>
        <source>Trust:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="96"/>
        <source>They ask for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="98"/>
        <source>Asked for / your credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="98"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="99"/>
        <source>What is asked for, and your matching credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="109"/>
        <source>What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="110"/>
        <source>&amp;Don&apos;t send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="111"/>
        <source>Don&apos;t send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="113"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="114"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="132"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="133"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="146"/>
        <source>Reading the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="164"/>
        <source>You trust it as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="166"/>
        <source>Not among the issuers you trust; check the domain before you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="177"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="177"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="184"/>
        <source>Nothing in your wallet matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="197"/>
        <source>Proof that you control your holder DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="231"/>
        <source>Nothing can be sent: the verifier requires {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="234"/>
        <source>no credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="237"/>
        <source>Will be sent to {0}: {1}, in a presentation signed by your holder DID {2} for this request only (challenge {3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="248"/>
        <source>Sending to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="255"/>
        <source>The verifier accepted your answer. It is in your sharing history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="258"/>
        <source>The verifier refused your answer: {0} It is in your sharing history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="261"/>
        <source>It asks you to continue at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="287"/>
        <source>Cancelled. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="289"/>
        <source>Learner Wallet does not answer this request: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/respond_dialog.py" line="293"/>
        <source>Failed while {0}: {1}</source>
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
        <location filename="../../ui/review/page.py" line="224"/>
        <source>Add the learner&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="229"/>
        <source>Add a folder of credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="236"/>
        <source>The clipboard holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="238"/>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="263"/>
        <source>Already in this review: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="292"/>
        <source>Verifying the portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="310"/>
        <source>Not credentials: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="321"/>
        <source>%1 credentials: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="323"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="329"/>
        <source>Holder: no presentation, so nothing shows who handed these over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="334"/>
        <source>Holder: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="404"/>
        <source>Verify the portfolio first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="407"/>
        <source>Export the review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/page.py" line="420"/>
        <source>Report written to </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenScan</name>
    <message>
        <location filename="../../ui/scan/screen.py" line="47"/>
        <source>Your desktop (Wayland) does not let apps read the screen. Take a screenshot of the code with your desktop&apos;s screenshot tool, then open it as a QR image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan/screen.py" line="55"/>
        <source>The screen could not be read on this system. Take a screenshot of the code, then open it as a QR image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="50"/>
        <location filename="../../ui/settings/dialog.py" line="123"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="54"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="55"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="57"/>
        <source>Lock after minutes idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="59"/>
        <source>Auto-lock waits while a QR code is on screen, and resumes after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="63"/>
        <source>Auto-lock is paused while a QR code is on screen (interview mode or the Share dialog&apos;s code), so it never hides the code mid-interview; it resumes when the code is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="71"/>
        <source>About auto-lock while sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="73"/>
        <source>Default presentation format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="75"/>
        <source>Signed presentation (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="76"/>
        <source>Signed presentation (JWT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="77"/>
        <source>QR code text (VP1-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="78"/>
        <source>QR code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="79"/>
        <source>PDF evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="124"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="125"/>
        <source>Checking online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="126"/>
        <source>Trusted issuers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="88"/>
        <source>Your email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="89"/>
        <source>one a line, such as sam@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="96"/>
        <source>Many badges name you only by a hashed email address. List yours, and a badge&apos;s page says which one it was issued to. They stay in your encrypted wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="106"/>
        <source>&amp;Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="108"/>
        <source>&amp;Presentation format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/dialog.py" line="109"/>
        <source>Your &amp;email addresses:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../ui/share/dialog.py" line="79"/>
        <source>Share credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="88"/>
        <source>Checking your credentials again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="97"/>
        <source>Credentials to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="100"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="102"/>
        <source>QR code on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="103"/>
        <source>Signed presentation file (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="104"/>
        <source>Signed presentation as a JWT (.jwt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="105"/>
        <source>QR code image (.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="106"/>
        <source>QR code image (.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="107"/>
        <source>PDF evidence pack (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="112"/>
        <source>Proof purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="113"/>
        <source>Authentication (most verifiers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="115"/>
        <source>Assertion method, for verifiers such as VerifierPlus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="122"/>
        <source>Verifier&apos;s challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="123"/>
        <source>Given by the verifier; empty: a random one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="125"/>
        <source>Verifier&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="126"/>
        <source>Optional, such as jobs.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="127"/>
        <source>Share the credentials that are not valid anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="128"/>
        <source>Share credentials that are not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="135"/>
        <source>Share status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="139"/>
        <location filename="../../ui/share/dialog.py" line="202"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="142"/>
        <source>&amp;Interview mode (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="143"/>
        <source>Show the codes full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="145"/>
        <source>Full screen, one code at a time, for the verifier&apos;s phone or a video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="148"/>
        <source>Add to &amp;LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="149"/>
        <source>Add to LinkedIn profile (opens your browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="150"/>
        <source>Opens LinkedIn&apos;s add-certification form in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="154"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="155"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="156"/>
        <source>C&amp;hallenge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="157"/>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="158"/>
        <source>Read them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="183"/>
        <source>QR code details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="187"/>
        <source>About this QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="188"/>
        <source>Save as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="190"/>
        <source>Save as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="192"/>
        <source>Save the presentation &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="194"/>
        <source>Save the PDF &amp;evidence pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="196"/>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="197"/>
        <source>Back to the share options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="199"/>
        <source>F&amp;ull screen (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="200"/>
        <source>Show this code full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/share/dialog.py" line="249"/>
        <source>Checked again just now: %n credential(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="251"/>
        <source>Sharing signs them with your holder identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="262"/>
        <source>Signed as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="274"/>
        <source>Show &amp;QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="274"/>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="287"/>
        <source>None of these credentials is valid: tick the box to share them anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="321"/>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="330"/>
        <source>Saved %1 and noted it in your share history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="345"/>
        <source>Let the verifier scan this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="346"/>
        <source>signed presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="346"/>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="348"/>
        <source>QR version %1 · %2 × %2 modules · error correction %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="355"/>
        <source>No QR code fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="360"/>
        <source>The verifier scans it with Learner Credential Wallet, VerifierPlus or another VP1- reader; it holds the signed presentation itself, so no network is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="443"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="464"/>
        <source>Presentation (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="465"/>
        <source>Presentation JWT (*.jwt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="466"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="467"/>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="468"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/dialog.py" line="471"/>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareHistory</name>
    <message>
        <location filename="../../ui/share/history.py" line="39"/>
        <source>Signed presentation file (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="40"/>
        <source>Signed presentation as a JWT (.jwt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="41"/>
        <source>QR code on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="42"/>
        <source>QR code text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="43"/>
        <source>QR code image (.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="44"/>
        <source>QR code image (.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="45"/>
        <source>PDF evidence pack (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="46"/>
        <source>Answer to a verifier (OpenID4VP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="47"/>
        <source>Answer to a verifier (VC-API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="50"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="51"/>
        <source>Assertion method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="73"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="74"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="75"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="76"/>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="77"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="78"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="94"/>
        <source>a removed credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="109"/>
        <source>Signed as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="115"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="119"/>
        <source>Sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="123"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="125"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareHistoryDialog</name>
    <message>
        <location filename="../../ui/share/history.py" line="161"/>
        <location filename="../../ui/share/history.py" line="172"/>
        <source>Sharing history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="164"/>
        <source>Every time you shared credentials from this wallet: what, how, and the verifier&apos;s challenge and domain. It is kept encrypted in your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/share/history.py" line="180"/>
        <source>You have not shared any credentials yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/window/sidebar.py" line="29"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sidebar.py" line="33"/>
        <source>&amp;New collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sidebar.py" line="47"/>
        <source>All credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sidebar.py" line="48"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sidebar.py" line="49"/>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/sidebar.py" line="59"/>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsChart</name>
    <message>
        <location filename="../../ui/review/chart.py" line="48"/>
        <source>No credential names a skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/chart.py" line="88"/>
        <source>valid, about the learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/chart.py" line="98"/>
        <source>named only by credentials that do not count (not valid, or someone else&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/chart.py" line="127"/>
        <source>Skills chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <location filename="../../ui/organise/skills.py" line="99"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/skills.py" line="106"/>
        <source>What your credentials show you can do, grouped by framework when the issuer names one. Open a credential to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/skills.py" line="113"/>
        <location filename="../../ui/organise/skills.py" line="114"/>
        <source>Filter skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/skills.py" line="120"/>
        <source>Skills and the credentials that evidence them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/skills.py" line="128"/>
        <source>No skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/skills.py" line="172"/>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/skills.py" line="172"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/skills.py" line="179"/>
        <source>Skills without a named framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/skills.py" line="193"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organise/skills.py" line="194"/>
        <source>%n credential(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organise/skills.py" line="195"/>
        <source>%n issuer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/organise/skills.py" line="209"/>
        <source>No skill matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organise/skills.py" line="212"/>
        <source>None of your credentials states a skill yet. Skills appear here when an issuer aligns an achievement with a skill or competency framework, or tags it with keywords.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../ui/start/page.py" line="72"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="78"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="87"/>
        <source>Re&amp;view a learner&apos;s portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="90"/>
        <source>For advisors and employers: no wallet of your own is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="110"/>
        <source>Keep your certificates, badges and course records in one encrypted wallet on this computer, check they are genuine, and share the ones you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="117"/>
        <source>&amp;Create a new wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="119"/>
        <location filename="../../ui/start/page.py" line="174"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="122"/>
        <source>Check &amp;someone&apos;s credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="124"/>
        <source>Check someone&apos;s credentials, without a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="127"/>
        <source>For employers and advisors: verify what a learner shows you; nothing is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="145"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="148"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="150"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="172"/>
        <source>Where the wallet file is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="176"/>
        <source>&amp;Open another wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="191"/>
        <source>This wallet cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="194"/>
        <source>The wallet file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="216"/>
        <source>The damaged file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="224"/>
        <source>Welcome to Learner Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="228"/>
        <source>Unlock your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="264"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="285"/>
        <source>Creating your wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="297"/>
        <source>Restoring your wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="306"/>
        <source>That passphrase does not unlock this backup. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="309"/>
        <source>The backup file is damaged or is not a Learner Wallet backup: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="316"/>
        <source>No wallet was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="352"/>
        <source>That passphrase does not unlock this wallet. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="357"/>
        <source>This wallet is open in another Learner Wallet window or program. Close it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="363"/>
        <source>This wallet was made by a newer version of Learner Wallet. Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="368"/>
        <source>The wallet file is damaged and cannot be opened. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="375"/>
        <source>The file could not be read or written: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/page.py" line="378"/>
        <source>Something went wrong: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <location filename="../../ui/exchange/parts.py" line="219"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="221"/>
        <location filename="../../ui/exchange/parts.py" line="222"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/parts.py" line="245"/>
        <source>Cancelling after this step…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <location filename="../../ui/start/strength.py" line="57"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/strength.py" line="59"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/strength.py" line="61"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/strength.py" line="62"/>
        <source>Strong</source>
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
    <name>Tasks</name>
    <message>
        <location filename="../../ui/common/tasks.py" line="138"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustBar</name>
    <message>
        <location filename="../../ui/credential/trust_bar.py" line="59"/>
        <source>Stop trusting this issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trust_bar.py" line="61"/>
        <source>You trust %1: credentials signed by its key show it as trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trust_bar.py" line="66"/>
        <source>Trust this issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trust_bar.py" line="68"/>
        <source>Credentials signed by this issuer&apos;s key will show it as trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trust_bar.py" line="95"/>
        <source>You no longer trust %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trust_bar.py" line="95"/>
        <source>You now trust %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trust_bar.py" line="103"/>
        <source>Trust was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedIssuersBox</name>
    <message>
        <location filename="../../ui/credential/trusted_issuers.py" line="36"/>
        <location filename="../../ui/credential/trusted_issuers.py" line="40"/>
        <source>Issuers you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trusted_issuers.py" line="44"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trusted_issuers.py" line="45"/>
        <source>Stop trusting the chosen issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trusted_issuers.py" line="53"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trusted_issuers.py" line="65"/>
        <source>Open your wallet to see the issuers you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trusted_issuers.py" line="75"/>
        <source>%1
%2 · trusted since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trusted_issuers.py" line="86"/>
        <source>You trust no issuers yet. To trust one, open one of its credentials and choose “Trust this issuer”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trusted_issuers.py" line="92"/>
        <source>Credentials signed by these issuers&apos; keys show them as trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credential/trusted_issuers.py" line="96"/>
        <source>The list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/review/desk_page.py" line="136"/>
        <source>Open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="139"/>
        <source>Workspace passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review/desk_page.py" line="140"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../ui/common/verdicts.py" line="69"/>
        <location filename="../../ui/common/verdicts.py" line="81"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="70"/>
        <location filename="../../ui/common/verdicts.py" line="83"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="71"/>
        <location filename="../../ui/common/verdicts.py" line="85"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="72"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="73"/>
        <location filename="../../ui/common/verdicts.py" line="82"/>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="74"/>
        <location filename="../../ui/common/verdicts.py" line="88"/>
        <source>Unverifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="84"/>
        <source>Not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="86"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="87"/>
        <source>Unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="95"/>
        <source>Genuine: the issuer&apos;s signature checks out and it is in date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="98"/>
        <source>Not genuine or damaged: the Verification tab shows the failed check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="101"/>
        <source>Genuine, but past its expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="102"/>
        <source>Genuine, but not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="103"/>
        <source>The issuer has revoked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="104"/>
        <source>The issuer has suspended it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="105"/>
        <source>It carries no signature, so nobody can tell who issued it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="108"/>
        <source>It could not be checked offline: the Verification tab says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="116"/>
        <source>Well-formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="117"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="118"/>
        <source>Issuer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="119"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="120"/>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="121"/>
        <source>Trusted issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="122"/>
        <source>Open Badges schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="123"/>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="130"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="131"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="132"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="133"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/verdicts.py" line="180"/>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifierWindow</name>
    <message>
        <location filename="../../ui/verifier/window.py" line="62"/>
        <source>Check someone&apos;s credentials — Learner Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="74"/>
        <source>&amp;Open a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="76"/>
        <source>Open what the learner gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="78"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="80"/>
        <source>Check what the clipboard holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="82"/>
        <source>the learner&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="86"/>
        <source>Check &amp;online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="87"/>
        <source>Use the network for revocation and web keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="90"/>
        <source>Fetches status lists and issuers&apos; web keys. Off: everything is checked on this computer, and what needs the network is reported as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="95"/>
        <source>Your domain (optional), such as jobs.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="96"/>
        <source>Your domain for the challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="97"/>
        <source>&amp;New challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="98"/>
        <source>Make a new challenge for the learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="104"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="107"/>
        <source>What was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="111"/>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="113"/>
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="131"/>
        <source>Open, drop or paste what a learner shows you, or scan their code. Nothing is stored. For a live check, make a new challenge first and let their wallet read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="159"/>
        <source>The challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="173"/>
        <source>That domain is too long for a challenge code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="178"/>
        <source>Challenge: %1

Let the learner&apos;s wallet read this code (Share → Read them → Scan the screen or From a QR image), or read the challenge out for them to type. Then check what they show you: it must be signed for this challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="183"/>
        <source>Domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="186"/>
        <source>New challenge made. What you check next must answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="221"/>
        <source>the pasted picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="223"/>
        <source>The clipboard holds nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="248"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="267"/>
        <source>The file could not be read: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="294"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="301"/>
        <source>The file could not be written: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="307"/>
        <source>Open what the learner shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="310"/>
        <source>Credentials, presentations and QR images (*.json *.jsonld *.jwt *.txt *.vp1 *.pdf *.png *.svg *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="317"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="317"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/verifier/window.py" line="319"/>
        <source>Export the result</source>
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
    <name>WalletSwitcher</name>
    <message>
        <location filename="../../ui/window/wallets.py" line="45"/>
        <source>Open &amp;another wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/wallets.py" line="46"/>
        <source>Close this wallet and open, or create, another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/wallets.py" line="48"/>
        <source>&amp;Recent wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/wallets.py" line="79"/>
        <source>Open another wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/wallets.py" line="81"/>
        <source>Learner Wallet vaults (*.vault);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/wallets.py" line="100"/>
        <source>No other wallet opened yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../ui/common/verdicts.py" line="166"/>
        <source>%n achievement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/common/verdicts.py" line="167"/>
        <source>%n endorsement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/common/verdicts.py" line="168"/>
        <source>%n credential(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/common/verdicts.py" line="171"/>
        <source>%n is(are) not genuine</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/common/verdicts.py" line="174"/>
        <source>%n could not be checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/common/verdicts.py" line="177"/>
        <source>%n is(are) not valid now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
</TS>

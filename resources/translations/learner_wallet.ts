<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>AccountCommands</name>
    <message numerus="yes">
        <source>Wrote an encrypted backup of %n credential(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It was checked: it opens and restores completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>But the check found only %1: make it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 opens with this passphrase and restores %n credential(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The backup is good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the passphrase that unlocks this wallet now, so nothing was changed. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the new passphrase the next time you unlock this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the current passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner Wallet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is one encrypted file with everything in your wallet. It has its own passphrase: keep the file somewhere else (a USB stick, cloud storage) and the passphrase somewhere safe. It is checked right after it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkCommands</name>
    <message>
        <source>Actions for the selected credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a ta&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from co&amp;llection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n credential(s) from wallet…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, such as “For data jobs”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from your wallet? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n credential(s) from your wallet? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the collection “%1”? Its credentials stay in your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Hold the QR code up to the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera is available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <source>No camera is available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera failed: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChallengeReader</name>
    <message>
        <source>the employer&apos;s challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code holds no challenge: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge %1 for %2 read from the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge %1 read from the code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase that unlocks this wallet now, then choose the new one. Your credentials stay as they are; backups you already made keep their own passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code version %1, %2 modules a side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is too small for this code: press F11 for full screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateWalletDialog</name>
    <message>
        <source>Create your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your credentials are kept encrypted on this computer. Choose a passphrase: nobody, including us, can recover the wallet without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this device (system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create wallet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialDetails</name>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed endorser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (one of your addresses; the credential holds it hashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hashed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge&apos;s file holds only a link to its description, so the badge&apos;s name, description, criteria and issuer are not shown here. Checking it online fetches them from the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge names its issuer only by a link, so the issuer&apos;s name is not shown here. Checking it online fetches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge details fetched %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all of the description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competencies and alignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievements in this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorsements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialPage</name>
    <message>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show why: the Verification tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections it is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this credential again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify it again, fetching its issuer&apos;s keys and status lists anew when checking online is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present it to an employer: a QR code, a signed file or a PDF (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ollections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing this wallet checked signs what this page shows: the name, issuer and details are the file&apos;s own text, and anyone could have written them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid, but</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each one&apos;s own verdict is beside it in Details and in Verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In collections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>Group credentials by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-credential elements of this credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on this credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private note on this credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(someone else&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU micro-credential: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Locked workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a learner&apos;s portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a learner&apos;s presentation, PDF evidence pack, QR code or folder of credentials, verify everything in one go, see the skills it evidences and export a review report. Nothing here touches your own wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews yet. Start one with “New review…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeSteps</name>
    <message>
        <source>Reading the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the credential offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the issuer&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the authorization server&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the issuer for an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the issuer for a nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the issuer for the credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the issuer to issue the credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what the issuer sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proving your holder DID to the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the interaction&apos;s protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the verifier&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking who the verifier is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your answer to the verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing what to send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingView</name>
    <message>
        <source>Genuine: signed by its holder for your challenge just now, and every credential in it is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genuine and valid, but it was not signed for a challenge of yours: anyone with a copy could show it. Use New challenge to rule that out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genuine: the issuer&apos;s signature checks out and it is in date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forged: do not accept it. The presentation&apos;s own signature or holder proof fails, whatever its credentials say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forged or altered: do not accept it. See the failed check below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not made for you now: the signatures are genuine, but it was not signed for your challenge at this time. It may be a copy; ask the learner to sign it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genuine and valid, but not every credential is about the person who signed it: ask the learner how the credentials marked below are theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation itself is genuine, but not every credential in it is valid: see each one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be checked: nothing shows it is forged, or that it is genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genuine, but not valid now: see the dates or the revocation below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1, %2. Found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your challenge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF evidence pack&apos;s printed pages are not evidence: anyone can print anything. What follows is what its signed attachment holds; compare it with the pages you were shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PDF evidence packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody: no proof verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours, as issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ the holder is its subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ about %1, not the holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>included credential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where is my data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Learner Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import what is on the clipboard (outside text fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions for the selected credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet (credentials, images, tags, notes, collections, settings), </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted with your passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window layout (nothing private):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are single encrypted files, wherever you save them. Nothing is sent anywhere unless you share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is my data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner Wallet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep, verify and present your learning credentials, offline and encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: Apache-2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled data and its licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Provenance: resources/*/SOURCES.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Learner Wallet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>My identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your presentations are signed with this identifier (a did:key made on this computer and kept in your encrypted wallet). A verifier can use it to check that what you share comes from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your holder DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy your holder DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You also have %n older identifier(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Importing credentials…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not genuine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the credentials that are not genuine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials imported is(are) not genuine: the signature or the issuer&apos;s key does not check out. They are in your wallet marked Invalid.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What happened to each input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomingRouter</name>
    <message>
        <source>Open your wallet to go on with what was handed to it ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Add credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*);;Credentials (*.json *.jsonld *.jwt *.png *.svg *.txt *.pdf *.vp1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every credential in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a QR code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the image, then use Open a QR image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <source>Interview mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing your code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave interview mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to the credential&apos;s public page: the link proves nothing by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed presentation: scan it with Learner Credential Wallet, VerifierPlus or Learner Wallet&apos;s “Check someone&apos;s credentials”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← → for the others, Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code can be shown: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>Job description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a job description here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the framework %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading ESCO&apos;s skill labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a job description to see which skills it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matched, %2 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when you restart Learner Wallet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Search names, issuers, recipients, descriptions, skills, tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descending order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between cards and a list (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the selected credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more credentials, then share them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of credentials shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential matches. Clear the search or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the credentials you have earned: drop files or folders here, paste a credential (Ctrl+V), or choose files. Badges (PNG, SVG), Open Badges and CLR JSON, JWTs and VP1- QR text all work.

Just looking? Add a few samples signed by a demo issuer to see how the wallet works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;sample credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All issuers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascending order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n credential(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;hare %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <source>openid-credential-offer://…, https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or QR code text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkScreens</name>
    <message>
        <source>Credential offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is a credential offer from {0}: an issuer offers to send you credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is a credential offer: an issuer offers to send you credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is a request for your wallet from {0}: an issuer asks where to send you credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is a request for your wallet: an issuer asks where to send you credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is a presentation request from {0}: a verifier asks you to show credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is a presentation request: a verifier asks you to show credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving credentials from a link is not available in Learner Wallet yet. Nothing was sent or stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering presentation requests is not available in Learner Wallet yet. Nothing was sent or stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Learner Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;QR image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;sample credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the open credential or the ones selected in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you shared which credentials, how, and with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive a credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim credentials from an issuer&apos;s offer link or QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nswer a request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a verifier&apos;s presentation request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check someone&apos;s credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier mode: check what a learner shows you, without a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change pass&amp;phrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review a learner&apos;s portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a portfolio someone handed you, apart from your own wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the credentials to share first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mishaps</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner Wallet ran into a problem it did not expect: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet is safe: it saves each change completely or not at all. If this happens again, copy the details and report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the technical details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkBox</name>
    <message>
        <source>Checking online fetches, over https, only what issuers publish for checking their credentials: their keys (did:web, https profiles), status lists that say whether a credential was revoked, Open Badges 2.0 badge details, and the issuer registries listed with the wallet. Your credentials are never sent. What is fetched is kept encrypted in your wallet, so it is checked again at most once a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check credentials &amp;online (verification only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check online and download badge &amp;pictures too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Never go online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents fetched and kept in your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your wallet to see what was fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · fetched %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) kept, encrypted, in your wallet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last checked online: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkQuestionBar</name>
    <message>
        <source>Check credentials online?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your credentials online?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check credentials online, for verification only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check online and download &amp;pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check credentials online and download their badge pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay &amp;offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never go online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <source>New review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each learner&apos;s portfolio is kept in its own encrypted workspace, apart from any wallet, with its own passphrase. Their files are kept exactly as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the learner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private note, only for you (kept encrypted, saved as you type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Your note on this portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private notes on this learner&apos;s portfolio, kept in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portfolio notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganiseCommands</name>
    <message>
        <source>the wallet is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, such as “For data jobs”:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: a few unrelated words make a strong, memorable passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrSources</name>
    <message>
        <source>From a QR &amp;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 from a QR image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the sc&amp;reen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 from a QR code on the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a QR code shown in any window, such as a video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webcam…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 with the webcam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a QR code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrTextSource</name>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;QR image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a QR code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code could be read in that image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be read: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code version %1 with %2 modules a side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is too dense to scan at this size. Press F11 to show it full screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>The information the EU Council Recommendation on micro-credentials (2022/C 243/02, Annex I) asks each micro-credential to state, and which of these credentials state it (from their signed data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-credential elements across the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each credential&apos;s conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawJsonDialog</name>
    <message>
        <source>Raw credential — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw credential JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the link an issuer gave you (a credential offer or request), or read it from a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transaction code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the code &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the code again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} offers to send you credentials ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer sent you a code separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n character(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type the transaction code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving from {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) received and stored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The others were already in your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer asks you to continue at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer did not accept the transaction code: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer has expired or was already used: ask the issuer for a new one. ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed while {0}: {1} Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rechecks</name>
    <message>
        <source>Credentials will be checked online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be fetched from the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your credentials online…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %n credential(s) online.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>included credential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RespondDialog</name>
    <message>
        <source>Answer a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the request a verifier gave you (an openid4vp:// link or an exchange address), or read it from a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the wallet knows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They ask for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for / your credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is asked for, and your matching credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You trust it as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not among the issuers you trust; check the domain before you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer registries: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in your wallet matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof that you control your holder DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be sent: the verifier requires {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be sent to {0}: {1}, in a presentation signed by your holder DID {2} for this request only (challenge {3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier accepted your answer. It is in your sharing history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier refused your answer: {0} It is in your sharing history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It asks you to continue at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner Wallet does not answer this request: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed while {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Learner Wallet backup file. Your restored wallet will use the same passphrase as the backup; you can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet backups (*.lwbackup);;All (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>← &amp;Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentations, credentials, PDF evidence packs, QR images, VP1- text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pasted presentation, JWT or VP1- text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did:web keys, status lists and issuer registries; nothing else goes online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the challenge you gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge you gave the learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation must be signed for it: a copy made for someone else fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hallenge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Micro-credential quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the learner&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder of credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in this review: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not credentials: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credentials: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder: no presentation, so nothing shows who handed these over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the portfolio first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanSource</name>
    <message>
        <source>Scan the sc&amp;reen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found on the screen: show the code larger, uncovered by other windows, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webcam…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenScan</name>
    <message>
        <source>Your desktop (Wayland) does not let apps read the screen. Take a screenshot of the code with your desktop&apos;s screenshot tool, then open it as a QR image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen could not be read on this system. Take a screenshot of the code, then open it as a QR image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock waits while a QR code is on screen, and resumes after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock is paused while a QR code is on screen (interview mode or the Share dialog&apos;s code), so it never hides the code mid-interview; it resumes when the code is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About auto-lock while sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default presentation format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed presentation (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed presentation (JWT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code text (VP1-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one a line, such as sam@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many badges name you only by a hashed email address. List yours, and a badge&apos;s page says which one it was issued to. They stay in your encrypted wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;email addresses:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your credentials again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed presentation file (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed presentation as a JWT (.jwt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code image (.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code image (.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF evidence pack (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication (most verifiers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertion method, for verifiers such as VerifierPlus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier&apos;s challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by the verifier; empty: a random one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, such as jobs.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the credentials that are not valid anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share credentials that are not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interview mode (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the codes full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, one code at a time, for the verifier&apos;s phone or a video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to LinkedIn profile (opens your browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens LinkedIn&apos;s add-certification form in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hallenge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the presentation &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF &amp;evidence pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the share options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull screen (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this code full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked again just now: %n credential(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing signs them with your holder identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these credentials is valid: tick the box to share them anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 and noted it in your share history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the verifier scan this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR version %1 · %2 × %2 modules · error correction %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier scans it with Learner Credential Wallet, VerifierPlus or another VP1- reader; it holds the signed presentation itself, so no network is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation JWT (*.jwt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareHistory</name>
    <message>
        <source>Signed presentation file (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed presentation as a JWT (.jwt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code image (.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code image (.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF evidence pack (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to a verifier (OpenID4VP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to a verifier (VC-API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertion method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a removed credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareHistoryDialog</name>
    <message>
        <source>Sharing history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every time you shared credentials from this wallet: what, how, and the verifier&apos;s challenge and domain. It is kept encrypted in your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not shared any credentials yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsChart</name>
    <message>
        <source>No credential names a skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, about the learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named only by credentials that do not count (not valid, or someone else&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your credentials show you can do, grouped by framework when the issuer names one. Open a credential to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills and the credentials that evidence them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills without a named framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issuer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No skill matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your credentials states a skill yet. Skills appear here when an issuer aligns an achievement with a skill or competency framework, or tags it with keywords.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsPanel</name>
    <message>
        <source>Chart bars per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars per skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars per framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills chart, scrollable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills by framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidenced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named, but not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) evidenced by valid credentials</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n only named by credentials that do not count</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No framework named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view a learner&apos;s portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a learner&apos;s portfolio, without a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For advisors and employers: no wallet of your own is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your certificates, badges and course records in one encrypted wallet on this computer, check they are genuine, and share the ones you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;someone&apos;s credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check someone&apos;s credentials, without a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For employers and advisors: verify what a learner shows you; nothing is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the wallet file is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Learner Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring your wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not unlock this backup. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is damaged or is not a Learner Wallet backup: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not unlock this wallet. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet is open in another Learner Wallet window or program. Close it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet was made by a newer version of Learner Wallet. Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet file is damaged and cannot be opened. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after this step…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags, separated by commas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustBar</name>
    <message>
        <source>Stop trusting this issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You trust %1: credentials signed by its key show it as trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials signed by this issuer&apos;s key will show it as trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You no longer trust %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You now trust %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedIssuersBox</name>
    <message>
        <source>Issuers you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting the chosen issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your wallet to see the issuers you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · trusted since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You trust no issuers yet. To trust one, open one of its credentials and choose “Trust this issuer”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials signed by these issuers&apos; keys show them as trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genuine: the issuer&apos;s signature checks out and it is in date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not genuine or damaged: the Verification tab shows the failed check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genuine, but past its expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genuine, but not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has revoked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has suspended it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It carries no signature, so nobody can tell who issued it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be checked offline: the Verification tab says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well-formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Badges schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifierWindow</name>
    <message>
        <source>Check someone&apos;s credentials — Learner Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open what the learner gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what the clipboard holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learner&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the network for revocation and web keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetches status lists and issuers&apos; web keys. Off: everything is checked on this computer, and what needs the network is reported as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your domain (optional), such as jobs.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your domain for the challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new challenge for the learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, drop or paste what a learner shows you, or scan their code. Nothing is stored. For a live check, make a new challenge first and let their wallet read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That domain is too long for a challenge code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge: %1

Let the learner&apos;s wallet read this code (Share → Read them → Scan the screen or From a QR image), or read the challenge out for them to type. Then check what they show you: it must be signed for this challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New challenge made. What you check next must answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open what the learner shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials, presentations and QR images (*.json *.jsonld *.jwt *.txt *.vp1 *.pdf *.png *.svg *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyBackupDialog</name>
    <message>
        <source>Verify a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a backup opens with its passphrase and restores completely. Nothing is changed: the test restore happens in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalletSwitcher</name>
    <message>
        <source>Open &amp;another wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this wallet and open, or create, another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner Wallet vaults (*.vault);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other wallet opened yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%n achievement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endorsement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n is(are) not genuine</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n is(are) not valid now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_FileRow</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountCommands</name>
    <message numerus="yes">
        <source>Wrote an encrypted backup of %n credential(s) to %1.</source>
        <translation>
            <numerusform>Se escribió una copia de seguridad cifrada de %n credencial en %1.</numerusform>
            <numerusform>Se escribió una copia de seguridad cifrada de %n credenciales en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was checked: it opens and restores completely.</source>
        <translation>Se ha comprobado: se abre y se restaura por completo.</translation>
    </message>
    <message>
        <source>But the check found only %1: make it again.</source>
        <translation>Pero la comprobación solo encontró %1: vuelva a hacerla.</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Copia de seguridad escrita</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Escribiendo la copia de seguridad…</translation>
    </message>
    <message numerus="yes">
        <source>%1 opens with this passphrase and restores %n credential(s).</source>
        <translation>
            <numerusform>%1 se abre con esta frase de contraseña y restaura %n credencial.</numerusform>
            <numerusform>%1 se abre con esta frase de contraseña y restaura %n credenciales.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup is good</source>
        <translation>La copia de seguridad está bien</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Passphrase not changed</source>
        <translation>La frase de contraseña no se ha cambiado</translation>
    </message>
    <message>
        <source>That is not the passphrase that unlocks this wallet now, so nothing was changed. Check Caps Lock and try again.</source>
        <translation>Esa no es la frase de contraseña que desbloquea ahora esta cartera, así que no se ha cambiado nada. Compruebe Bloq Mayús e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>Use the new passphrase the next time you unlock this wallet.</source>
        <translation>Use la nueva frase de contraseña la próxima vez que desbloquee esta cartera.</translation>
    </message>
    <message>
        <source>Checking the current passphrase…</source>
        <translation>Comprobando la frase de contraseña actual…</translation>
    </message>
    <message>
        <source>Learner Wallet</source>
        <translation>Learner Wallet</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up your wallet</source>
        <translation>Hacer una copia de seguridad de su cartera</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Confirm backup passphrase</source>
        <translation>Confirme la frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Hacer copia</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Archivo de copia:</translation>
    </message>
    <message>
        <source>A backup is one encrypted file with everything in your wallet. It has its own passphrase: keep the file somewhere else (a USB stick, cloud storage) and the passphrase somewhere safe. It is checked right after it is written.</source>
        <translation>Una copia de seguridad es un único archivo cifrado con todo lo que hay en su cartera. Tiene su propia frase de contraseña: guarde el archivo en otro lugar (una memoria USB, almacenamiento en la nube) y la frase de contraseña en un lugar seguro. Se comprueba justo después de escribirla.</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Guardar la copia de seguridad como</translation>
    </message>
</context>
<context>
    <name>BulkCommands</name>
    <message>
        <source>Actions for the selected credentials</source>
        <translation>Acciones para las credenciales seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Compartir…</translation>
    </message>
    <message>
        <source>Add a &amp;tag…</source>
        <translation>Añadir una &amp;etiqueta…</translation>
    </message>
    <message>
        <source>Remove a ta&amp;g</source>
        <translation>&amp;Quitar una etiqueta</translation>
    </message>
    <message>
        <source>Add to &amp;collection</source>
        <translation>Añadir a una co&amp;lección</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nueva colección…</translation>
    </message>
    <message>
        <source>Remove from co&amp;llection</source>
        <translation>Quitar de la colecci&amp;ón</translation>
    </message>
    <message>
        <source>&amp;Remove from wallet…</source>
        <translation>&amp;Eliminar de la cartera…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n credential(s) from wallet…</source>
        <translation>
            <numerusform>&amp;Eliminar %n credencial de la cartera…</numerusform>
            <numerusform>&amp;Eliminar %n credenciales de la cartera…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Delete collection…</source>
        <translation>&amp;Borrar la colección…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Añadir una etiqueta</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <source>Name, such as “For data jobs”:</source>
        <translation>Nombre, por ejemplo «Para empleos de datos»:</translation>
    </message>
    <message>
        <source>Remove credentials</source>
        <translation>Eliminar credenciales</translation>
    </message>
    <message>
        <source>Remove “%1” from your wallet? This cannot be undone.</source>
        <translation>¿Eliminar «%1» de su cartera? No se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n credential(s) from your wallet? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n credencial de su cartera? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n credenciales de su cartera? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>Cambiar el nombre de la colección</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Borrar la colección</translation>
    </message>
    <message>
        <source>Delete the collection “%1”? Its credentials stay in your wallet.</source>
        <translation>¿Borrar la colección «%1»? Sus credenciales se quedan en su cartera.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Hold the QR code up to the camera</source>
        <translation>Acerque el código QR a la cámara</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Iniciando la cámara…</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Imagen de la cámara</translation>
    </message>
    <message>
        <source>No camera is available on this computer.</source>
        <translation>No hay ninguna cámara disponible en este equipo.</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <source>No camera is available on this computer.</source>
        <translation>No hay ninguna cámara disponible en este equipo.</translation>
    </message>
    <message>
        <source>The camera failed: </source>
        <translation>La cámara ha fallado: </translation>
    </message>
</context>
<context>
    <name>ChallengeReader</name>
    <message>
        <source>the employer&apos;s challenge</source>
        <translation>el desafío del empleador</translation>
    </message>
    <message>
        <source>Looking for the code…</source>
        <translation>Buscando el código…</translation>
    </message>
    <message>
        <source>That code holds no challenge: </source>
        <translation>Ese código no contiene ningún desafío: </translation>
    </message>
    <message>
        <source>Challenge %1 for %2 read from the code.</source>
        <translation>Desafío %1 para %2 leído del código.</translation>
    </message>
    <message>
        <source>Challenge %1 read from the code.</source>
        <translation>Desafío %1 leído del código.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>Type the passphrase that unlocks this wallet now, then choose the new one. Your credentials stay as they are; backups you already made keep their own passphrase.</source>
        <translation>Escriba la frase de contraseña que desbloquea ahora esta cartera y después elija la nueva. Sus credenciales se quedan como están; las copias de seguridad que ya hizo conservan su propia frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>QR code version %1, %2 modules a side</source>
        <translation>Código QR versión %1, %2 módulos por lado</translation>
    </message>
    <message>
        <source>The window is too small for this code: press F11 for full screen.</source>
        <translation>La ventana es demasiado pequeña para este código: pulse F11 para verlo a pantalla completa.</translation>
    </message>
</context>
<context>
    <name>CreateWalletDialog</name>
    <message>
        <source>Create your wallet</source>
        <translation>Cree su cartera</translation>
    </message>
    <message>
        <source>Your credentials are kept encrypted on this computer. Choose a passphrase: nobody, including us, can recover the wallet without it.</source>
        <translation>Sus credenciales se guardan cifradas en este equipo. Elija una frase de contraseña: nadie, ni siquiera nosotros, puede recuperar la cartera sin ella.</translation>
    </message>
    <message>
        <source>&amp;Remember on this device (system keyring)</source>
        <translation>&amp;Recordar en este dispositivo (llavero del sistema)</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Recordar en este dispositivo</translation>
    </message>
    <message>
        <source>Create wallet</source>
        <translation>Crear la cartera</translation>
    </message>
</context>
<context>
    <name>CredentialDetails</name>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>Unnamed endorser</source>
        <translation>Avalista sin nombre</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>dirección de correo electrónico</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identidad</translation>
    </message>
    <message>
        <source>%1 (one of your addresses; the credential holds it hashed)</source>
        <translation>%1 (una de sus direcciones; la credencial la contiene cifrada con hash)</translation>
    </message>
    <message>
        <source>a hashed %1</source>
        <translation>%1 cifrada con hash</translation>
    </message>
    <message>
        <source>This badge&apos;s file holds only a link to its description, so the badge&apos;s name, description, criteria and issuer are not shown here. Checking it online fetches them from the issuer.</source>
        <translation>El archivo de esta insignia solo contiene un enlace a su descripción, así que aquí no se muestran el nombre, la descripción, los criterios ni el emisor de la insignia. Al comprobarla en línea se obtienen del emisor.</translation>
    </message>
    <message>
        <source>This badge names its issuer only by a link, so the issuer&apos;s name is not shown here. Checking it online fetches it.</source>
        <translation>Esta insignia nombra a su emisor solo con un enlace, así que aquí no se muestra el nombre del emisor. Al comprobarla en línea se obtiene.</translation>
    </message>
    <message>
        <source>Badge details fetched %1.</source>
        <translation>Detalles de la insignia obtenidos el %1.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Campo de estudio</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Show all of the description…</source>
        <translation>Mostrar toda la descripción…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Otorgada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>How it was assessed</source>
        <translation>Cómo se evaluó</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Competencies and alignments</source>
        <translation>Competencias y alineaciones</translation>
    </message>
    <message>
        <source>Achievements in this record</source>
        <translation>Logros de este expediente</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluida</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Endorsements</source>
        <translation>Avales</translation>
    </message>
</context>
<context>
    <name>CredentialPage</name>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Volver</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message>
        <source>Badge image</source>
        <translation>Imagen de la insignia</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Emitida a</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <source>Show why: the Verification tab</source>
        <translation>Mostrar por qué: la pestaña Verificación</translation>
    </message>
    <message>
        <source>Credentials inside</source>
        <translation>Credenciales que contiene</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Collections it is in</source>
        <translation>Colecciones en las que está</translation>
    </message>
    <message>
        <source>Check &amp;again now</source>
        <translation>Comprobar de &amp;nuevo ahora</translation>
    </message>
    <message>
        <source>Check this credential again now</source>
        <translation>Comprobar de nuevo esta credencial ahora</translation>
    </message>
    <message>
        <source>Verify it again, fetching its issuer&apos;s keys and status lists anew when checking online is on</source>
        <translation>Verificarla de nuevo, obteniendo otra vez las claves de su emisor y sus listas de estado cuando la comprobación en línea está activada</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Compartir…</translation>
    </message>
    <message>
        <source>Share this credential</source>
        <translation>Compartir esta credencial</translation>
    </message>
    <message>
        <source>Present it to an employer: a QR code, a signed file or a PDF (Ctrl+Shift+S)</source>
        <translation>Presentarla a un empleador: un código QR, un archivo firmado o un PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Etiquetas…</translation>
    </message>
    <message>
        <source>C&amp;ollections</source>
        <translation>C&amp;olecciones</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic</source>
        <translation>Copiar el &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>&amp;JSON sin procesar</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Credential details</source>
        <translation>Detalles de la credencial</translation>
    </message>
    <message>
        <source>Nothing this wallet checked signs what this page shows: the name, issuer and details are the file&apos;s own text, and anyone could have written them.</source>
        <translation>Nada de lo que esta cartera ha comprobado firma lo que muestra esta página: el nombre, el emisor y los detalles son el propio texto del archivo, y cualquiera podría haberlos escrito.</translation>
    </message>
    <message>
        <source>Description — %1</source>
        <translation>Descripción — %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show &amp;why</source>
        <translation>Ver el &amp;porqué</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Issued to %1</source>
        <translation>Emitida a %1</translation>
    </message>
    <message>
        <source>Valid, but</source>
        <translation>Válida, pero</translation>
    </message>
    <message>
        <source>Inside it:</source>
        <translation>Dentro:</translation>
    </message>
    <message>
        <source>Each one&apos;s own verdict is beside it in Details and in Verification.</source>
        <translation>El veredicto de cada una está a su lado en Detalles y en Verificación.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Sin etiquetas</translation>
    </message>
    <message>
        <source>In collections: %1</source>
        <translation>En las colecciones: %1</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nueva colección…</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>Group credentials by</source>
        <translation>Agrupar las credenciales por</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Sin agrupar</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>A&amp;grupar por:</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Micro-credential elements of this credential</source>
        <translation>Elementos de microcredencial de esta credencial</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Indicado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Your note on this credential</source>
        <translation>Su nota sobre esta credencial</translation>
    </message>
    <message>
        <source>Your private note on this credential</source>
        <translation>Su nota privada sobre esta credencial</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>(someone else&apos;s)</source>
        <translation>(de otra persona)</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>EU micro-credential: </source>
        <translation>Microcredencial de la UE: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Locked workspace</source>
        <translation>Espacio de trabajo bloqueado</translation>
    </message>
    <message>
        <source>last changed %1</source>
        <translation>último cambio: %1</translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation>aún sin verificar</translation>
    </message>
    <message>
        <source>opened %1 · %2</source>
        <translation>abierto el %1 · %2</translation>
    </message>
    <message>
        <source>Review a learner&apos;s portfolio</source>
        <translation>Revisar el portafolio de un estudiante</translation>
    </message>
    <message>
        <source>Open a learner&apos;s presentation, PDF evidence pack, QR code or folder of credentials, verify everything in one go, see the skills it evidences and export a review report. Nothing here touches your own wallet.</source>
        <translation>Abra la presentación de un estudiante, su paquete de evidencias PDF, su código QR o su carpeta de credenciales, verifíquelo todo de una vez, vea las competencias que acredita y exporte un informe de revisión. Nada de esto afecta a su propia cartera.</translation>
    </message>
    <message>
        <source>Review workspaces</source>
        <translation>Espacios de trabajo de revisión</translation>
    </message>
    <message>
        <source>No reviews yet. Start one with “New review…”.</source>
        <translation>Aún no hay revisiones. Empiece una con «Nueva revisión…».</translation>
    </message>
    <message>
        <source>&amp;New review…</source>
        <translation>&amp;Nueva revisión…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Making the workspace…</source>
        <translation>Creando el espacio de trabajo…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n espacio de trabajo</numerusform>
            <numerusform>%n espacios de trabajo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeSteps</name>
    <message>
        <source>Reading the link</source>
        <translation>Leyendo el enlace</translation>
    </message>
    <message>
        <source>Reading the credential offer</source>
        <translation>Leyendo la oferta de credencial</translation>
    </message>
    <message>
        <source>Reading the issuer&apos;s metadata</source>
        <translation>Leyendo los metadatos del emisor</translation>
    </message>
    <message>
        <source>Reading the authorization server&apos;s metadata</source>
        <translation>Leyendo los metadatos del servidor de autorización</translation>
    </message>
    <message>
        <source>Asking the issuer for an access token</source>
        <translation>Pidiendo al emisor un token de acceso</translation>
    </message>
    <message>
        <source>Asking the issuer for a nonce</source>
        <translation>Pidiendo al emisor un nonce</translation>
    </message>
    <message>
        <source>Asking the issuer for the credential</source>
        <translation>Pidiendo al emisor la credencial</translation>
    </message>
    <message>
        <source>Waiting for the issuer to issue the credential</source>
        <translation>Esperando a que el emisor emita la credencial</translation>
    </message>
    <message>
        <source>Checking what the issuer sent</source>
        <translation>Comprobando lo que envió el emisor</translation>
    </message>
    <message>
        <source>Storing the credentials</source>
        <translation>Guardando las credenciales</translation>
    </message>
    <message>
        <source>Proving your holder DID to the issuer</source>
        <translation>Demostrando al emisor su DID de titular</translation>
    </message>
    <message>
        <source>Reading the interaction&apos;s protocols</source>
        <translation>Leyendo los protocolos de la interacción</translation>
    </message>
    <message>
        <source>Starting the exchange</source>
        <translation>Iniciando el intercambio</translation>
    </message>
    <message>
        <source>Answering the exchange</source>
        <translation>Respondiendo al intercambio</translation>
    </message>
    <message>
        <source>Reading the verifier&apos;s request</source>
        <translation>Leyendo la solicitud del verificador</translation>
    </message>
    <message>
        <source>Checking who the verifier is</source>
        <translation>Comprobando quién es el verificador</translation>
    </message>
    <message>
        <source>Sending your answer to the verifier</source>
        <translation>Enviando su respuesta al verificador</translation>
    </message>
    <message>
        <source>Choosing what to send</source>
        <translation>Eligiendo qué enviar</translation>
    </message>
</context>
<context>
    <name>FindingView</name>
    <message>
        <source>Genuine: signed by its holder for your challenge just now, and every credential in it is valid.</source>
        <translation>Auténtica: firmada por su titular para su desafío hace un momento, y todas las credenciales que contiene son válidas.</translation>
    </message>
    <message>
        <source>Genuine and valid, but it was not signed for a challenge of yours: anyone with a copy could show it. Use New challenge to rule that out.</source>
        <translation>Auténtica y válida, pero no se firmó para un desafío suyo: cualquiera con una copia podría mostrarla. Use Nuevo desafío para descartarlo.</translation>
    </message>
    <message>
        <source>Genuine: the issuer&apos;s signature checks out and it is in date.</source>
        <translation>Auténtica: la firma del emisor es correcta y está dentro de su periodo de validez.</translation>
    </message>
    <message>
        <source>Forged: do not accept it. The presentation&apos;s own signature or holder proof fails, whatever its credentials say.</source>
        <translation>Falsificada: no la acepte. La firma de la propia presentación o la prueba del titular falla, digan lo que digan sus credenciales.</translation>
    </message>
    <message>
        <source>Forged or altered: do not accept it. See the failed check below.</source>
        <translation>Falsificada o alterada: no la acepte. Vea abajo la comprobación que falló.</translation>
    </message>
    <message>
        <source>Not made for you now: the signatures are genuine, but it was not signed for your challenge at this time. It may be a copy; ask the learner to sign it again.</source>
        <translation>No se hizo para usted ahora: las firmas son auténticas, pero no se firmó para su desafío en este momento. Puede ser una copia; pida al estudiante que la vuelva a firmar.</translation>
    </message>
    <message>
        <source>Genuine and valid, but not every credential is about the person who signed it: ask the learner how the credentials marked below are theirs.</source>
        <translation>Auténtica y válida, pero no todas las credenciales son de la persona que la firmó: pregunte al estudiante por qué son suyas las credenciales marcadas abajo.</translation>
    </message>
    <message>
        <source>The presentation itself is genuine, but not every credential in it is valid: see each one below.</source>
        <translation>La presentación en sí es auténtica, pero no todas sus credenciales son válidas: vea cada una abajo.</translation>
    </message>
    <message>
        <source>It could not be checked: nothing shows it is forged, or that it is genuine.</source>
        <translation>No se pudo comprobar: nada demuestra que sea falsificada, ni que sea auténtica.</translation>
    </message>
    <message>
        <source>Genuine, but not valid now: see the dates or the revocation below.</source>
        <translation>Auténtica, pero no válida ahora: vea abajo las fechas o la revocación.</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>Checked %1, %2. Found %3.</source>
        <translation>Comprobado el %1, %2. Encontrado: %3.</translation>
    </message>
    <message>
        <source>Your challenge: %1</source>
        <translation>Su desafío: %1</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>dominio %1</translation>
    </message>
    <message>
        <source>A PDF evidence pack&apos;s printed pages are not evidence: anyone can print anything. What follows is what its signed attachment holds; compare it with the pages you were shown.</source>
        <translation>Las páginas impresas de un paquete de evidencias PDF no son una prueba: cualquiera puede imprimir cualquier cosa. Lo que sigue es lo que contiene su adjunto firmado; compárelo con las páginas que le mostraron.</translation>
    </message>
    <message>
        <source>About PDF evidence packs</source>
        <translation>Acerca de los paquetes de evidencias PDF</translation>
    </message>
    <message>
        <source>The presentation</source>
        <translation>La presentación</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmada por</translation>
    </message>
    <message>
        <source>nobody: no proof verified</source>
        <translation>nadie: no se verificó ninguna prueba</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Desafío</translation>
    </message>
    <message>
        <source>yours, as issued</source>
        <translation>el suyo, tal como se emitió</translation>
    </message>
    <message>
        <source>not yours</source>
        <translation>no es el suyo</translation>
    </message>
    <message>
        <source>none asked</source>
        <translation>no se pidió ninguno</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>el suyo</translation>
    </message>
    <message>
        <source>another</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>✓ the holder is its subject</source>
        <translation>✓ el titular es su sujeto</translation>
    </message>
    <message>
        <source>✗ about %1, not the holder</source>
        <translation>✗ sobre %1, no sobre el titular</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>no nombra a nadie</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>included credential</source>
        <translation>credencial incluida</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Where is my data?</source>
        <translation>¿&amp;Dónde están mis datos?</translation>
    </message>
    <message>
        <source>&amp;About Learner Wallet</source>
        <translation>&amp;Acerca de Learner Wallet</translation>
    </message>
    <message>
        <source>Import what is on the clipboard (outside text fields)</source>
        <translation>Importar lo que hay en el portapapeles (fuera de los campos de texto)</translation>
    </message>
    <message>
        <source>The actions for the selected credentials</source>
        <translation>Las acciones para las credenciales seleccionadas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Your wallet (credentials, images, tags, notes, collections, settings), </source>
        <translation>Su cartera (credenciales, imágenes, etiquetas, notas, colecciones, ajustes), </translation>
    </message>
    <message>
        <source>encrypted with your passphrase:</source>
        <translation>cifrada con su frase de contraseña:</translation>
    </message>
    <message>
        <source>Window layout (nothing private):</source>
        <translation>Disposición de la ventana (nada privado):</translation>
    </message>
    <message>
        <source>Backups are single encrypted files, wherever you save them. Nothing is sent anywhere unless you share it.</source>
        <translation>Las copias de seguridad son archivos cifrados únicos, dondequiera que los guarde. No se envía nada a ningún sitio a menos que usted lo comparta.</translation>
    </message>
    <message>
        <source>Where is my data?</source>
        <translation>¿Dónde están mis datos?</translation>
    </message>
    <message>
        <source>Learner Wallet %1</source>
        <translation>Learner Wallet %1</translation>
    </message>
    <message>
        <source>Keep, verify and present your learning credentials, offline and encrypted.</source>
        <translation>Guarde, verifique y presente sus credenciales de aprendizaje, sin conexión y cifradas.</translation>
    </message>
    <message>
        <source>Licence: Apache-2.0.</source>
        <translation>Licencia: Apache-2.0.</translation>
    </message>
    <message>
        <source>Bundled data and its licences:</source>
        <translation>Datos incluidos y sus licencias:</translation>
    </message>
    <message>
        <source>  Provenance: resources/*/SOURCES.md</source>
        <translation>  Procedencia: resources/*/SOURCES.md</translation>
    </message>
    <message>
        <source>About Learner Wallet</source>
        <translation>Acerca de Learner Wallet</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>My identity</source>
        <translation>Mi identidad</translation>
    </message>
    <message>
        <source>Your presentations are signed with this identifier (a did:key made on this computer and kept in your encrypted wallet). A verifier can use it to check that what you share comes from you.</source>
        <translation>Sus presentaciones se firman con este identificador (un did:key creado en este equipo y guardado en su cartera cifrada). Un verificador puede usarlo para comprobar que lo que usted comparte viene de usted.</translation>
    </message>
    <message>
        <source>Your holder DID</source>
        <translation>Su DID de titular</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy your holder DID</source>
        <translation>Copiar su DID de titular</translation>
    </message>
    <message numerus="yes">
        <source>You also have %n older identifier(s).</source>
        <translation>
            <numerusform>También tiene %n identificador anterior.</numerusform>
            <numerusform>También tiene %n identificadores anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Importing credentials…</source>
        <translation>Importando credenciales…</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importada</numerusform>
            <numerusform>%n importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n ya estaba</numerusform>
            <numerusform>%n ya estaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Not genuine</source>
        <translation>No auténticas</translation>
    </message>
    <message>
        <source>&amp;Remove these</source>
        <translation>&amp;Eliminar estas</translation>
    </message>
    <message>
        <source>Remove the credentials that are not genuine</source>
        <translation>Eliminar las credenciales que no son auténticas</translation>
    </message>
    <message numerus="yes">
        <source>%n of the credentials imported is(are) not genuine: the signature or the issuer&apos;s key does not check out. They are in your wallet marked Invalid.</source>
        <translation>
            <numerusform>%n de las credenciales importadas no es auténtica: la firma o la clave del emisor no es correcta. Está en su cartera marcada como No válida.</numerusform>
            <numerusform>%n de las credenciales importadas no son auténticas: la firma o la clave del emisor no es correcta. Están en su cartera marcadas como No válidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>What happened to each input</source>
        <translation>Qué pasó con cada entrada</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Ya estaba</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
</context>
<context>
    <name>IncomingRouter</name>
    <message>
        <source>Open your wallet to go on with what was handed to it ({0}).</source>
        <translation>Abra su cartera para continuar con lo que se le entregó ({0}).</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Add credentials</source>
        <translation>Añadir credenciales</translation>
    </message>
    <message>
        <source>All files (*);;Credentials (*.json *.jsonld *.jwt *.png *.svg *.txt *.pdf *.vp1)</source>
        <translation>Todos los archivos (*);;Credenciales (*.json *.jsonld *.jwt *.png *.svg *.txt *.pdf *.vp1)</translation>
    </message>
    <message>
        <source>Add every credential in a folder</source>
        <translation>Añadir todas las credenciales de una carpeta</translation>
    </message>
    <message>
        <source>Open a QR code image</source>
        <translation>Abrir una imagen de código QR</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the image, then use Open a QR image.</source>
        <translation>Guarde la imagen y después use Abrir una imagen QR.</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>texto soltado</translation>
    </message>
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <source>Interview mode</source>
        <translation>Modo entrevista</translation>
    </message>
    <message>
        <source>Preparing your code…</source>
        <translation>Preparando su código…</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Code number</source>
        <translation>Número de código</translation>
    </message>
    <message>
        <source>About this code</source>
        <translation>Acerca de este código</translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation>← &amp;Anterior</translation>
    </message>
    <message>
        <source>Previous code</source>
        <translation>Código anterior</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Siguiente →</translation>
    </message>
    <message>
        <source>Next code</source>
        <translation>Código siguiente</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Salir (Esc)</translation>
    </message>
    <message>
        <source>Leave interview mode</source>
        <translation>Salir del modo entrevista</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s): </source>
        <translation>
            <numerusform>%n credencial: </numerusform>
            <numerusform>%n credenciales: </numerusform>
        </translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Emitida por %1</translation>
    </message>
    <message>
        <source>A link to the credential&apos;s public page: the link proves nothing by itself.</source>
        <translation>Un enlace a la página pública de la credencial: el enlace no demuestra nada por sí solo.</translation>
    </message>
    <message>
        <source>A signed presentation: scan it with Learner Credential Wallet, VerifierPlus or Learner Wallet&apos;s “Check someone&apos;s credentials”.</source>
        <translation>Una presentación firmada: escanéela con Learner Credential Wallet, VerifierPlus o «Comprobar las credenciales de alguien» de Learner Wallet.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>← → for the others, Esc to leave</source>
        <translation>← → para las demás, Esc para salir</translation>
    </message>
    <message>
        <source>Esc to leave</source>
        <translation>Esc para salir</translation>
    </message>
    <message>
        <source>No code can be shown: </source>
        <translation>No se puede mostrar ningún código: </translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>Job description</source>
        <translation>Descripción del empleo</translation>
    </message>
    <message>
        <source>Paste a job description here.</source>
        <translation>Pegue aquí la descripción de un empleo.</translation>
    </message>
    <message>
        <source>&amp;Job description:</source>
        <translation>Descripción del &amp;empleo:</translation>
    </message>
    <message>
        <source>Match against</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>the job description</source>
        <translation>la descripción del empleo</translation>
    </message>
    <message>
        <source>Match &amp;against:</source>
        <translation>Co&amp;mparar con:</translation>
    </message>
    <message>
        <source>Job match</source>
        <translation>Coincidencia con el empleo</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>the framework %1</source>
        <translation>el marco %1</translation>
    </message>
    <message>
        <source>Reading ESCO&apos;s skill labels…</source>
        <translation>Leyendo las etiquetas de competencias de ESCO…</translation>
    </message>
    <message>
        <source>Paste a job description to see which skills it asks for.</source>
        <translation>Pegue la descripción de un empleo para ver qué competencias pide.</translation>
    </message>
    <message>
        <source>%1 matched, %2 missing</source>
        <translation>%1 coinciden, %2 faltan</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Coincide</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Takes effect when you restart Learner Wallet.</source>
        <translation>Se aplica al reiniciar Learner Wallet.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Search names, issuers, recipients, descriptions, skills, tags</source>
        <translation>Buscar en nombres, emisores, destinatarios, descripciones, competencias, etiquetas</translation>
    </message>
    <message>
        <source>Search credentials</source>
        <translation>Buscar credenciales</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Filter by issuer</source>
        <translation>Filtrar por emisor</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Fecha de incorporación</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Descending order</source>
        <translation>Orden descendente</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>Mostrar como lista</translation>
    </message>
    <message>
        <source>Switch between cards and a list (Ctrl+L)</source>
        <translation>Cambiar entre tarjetas y lista (Ctrl+L)</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Compartir…</translation>
    </message>
    <message>
        <source>Share the selected credentials</source>
        <translation>Compartir las credenciales seleccionadas</translation>
    </message>
    <message>
        <source>Select one or more credentials, then share them</source>
        <translation>Seleccione una o más credenciales y después compártalas</translation>
    </message>
    <message>
        <source>Number of credentials shown</source>
        <translation>Número de credenciales mostradas</translation>
    </message>
    <message>
        <source>No credential matches. Clear the search or filters.</source>
        <translation>Ninguna credencial coincide. Borre la búsqueda o los filtros.</translation>
    </message>
    <message>
        <source>Your wallet is empty</source>
        <translation>Su cartera está vacía</translation>
    </message>
    <message>
        <source>Add the credentials you have earned: drop files or folders here, paste a credential (Ctrl+V), or choose files. Badges (PNG, SVG), Open Badges and CLR JSON, JWTs and VP1- QR text all work.

Just looking? Add a few samples signed by a demo issuer to see how the wallet works.</source>
        <translation>Añada las credenciales que ha obtenido: suelte aquí archivos o carpetas, pegue una credencial (Ctrl+V) o elija archivos. Sirven las insignias (PNG, SVG), los JSON de Open Badges y CLR, los JWT y el texto QR VP1-.

¿Solo está mirando? Añada unas muestras firmadas por un emisor de demostración para ver cómo funciona la cartera.</translation>
    </message>
    <message>
        <source>&amp;Add credentials…</source>
        <translation>&amp;Añadir credenciales…</translation>
    </message>
    <message>
        <source>Add &amp;sample credentials</source>
        <translation>Añadir credenciales de &amp;muestra</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Show as cards</source>
        <translation>Mostrar como tarjetas</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>All issuers</source>
        <translation>Emisores</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>Ascending order</source>
        <translation>Orden ascendente</translation>
    </message>
    <message>
        <source>All credentials</source>
        <translation>Todas las credenciales</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n credential(s) shown</source>
        <translation>
            <numerusform>%1 de %n credencial mostradas</numerusform>
            <numerusform>%1 de %n credenciales mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;hare %1…</source>
        <translation>&amp;Compartir %1…</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <source>openid-credential-offer://…, https://…</source>
        <translation>openid-credential-offer://…, https://…</translation>
    </message>
    <message>
        <source>Link or QR code text</source>
        <translation>Enlace o texto del código QR</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>LinkScreens</name>
    <message>
        <source>Credential offer</source>
        <translation>Oferta de credencial</translation>
    </message>
    <message>
        <source>This link is a credential offer from {0}: an issuer offers to send you credentials.</source>
        <translation>Este enlace es una oferta de credencial de {0}: un emisor se ofrece a enviarle credenciales.</translation>
    </message>
    <message>
        <source>This link is a credential offer: an issuer offers to send you credentials.</source>
        <translation>Este enlace es una oferta de credencial: un emisor se ofrece a enviarle credenciales.</translation>
    </message>
    <message>
        <source>Credential request</source>
        <translation>Solicitud de credencial</translation>
    </message>
    <message>
        <source>This link is a request for your wallet from {0}: an issuer asks where to send you credentials.</source>
        <translation>Este enlace es una solicitud de {0} a su cartera: un emisor pregunta adónde enviarle credenciales.</translation>
    </message>
    <message>
        <source>This link is a request for your wallet: an issuer asks where to send you credentials.</source>
        <translation>Este enlace es una solicitud a su cartera: un emisor pregunta adónde enviarle credenciales.</translation>
    </message>
    <message>
        <source>Presentation request</source>
        <translation>Solicitud de presentación</translation>
    </message>
    <message>
        <source>This link is a presentation request from {0}: a verifier asks you to show credentials.</source>
        <translation>Este enlace es una solicitud de presentación de {0}: un verificador le pide que muestre credenciales.</translation>
    </message>
    <message>
        <source>This link is a presentation request: a verifier asks you to show credentials.</source>
        <translation>Este enlace es una solicitud de presentación: un verificador le pide que muestre credenciales.</translation>
    </message>
    <message>
        <source>Receiving credentials from a link is not available in Learner Wallet yet. Nothing was sent or stored.</source>
        <translation>Recibir credenciales desde un enlace aún no está disponible en Learner Wallet. No se ha enviado ni guardado nada.</translation>
    </message>
    <message>
        <source>Answering presentation requests is not available in Learner Wallet yet. Nothing was sent or stored.</source>
        <translation>Responder a solicitudes de presentación aún no está disponible en Learner Wallet. No se ha enviado ni guardado nada.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Learner Wallet</source>
        <translation>Learner Wallet</translation>
    </message>
    <message>
        <source>&amp;Add credentials…</source>
        <translation>&amp;Añadir credenciales…</translation>
    </message>
    <message>
        <source>Add a &amp;folder…</source>
        <translation>Añadir una &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Paste credential</source>
        <translation>&amp;Pegar una credencial</translation>
    </message>
    <message>
        <source>Open a &amp;QR image…</source>
        <translation>Abrir una imagen &amp;QR…</translation>
    </message>
    <message>
        <source>Add &amp;sample credentials</source>
        <translation>Añadir credenciales de &amp;muestra</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Compartir…</translation>
    </message>
    <message>
        <source>Share the open credential or the ones selected in the library</source>
        <translation>Compartir la credencial abierta o las seleccionadas en la biblioteca</translation>
    </message>
    <message>
        <source>Sharing histor&amp;y…</source>
        <translation>&amp;Historial de compartidos…</translation>
    </message>
    <message>
        <source>When you shared which credentials, how, and with whom</source>
        <translation>Cuándo compartió qué credenciales, cómo y con quién</translation>
    </message>
    <message>
        <source>&amp;Receive a credential…</source>
        <translation>&amp;Recibir una credencial…</translation>
    </message>
    <message>
        <source>Claim credentials from an issuer&apos;s offer link or QR code</source>
        <translation>Reclamar credenciales desde el enlace o el código QR de la oferta de un emisor</translation>
    </message>
    <message>
        <source>A&amp;nswer a request…</source>
        <translation>Respo&amp;nder a una solicitud…</translation>
    </message>
    <message>
        <source>Answer a verifier&apos;s presentation request</source>
        <translation>Responder a la solicitud de presentación de un verificador</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Hacer copia de se&amp;guridad…</translation>
    </message>
    <message>
        <source>&amp;Verify a backup…</source>
        <translation>&amp;Verificar una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Check someone&apos;s credentials…</source>
        <translation>Comprobar las credenciales de &amp;alguien…</translation>
    </message>
    <message>
        <source>Verifier mode: check what a learner shows you, without a wallet</source>
        <translation>Modo verificador: compruebe lo que le muestra un estudiante, sin cartera</translation>
    </message>
    <message>
        <source>Change pass&amp;phrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>My &amp;identity…</source>
        <translation>Mi &amp;identidad…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Show as &amp;list</source>
        <translation>Mostrar como &amp;lista</translation>
    </message>
    <message>
        <source>&amp;Review a learner&apos;s portfolio…</source>
        <translation>&amp;Revisar el portafolio de un estudiante…</translation>
    </message>
    <message>
        <source>Check a portfolio someone handed you, apart from your own wallet</source>
        <translation>Comprobar un portafolio que alguien le entregó, aparte de su propia cartera</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Bloqueada.</translation>
    </message>
    <message>
        <source>Choose the credentials to share first.</source>
        <translation>Elija primero las credenciales que quiere compartir.</translation>
    </message>
</context>
<context>
    <name>Mishaps</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Learner Wallet ran into a problem it did not expect: {0}</source>
        <translation>Learner Wallet se encontró con un problema inesperado: {0}</translation>
    </message>
    <message>
        <source>Your wallet is safe: it saves each change completely or not at all. If this happens again, copy the details and report it.</source>
        <translation>Su cartera está a salvo: guarda cada cambio por completo o no lo guarda. Si vuelve a ocurrir, copie los detalles e infórmenos.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
    <message>
        <source>Copy the technical details</source>
        <translation>Copiar los detalles técnicos</translation>
    </message>
</context>
<context>
    <name>NetworkBox</name>
    <message>
        <source>Checking online fetches, over https, only what issuers publish for checking their credentials: their keys (did:web, https profiles), status lists that say whether a credential was revoked, Open Badges 2.0 badge details, and the issuer registries listed with the wallet. Your credentials are never sent. What is fetched is kept encrypted in your wallet, so it is checked again at most once a day.</source>
        <translation>La comprobación en línea obtiene, por https, solo lo que los emisores publican para comprobar sus credenciales: sus claves (did:web, perfiles https), las listas de estado que indican si una credencial se revocó, los detalles de las insignias Open Badges 2.0 y los registros de emisores que vienen con la cartera. Sus credenciales nunca se envían. Lo que se obtiene se guarda cifrado en su cartera, así que se vuelve a comprobar como mucho una vez al día.</translation>
    </message>
    <message>
        <source>Checking online</source>
        <translation>Comprobación en línea</translation>
    </message>
    <message>
        <source>Check credentials &amp;online (verification only)</source>
        <translation>Comprobar las credenciales en &amp;línea (solo verificación)</translation>
    </message>
    <message>
        <source>Check online and download badge &amp;pictures too</source>
        <translation>Comprobar en línea y descargar también las &amp;imágenes de las insignias</translation>
    </message>
    <message>
        <source>&amp;Never go online</source>
        <translation>&amp;No conectarse nunca</translation>
    </message>
    <message>
        <source>Documents fetched and kept in your wallet</source>
        <translation>Documentos obtenidos y guardados en su cartera</translation>
    </message>
    <message>
        <source>Open your wallet to see what was fetched.</source>
        <translation>Abra su cartera para ver lo que se obtuvo.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>%1 · fetched %2</source>
        <translation>%1 · obtenido el %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) kept, encrypted, in your wallet.</source>
        <translation>
            <numerusform>%n documento guardado, cifrado, en su cartera.</numerusform>
            <numerusform>%n documentos guardados, cifrados, en su cartera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last checked online: %1.</source>
        <translation>Última comprobación en línea: %1.</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>No se pudo leer la lista: %1</translation>
    </message>
</context>
<context>
    <name>NetworkQuestionBar</name>
    <message>
        <source>Check credentials online?</source>
        <translation>¿Comprobar las credenciales en línea?</translation>
    </message>
    <message>
        <source>Check your credentials online?</source>
        <translation>¿Comprobar sus credenciales en línea?</translation>
    </message>
    <message>
        <source>&amp;Check online</source>
        <translation>&amp;Comprobar en línea</translation>
    </message>
    <message>
        <source>Check credentials online, for verification only</source>
        <translation>Comprobar las credenciales en línea, solo para verificarlas</translation>
    </message>
    <message>
        <source>Check online and download &amp;pictures</source>
        <translation>Comprobar en línea y descargar las &amp;imágenes</translation>
    </message>
    <message>
        <source>Check credentials online and download their badge pictures</source>
        <translation>Comprobar las credenciales en línea y descargar las imágenes de sus insignias</translation>
    </message>
    <message>
        <source>Stay &amp;offline</source>
        <translation>Seguir &amp;sin conexión</translation>
    </message>
    <message>
        <source>Never go online</source>
        <translation>No conectarse nunca</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <source>New review</source>
        <translation>Nueva revisión</translation>
    </message>
    <message>
        <source>Learner&apos;s name</source>
        <translation>Nombre del estudiante</translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation>Frase de contraseña del espacio de trabajo</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (system keyring)</source>
        <translation>&amp;Recordar en este equipo (llavero del sistema)</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Recordar en este equipo</translation>
    </message>
    <message>
        <source>Each learner&apos;s portfolio is kept in its own encrypted workspace, apart from any wallet, with its own passphrase. Their files are kept exactly as received.</source>
        <translation>El portafolio de cada estudiante se guarda en su propio espacio de trabajo cifrado, aparte de cualquier cartera, con su propia frase de contraseña. Sus archivos se guardan exactamente como se recibieron.</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Estudiante:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Re&amp;pítala:</translation>
    </message>
    <message>
        <source>Write the learner&apos;s name.</source>
        <translation>Escriba el nombre del estudiante.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>La frase de contraseña necesita al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <source>A private note, only for you (kept encrypted, saved as you type).</source>
        <translation>Una nota privada, solo para usted (se guarda cifrada, mientras escribe).</translation>
    </message>
    <message>
        <source>Note status</source>
        <translation>Estado de la nota</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardada.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Sin guardar.</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Nota sin guardar</translation>
    </message>
    <message>
        <source>Your note could not be saved: %1</source>
        <translation>No se pudo guardar su nota: %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Copy the note</source>
        <translation>&amp;Copiar la nota</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Your note on this portfolio</source>
        <translation>Su nota sobre este portafolio</translation>
    </message>
    <message>
        <source>Your private notes on this learner&apos;s portfolio, kept in this workspace.</source>
        <translation>Sus notas privadas sobre el portafolio de este estudiante, guardadas en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>&amp;Portfolio notes:</source>
        <translation>Notas del &amp;portafolio:</translation>
    </message>
</context>
<context>
    <name>OrganiseCommands</name>
    <message>
        <source>the wallet is locked</source>
        <translation>la cartera está bloqueada</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <source>Name, such as “For data jobs”:</source>
        <translation>Nombre, por ejemplo «Para empleos de datos»:</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirme la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problema con la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Solidez:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmar:</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacía</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use al menos %n carácter.</numerusform>
            <numerusform>Use al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Weak: a few unrelated words make a strong, memorable passphrase.</source>
        <translation>Débil: unas cuantas palabras sin relación forman una frase de contraseña sólida y fácil de recordar.</translation>
    </message>
</context>
<context>
    <name>QrSources</name>
    <message>
        <source>From a QR &amp;image…</source>
        <translation>Desde una &amp;imagen QR…</translation>
    </message>
    <message>
        <source>Read %1 from a QR image</source>
        <translation>Leer %1 desde una imagen QR</translation>
    </message>
    <message>
        <source>Scan the sc&amp;reen</source>
        <translation>Escanear la &amp;pantalla</translation>
    </message>
    <message>
        <source>Read %1 from a QR code on the screen</source>
        <translation>Leer %1 desde un código QR en la pantalla</translation>
    </message>
    <message>
        <source>Reads a QR code shown in any window, such as a video call</source>
        <translation>Lee un código QR mostrado en cualquier ventana, como una videollamada</translation>
    </message>
    <message>
        <source>&amp;Webcam…</source>
        <translation>&amp;Cámara web…</translation>
    </message>
    <message>
        <source>Read %1 with the webcam</source>
        <translation>Leer %1 con la cámara web</translation>
    </message>
    <message>
        <source>Open a QR code image</source>
        <translation>Abrir una imagen de código QR</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>QrTextSource</name>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Open a &amp;QR image…</source>
        <translation>Abrir una imagen &amp;QR…</translation>
    </message>
    <message>
        <source>Open a QR code image</source>
        <translation>Abrir una imagen de código QR</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No QR code could be read in that image.</source>
        <translation>No se pudo leer ningún código QR en esa imagen.</translation>
    </message>
    <message>
        <source>The image could not be read: </source>
        <translation>No se pudo leer la imagen: </translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>QR code version %1 with %2 modules a side</source>
        <translation>Código QR versión %1 con %2 módulos por lado</translation>
    </message>
    <message>
        <source>This code is too dense to scan at this size. Press F11 to show it full screen.</source>
        <translation>Este código es demasiado denso para escanearlo a este tamaño. Pulse F11 para mostrarlo a pantalla completa.</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>The information the EU Council Recommendation on micro-credentials (2022/C 243/02, Annex I) asks each micro-credential to state, and which of these credentials state it (from their signed data).</source>
        <translation>La información que la Recomendación del Consejo de la UE sobre microcredenciales (2022/C 243/02, anexo I) pide que indique cada microcredencial, y cuáles de estas credenciales la indican (según sus datos firmados).</translation>
    </message>
    <message>
        <source>Micro-credential elements across the portfolio</source>
        <translation>Elementos de microcredencial en todo el portafolio</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Stated by</source>
        <translation>Indicado por</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Each credential&apos;s conclusion</source>
        <translation>La conclusión de cada credencial</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (opcional)</translation>
    </message>
</context>
<context>
    <name>RawJsonDialog</name>
    <message>
        <source>Raw credential — %1</source>
        <translation>Credencial sin procesar — %1</translation>
    </message>
    <message>
        <source>Raw credential JSON</source>
        <translation>JSON de la credencial sin procesar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive a credential</source>
        <translation>Recibir una credencial</translation>
    </message>
    <message>
        <source>Paste the link an issuer gave you (a credential offer or request), or read it from a QR code.</source>
        <translation>Pegue el enlace que le dio un emisor (una oferta o una solicitud de credencial), o léalo desde un código QR.</translation>
    </message>
    <message>
        <source>Transaction code</source>
        <translation>Código de transacción</translation>
    </message>
    <message>
        <source>&amp;Transaction code:</source>
        <translation>Código de &amp;transacción:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Recibir</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recibir</translation>
    </message>
    <message>
        <source>Credentials received</source>
        <translation>Credenciales recibidas</translation>
    </message>
    <message>
        <source>Try the code &amp;again</source>
        <translation>Probar el código de &amp;nuevo</translation>
    </message>
    <message>
        <source>Try the code again</source>
        <translation>Probar el código de nuevo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reading the link…</source>
        <translation>Leyendo el enlace…</translation>
    </message>
    <message>
        <source>{0} offers to send you credentials ({1}).</source>
        <translation>{0} se ofrece a enviarle credenciales ({1}).</translation>
    </message>
    <message>
        <source>The issuer sent you a code separately.</source>
        <translation>El emisor le envió un código por separado.</translation>
    </message>
    <message numerus="yes">
        <source>(%n character(s))</source>
        <translation>
            <numerusform>(%n carácter)</numerusform>
            <numerusform>(%n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the transaction code first.</source>
        <translation>Escriba primero el código de transacción.</translation>
    </message>
    <message>
        <source>Receiving from {0}…</source>
        <translation>Recibiendo de {0}…</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) received and stored.</source>
        <translation>
            <numerusform>%n credencial recibida y guardada.</numerusform>
            <numerusform>%n credenciales recibidas y guardadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The others were already in your wallet.</source>
        <translation>Las demás ya estaban en su cartera.</translation>
    </message>
    <message>
        <source>The issuer asks you to continue at {0}</source>
        <translation>El emisor le pide que continúe en {0}</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was stored.</source>
        <translation>Cancelado. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>The issuer did not accept the transaction code: {0}</source>
        <translation>El emisor no aceptó el código de transacción: {0}</translation>
    </message>
    <message>
        <source>This offer has expired or was already used: ask the issuer for a new one. ({0})</source>
        <translation>Esta oferta ha caducado o ya se usó: pida una nueva al emisor. ({0})</translation>
    </message>
    <message>
        <source>Failed while {0}: {1} Nothing was stored.</source>
        <translation>Error en el paso «{0}»: {1} No se ha guardado nada.</translation>
    </message>
</context>
<context>
    <name>Rechecks</name>
    <message>
        <source>Credentials will be checked online.</source>
        <translation>Las credenciales se comprobarán en línea.</translation>
    </message>
    <message>
        <source>Nothing will be fetched from the network.</source>
        <translation>No se obtendrá nada de la red.</translation>
    </message>
    <message>
        <source>Checking your credentials online…</source>
        <translation>Comprobando sus credenciales en línea…</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n credential(s) online.</source>
        <translation>
            <numerusform>Se comprobó %n credencial en línea.</numerusform>
            <numerusform>Se comprobaron %n credenciales en línea.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking again…</source>
        <translation>Comprobando de nuevo…</translation>
    </message>
    <message>
        <source>Checked again: %1</source>
        <translation>Comprobada de nuevo: %1</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Informe de verificación</translation>
    </message>
    <message>
        <source>included credential</source>
        <translation>credencial incluida</translation>
    </message>
</context>
<context>
    <name>RespondDialog</name>
    <message>
        <source>Answer a request</source>
        <translation>Responder a una solicitud</translation>
    </message>
    <message>
        <source>Paste the request a verifier gave you (an openid4vp:// link or an exchange address), or read it from a QR code.</source>
        <translation>Pegue la solicitud que le dio un verificador (un enlace openid4vp:// o la dirección de un intercambio), o léala desde un código QR.</translation>
    </message>
    <message>
        <source>Who asks:</source>
        <translation>Quién pregunta:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Identificador:</translation>
    </message>
    <message>
        <source>How the wallet knows:</source>
        <translation>Cómo lo sabe la cartera:</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>Confianza:</translation>
    </message>
    <message>
        <source>They ask for:</source>
        <translation>Lo que piden:</translation>
    </message>
    <message>
        <source>Asked for / your credential</source>
        <translation>Lo que se pide / su credencial</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>What is asked for, and your matching credentials</source>
        <translation>Lo que se pide y sus credenciales que coinciden</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Lo que se enviará</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t send</source>
        <translation>&amp;No enviar</translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation>No enviar</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reading the request…</source>
        <translation>Leyendo la solicitud…</translation>
    </message>
    <message>
        <source>You trust it as {0}.</source>
        <translation>Usted confía en él como {0}.</translation>
    </message>
    <message>
        <source>Not among the issuers you trust; check the domain before you send.</source>
        <translation>No está entre los emisores en los que confía; compruebe el dominio antes de enviar.</translation>
    </message>
    <message>
        <source>Issuer registries: {0}.</source>
        <translation>Registros de emisores: {0}.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Nothing in your wallet matches.</source>
        <translation>Nada de su cartera coincide.</translation>
    </message>
    <message>
        <source>Proof that you control your holder DID</source>
        <translation>Prueba de que usted controla su DID de titular</translation>
    </message>
    <message>
        <source>Nothing can be sent: the verifier requires {0}.</source>
        <translation>No se puede enviar nada: el verificador exige {0}.</translation>
    </message>
    <message>
        <source>no credential</source>
        <translation>ninguna credencial</translation>
    </message>
    <message>
        <source>Will be sent to {0}: {1}, in a presentation signed by your holder DID {2} for this request only (challenge {3}).</source>
        <translation>Se enviará a {0}: {1}, en una presentación firmada por su DID de titular {2} solo para esta solicitud (desafío {3}).</translation>
    </message>
    <message>
        <source>Sending to {0}…</source>
        <translation>Enviando a {0}…</translation>
    </message>
    <message>
        <source>The verifier accepted your answer. It is in your sharing history.</source>
        <translation>El verificador aceptó su respuesta. Está en su historial de compartidos.</translation>
    </message>
    <message>
        <source>The verifier refused your answer: {0} It is in your sharing history.</source>
        <translation>El verificador rechazó su respuesta: {0} Está en su historial de compartidos.</translation>
    </message>
    <message>
        <source>It asks you to continue at {0}</source>
        <translation>Le pide que continúe en {0}</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was sent.</source>
        <translation>Cancelado. No se ha enviado nada.</translation>
    </message>
    <message>
        <source>Learner Wallet does not answer this request: {0}</source>
        <translation>Learner Wallet no responde a esta solicitud: {0}</translation>
    </message>
    <message>
        <source>Failed while {0}: {1}</source>
        <translation>Error en el paso «{0}»: {1}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a Learner Wallet backup file. Your restored wallet will use the same passphrase as the backup; you can change it later.</source>
        <translation>Elija un archivo de copia de seguridad de Learner Wallet. Su cartera restaurada usará la misma frase de contraseña que la copia; puede cambiarla más tarde.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Browse for a backup file</source>
        <translation>Buscar un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Archivo de copia:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elija una copia de seguridad</translation>
    </message>
    <message>
        <source>Wallet backups (*.lwbackup);;All (*)</source>
        <translation>Copias de seguridad de la cartera (*.lwbackup);;Todos (*)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>← &amp;Reviews</source>
        <translation>← &amp;Revisiones</translation>
    </message>
    <message>
        <source>Back to the list of reviews</source>
        <translation>Volver a la lista de revisiones</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>Presentations, credentials, PDF evidence packs, QR images, VP1- text</source>
        <translation>Presentaciones, credenciales, paquetes de evidencias PDF, imágenes QR, texto VP1-</translation>
    </message>
    <message>
        <source>Add a &amp;folder…</source>
        <translation>Añadir una &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>A pasted presentation, JWT or VP1- text</source>
        <translation>Una presentación, un JWT o un texto VP1- pegados</translation>
    </message>
    <message>
        <source>&amp;Verify all</source>
        <translation>&amp;Verificar todo</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xportar el informe…</translation>
    </message>
    <message>
        <source>Check &amp;online</source>
        <translation>Comprobar en &amp;línea</translation>
    </message>
    <message>
        <source>did:web keys, status lists and issuer registries; nothing else goes online</source>
        <translation>claves did:web, listas de estado y registros de emisores; nada más sale a la red</translation>
    </message>
    <message>
        <source>the challenge you gave</source>
        <translation>el desafío que usted dio</translation>
    </message>
    <message>
        <source>Challenge you gave the learner</source>
        <translation>Desafío que dio al estudiante</translation>
    </message>
    <message>
        <source>The presentation must be signed for it: a copy made for someone else fails</source>
        <translation>La presentación debe estar firmada para él: una copia hecha para otra persona falla</translation>
    </message>
    <message>
        <source>C&amp;hallenge:</source>
        <translation>&amp;Desafío:</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Progreso de la verificación</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Holder binding</source>
        <translation>Vínculo con el titular</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Review sections</source>
        <translation>Secciones de la revisión</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>&amp;Credenciales</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>Com&amp;petencias</translation>
    </message>
    <message>
        <source>&amp;Job match</source>
        <translation>Coincidencia con el &amp;empleo</translation>
    </message>
    <message>
        <source>&amp;Micro-credential quality</source>
        <translation>Calidad de la &amp;microcredencial</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Add the learner&apos;s files</source>
        <translation>Añadir los archivos del estudiante</translation>
    </message>
    <message>
        <source>Add a folder of credentials</source>
        <translation>Añadir una carpeta de credenciales</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>El portapapeles no contiene texto.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
    <message>
        <source>Already in this review: </source>
        <translation>Ya está en esta revisión: </translation>
    </message>
    <message>
        <source>Verifying the portfolio…</source>
        <translation>Verificando el portafolio…</translation>
    </message>
    <message>
        <source>Not credentials: </source>
        <translation>No son credenciales: </translation>
    </message>
    <message>
        <source>%1 credentials: %2</source>
        <translation>%1 credenciales: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>Holder: no presentation, so nothing shows who handed these over.</source>
        <translation>Titular: no hay presentación, así que nada muestra quién las entregó.</translation>
    </message>
    <message>
        <source>Holder: </source>
        <translation>Titular: </translation>
    </message>
    <message>
        <source>Verify the portfolio first.</source>
        <translation>Verifique primero el portafolio.</translation>
    </message>
    <message>
        <source>Export the review report</source>
        <translation>Exportar el informe de revisión</translation>
    </message>
    <message>
        <source>Report written to </source>
        <translation>Informe escrito en </translation>
    </message>
</context>
<context>
    <name>ScanSource</name>
    <message>
        <source>Scan the sc&amp;reen</source>
        <translation>Escanear la &amp;pantalla</translation>
    </message>
    <message>
        <source>No QR code was found on the screen: show the code larger, uncovered by other windows, and try again.</source>
        <translation>No se encontró ningún código QR en la pantalla: muestre el código más grande, sin otras ventanas encima, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Webcam…</source>
        <translation>&amp;Cámara web…</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
</context>
<context>
    <name>ScreenScan</name>
    <message>
        <source>Your desktop (Wayland) does not let apps read the screen. Take a screenshot of the code with your desktop&apos;s screenshot tool, then open it as a QR image.</source>
        <translation>Su escritorio (Wayland) no permite que las aplicaciones lean la pantalla. Haga una captura del código con la herramienta de capturas de su escritorio y después ábrala como imagen QR.</translation>
    </message>
    <message>
        <source>The screen could not be read on this system. Take a screenshot of the code, then open it as a QR image.</source>
        <translation>No se pudo leer la pantalla en este sistema. Haga una captura del código y después ábrala como imagen QR.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Lock after minutes idle</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <source>Auto-lock waits while a QR code is on screen, and resumes after.</source>
        <translation>El bloqueo automático espera mientras hay un código QR en pantalla, y se reanuda después.</translation>
    </message>
    <message>
        <source>Auto-lock is paused while a QR code is on screen (interview mode or the Share dialog&apos;s code), so it never hides the code mid-interview; it resumes when the code is closed.</source>
        <translation>El bloqueo automático se detiene mientras hay un código QR en pantalla (el modo entrevista o el código del diálogo Compartir), así que nunca oculta el código en mitad de una entrevista; se reanuda cuando se cierra el código.</translation>
    </message>
    <message>
        <source>About auto-lock while sharing</source>
        <translation>Acerca del bloqueo automático al compartir</translation>
    </message>
    <message>
        <source>Default presentation format</source>
        <translation>Formato de presentación predeterminado</translation>
    </message>
    <message>
        <source>Signed presentation (JSON)</source>
        <translation>Presentación firmada (JSON)</translation>
    </message>
    <message>
        <source>Signed presentation (JWT)</source>
        <translation>Presentación firmada (JWT)</translation>
    </message>
    <message>
        <source>QR code text (VP1-)</source>
        <translation>Texto del código QR (VP1-)</translation>
    </message>
    <message>
        <source>QR code image</source>
        <translation>Imagen del código QR</translation>
    </message>
    <message>
        <source>PDF evidence pack</source>
        <translation>Paquete de evidencias PDF</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Checking online</source>
        <translation>Comprobación en línea</translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation>Emisores de confianza</translation>
    </message>
    <message>
        <source>Your email addresses</source>
        <translation>Sus direcciones de correo electrónico</translation>
    </message>
    <message>
        <source>one a line, such as sam@example.org</source>
        <translation>una por línea, como sam@example.org</translation>
    </message>
    <message>
        <source>Many badges name you only by a hashed email address. List yours, and a badge&apos;s page says which one it was issued to. They stay in your encrypted wallet.</source>
        <translation>Muchas insignias le nombran solo por una dirección de correo cifrada con hash. Escriba las suyas y la página de una insignia dirá a cuál se emitió. Se quedan en su cartera cifrada.</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Bloquear tras inactividad:</translation>
    </message>
    <message>
        <source>&amp;Presentation format:</source>
        <translation>&amp;Formato de presentación:</translation>
    </message>
    <message>
        <source>Your &amp;email addresses:</source>
        <translation>Sus direcciones de &amp;correo:</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share credentials</source>
        <translation>Compartir credenciales</translation>
    </message>
    <message>
        <source>Checking your credentials again…</source>
        <translation>Comprobando de nuevo sus credenciales…</translation>
    </message>
    <message>
        <source>Credentials to share</source>
        <translation>Credenciales para compartir</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>QR code on screen</source>
        <translation>Código QR en pantalla</translation>
    </message>
    <message>
        <source>Signed presentation file (.json)</source>
        <translation>Archivo de presentación firmada (.json)</translation>
    </message>
    <message>
        <source>Signed presentation as a JWT (.jwt)</source>
        <translation>Presentación firmada como JWT (.jwt)</translation>
    </message>
    <message>
        <source>QR code image (.png)</source>
        <translation>Imagen del código QR (.png)</translation>
    </message>
    <message>
        <source>QR code image (.svg)</source>
        <translation>Imagen del código QR (.svg)</translation>
    </message>
    <message>
        <source>PDF evidence pack (.pdf)</source>
        <translation>Paquete de evidencias PDF (.pdf)</translation>
    </message>
    <message>
        <source>Proof purpose</source>
        <translation>Propósito de la prueba</translation>
    </message>
    <message>
        <source>Authentication (most verifiers)</source>
        <translation>Autenticación (la mayoría de los verificadores)</translation>
    </message>
    <message>
        <source>Assertion method, for verifiers such as VerifierPlus</source>
        <translation>Método de aserción, para verificadores como VerifierPlus</translation>
    </message>
    <message>
        <source>Verifier&apos;s challenge</source>
        <translation>Desafío del verificador</translation>
    </message>
    <message>
        <source>Given by the verifier; empty: a random one</source>
        <translation>Lo da el verificador; vacío: uno aleatorio</translation>
    </message>
    <message>
        <source>Verifier&apos;s domain</source>
        <translation>Dominio del verificador</translation>
    </message>
    <message>
        <source>Optional, such as jobs.example.com</source>
        <translation>Opcional, como jobs.example.com</translation>
    </message>
    <message>
        <source>Share the credentials that are not valid anyway</source>
        <translation>Compartir de todos modos las credenciales que no son válidas</translation>
    </message>
    <message>
        <source>Share credentials that are not valid</source>
        <translation>Compartir credenciales que no son válidas</translation>
    </message>
    <message>
        <source>Share status</source>
        <translation>Estado del compartido</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Interview mode (F11)</source>
        <translation>Modo &amp;entrevista (F11)</translation>
    </message>
    <message>
        <source>Show the codes full screen</source>
        <translation>Mostrar los códigos a pantalla completa</translation>
    </message>
    <message>
        <source>Full screen, one code at a time, for the verifier&apos;s phone or a video call</source>
        <translation>A pantalla completa, un código cada vez, para el teléfono del verificador o una videollamada</translation>
    </message>
    <message>
        <source>Add to &amp;LinkedIn profile</source>
        <translation>Añadir al perfil de &amp;LinkedIn</translation>
    </message>
    <message>
        <source>Add to LinkedIn profile (opens your browser)</source>
        <translation>Añadir al perfil de LinkedIn (abre su navegador)</translation>
    </message>
    <message>
        <source>Opens LinkedIn&apos;s add-certification form in your browser</source>
        <translation>Abre en su navegador el formulario de LinkedIn para añadir una certificación</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <source>C&amp;hallenge:</source>
        <translation>&amp;Desafío:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <source>Read them:</source>
        <translation>Leerlos:</translation>
    </message>
    <message>
        <source>QR code details</source>
        <translation>Detalles del código QR</translation>
    </message>
    <message>
        <source>About this QR code</source>
        <translation>Acerca de este código QR</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Guardar como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Guardar como &amp;SVG…</translation>
    </message>
    <message>
        <source>Save the presentation &amp;file…</source>
        <translation>Guardar el &amp;archivo de la presentación…</translation>
    </message>
    <message>
        <source>Save the PDF &amp;evidence pack…</source>
        <translation>Guardar el paquete de &amp;evidencias PDF…</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Volver</translation>
    </message>
    <message>
        <source>Back to the share options</source>
        <translation>Volver a las opciones para compartir</translation>
    </message>
    <message>
        <source>F&amp;ull screen (F11)</source>
        <translation>Pantalla &amp;completa (F11)</translation>
    </message>
    <message>
        <source>Show this code full screen</source>
        <translation>Mostrar este código a pantalla completa</translation>
    </message>
    <message numerus="yes">
        <source>Checked again just now: %n credential(s).</source>
        <translation>
            <numerusform>Comprobada de nuevo hace un momento: %n credencial.</numerusform>
            <numerusform>Comprobadas de nuevo hace un momento: %n credenciales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing signs them with your holder identity.</source>
        <translation>Al compartirlas se firman con su identidad de titular.</translation>
    </message>
    <message>
        <source>Signed as %1</source>
        <translation>Firmado como %1</translation>
    </message>
    <message>
        <source>Show &amp;QR code</source>
        <translation>Mostrar el código &amp;QR</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>None of these credentials is valid: tick the box to share them anyway.</source>
        <translation>Ninguna de estas credenciales es válida: marque la casilla para compartirlas de todos modos.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Firmando…</translation>
    </message>
    <message>
        <source>Saved %1 and noted it in your share history.</source>
        <translation>Se guardó %1 y se anotó en su historial de compartidos.</translation>
    </message>
    <message>
        <source>Let the verifier scan this code</source>
        <translation>Deje que el verificador escanee este código</translation>
    </message>
    <message>
        <source>signed presentation</source>
        <translation>presentación firmada</translation>
    </message>
    <message>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <source>QR version %1 · %2 × %2 modules · error correction %3 · %4</source>
        <translation>QR versión %1 · %2 × %2 módulos · corrección de errores %3 · %4</translation>
    </message>
    <message>
        <source>No QR code fits</source>
        <translation>No cabe ningún código QR</translation>
    </message>
    <message>
        <source>The verifier scans it with Learner Credential Wallet, VerifierPlus or another VP1- reader; it holds the signed presentation itself, so no network is needed</source>
        <translation>El verificador lo escanea con Learner Credential Wallet, VerifierPlus u otro lector VP1-; contiene la propia presentación firmada, así que no hace falta red</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Presentation (*.json)</source>
        <translation>Presentación (*.json)</translation>
    </message>
    <message>
        <source>Presentation JWT (*.jwt)</source>
        <translation>Presentación JWT (*.jwt)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
</context>
<context>
    <name>ShareHistory</name>
    <message>
        <source>Signed presentation file (.json)</source>
        <translation>Archivo de presentación firmada (.json)</translation>
    </message>
    <message>
        <source>Signed presentation as a JWT (.jwt)</source>
        <translation>Presentación firmada como JWT (.jwt)</translation>
    </message>
    <message>
        <source>QR code on screen</source>
        <translation>Código QR en pantalla</translation>
    </message>
    <message>
        <source>QR code text</source>
        <translation>Texto del código QR</translation>
    </message>
    <message>
        <source>QR code image (.png)</source>
        <translation>Imagen del código QR (.png)</translation>
    </message>
    <message>
        <source>QR code image (.svg)</source>
        <translation>Imagen del código QR (.svg)</translation>
    </message>
    <message>
        <source>PDF evidence pack (.pdf)</source>
        <translation>Paquete de evidencias PDF (.pdf)</translation>
    </message>
    <message>
        <source>Answer to a verifier (OpenID4VP)</source>
        <translation>Respuesta a un verificador (OpenID4VP)</translation>
    </message>
    <message>
        <source>Answer to a verifier (VC-API)</source>
        <translation>Respuesta a un verificador (VC-API)</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Assertion method</source>
        <translation>Método de aserción</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Desafío</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>a removed credential</source>
        <translation>una credencial eliminada</translation>
    </message>
    <message>
        <source>Signed as %1</source>
        <translation>Firmado como %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Enviado a %1</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
</context>
<context>
    <name>ShareHistoryDialog</name>
    <message>
        <source>Sharing history</source>
        <translation>Historial de compartidos</translation>
    </message>
    <message>
        <source>Every time you shared credentials from this wallet: what, how, and the verifier&apos;s challenge and domain. It is kept encrypted in your wallet.</source>
        <translation>Cada vez que compartió credenciales de esta cartera: qué, cómo, y el desafío y el dominio del verificador. Se guarda cifrado en su cartera.</translation>
    </message>
    <message>
        <source>You have not shared any credentials yet.</source>
        <translation>Aún no ha compartido ninguna credencial.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>&amp;New collection…</source>
        <translation>&amp;Nueva colección…</translation>
    </message>
    <message>
        <source>All credentials</source>
        <translation>Todas las credenciales</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
</context>
<context>
    <name>SkillsChart</name>
    <message>
        <source>No credential names a skill.</source>
        <translation>Ninguna credencial nombra una competencia.</translation>
    </message>
    <message>
        <source>valid, about the learner</source>
        <translation>válidas, sobre el estudiante</translation>
    </message>
    <message>
        <source>named only by credentials that do not count (not valid, or someone else&apos;s)</source>
        <translation>nombradas solo por credenciales que no cuentan (no válidas o de otra persona)</translation>
    </message>
    <message>
        <source>Skills chart</source>
        <translation>Gráfico de competencias</translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>What your credentials show you can do, grouped by framework when the issuer names one. Open a credential to see its evidence.</source>
        <translation>Lo que sus credenciales muestran que sabe hacer, agrupado por marco cuando el emisor nombra uno. Abra una credencial para ver sus evidencias.</translation>
    </message>
    <message>
        <source>Filter skills</source>
        <translation>Filtrar competencias</translation>
    </message>
    <message>
        <source>Skills and the credentials that evidence them</source>
        <translation>Las competencias y las credenciales que las acreditan</translation>
    </message>
    <message>
        <source>No skills</source>
        <translation>Sin competencias</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Skills without a named framework</source>
        <translation>Competencias sin un marco nombrado</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credencial</numerusform>
            <numerusform>%n credenciales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issuer(s)</source>
        <translation>
            <numerusform>%n emisor</numerusform>
            <numerusform>%n emisores</numerusform>
        </translation>
    </message>
    <message>
        <source>No skill matches the filter.</source>
        <translation>Ninguna competencia coincide con el filtro.</translation>
    </message>
    <message>
        <source>None of your credentials states a skill yet. Skills appear here when an issuer aligns an achievement with a skill or competency framework, or tags it with keywords.</source>
        <translation>Ninguna de sus credenciales indica todavía una competencia. Las competencias aparecen aquí cuando un emisor alinea un logro con un marco de habilidades o competencias, o lo etiqueta con palabras clave.</translation>
    </message>
</context>
<context>
    <name>SkillsPanel</name>
    <message>
        <source>Chart bars per</source>
        <translation>Barras del gráfico por</translation>
    </message>
    <message>
        <source>Bars per skill</source>
        <translation>Barras por competencia</translation>
    </message>
    <message>
        <source>Bars per framework</source>
        <translation>Barras por marco</translation>
    </message>
    <message>
        <source>Skills chart, scrollable</source>
        <translation>Gráfico de competencias, desplazable</translation>
    </message>
    <message>
        <source>Skills by framework</source>
        <translation>Competencias por marco</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Evidenced by</source>
        <translation>Acreditada por</translation>
    </message>
    <message>
        <source>Named, but not counted</source>
        <translation>Nombradas, pero sin contar</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) evidenced by valid credentials</source>
        <translation>
            <numerusform>%n competencia acreditada por credenciales válidas</numerusform>
            <numerusform>%n competencias acreditadas por credenciales válidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n only named by credentials that do not count</source>
        <translation>
            <numerusform>%n solo nombrada por credenciales que no cuentan</numerusform>
            <numerusform>%n solo nombradas por credenciales que no cuentan</numerusform>
        </translation>
    </message>
    <message>
        <source>No framework named</source>
        <translation>Ningún marco nombrado</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Re&amp;view a learner&apos;s portfolio…</source>
        <translation>Re&amp;visar el portafolio de un estudiante…</translation>
    </message>
    <message>
        <source>Review a learner&apos;s portfolio, without a wallet</source>
        <translation>Revisar el portafolio de un estudiante, sin cartera</translation>
    </message>
    <message>
        <source>For advisors and employers: no wallet of your own is needed</source>
        <translation>Para orientadores y empleadores: no necesita una cartera propia</translation>
    </message>
    <message>
        <source>Keep your certificates, badges and course records in one encrypted wallet on this computer, check they are genuine, and share the ones you choose.</source>
        <translation>Guarde sus certificados, insignias y expedientes de cursos en una cartera cifrada en este equipo, compruebe que son auténticos y comparta los que elija.</translation>
    </message>
    <message>
        <source>&amp;Create a new wallet…</source>
        <translation>&amp;Crear una cartera nueva…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Check &amp;someone&apos;s credentials…</source>
        <translation>Comprobar las credenciales de &amp;alguien…</translation>
    </message>
    <message>
        <source>Check someone&apos;s credentials, without a wallet</source>
        <translation>Comprobar las credenciales de alguien, sin cartera</translation>
    </message>
    <message>
        <source>For employers and advisors: verify what a learner shows you; nothing is kept</source>
        <translation>Para empleadores y orientadores: verifique lo que le muestra un estudiante; no se guarda nada</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Where the wallet file is</source>
        <translation>Dónde está el archivo de la cartera</translation>
    </message>
    <message>
        <source>&amp;Open another wallet…</source>
        <translation>&amp;Abrir otra cartera…</translation>
    </message>
    <message>
        <source>This wallet cannot be opened</source>
        <translation>Esta cartera no se puede abrir</translation>
    </message>
    <message>
        <source>The wallet file: %1</source>
        <translation>El archivo de la cartera: %1</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>El archivo dañado se conserva como %1.</translation>
    </message>
    <message>
        <source>Welcome to Learner Wallet</source>
        <translation>Le damos la bienvenida a Learner Wallet</translation>
    </message>
    <message>
        <source>Unlock your wallet</source>
        <translation>Desbloquee su cartera</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Creating your wallet…</source>
        <translation>Creando su cartera…</translation>
    </message>
    <message>
        <source>Restoring your wallet…</source>
        <translation>Restaurando su cartera…</translation>
    </message>
    <message>
        <source>That passphrase does not unlock this backup. Check Caps Lock and try again.</source>
        <translation>Esa frase de contraseña no desbloquea esta copia de seguridad. Compruebe Bloq Mayús e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The backup file is damaged or is not a Learner Wallet backup: </source>
        <translation>El archivo de copia de seguridad está dañado o no es una copia de Learner Wallet: </translation>
    </message>
    <message>
        <source>No wallet was made.</source>
        <translation>No se ha creado ninguna cartera.</translation>
    </message>
    <message>
        <source>That passphrase does not unlock this wallet. Check Caps Lock and try again.</source>
        <translation>Esa frase de contraseña no desbloquea esta cartera. Compruebe Bloq Mayús e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This wallet is open in another Learner Wallet window or program. Close it, then try again.</source>
        <translation>Esta cartera está abierta en otra ventana o programa de Learner Wallet. Ciérrela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This wallet was made by a newer version of Learner Wallet. Update the app to open it.</source>
        <translation>Esta cartera se creó con una versión más reciente de Learner Wallet. Actualice la aplicación para abrirla.</translation>
    </message>
    <message>
        <source>The wallet file is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>El archivo de la cartera está dañado y no se puede abrir. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The file could not be read or written: </source>
        <translation>No se pudo leer ni escribir el archivo: </translation>
    </message>
    <message>
        <source>Something went wrong: </source>
        <translation>Algo salió mal: </translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling after this step…</source>
        <translation>Cancelando después de este paso…</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sólida</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>&amp;Tags, separated by commas:</source>
        <translation>&amp;Etiquetas, separadas por comas:</translation>
    </message>
    <message>
        <source>Existing tags: %1</source>
        <translation>Etiquetas existentes: %1</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TrustBar</name>
    <message>
        <source>Stop trusting this issuer</source>
        <translation>Dejar de confiar en este emisor</translation>
    </message>
    <message>
        <source>You trust %1: credentials signed by its key show it as trusted.</source>
        <translation>Confía en %1: las credenciales firmadas con su clave lo muestran como de confianza.</translation>
    </message>
    <message>
        <source>Trust this issuer</source>
        <translation>Confiar en este emisor</translation>
    </message>
    <message>
        <source>Credentials signed by this issuer&apos;s key will show it as trusted.</source>
        <translation>Las credenciales firmadas con la clave de este emisor lo mostrarán como de confianza.</translation>
    </message>
    <message>
        <source>You no longer trust %1.</source>
        <translation>Ya no confía en %1.</translation>
    </message>
    <message>
        <source>You now trust %1.</source>
        <translation>Ahora confía en %1.</translation>
    </message>
    <message>
        <source>Trust was not changed: %1</source>
        <translation>La confianza no se ha cambiado: %1</translation>
    </message>
</context>
<context>
    <name>TrustedIssuersBox</name>
    <message>
        <source>Issuers you trust</source>
        <translation>Emisores en los que confía</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Stop trusting the chosen issuer</source>
        <translation>Dejar de confiar en el emisor elegido</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Open your wallet to see the issuers you trust.</source>
        <translation>Abra su cartera para ver los emisores en los que confía.</translation>
    </message>
    <message>
        <source>%1
%2 · trusted since %3</source>
        <translation>%1
%2 · de confianza desde %3</translation>
    </message>
    <message>
        <source>You trust no issuers yet. To trust one, open one of its credentials and choose “Trust this issuer”.</source>
        <translation>Aún no confía en ningún emisor. Para confiar en uno, abra una de sus credenciales y elija «Confiar en este emisor».</translation>
    </message>
    <message>
        <source>Credentials signed by these issuers&apos; keys show them as trusted.</source>
        <translation>Las credenciales firmadas con las claves de estos emisores los muestran como de confianza.</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>No se pudo leer la lista: %1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open the workspace</source>
        <translation>Abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation>Frase de contraseña del espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válida</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>No verificable</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Aún no válida</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Sin firma</translation>
    </message>
    <message>
        <source>Genuine: the issuer&apos;s signature checks out and it is in date.</source>
        <translation>Auténtica: la firma del emisor es correcta y está dentro de su periodo de validez.</translation>
    </message>
    <message>
        <source>Not genuine or damaged: the Verification tab shows the failed check.</source>
        <translation>No es auténtica o está dañada: la pestaña Verificación muestra la comprobación que falló.</translation>
    </message>
    <message>
        <source>Genuine, but past its expiry date.</source>
        <translation>Auténtica, pero pasada su fecha de caducidad.</translation>
    </message>
    <message>
        <source>Genuine, but not valid yet.</source>
        <translation>Auténtica, pero aún no es válida.</translation>
    </message>
    <message>
        <source>The issuer has revoked it.</source>
        <translation>El emisor la ha revocado.</translation>
    </message>
    <message>
        <source>The issuer has suspended it.</source>
        <translation>El emisor la ha suspendido.</translation>
    </message>
    <message>
        <source>It carries no signature, so nobody can tell who issued it.</source>
        <translation>No lleva firma, así que nadie puede saber quién la emitió.</translation>
    </message>
    <message>
        <source>It could not be checked offline: the Verification tab says why.</source>
        <translation>No se pudo comprobar sin conexión: la pestaña Verificación dice por qué.</translation>
    </message>
    <message>
        <source>Well-formed</source>
        <translation>Bien formada</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Issuer&apos;s key</source>
        <translation>Clave del emisor</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Revocación</translation>
    </message>
    <message>
        <source>Trusted issuer</source>
        <translation>Emisor de confianza</translation>
    </message>
    <message>
        <source>Open Badges schema</source>
        <translation>Esquema de Open Badges</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 de %2 %3</translation>
    </message>
</context>
<context>
    <name>VerifierWindow</name>
    <message>
        <source>Check someone&apos;s credentials — Learner Wallet</source>
        <translation>Comprobar las credenciales de alguien — Learner Wallet</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Abrir un archivo…</translation>
    </message>
    <message>
        <source>Open what the learner gave you</source>
        <translation>Abrir lo que le dio el estudiante</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Check what the clipboard holds</source>
        <translation>Comprobar lo que contiene el portapapeles</translation>
    </message>
    <message>
        <source>the learner&apos;s code</source>
        <translation>el código del estudiante</translation>
    </message>
    <message>
        <source>Check &amp;online</source>
        <translation>Comprobar en &amp;línea</translation>
    </message>
    <message>
        <source>Use the network for revocation and web keys</source>
        <translation>Usar la red para la revocación y las claves web</translation>
    </message>
    <message>
        <source>Fetches status lists and issuers&apos; web keys. Off: everything is checked on this computer, and what needs the network is reported as such.</source>
        <translation>Obtiene las listas de estado y las claves web de los emisores. Desactivado: todo se comprueba en este equipo, y lo que necesita la red se indica como tal.</translation>
    </message>
    <message>
        <source>Your domain (optional), such as jobs.example.com</source>
        <translation>Su dominio (opcional), como jobs.example.com</translation>
    </message>
    <message>
        <source>Your domain for the challenge</source>
        <translation>Su dominio para el desafío</translation>
    </message>
    <message>
        <source>&amp;New challenge</source>
        <translation>&amp;Nuevo desafío</translation>
    </message>
    <message>
        <source>Make a new challenge for the learner</source>
        <translation>Crear un nuevo desafío para el estudiante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Lo que se comprobó</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exportar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exportar como &amp;JSON…</translation>
    </message>
    <message>
        <source>Open, drop or paste what a learner shows you, or scan their code. Nothing is stored. For a live check, make a new challenge first and let their wallet read it.</source>
        <translation>Abra, suelte o pegue lo que le muestra un estudiante, o escanee su código. No se guarda nada. Para una comprobación en directo, cree primero un nuevo desafío y deje que su cartera lo lea.</translation>
    </message>
    <message>
        <source>The challenge</source>
        <translation>El desafío</translation>
    </message>
    <message>
        <source>That domain is too long for a challenge code.</source>
        <translation>Ese dominio es demasiado largo para un código de desafío.</translation>
    </message>
    <message>
        <source>Challenge: %1

Let the learner&apos;s wallet read this code (Share → Read them → Scan the screen or From a QR image), or read the challenge out for them to type. Then check what they show you: it must be signed for this challenge.</source>
        <translation>Desafío: %1

Deje que la cartera del estudiante lea este código (Compartir → Leerlos → Escanear la pantalla o Desde una imagen QR), o léale el desafío en voz alta para que lo escriba. Después compruebe lo que le muestra: debe estar firmado para este desafío.</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Dominio: %1</translation>
    </message>
    <message>
        <source>New challenge made. What you check next must answer it.</source>
        <translation>Nuevo desafío creado. Lo próximo que compruebe debe responder a él.</translation>
    </message>
    <message>
        <source>the pasted picture</source>
        <translation>la imagen pegada</translation>
    </message>
    <message>
        <source>The clipboard holds nothing to check.</source>
        <translation>El portapapeles no contiene nada que comprobar.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>The file could not be read: </source>
        <translation>No se pudo leer el archivo: </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>The file could not be written: </source>
        <translation>No se pudo escribir el archivo: </translation>
    </message>
    <message>
        <source>Open what the learner shared</source>
        <translation>Abrir lo que compartió el estudiante</translation>
    </message>
    <message>
        <source>Credentials, presentations and QR images (*.json *.jsonld *.jwt *.txt *.vp1 *.pdf *.png *.svg *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Credenciales, presentaciones e imágenes QR (*.json *.jsonld *.jwt *.txt *.vp1 *.pdf *.png *.svg *.jpg *.jpeg *.gif *.bmp *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the result</source>
        <translation>Exportar el resultado</translation>
    </message>
</context>
<context>
    <name>VerifyBackupDialog</name>
    <message>
        <source>Verify a backup</source>
        <translation>Verificar una copia de seguridad</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Archivo de copia:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Check that a backup opens with its passphrase and restores completely. Nothing is changed: the test restore happens in memory only.</source>
        <translation>Compruebe que una copia de seguridad se abre con su frase de contraseña y se restaura por completo. No se cambia nada: la restauración de prueba se hace solo en memoria.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elija una copia de seguridad</translation>
    </message>
</context>
<context>
    <name>WalletSwitcher</name>
    <message>
        <source>Open &amp;another wallet…</source>
        <translation>Abrir &amp;otra cartera…</translation>
    </message>
    <message>
        <source>Close this wallet and open, or create, another one</source>
        <translation>Cerrar esta cartera y abrir, o crear, otra</translation>
    </message>
    <message>
        <source>&amp;Recent wallets</source>
        <translation>Carteras &amp;recientes</translation>
    </message>
    <message>
        <source>Open another wallet</source>
        <translation>Abrir otra cartera</translation>
    </message>
    <message>
        <source>Learner Wallet vaults (*.vault);;All files (*)</source>
        <translation>Carteras de Learner Wallet (*.vault);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No other wallet opened yet</source>
        <translation>Aún no se ha abierto ninguna otra cartera</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>%n achievement(s)</source>
        <translation>
            <numerusform>%n logro</numerusform>
            <numerusform>%n logros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endorsement(s)</source>
        <translation>
            <numerusform>%n aval</numerusform>
            <numerusform>%n avales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credencial</numerusform>
            <numerusform>%n credenciales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n is(are) not genuine</source>
        <translation>
            <numerusform>%n no pasa la verificación</numerusform>
            <numerusform>%n no pasan la verificación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n no se pudo comprobar</numerusform>
            <numerusform>%n no se pudieron comprobar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n is(are) not valid now</source>
        <translation>
            <numerusform>%n no tiene validez ahora</numerusform>
            <numerusform>%n no tienen validez ahora</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_FileRow</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Browse for the %1</source>
        <translation>Buscar %1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/safety/audit_dialog.py" line="46"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_dialog.py" line="58"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="57"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="60"/>
        <source>Backups are taken automatically: at start-up once a day, every 30 minutes of use when something changed, and before updates, imports and restores.</source>
        <translation>Las copias de seguridad se hacen solas: al arrancar una vez al día, cada 30 minutos de uso si algo cambió, y antes de actualizaciones, importaciones y restauraciones.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="68"/>
        <source>Change folder...</source>
        <translation>Cambiar carpeta...</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="70"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="91"/>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="93"/>
        <source>Restore...</source>
        <translation>Restaurar...</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="95"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="105"/>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="116"/>
        <source>Backing up...</source>
        <translation>Haciendo la copia...</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="123"/>
        <source>Backup written: %1</source>
        <translation>Copia guardada: %1</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="128"/>
        <source>No backup was written: %1</source>
        <translation>No se guardó ninguna copia: %1</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="131"/>
        <source>Folder for backups</source>
        <translation>Carpeta para las copias de seguridad</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="43"/>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="46"/>
        <source>The database file cannot be used: it is damaged or is not a CRM database (%1).

It will be kept as it is, renamed with &quot;.corrupt&quot; and the date, so nothing is lost.</source>
        <translation>No se puede usar el archivo de la base de datos: está dañado o no es una base de datos del CRM (%1).

Se conservará tal cual, renombrado con &quot;.corrupt&quot; y la fecha, para no perder nada.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="55"/>
        <source>The newest good backup is from %1 (%2 candidates, %3 roles, %4 clients).</source>
        <translation>La copia de seguridad correcta más reciente es del %1 (%2 candidatos, %3 procesos, %4 clientes).</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="59"/>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="63"/>
        <source>No backup of this database was found.</source>
        <translation>No se ha encontrado ninguna copia de seguridad de esta base de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="67"/>
        <source>Keep it aside and start an empty database</source>
        <translation>Apartarla y empezar con una base de datos vacía</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="70"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="64"/>
        <source>Keep longer</source>
        <translation>Conservar más tiempo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/safety/retention_page.py" line="66"/>
        <source>Keep the data of %n candidate(s) until:</source>
        <translation>
            <numerusform>Conservar los datos de %n candidato hasta:</numerusform>
            <numerusform>Conservar los datos de %n candidatos hasta:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="70"/>
        <source>Until:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="72"/>
        <source>e.g. in process for VAC-2026-004</source>
        <translation>p. ej. en proceso para VAC-2026-004</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="73"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
</context>
<context>
    <name>PersonRightsActions</name>
    <message>
        <location filename="../../ui/safety/person_actions.py" line="32"/>
        <source>Export this person&apos;s data...</source>
        <translation>Exportar los datos de esta persona...</translation>
    </message>
    <message>
        <location filename="../../ui/safety/person_actions.py" line="34"/>
        <source>Erase this person...</source>
        <translation>Borrar a esta persona...</translation>
    </message>
    <message>
        <location filename="../../ui/safety/person_actions.py" line="40"/>
        <source>Export this person&apos;s data</source>
        <translation>Exportar los datos de esta persona</translation>
    </message>
    <message>
        <location filename="../../ui/safety/person_actions.py" line="41"/>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/safety/person_actions.py" line="54"/>
        <source>Erase this person</source>
        <translation>Borrar a esta persona</translation>
    </message>
    <message>
        <location filename="../../ui/safety/person_actions.py" line="55"/>
        <source>This removes the person everywhere: details, applications, activities, attachments and CV text. Only anonymous counts remain, and a later import of the same email, phone or profile is skipped. It cannot be undone.

Type %1 to confirm.</source>
        <translation>Esto borra a la persona en todas partes: datos, candidaturas, actividades, adjuntos y texto de los CV. Solo quedan recuentos anónimos, y una importación posterior con el mismo correo, teléfono o perfil se omite. No se puede deshacer.

Escribe %1 para confirmar.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/person_actions.py" line="70"/>
        <source>Erased</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <location filename="../../ui/safety/person_actions.py" line="71"/>
        <source>The person was erased. These clients received their data and should be told: %1</source>
        <translation>La persona se ha borrado. Estos clientes recibieron sus datos y deben ser informados: %1</translation>
    </message>
    <message>
        <location filename="../../ui/safety/person_actions.py" line="77"/>
        <source>Not done</source>
        <translation>No se ha hecho</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="35"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="39"/>
        <source>(none chosen)</source>
        <translation>(ninguna elegida)</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="41"/>
        <source>Choose a backup file...</source>
        <translation>Elegir un archivo de copia...</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="43"/>
        <source>Backup:</source>
        <translation>Copia:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="48"/>
        <source>Taken:</source>
        <translation>Hecha:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="49"/>
        <source>Contents:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="50"/>
        <source>Check:</source>
        <translation>Comprobación:</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="53"/>
        <source>Restoring replaces the data you see now with the backup. Before that, a backup of the current data is taken and the current file is kept aside. People erased since the backup was taken are erased again.</source>
        <translation>Restaurar sustituye los datos que ve ahora por los de la copia. Antes se hace una copia de los datos actuales y el archivo actual se aparta. Las personas suprimidas después de la fecha de la copia se vuelven a suprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="62"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="76"/>
        <source>unknown (not a managed backup name)</source>
        <translation>desconocida (no es un nombre de copia gestionada)</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="80"/>
        <source>%1 candidates, %2 roles, %3 clients</source>
        <translation>%1 candidatos, %2 procesos, %3 clientes</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="84"/>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="85"/>
        <source>passes the integrity check</source>
        <translation>supera la comprobación de integridad</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="86"/>
        <source>FAILED: this file is damaged or is not a CRM backup</source>
        <translation>FALLO: este archivo está dañado o no es una copia del CRM</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="92"/>
        <source>Choose a backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="93"/>
        <source>Database backups (*.db);;All files (*)</source>
        <translation>Copias de la base de datos (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="102"/>
        <source>Restoring...</source>
        <translation>Restaurando...</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="118"/>
        <source>Restored. %1 erasures were applied again. The previous file is kept as %2. Check the data, then click Keep the restored data (automatic backups wait until then).</source>
        <translation>Restaurada. Se han vuelto a aplicar %1 supresiones. El archivo anterior se conserva como %2. Revise los datos y pulse Conservar los datos restaurados (las copias automáticas esperan hasta entonces).</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="125"/>
        <source>Keep the restored data</source>
        <translation>Conservar los datos restaurados</translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="129"/>
        <source>The restore failed: %1</source>
        <translation>La restauración ha fallado: %1</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="94"/>
        <source>Consent and retention</source>
        <translation>Consentimiento y conservación</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="116"/>
        <source>Ask again (email)...</source>
        <translation>Volver a preguntar (correo)...</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="118"/>
        <source>Keep longer...</source>
        <translation>Conservar más tiempo...</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="120"/>
        <source>Anonymise...</source>
        <translation>Anonimizar...</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="122"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="141"/>
        <source>%1 candidates need a decision: %2 past their retention date, %3 without a recorded consent. Ask them again, keep them longer with a reason, or anonymise them.</source>
        <translation>%1 candidatos necesitan una decisión: %2 han superado su plazo de conservación, %3 no tienen consentimiento registrado. Vuelva a preguntarles, consérvelos más tiempo indicando el motivo, o anonimícelos.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="160"/>
        <source>May we keep your details?</source>
        <translation>¿Podemos conservar sus datos?</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="161"/>
        <source>Hello,

We keep your CV and contact details to tell you about IT roles that may suit you. Please reply to confirm that we may keep them, or ask us to delete them.

Thank you.</source>
        <translation>Hola:

Conservamos su CV y sus datos de contacto para informarle de puestos de IT que puedan interesarle. Responda, por favor, para confirmar que podemos conservarlos, o pídanos que los eliminemos.

Gracias.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="182"/>
        <source>Anonymise</source>
        <translation>Anonimizar</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="183"/>
        <source>Remove %1 candidate(s) and everything held about them? Only anonymous counts are kept. This cannot be undone.</source>
        <translation>¿Eliminar %1 candidato(s) y todo lo que se guarda sobre ellos? Solo se conservan recuentos anónimos. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="199"/>
        <source>Not done</source>
        <translation>No se ha hecho</translation>
    </message>
</context>
<context>
    <name>StartupGuard</name>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="91"/>
        <source>The database is on a network drive</source>
        <translation>La base de datos está en una unidad de red</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="92"/>
        <source>The database %1 is in a %2. The database can be damaged when it is written over a network or by a sync program. Move it to a folder on this computer when you can.</source>
        <translation>La base de datos %1 está en: %2. La base de datos puede dañarse si se escribe a través de la red o la modifica un programa de sincronización. Muévala a una carpeta de este ordenador cuando pueda.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="101"/>
        <source>The database is in use</source>
        <translation>La base de datos está en uso</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="102"/>
        <source>The CRM is already open on this database (%1, pid %2). Use that window, or close it first.</source>
        <translation>El CRM ya está abierto con esta base de datos (%1, pid %2). Use esa ventana o ciérrela antes.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="107"/>
        <source>The database cannot be written</source>
        <translation>No se puede escribir en la base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="108"/>
        <source>The CRM cannot write in the folder of the database %1 (%2). Move the database to a folder you can write to, or ask for write permission on this one.</source>
        <translation>El CRM no puede escribir en la carpeta de la base de datos %1 (%2). Mueva la base de datos a una carpeta en la que pueda escribir, o pida permiso de escritura en esta.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="144"/>
        <source>The backup could not be restored</source>
        <translation>No se ha podido restaurar la copia</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="152"/>
        <source>The database is from a newer version</source>
        <translation>La base de datos es de una versión más reciente</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="153"/>
        <source>This database was created by a newer version of the CRM. Update the app to open it; nothing was changed.</source>
        <translation>Esta base de datos la creó una versión más reciente del CRM. Actualice la aplicación para abrirla; no se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="156"/>
        <source>The database could not be updated</source>
        <translation>No se ha podido actualizar la base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="158"/>
        <source>The database cannot be opened</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="163"/>
        <source>synced folder (OneDrive, Dropbox...)</source>
        <translation>carpeta sincronizada (OneDrive, Dropbox...)</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="165"/>
        <source>network share</source>
        <translation>recurso compartido de red</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup_guard.py" line="166"/>
        <source>network drive</source>
        <translation>unidad de red</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <location filename="../../ui/safety/audit_dialog.py" line="22"/>
        <source>exported a person&apos;s data</source>
        <translation>exportó los datos de una persona</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_dialog.py" line="23"/>
        <source>erased</source>
        <translation>suprimió</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_dialog.py" line="23"/>
        <source>imported</source>
        <translation>importó</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_dialog.py" line="24"/>
        <source>undid an import</source>
        <translation>deshizo una importación</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_dialog.py" line="25"/>
        <source>restored a backup</source>
        <translation>restauró una copia</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_dialog.py" line="26"/>
        <source>merged</source>
        <translation>fusionó</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_dialog.py" line="27"/>
        <source>updated the database</source>
        <translation>actualizó la base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_dialog.py" line="28"/>
        <source>kept longer</source>
        <translation>amplió la conservación</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_dialog.py" line="29"/>
        <source>anonymised</source>
        <translation>anonimizó</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_dialog.py" line="30"/>
        <source>exported</source>
        <translation>exportó</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_dialog.py" line="35"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_dialog.py" line="36"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_dialog.py" line="37"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_dialog.py" line="38"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_dialog.py" line="39"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="28"/>
        <source>at start-up</source>
        <translation>al arrancar</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="28"/>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="29"/>
        <source>by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="29"/>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="30"/>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="31"/>
        <source>before an update</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="32"/>
        <source>before an erasure</source>
        <translation>antes de una supresión</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="41"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="42"/>
        <source>Taken</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="43"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="44"/>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="46"/>
        <source>Roles</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_dialog.py" line="47"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="17"/>
        <source>Candidate %1</source>
        <translation>Candidato %1</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="18"/>
        <source>Import %1</source>
        <translation>Importación %1</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="19"/>
        <source>Report %1</source>
        <translation>Informe %1</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="20"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="22"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="23"/>
        <source>created</source>
        <translation>creados</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="24"/>
        <source>updated</source>
        <translation>actualizados</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="25"/>
        <source>skipped</source>
        <translation>omitidos</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="26"/>
        <source>rejected</source>
        <translation>rechazados</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="27"/>
        <source>deleted</source>
        <translation>borrados</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="28"/>
        <source>restored</source>
        <translation>restaurados</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="29"/>
        <source>merged candidate</source>
        <translation>candidato fusionado</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="30"/>
        <source>fields filled</source>
        <translation>campos completados</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="31"/>
        <source>skills</source>
        <translation>habilidades</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="32"/>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="33"/>
        <source>applications</source>
        <translation>candidaturas</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="34"/>
        <source>clients informed</source>
        <translation>clientes informados</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="35"/>
        <source>activities</source>
        <translation>actividades</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="36"/>
        <source>attachments</source>
        <translation>adjuntos</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="37"/>
        <source>reports sent</source>
        <translation>informes enviados</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="38"/>
        <source>answer due</source>
        <translation>responder antes del</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="39"/>
        <source>kept until</source>
        <translation>conservar hasta</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="40"/>
        <source>backup</source>
        <translation>copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="41"/>
        <location filename="../../ui/safety/audit_text.py" line="50"/>
        <location filename="../../ui/safety/audit_text.py" line="54"/>
        <source>candidates</source>
        <translation>candidatos</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="42"/>
        <location filename="../../ui/safety/audit_text.py" line="55"/>
        <source>roles</source>
        <translation>vacantes</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="43"/>
        <source>clients</source>
        <translation>clientes</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="44"/>
        <source>erasures applied again</source>
        <translation>supresiones aplicadas de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="45"/>
        <source>replaced database kept as</source>
        <translation>base de datos sustituida guardada como</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="46"/>
        <source>from version</source>
        <translation>desde la versión</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="47"/>
        <source>to version</source>
        <translation>a la versión</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="48"/>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="49"/>
        <source>role</source>
        <translation>vacante</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="51"/>
        <source>blind</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="56"/>
        <source>pipeline</source>
        <translation>procesos</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="57"/>
        <source>shortlist</source>
        <translation>terna</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="58"/>
        <source>client progress</source>
        <translation>informe de avance</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="59"/>
        <source>candidate list</source>
        <translation>lista de candidatos</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="60"/>
        <source>on request</source>
        <translation>a petición</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="61"/>
        <location filename="../../ui/safety/retention_page.py" line="32"/>
        <source>retention ended</source>
        <translation>conservación vencida</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="63"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_text.py" line="63"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="33"/>
        <source>consent missing</source>
        <translation>falta consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="34"/>
        <source>applied to a role</source>
        <translation>se inscribió en un proceso</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="35"/>
        <source>consent for future roles</source>
        <translation>consentimiento para futuros procesos</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="36"/>
        <source>legitimate interest</source>
        <translation>interés legítimo</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="45"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="46"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="47"/>
        <source>Lawful basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="49"/>
        <source>Consent date</source>
        <translation>Fecha de consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="51"/>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="53"/>
        <source>Retention end</source>
        <translation>Fin de conservación</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_page.py" line="55"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
</TS>

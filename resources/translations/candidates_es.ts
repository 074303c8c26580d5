<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CandidateColumns</name>
    <message>
        <location filename="../../ui/candidates/columns.py" line="49"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="50"/>
        <source>Current title</source>
        <translation>Puesto actual</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="51"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="52"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="53"/>
        <source>Top skills</source>
        <translation>Habilidades principales</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="54"/>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="55"/>
        <source>Salary</source>
        <translation>Salario</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="56"/>
        <source>Notice</source>
        <translation>Preaviso</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="57"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="58"/>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="59"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="60"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="61"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="62"/>
        <source>Added</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="68"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="68"/>
        <source>Placed</source>
        <translation>Colocado</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="68"/>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="69"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="74"/>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="74"/>
        <source>Mid</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="74"/>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="74"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="75"/>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/columns.py" line="101"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
</context>
<context>
    <name>CandidateDetailPane</name>
    <message>
        <location filename="../../ui/candidates/detail.py" line="51"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="53"/>
        <source>Attach CV…</source>
        <translation>Adjuntar CV…</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="55"/>
        <source>Select a candidate to see their profile.</source>
        <translation>Selecciona un candidato para ver su perfil.</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="115"/>
        <source>No skills recorded</source>
        <translation>Sin habilidades registradas</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="115"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="116"/>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="116"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="116"/>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="117"/>
        <source>Roles</source>
        <translation>Vacantes</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="117"/>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="117"/>
        <source>Not on any role yet</source>
        <translation>Aún no está en ninguna vacante</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="118"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="118"/>
        <source>No activity yet</source>
        <translation>Sin actividad todavía</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="119"/>
        <source>CV and files</source>
        <translation>CV y archivos</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="119"/>
        <source>No files attached</source>
        <translation>Sin archivos adjuntos</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="120"/>
        <source>Sent to clients</source>
        <translation>Enviado a clientes</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="120"/>
        <source>Never sent to a client</source>
        <translation>Nunca enviado a un cliente</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="121"/>
        <source>(no client)</source>
        <translation>(sin cliente)</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="121"/>
        <source>(blind)</source>
        <translation>(anónimo)</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="122"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="122"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="123"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="123"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="123"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="130"/>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="131"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="133"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="134"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="135"/>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="136"/>
        <source>Seniority</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="137"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="138"/>
        <source>Expected salary</source>
        <translation>Salario deseado</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="139"/>
        <source>Current salary</source>
        <translation>Salario actual</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="140"/>
        <source>Notice</source>
        <translation>Preaviso</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="122"/>
        <location filename="../../ui/candidates/detail.py" line="141"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="142"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="143"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="144"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/detail.py" line="145"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../../ui/candidates/editor.py" line="53"/>
        <source>New candidate</source>
        <translation>Nuevo candidato</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="53"/>
        <source>Edit candidate</source>
        <translation>Editar candidato</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="72"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="73"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="74"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="75"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="75"/>
        <source>+34 600 123 456</source>
        <translation>+34 600 123 456</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="76"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="77"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="77"/>
        <source>ES</source>
        <translation>ES</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="78"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="79"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="80"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="81"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="82"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="82"/>
        <source>Placed</source>
        <translation>Colocado</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="83"/>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="83"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="84"/>
        <source>Current title</source>
        <translation>Puesto actual</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="85"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="86"/>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="86"/>
        <source>Python 6, Django 3, SQL</source>
        <translation>Python 6, Django 3, SQL</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="87"/>
        <source>Years of experience</source>
        <translation>Años de experiencia</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="88"/>
        <source>Seniority</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="89"/>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="89"/>
        <source>Mid</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="89"/>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="90"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="90"/>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="91"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="93"/>
        <source>Works</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="94"/>
        <source>On site</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="94"/>
        <source>Hybrid</source>
        <translation>Híbrido</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="94"/>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="95"/>
        <source>Current salary</source>
        <translation>Salario actual</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="95"/>
        <source>e.g. 45000</source>
        <translation>p. ej. 45000</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="96"/>
        <source>Expected salary</source>
        <translation>Salario deseado</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="96"/>
        <source>e.g. 55k</source>
        <translation>p. ej. 55k</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="97"/>
        <source>Expected up to</source>
        <translation>Deseado hasta</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="98"/>
        <source>Notice (days)</source>
        <translation>Preaviso (días)</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="104"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="104"/>
        <source>Client-safe assessment</source>
        <translation>Valoración apta para el cliente</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="105"/>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="105"/>
        <source>Never leaves the agency</source>
        <translation>Nunca sale de la agencia</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="236"/>
        <source>Add %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="249"/>
        <source>Edit %1</source>
        <translation>Editar a %1</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="256"/>
        <source>The database is busy: an import, or a colleague, is changing this candidate. Your changes were not saved; try again in a moment.</source>
        <translation>La base de datos está ocupada: una importación, o un compañero, está cambiando este candidato. Sus cambios no se han guardado; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="259"/>
        <source>The database did not take the change: %1</source>
        <translation>La base de datos no aceptó el cambio: %1</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="260"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="263"/>
        <source>Changed elsewhere</source>
        <translation>Modificado en otro lugar</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="264"/>
        <source>This candidate was changed since you opened it. Your changes were not saved.</source>
        <translation>Este candidato se modificó después de que lo abrieras. Tus cambios no se han guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="266"/>
        <source>Reload to see the current details, then apply your change again.</source>
        <translation>Recarga para ver los datos actuales y vuelve a aplicar tu cambio.</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="267"/>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/editor.py" line="279"/>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <location filename="../../ui/candidates/page.py" line="75"/>
        <source>Search candidates: python madrid, &quot;data engineer&quot;, skill:java years&gt;=5 …</source>
        <translation>Buscar candidatos: python madrid, &quot;data engineer&quot;, skill:java years&gt;=5 …</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/page.py" line="77"/>
        <location filename="../../ui/candidates/page.py" line="222"/>
        <source>Save as smart list</source>
        <translation>Guardar como lista inteligente</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/page.py" line="202"/>
        <source>1 match</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/page.py" line="202"/>
        <source>%1 matches</source>
        <translation>%1 resultados</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/page.py" line="204"/>
        <source>1 candidate</source>
        <translation>1 candidato</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/page.py" line="204"/>
        <source>%1 candidates</source>
        <translation>%1 candidatos</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/page.py" line="222"/>
        <source>Name of the smart list:</source>
        <translation>Nombre de la lista inteligente:</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/page.py" line="231"/>
        <source>Cannot save the smart list</source>
        <translation>No se puede guardar la lista inteligente</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/page.py" line="301"/>
        <source>Archive candidate</source>
        <translation>Archivar candidato</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/page.py" line="302"/>
        <source>Archive %1? They leave the list but stay in the database; you can undo this.</source>
        <translation>¿Archivar a %1? Sale de la lista pero sigue en la base de datos; puedes deshacerlo.</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/page.py" line="309"/>
        <source>Cannot archive</source>
        <translation>No se puede archivar</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/page.py" line="316"/>
        <source>Archive %1</source>
        <translation>Archivar a %1</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/page.py" line="325"/>
        <source>Delete candidate</source>
        <translation>Eliminar candidato</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/page.py" line="326"/>
        <source>Delete %1 for good? Their pipeline history, activities and files go too. Undo brings back the profile only.</source>
        <translation>¿Eliminar a %1 definitivamente? También se borran su historial de procesos, actividades y archivos. Deshacer solo recupera el perfil.</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/page.py" line="336"/>
        <source>Delete %1</source>
        <translation>Eliminar a %1</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/page.py" line="344"/>
        <source>Attach a CV</source>
        <translation>Adjuntar un CV</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/page.py" line="345"/>
        <source>CV files (*.pdf *.docx)</source>
        <translation>Archivos de CV (*.pdf *.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/page.py" line="353"/>
        <source>Cannot attach the file</source>
        <translation>No se puede adjuntar el archivo</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ui/candidates/error_text.py" line="15"/>
        <source>&apos;%1&apos; is not a valid email address</source>
        <translation>«%1» no es una dirección de correo válida</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/error_text.py" line="17"/>
        <source>&apos;%1&apos; is not a valid phone number</source>
        <translation>«%1» no es un número de teléfono válido</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/error_text.py" line="18"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«%1» no es un número entero</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/error_text.py" line="20"/>
        <source>&apos;%1&apos; is not a number of years</source>
        <translation>«%1» no es un número de años</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/error_text.py" line="22"/>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/error_text.py" line="24"/>
        <source>must be between %1 and %2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/error_text.py" line="26"/>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/error_text.py" line="28"/>
        <source>a name, email, phone or profile URL is required</source>
        <translation>hace falta un nombre, correo, teléfono o URL de perfil</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/error_text.py" line="29"/>
        <source>is below the expected salary</source>
        <translation>es menor que el salario deseado</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/error_text.py" line="31"/>
        <source>must be a two-letter country code such as ES</source>
        <translation>debe ser un código de país de dos letras, como ES</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/error_text.py" line="32"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../../ui/candidates/error_text.py" line="34"/>
        <source>the email %1 already belongs to candidate %2</source>
        <translation>el correo %1 ya pertenece al candidato %2</translation>
    </message>
</context>
</TS>

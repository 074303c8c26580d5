<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ClientDetail</name>
    <message>
        <location filename="../../ui/clients/detail.py" line="40" />
        <source>Select a client to see their contacts and roles.</source>
        <translation>Selecciona un cliente para ver sus contactos y vacantes.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/detail.py" line="61" />
        <source>Add contact…</source>
        <translation>Añadir contacto…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/detail.py" line="98" />
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/detail.py" line="102" />
        <source>Reports: %1, in Spanish</source>
        <translation>Informes: %1, en español</translation>
    </message>
    <message>
        <location filename="../../ui/clients/detail.py" line="103" />
        <source>Reports: %1, in English</source>
        <translation>Informes: %1, en inglés</translation>
    </message>
    <message>
        <location filename="../../ui/clients/detail.py" line="101" />
        <source>blind shortlists</source>
        <translation>ternas anónimas</translation>
    </message>
    <message>
        <location filename="../../ui/clients/detail.py" line="62" />
        <source>Edit contact…</source>
        <translation>Editar contacto…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/detail.py" line="63" />
        <source>Delete contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <location filename="../../ui/clients/detail.py" line="101" />
        <source>named shortlists</source>
        <translation>ternas con nombre</translation>
    </message>
    <message>
        <location filename="../../ui/clients/detail.py" line="109" />
        <source>&lt;b&gt;Contacts&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Contactos&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/detail.py" line="111" />
        <source>&lt;b&gt;Roles&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Vacantes&lt;/b&gt; (%1)</translation>
    </message>
</context>
<context>
    <name>ClientRolesModel</name>
    <message>
        <location filename="../../ui/clients/models.py" line="43" />
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="44" />
        <source>Title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="45" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="46" />
        <source>Days open</source>
        <translation>Días abierta</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="48" />
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../ui/clients/page.py" line="51" />
        <source>Filter clients by name…</source>
        <translation>Filtrar clientes por nombre…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="53" />
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="54" />
        <location filename="../../ui/clients/page.py" line="308" />
        <source>New client…</source>
        <translation>Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="55" />
        <source>Add a client (Ctrl+N)</source>
        <translation>Añadir un cliente (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="56" />
        <location filename="../../ui/clients/page.py" line="310" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="57" />
        <source>Edit the selected client (Enter)</source>
        <translation>Editar el cliente seleccionado (Intro)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="58" />
        <location filename="../../ui/clients/page.py" line="166" />
        <location filename="../../ui/clients/page.py" line="268" />
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="59" />
        <source>Archive or restore the selected client (Del); undo with Ctrl+Z</source>
        <translation>Archivar o restaurar el cliente seleccionado (Supr); se deshace con Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="60" />
        <location filename="../../ui/clients/page.py" line="312" />
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="61" />
        <source>Delete the selected client; only possible while it has no roles</source>
        <translation>Eliminar el cliente seleccionado; solo es posible mientras no tenga vacantes</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="143" />
        <source>Archive %1</source>
        <translation>Archivar %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="143" />
        <source>Restore %1</source>
        <translation>Restaurar %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="146" />
        <source>%1 archived. Undo with Ctrl+Z.</source>
        <translation>%1 archivado. Puedes deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="146" />
        <source>%1 restored.</source>
        <translation>%1 restaurado.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="155" />
        <source>Delete client</source>
        <translation>Eliminar cliente</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="156" />
        <source>Delete %1 and its contacts? This cannot be undone.</source>
        <translation>¿Eliminar %1 y sus contactos? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="164" />
        <source>%1 has %2 roles, so it cannot be deleted. Archive it instead to hide it.</source>
        <translation>%1 tiene %2 vacantes, así que no se puede eliminar. Archívalo para ocultarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="172" />
        <source>%1 deleted.</source>
        <translation>%1 eliminado.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="192" />
        <source>Select a client to see their contacts and roles.</source>
        <translation>Selecciona un cliente para ver sus contactos y vacantes.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="194" />
        <source>No clients match “%1”.</source>
        <translation>Ningún cliente coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="196" />
        <source>No clients yet. Add the first one with “New client…” (Ctrl+N).</source>
        <translation>Aún no hay clientes. Añade el primero con «Nuevo cliente…» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="231" />
        <source>Select a client first.</source>
        <translation>Selecciona antes un cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="268" />
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="287" />
        <source>Add client %1</source>
        <translation>Añadir cliente %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="290" />
        <source>Edit client %1</source>
        <translation>Editar cliente %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/page.py" line="246" />
        <source>That could not be undone or redone: %1</source>
        <translation>No se ha podido deshacer ni rehacer: %1</translation>
    </message>
</context>
<context>
    <name>ClientsTableModel</name>
    <message>
        <location filename="../../ui/clients/models.py" line="14" />
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="15" />
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="16" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="17" />
        <source>Open
roles</source>
        <translation>Vacantes
abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="18" />
        <source>Roles still being worked on (lead, active, on hold)</source>
        <translation>Vacantes aún en marcha (por confirmar, activas, en pausa)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="19" />
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="32" />
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="32" />
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="41" />
        <source>Send blind shortlists by default (no names or contact details)</source>
        <translation>Enviar por defecto ternas anónimas (sin nombres ni datos de contacto)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="44" />
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="45" />
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="49" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="49" />
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="50" />
        <source>Website</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="50" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="51" />
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="52" />
        <source>Report language</source>
        <translation>Idioma de los informes</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="53" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="100" />
        <source>This client was changed elsewhere since you opened it, so your changes were not saved. Reload it, then apply your changes again.</source>
        <translation>Este cliente se ha modificado en otro sitio desde que lo abriste, así que tus cambios no se han guardado. Vuelve a cargarlo y aplica de nuevo tus cambios.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="102" />
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="112" />
        <source>The client “%1” already exists.</source>
        <translation>El cliente «%1» ya existe.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="114" />
        <source>“%1” is the same client as “%2” (names are compared without case, punctuation or legal form).</source>
        <translation>«%1» es el mismo cliente que «%2» (los nombres se comparan sin mayúsculas, puntuación ni forma jurídica).</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="116" />
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="127" />
        <source>Reloaded the current version.</source>
        <translation>Se ha cargado la versión actual.</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <location filename="../../ui/clients/contact_actions.py" line="57" />
        <source>Delete contact %1</source>
        <translation>Eliminar contacto %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contact_actions.py" line="60" />
        <source>%1 deleted. Undo with Ctrl+Z.</source>
        <translation>%1 eliminado. Puedes deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contact_actions.py" line="67" />
        <source>Select a contact first.</source>
        <translation>Selecciona antes un contacto.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contact_actions.py" line="83" />
        <source>Add contact %1</source>
        <translation>Añadir contacto %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contact_actions.py" line="86" />
        <source>Edit contact %1</source>
        <translation>Editar contacto %1</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contact_actions.py" line="93" />
        <source>Add contact…</source>
        <translation>Añadir contacto…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contact_actions.py" line="95" />
        <source>Edit contact…</source>
        <translation>Editar contacto…</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contact_actions.py" line="96" />
        <source>Delete contact</source>
        <translation>Eliminar contacto</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="137" />
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="137" />
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="144" />
        <source>e.g. CTO, Talent Acquisition</source>
        <translation>p. ej. CTO, Talent Acquisition</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="149" />
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="149" />
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="150" />
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="150" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="151" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/clients/dialogs.py" line="187" />
        <source>This contact was changed elsewhere since you opened it, so your changes were not saved. Close and open it again.</source>
        <translation>Este contacto se ha modificado en otro sitio desde que lo abriste, así que tus cambios no se han guardado. Ciérralo y vuelve a abrirlo.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/clients/models.py" line="31" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="32" />
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="33" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/clients/models.py" line="34" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
</TS>
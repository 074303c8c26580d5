<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>KitFieldErrors</name>
    <message>
        <location filename="../../ui/kit/field_form.py" line="14"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../../ui/kit/field_form.py" line="15"/>
        <source>a client is required</source>
        <translation>hay que elegir un cliente</translation>
    </message>
    <message>
        <location filename="../../ui/kit/field_form.py" line="16"/>
        <source>must be positive</source>
        <translation>debe ser positivo</translation>
    </message>
    <message>
        <location filename="../../ui/kit/field_form.py" line="17"/>
        <source>is below the minimum salary</source>
        <translation>es inferior al salario mínimo</translation>
    </message>
    <message>
        <location filename="../../ui/kit/field_form.py" line="18"/>
        <source>must be between 0 and 100</source>
        <translation>debe estar entre 0 y 100</translation>
    </message>
    <message>
        <location filename="../../ui/kit/field_form.py" line="19"/>
        <source>must contain letters or digits</source>
        <translation>debe contener letras o cifras</translation>
    </message>
    <message>
        <location filename="../../ui/kit/field_form.py" line="20"/>
        <source>must be &apos;es&apos; or &apos;en&apos;</source>
        <translation>debe ser «es» o «en»</translation>
    </message>
    <message>
        <location filename="../../ui/kit/field_form.py" line="21"/>
        <source>a name or email is required</source>
        <translation>hace falta un nombre o un email</translation>
    </message>
    <message>
        <location filename="../../ui/kit/field_form.py" line="22"/>
        <source>use letters, digits and - _ . / only (e.g. VAC-2026-001)</source>
        <translation>usa solo letras, cifras y - _ . / (p. ej. VAC-2026-001)</translation>
    </message>
    <message>
        <location filename="../../ui/kit/field_form.py" line="29"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«%1» no es un número entero</translation>
    </message>
    <message>
        <location filename="../../ui/kit/field_form.py" line="31"/>
        <source>&apos;%1&apos; is not a percentage</source>
        <translation>«%1» no es un porcentaje</translation>
    </message>
    <message>
        <location filename="../../ui/kit/field_form.py" line="33"/>
        <source>&apos;%1&apos; is not a valid email address</source>
        <translation>«%1» no es una dirección de email válida</translation>
    </message>
    <message>
        <location filename="../../ui/kit/field_form.py" line="35"/>
        <source>&apos;%1&apos; is not a valid phone number</source>
        <translation>«%1» no es un número de teléfono válido</translation>
    </message>
    <message>
        <location filename="../../ui/kit/field_form.py" line="37"/>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
</context>
<context>
    <name>KitFormSave</name>
    <message>
        <location filename="../../ui/kit/form_save.py" line="31"/>
        <source>Could not save: %1</source>
        <translation>No se ha podido guardar: %1</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../ui/kit/notice.py" line="28"/>
        <source>Dismiss</source>
        <translation>Cerrar aviso</translation>
    </message>
</context>
<context>
    <name>RejectionReasons</name>
    <message>
        <location filename="../../ui/kit/stage_names.py" line="19"/>
        <source>Skills not a fit</source>
        <translation>El perfil no encaja</translation>
    </message>
    <message>
        <location filename="../../ui/kit/stage_names.py" line="20"/>
        <source>Salary expectations</source>
        <translation>Expectativas salariales</translation>
    </message>
    <message>
        <location filename="../../ui/kit/stage_names.py" line="21"/>
        <source>Location/remote</source>
        <translation>Ubicación/teletrabajo</translation>
    </message>
    <message>
        <location filename="../../ui/kit/stage_names.py" line="22"/>
        <source>Candidate withdrew</source>
        <translation>El candidato se retiró</translation>
    </message>
    <message>
        <location filename="../../ui/kit/stage_names.py" line="23"/>
        <source>Rejected by client</source>
        <translation>Descartado por el cliente</translation>
    </message>
    <message>
        <location filename="../../ui/kit/stage_names.py" line="24"/>
        <source>No response</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/kit/stage_names.py" line="25"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
</context>
<context>
    <name>RoleCandidatesModel</name>
    <message>
        <location filename="../../ui/roles/models.py" line="60"/>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <location filename="../../ui/roles/models.py" line="61"/>
        <source>Current title</source>
        <translation>Puesto actual</translation>
    </message>
    <message>
        <location filename="../../ui/roles/models.py" line="62"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/roles/models.py" line="63"/>
        <source>Days in stage</source>
        <translation>Días en la etapa</translation>
    </message>
    <message>
        <location filename="../../ui/roles/models.py" line="68"/>
        <source>Waiting longer than %1 days in %2: time to follow up</source>
        <translation>Lleva más de %1 días en %2: toca hacer seguimiento</translation>
    </message>
</context>
<context>
    <name>RoleDetail</name>
    <message>
        <location filename="../../ui/roles/detail.py" line="28"/>
        <source>Select a role to see its requirements and the candidates on it.</source>
        <translation>Selecciona una vacante para ver sus requisitos y sus candidatos.</translation>
    </message>
    <message>
        <location filename="../../ui/roles/detail.py" line="49"/>
        <source>Required skills</source>
        <translation>Tecnologías obligatorias</translation>
    </message>
    <message>
        <location filename="../../ui/roles/detail.py" line="49"/>
        <source>Nice to have</source>
        <translation>Deseables</translation>
    </message>
    <message>
        <location filename="../../ui/roles/detail.py" line="50"/>
        <source>Salary</source>
        <translation>Salario</translation>
    </message>
    <message>
        <location filename="../../ui/roles/detail.py" line="50"/>
        <source>Seniority</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ui/roles/detail.py" line="50"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/roles/detail.py" line="51"/>
        <source>Remote</source>
        <translation>Teletrabajo</translation>
    </message>
    <message>
        <location filename="../../ui/roles/detail.py" line="51"/>
        <source>Openings</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <location filename="../../ui/roles/detail.py" line="51"/>
        <source>Fee</source>
        <translation>Honorarios</translation>
    </message>
    <message>
        <location filename="../../ui/roles/detail.py" line="52"/>
        <source>Client contact</source>
        <translation>Contacto en el cliente</translation>
    </message>
    <message>
        <location filename="../../ui/roles/detail.py" line="53"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/roles/detail.py" line="121"/>
        <source>&lt;b&gt;Candidates on this role&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Candidatos en esta vacante&lt;/b&gt; (%1)</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/roles/dialog.py" line="83"/>
        <source>Edit role %1</source>
        <translation>Editar vacante %1</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="83"/>
        <source>New role</source>
        <translation>Nueva vacante</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="91"/>
        <source>Automatic (e.g. VAC-2026-001)</source>
        <translation>Automática (p. ej. VAC-2026-001)</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="98"/>
        <source>e.g. 45000</source>
        <translation>p. ej. 45000</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="100"/>
        <source>e.g. 55000</source>
        <translation>p. ej. 55000</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="108"/>
        <source>e.g. 18</source>
        <translation>p. ej. 18</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="115"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="116"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="117"/>
        <source>Title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="118"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="119"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="120"/>
        <source>Seniority</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="121"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="122"/>
        <source>Remote</source>
        <translation>Teletrabajo</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="123"/>
        <source>Salary from (€/year)</source>
        <translation>Salario desde (€/año)</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="124"/>
        <source>Salary to (€/year)</source>
        <translation>Salario hasta (€/año)</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="125"/>
        <source>Openings</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="126"/>
        <source>Opened on</source>
        <translation>Abierta el</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="127"/>
        <source>Fee (%)</source>
        <translation>Honorarios (%)</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="128"/>
        <source>Required skills</source>
        <translation>Tecnologías obligatorias</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="129"/>
        <source>Nice to have</source>
        <translation>Deseables</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="130"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="158"/>
        <source>Choose a client…</source>
        <translation>Elige un cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="169"/>
        <source>(no contact)</source>
        <translation>(sin contacto)</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="229"/>
        <source>This role was changed elsewhere since you opened it, so your changes were not saved. Reload it to see the current version, then apply your changes again.</source>
        <translation>Esta vacante se ha modificado en otro sitio desde que la abriste, así que tus cambios no se han guardado. Vuelve a cargarla para ver la versión actual y aplica de nuevo tus cambios.</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="231"/>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="234"/>
        <source>Another role already uses this reference.</source>
        <translation>Otra vacante ya usa esta referencia.</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="245"/>
        <source>Reloaded the current version.</source>
        <translation>Se ha cargado la versión actual.</translation>
    </message>
</context>
<context>
    <name>RoleRemoteLabels</name>
    <message>
        <location filename="../../ui/roles/labels.py" line="32"/>
        <source>On site</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <location filename="../../ui/roles/labels.py" line="33"/>
        <source>Hybrid</source>
        <translation>Híbrido</translation>
    </message>
    <message>
        <location filename="../../ui/roles/labels.py" line="34"/>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
</context>
<context>
    <name>RoleSalaryBand</name>
    <message>
        <location filename="../../ui/roles/labels.py" line="56"/>
        <source>up to %1 €</source>
        <translation>hasta %1 €</translation>
    </message>
</context>
<context>
    <name>RoleSeniorityLabels</name>
    <message>
        <location filename="../../ui/roles/labels.py" line="22"/>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <location filename="../../ui/roles/labels.py" line="23"/>
        <source>Mid-level</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <location filename="../../ui/roles/labels.py" line="24"/>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <location filename="../../ui/roles/labels.py" line="25"/>
        <source>Lead</source>
        <translation>Líder técnico</translation>
    </message>
    <message>
        <location filename="../../ui/roles/labels.py" line="26"/>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
</context>
<context>
    <name>RoleStatusLabels</name>
    <message>
        <location filename="../../ui/roles/labels.py" line="11"/>
        <source>Lead</source>
        <translation>Por confirmar</translation>
    </message>
    <message>
        <location filename="../../ui/roles/labels.py" line="12"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../ui/roles/labels.py" line="13"/>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../ui/roles/labels.py" line="14"/>
        <source>Filled</source>
        <translation>Cubierta</translation>
    </message>
    <message>
        <location filename="../../ui/roles/labels.py" line="15"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../ui/roles/labels.py" line="16"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../ui/roles/page.py" line="54"/>
        <source>Filter by title, reference, client or location…</source>
        <translation>Filtrar por puesto, referencia, cliente o ubicación…</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="60"/>
        <source>Open roles</source>
        <translation>Vacantes abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="61"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="64"/>
        <location filename="../../ui/roles/page.py" line="302"/>
        <source>New role…</source>
        <translation>Nueva vacante…</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="65"/>
        <source>Add a role (Ctrl+N)</source>
        <translation>Añadir una vacante (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="66"/>
        <location filename="../../ui/roles/page.py" line="304"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="67"/>
        <source>Edit the selected role (Enter)</source>
        <translation>Editar la vacante seleccionada (Intro)</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="68"/>
        <location filename="../../ui/roles/page.py" line="305"/>
        <source>Close role</source>
        <translation>Cerrar vacante</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="69"/>
        <source>Mark the selected role as closed (Del); undo with Ctrl+Z</source>
        <translation>Marcar la vacante seleccionada como cerrada (Supr); se deshace con Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="139"/>
        <source>%1 is already closed.</source>
        <translation>%1 ya está cerrada.</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="144"/>
        <source>The role was not closed: %1</source>
        <translation>La vacante no se ha cerrado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="146"/>
        <source>Close role %1</source>
        <translation>Cerrar vacante %1</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="148"/>
        <source>%1 closed. Undo with Ctrl+Z.</source>
        <translation>%1 cerrada. Puedes deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="195"/>
        <source>Select a role to see its requirements and the candidates on it.</source>
        <translation>Selecciona una vacante para ver sus requisitos y sus candidatos.</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="197"/>
        <source>No roles match these filters.</source>
        <translation>Ninguna vacante coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="199"/>
        <source>No open roles. Choose “All statuses” to see closed ones.</source>
        <translation>No hay vacantes abiertas. Elige «Todos los estados» para ver las cerradas.</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="200"/>
        <source>No roles yet. Add the first one with “New role…” (Ctrl+N).</source>
        <translation>Aún no hay vacantes. Añade la primera con «Nueva vacante…» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="206"/>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="242"/>
        <source>Select a role first.</source>
        <translation>Selecciona antes una vacante.</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="283"/>
        <source>Add role %1</source>
        <translation>Añadir vacante %1</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="286"/>
        <source>Edit role %1</source>
        <translation>Editar vacante %1</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="290"/>
        <source>%1 saved; it is hidden by the current filters.</source>
        <translation>%1 guardada; los filtros actuales la ocultan.</translation>
    </message>
    <message>
        <location filename="../../ui/roles/page.py" line="295"/>
        <source>That could not be undone or redone: %1</source>
        <translation>No se ha podido deshacer ni rehacer: %1</translation>
    </message>
</context>
<context>
    <name>RolesTableModel</name>
    <message>
        <location filename="../../ui/roles/models.py" line="27"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../ui/roles/models.py" line="28"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/roles/models.py" line="29"/>
        <source>Title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../ui/roles/models.py" line="30"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/roles/models.py" line="31"/>
        <source>Openings</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <location filename="../../ui/roles/models.py" line="32"/>
        <source>Days
open</source>
        <translation>Días
abierta</translation>
    </message>
    <message>
        <location filename="../../ui/roles/models.py" line="34"/>
        <source>Days since the role opened (until it closed, for closed roles)</source>
        <translation>Días desde que se abrió la vacante (hasta su cierre, si está cerrada)</translation>
    </message>
    <message>
        <location filename="../../ui/roles/models.py" line="39"/>
        <source>Candidates now in %1</source>
        <translation>Candidatos ahora en %1</translation>
    </message>
    <message>
        <location filename="../../ui/roles/models.py" line="40"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/roles/models.py" line="41"/>
        <source>All candidates on the role</source>
        <translation>Todos los candidatos de la vacante</translation>
    </message>
</context>
<context>
    <name>SkillsEdit</name>
    <message>
        <location filename="../../ui/roles/dialog.py" line="57"/>
        <source>e.g. python, django, postgres</source>
        <translation>p. ej. python, django, postgres</translation>
    </message>
    <message>
        <location filename="../../ui/roles/dialog.py" line="73"/>
        <source>Saved as: %1</source>
        <translation>Se guardará como: %1</translation>
    </message>
</context>
<context>
    <name>StageNames</name>
    <message>
        <location filename="../../ui/kit/stage_names.py" line="9"/>
        <source>Sourced</source>
        <translation>Localizado</translation>
    </message>
    <message>
        <location filename="../../ui/kit/stage_names.py" line="10"/>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <location filename="../../ui/kit/stage_names.py" line="11"/>
        <source>Screening</source>
        <translation>Preselección</translation>
    </message>
    <message>
        <location filename="../../ui/kit/stage_names.py" line="12"/>
        <source>Submitted to client</source>
        <translation>Presentado al cliente</translation>
    </message>
    <message>
        <location filename="../../ui/kit/stage_names.py" line="13"/>
        <source>Client interview</source>
        <translation>Entrevista con cliente</translation>
    </message>
    <message>
        <location filename="../../ui/kit/stage_names.py" line="14"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location filename="../../ui/kit/stage_names.py" line="15"/>
        <source>Placed</source>
        <translation>Contratado</translation>
    </message>
    <message>
        <location filename="../../ui/kit/stage_names.py" line="16"/>
        <source>Rejected</source>
        <translation>Descartado</translation>
    </message>
</context>
</TS>

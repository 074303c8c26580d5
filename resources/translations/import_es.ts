<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="45"/>
        <location filename="../../ui/import_export/import_dialog.py" line="241"/>
        <source>Import a spreadsheet</source>
        <translation>Importar una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="61"/>
        <source>Choose an .xlsx or .csv file</source>
        <translation>Elija un archivo .xlsx o .csv</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="62"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="68"/>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="68"/>
        <source>Roles and clients</source>
        <translation>Vacantes y clientes</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="69"/>
        <source>Pipeline (applications)</source>
        <translation>Procesos (candidaturas)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="75"/>
        <source>Fill empty fields and add new skills</source>
        <translation>Completar los campos vacíos y añadir las skills nuevas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="76"/>
        <source>Leave them as they are</source>
        <translation>Dejarlos como están</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="77"/>
        <source>Replace with the file&apos;s values</source>
        <translation>Sustituir por los valores del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="80"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="81"/>
        <source>Import:</source>
        <translation>Importar:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="82"/>
        <source>Sheet:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="83"/>
        <source>People already in the database:</source>
        <translation>Personas que ya están en la base de datos:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="101"/>
        <source>Columns and what they are imported as:</source>
        <translation>Columnas y cómo se importan:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="106"/>
        <source>The first rows as they will be stored:</source>
        <translation>Las primeras filas tal como se guardarán:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="112"/>
        <source>Check without importing</source>
        <translation>Comprobar sin importar</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="114"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="117"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="137"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="166"/>
        <source>Save errors as Excel…</source>
        <translation>Guardar errores en Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="168"/>
        <source>Undo import</source>
        <translation>Deshacer la importación</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="170"/>
        <source>Back to the mapping</source>
        <translation>Volver a las columnas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="172"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="195"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="215"/>
        <source>Header found on row %1.</source>
        <translation>Cabecera encontrada en la fila %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="217"/>
        <source>The mapping you used last time for these columns was applied.</source>
        <translation>Se ha aplicado la correspondencia que usó la última vez para estas columnas.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="227"/>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="242"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Hojas de cálculo (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="278"/>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="278"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="281"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="295"/>
        <source>%1 of %2 rows · %3 rows/s</source>
        <translation>%1 de %2 filas · %3 filas/s</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="298"/>
        <source>about %1 s left</source>
        <translation>quedan unos %1 s</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="305"/>
        <source>Cancelling; nothing will be saved…</source>
        <translation>Cancelando; no se guardará nada…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="310"/>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>Se canceló la importación; no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="315"/>
        <source>The import failed and nothing was saved: %1</source>
        <translation>La importación falló y no se ha guardado nada: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="331"/>
        <source>Check of %1 (nothing was saved):</source>
        <translation>Comprobación de %1 (no se ha guardado nada):</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="331"/>
        <source>Imported %1:</source>
        <translation>Importado %1:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="333"/>
        <source>%1 created</source>
        <translation>%1 creados</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="334"/>
        <source>%1 updated</source>
        <translation>%1 actualizados</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="335"/>
        <source>%1 skipped</source>
        <translation>%1 omitidos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="336"/>
        <source>%1 duplicates in the file merged</source>
        <translation>%1 duplicados del archivo fusionados</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="337"/>
        <source>%1 rejected</source>
        <translation>%1 rechazados</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="338"/>
        <source>%1 warnings</source>
        <translation>%1 avisos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="339"/>
        <source>%1 possible duplicates to review</source>
        <translation>%1 posibles duplicados por revisar</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="348"/>
        <location filename="../../ui/import_export/import_dialog.py" line="359"/>
        <source>Save errors</source>
        <translation>Guardar errores</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="349"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="360"/>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="374"/>
        <source>Import undone: %1 records removed, %2 restored.</source>
        <translation>Importación deshecha: %1 registros eliminados, %2 restaurados.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="379"/>
        <source>The import could not be undone: %1</source>
        <translation>No se pudo deshacer la importación: %1</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="12"/>
        <source>Add to notes</source>
        <translation>Añadir a las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="12"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="13"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="13"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="13"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="14"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="14"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="14"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="14"/>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="15"/>
        <source>Years of experience</source>
        <translation>Años de experiencia</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="15"/>
        <source>Current salary</source>
        <translation>Salario actual</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="16"/>
        <source>Expected salary</source>
        <translation>Salario deseado</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="16"/>
        <source>Expected salary (max)</source>
        <translation>Salario deseado (máx.)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="17"/>
        <source>Notice period (days)</source>
        <translation>Preaviso (días)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="17"/>
        <source>LinkedIn / profile URL</source>
        <translation>LinkedIn / URL del perfil</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="18"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="18"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="18"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="18"/>
        <source>Current title</source>
        <translation>Puesto actual</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="19"/>
        <source>Current company</source>
        <translation>Empresa actual</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="19"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="19"/>
        <source>Available from</source>
        <translation>Disponible desde</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="20"/>
        <source>Date added</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="20"/>
        <source>Seniority</source>
        <translation>Seniority</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="20"/>
        <source>English level</source>
        <translation>Nivel de inglés</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="21"/>
        <source>Remote preference</source>
        <translation>Preferencia de teletrabajo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="21"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="22"/>
        <source>Lawful basis</source>
        <translation>Base legal</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="23"/>
        <source>Consent date</source>
        <translation>Fecha de consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="24"/>
        <source>Consent evidence</source>
        <translation>Prueba del consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="25"/>
        <source>Retention until</source>
        <translation>Conservar hasta</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="26"/>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="22"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="22"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="22"/>
        <source>Title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="22"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="23"/>
        <source>Remote policy</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="23"/>
        <source>Salary band</source>
        <translation>Banda salarial</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="24"/>
        <source>Salary from</source>
        <translation>Salario desde</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="25"/>
        <source>Required skills</source>
        <translation>Skills requeridas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="25"/>
        <source>Salary to</source>
        <translation>Salario hasta</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="26"/>
        <source>Nice-to-have skills</source>
        <translation>Skills deseables</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="26"/>
        <source>Openings</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="26"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="27"/>
        <source>Fee %</source>
        <translation>Fee %</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="27"/>
        <source>Opened on</source>
        <translation>Fecha de apertura</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="27"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="28"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="28"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="28"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <location filename="../../ui/import_export/models.py" line="169"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="169"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="169"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="169"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="169"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="177"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="177"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="177"/>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../ui/import_export/models.py" line="50"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="50"/>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="50"/>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="63"/>
        <source>(no header)</source>
        <translation>(sin cabecera)</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/import_export/models.py" line="134"/>
        <source>Rejected: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
</context>
</TS>

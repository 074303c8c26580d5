<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="60"/>
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="70"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="71"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="72"/>
        <source>Blind report (candidates by reference, no names or employer)</source>
        <translation>Informe ciego (candidatos por referencia, sin nombres ni empresa)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="73"/>
        <source>Include contact details (email, phone, profiles)</source>
        <translation>Incluir datos de contacto (email, teléfono, perfiles)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="79"/>
        <source>All fields</source>
        <translation>Todos los campos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="81"/>
        <source>Where to save the .xlsx file</source>
        <translation>Dónde guardar el archivo .xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="82"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="88"/>
        <source>Report:</source>
        <translation>Informe:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="89"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="93"/>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="98"/>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="114"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="116"/>
        <source>Cancel export</source>
        <translation>Cancelar exportación</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="118"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="120"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="150"/>
        <source>Shortlist for this role</source>
        <translation>Informe de candidatos de esta posición</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="152"/>
        <source>Progress report for the client</source>
        <translation>Informe de avance para el cliente</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="154"/>
        <source>Candidate list (for your own use)</source>
        <translation>Lista de candidatos (uso interno)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="162"/>
        <source>Column in the file: %1</source>
        <translation>Columna en el archivo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="214"/>
        <source>Preview of the first rows. Rows in the file: %1. Columns: %2.</source>
        <translation>Vista previa de las primeras filas. Filas en el archivo: %1. Columnas: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="242"/>
        <source>Shortlist</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="242"/>
        <source>Progress report</source>
        <translation>Informe de avance</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="243"/>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="268"/>
        <source>Save the Excel file</source>
        <translation>Guardar el archivo Excel</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="269"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="276"/>
        <source>Choose where to save the file first.</source>
        <translation>Elige primero dónde guardar el archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="308"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="324"/>
        <source>Saved %1 (%2 candidates).</source>
        <translation>Guardado %1 (%2 candidatos).</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="327"/>
        <source>%1 texts were longer than Excel allows (32,767 characters); they end with a note saying so.</source>
        <translation>%1 textos superaban el máximo de Excel (32.767 caracteres); terminan con una nota que lo indica.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="335"/>
        <source>The export failed: %1. Any previous file was left as it was.</source>
        <translation>La exportación ha fallado: %1. El archivo anterior, si existía, no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/export_dialog.py" line="340"/>
        <source>Export cancelled. Any previous file was left as it was.</source>
        <translation>Exportación cancelada. El archivo anterior, si existía, no se ha modificado.</translation>
    </message>
</context>
</TS>

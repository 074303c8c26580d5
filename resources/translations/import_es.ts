<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DuplicateReviewDialog</name>
    <message>
        <location filename="../../ui/import_export/duplicate_review.py" line="59"/>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/duplicate_review.py" line="73"/>
        <source>Keep both</source>
        <translation>Mantener los dos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/duplicate_review.py" line="76"/>
        <source>Same person: merge</source>
        <translation>Es la misma persona: fusionar</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/duplicate_review.py" line="78"/>
        <source>The record this row created goes into the other: its empty fields are filled, its skills added, and contacts that differ are kept in its notes. Then the imported record is deleted.</source>
        <translation>El registro que creó esta fila pasa al otro: se rellenan sus campos vacíos, se añaden sus habilidades y los contactos distintos se guardan en sus notas. Después se borra el registro importado.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/duplicate_review.py" line="84"/>
        <source>One of the two records no longer exists (deleted, merged, or the import was undone).</source>
        <translation>Uno de los dos registros ya no existe (borrado, fusionado o se deshizo la importación).</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/duplicate_review.py" line="130"/>
        <source>Row %1 of the file: %2. Compare the two records; if they are the same person, merge them.</source>
        <translation>Fila %1 del archivo: %2. Compare los dos registros; si son la misma persona, fusiónelos.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/duplicate_review.py" line="134"/>
        <location filename="../../ui/import_export/duplicate_review.py" line="138"/>
        <source>Imported from row %1</source>
        <translation>Importado de la fila %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/duplicate_review.py" line="136"/>
        <source>Already in the database (candidate %1)</source>
        <translation>Ya en la base de datos (candidato %1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/duplicate_review.py" line="159"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/duplicate_review.py" line="159"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/duplicate_review.py" line="183"/>
        <source>Merge the two records</source>
        <translation>Fusionar los dos registros</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/duplicate_review.py" line="184"/>
        <source>Merge %1 (row %2) into %3 (%4)? The imported record is deleted once its details are in the other, and the import can no longer be undone as a whole.</source>
        <translation>¿Fusionar a %1 (fila %2) con %3 (%4)? El registro importado se borra cuando sus datos estén en el otro, y la importación ya no se podrá deshacer entera.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/duplicate_review.py" line="186"/>
        <location filename="../../ui/import_export/duplicate_review.py" line="187"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/duplicate_review.py" line="201"/>
        <source>Merged from candidate %1:</source>
        <translation>Fusionado desde el candidato %1:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/duplicate_review.py" line="215"/>
        <source>Merging…</source>
        <translation>Fusionando…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/duplicate_review.py" line="225"/>
        <source>Not merged: one of the records was changed since this window opened. Close it and compare them again.</source>
        <translation>No se fusionó: uno de los registros cambió desde que se abrió esta ventana. Ciérrela y vuelva a compararlos.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/duplicate_review.py" line="227"/>
        <source>Not merged: one of the two records no longer exists.</source>
        <translation>No se fusionó: uno de los dos registros ya no existe.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/duplicate_review.py" line="228"/>
        <source>Not merged: the imported record has applications, activities or files of its own. Open both and merge them by hand.</source>
        <translation>No se fusionó: el registro importado tiene candidaturas, actividades o archivos propios. Abra los dos y fusiónelos a mano.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/duplicate_review.py" line="238"/>
        <source>Not merged: %1</source>
        <translation>No se fusionó: %1</translation>
    </message>
</context>
<context>
    <name>FileChoice</name>
    <message>
        <location filename="../../ui/import_export/file_choice.py" line="44"/>
        <source>Import a spreadsheet</source>
        <translation>Importar una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/file_choice.py" line="45"/>
        <source>Spreadsheets (%1);;All files (*)</source>
        <translation>Hojas de cálculo (%1);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="78"/>
        <source>Import a spreadsheet</source>
        <translation>Importar una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="99"/>
        <source>Choose an .xlsx or .csv file</source>
        <translation>Elija un archivo .xlsx o .csv</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="101"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="107"/>
        <location filename="../../ui/import_export/wording.py" line="225"/>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="107"/>
        <location filename="../../ui/import_export/wording.py" line="226"/>
        <source>Roles and clients</source>
        <translation>Vacantes y clientes</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="108"/>
        <source>Pipeline (applications)</source>
        <translation>Procesos (candidaturas)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/choices.py" line="31"/>
        <source>Fill empty fields and add new skills</source>
        <translation>Completar los campos vacíos y añadir las habilidades nuevas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/choices.py" line="32"/>
        <source>Leave them as they are</source>
        <translation>Dejar como están</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/choices.py" line="33"/>
        <source>Replace with the file&apos;s values</source>
        <translation>Sustituir por los valores del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="147"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="120"/>
        <source>Import:</source>
        <translation>Importar:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="121"/>
        <source>Sheet:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/choices.py" line="30"/>
        <source>People already in the database:</source>
        <translation>Personas que ya están en la base de datos:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="128"/>
        <source>Day/month/year (31/12/2026)</source>
        <translation>Día/mes/año (31/12/2026)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="122"/>
        <source>Rows that name no role are for:</source>
        <translation>Las filas sin vacante son de:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="100"/>
        <source>File to import</source>
        <translation>Archivo que se importa</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="129"/>
        <source>Month/day/year (12/31/2026)</source>
        <translation>Mes/día/año (12/31/2026)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="131"/>
        <source>Dates in the file:</source>
        <translation>Fechas en el archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="134"/>
        <source>Give each row the value of cells merged over it</source>
        <translation>Dar a cada fila el valor de las celdas combinadas sobre ella</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="135"/>
        <source>A client, city or candidate merged over several rows is repeated on each of them. Otherwise only the first row gets it and the others are left empty, with a warning.</source>
        <translation>Un cliente, ciudad o candidato combinado sobre varias filas se repite en cada una. Si no, solo lo recibe la primera fila y las demás quedan vacías, con un aviso.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="175"/>
        <source>Columns of the file and what each is imported as</source>
        <translation>Columnas del archivo y cómo se importa cada una</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="176"/>
        <source>The first rows as they will be stored</source>
        <translation>Las primeras filas tal como se guardarán</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="180"/>
        <source>Columns and what they are imported as:</source>
        <translation>Columnas y cómo se importan:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="185"/>
        <source>The first rows as they will be stored:</source>
        <translation>Las primeras filas tal como se guardarán:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="191"/>
        <source>Check without importing</source>
        <translation>Comprobar sin importar</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="193"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="197"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="222"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="224"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="357"/>
        <source>The preview could not be shown: %1</source>
        <translation>No se pudo mostrar la vista previa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="510"/>
        <source>The import failed: %1</source>
        <translation>La importación falló: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="554"/>
        <source>Close the import?</source>
        <translation>¿Cerrar la importación?</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="555"/>
        <source>The changes you made to the columns&apos; mapping are lost if you close. Close anyway?</source>
        <translation>Los cambios que hizo en cómo se importan las columnas se pierden si cierra. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/undo_question.py" line="14"/>
        <source>Undo import</source>
        <translation>Deshacer la importación</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="260"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="435"/>
        <source>None of the first rows would be imported: each says why below. Check the sheet, what it imports and the columns.</source>
        <translation>Ninguna de las primeras filas se importaría: cada una dice por qué abajo. Revise la hoja, qué se importa y las columnas.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="485"/>
        <source>Saving the import; it can no longer be cancelled…</source>
        <translation>Guardando la importación; ya no se puede cancelar…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="198"/>
        <source>Header found on rows %1 and %2.</source>
        <translation>Cabecera encontrada en las filas %1 y %2.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="201"/>
        <source>Header found on row %1.</source>
        <translation>Cabecera encontrada en la fila %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="204"/>
        <source>Its dates are written month first (12/31/2026).</source>
        <translation>Sus fechas se escriben con el mes primero (12/31/2026).</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="206"/>
        <source>Some cells are merged over several rows: choose whether each row gets their value.</source>
        <translation>Algunas celdas están combinadas sobre varias filas: elija si cada fila recibe su valor.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="209"/>
        <source>The mapping you used last time for these columns was applied.</source>
        <translation>Se ha aplicado la correspondencia que usó la última vez para estas columnas.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="212"/>
        <source>“%1”: %2.</source>
        <translation>«%1»: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/choices.py" line="47"/>
        <source>None: each row names its role</source>
        <translation>Ninguna: cada fila dice su vacante</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="342"/>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/choices.py" line="25"/>
        <source>Applications already in the database:</source>
        <translation>Candidaturas que ya están en la base de datos:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/choices.py" line="26"/>
        <source>Move them to the file&apos;s stage</source>
        <translation>Moverlas a la etapa del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/choices.py" line="27"/>
        <source>Leave them where they are</source>
        <translation>Dejarlas donde están</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/choices.py" line="29"/>
        <source>Roles already in the database:</source>
        <translation>Vacantes que ya están en la base de datos:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="431"/>
        <source>This sheet has no column naming the role (a reference or a title): choose the role its rows are for.</source>
        <translation>Esta hoja no tiene ninguna columna que diga la vacante (una referencia o un puesto): elija la vacante de sus filas.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="151"/>
        <source>%1 is given by %2: the value of “%3” is stored; a different value of the others fills it when empty, or is kept in the notes.</source>
        <translation>%1 viene de %2: se guarda el valor de «%3»; si otra de ellas trae un valor distinto, rellena el campo cuando está vacío o se conserva en las notas.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="155"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="467"/>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="467"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="470"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="114"/>
        <source>Saving the changes: %1 of %2</source>
        <translation>Guardando los cambios: %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_export/import_dialog.py" line="490"/>
        <source>about %Ln s left</source>
        <translation>
            <numerusform>queda %Ln s</numerusform>
            <numerusform>quedan unos %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="498"/>
        <source>Too late to cancel: the import is being saved. Its report will offer to undo it…</source>
        <translation>Demasiado tarde para cancelar: la importación se está guardando. Su informe ofrecerá deshacerla…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="499"/>
        <source>Cancelling; nothing will be saved…</source>
        <translation>Cancelando; no se guardará nada…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="504"/>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>Se canceló la importación; no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="510"/>
        <source>The import failed and nothing was saved: %1</source>
        <translation>La importación falló y no se ha guardado nada: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="58"/>
        <source>Check of %1 (nothing was saved):</source>
        <translation>Comprobación de %1 (no se ha guardado nada):</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="59"/>
        <source>Imported %1:</source>
        <translation>Importado %1:</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="62"/>
        <source>(sheet %1)</source>
        <translation>(hoja %1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="65"/>
        <source>%1 created</source>
        <translation>%1 creados</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="65"/>
        <source>1 created</source>
        <translation>1 creado</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="66"/>
        <source>%1 updated</source>
        <translation>%1 actualizados</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="66"/>
        <source>1 updated</source>
        <translation>1 actualizado</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="67"/>
        <source>%1 skipped</source>
        <translation>%1 omitidos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="67"/>
        <source>1 skipped</source>
        <translation>1 omitido</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="48"/>
        <source>1 duplicate in the file merged</source>
        <translation>1 duplicado del archivo fusionado</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="49"/>
        <source>%1 duplicates in the file merged</source>
        <translation>%1 duplicados del archivo fusionados</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="71"/>
        <source>%1 rejected</source>
        <translation>%1 rechazados</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="148"/>
        <source>%1 is given by %2: the first of them holding a value is stored; a different value of the others is kept in the role&apos;s description.</source>
        <translation>%1 viene de %2: se guarda la primera que tenga un valor; si otra trae un valor distinto, se conserva en la descripción de la vacante.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="70"/>
        <source>1 rejected</source>
        <translation>1 rechazado</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="73"/>
        <source>%1 warnings</source>
        <translation>%1 avisos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="72"/>
        <source>1 warning</source>
        <translation>1 aviso</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="26"/>
        <source>1 record removed</source>
        <translation>1 registro eliminado</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="27"/>
        <source>%1 records removed</source>
        <translation>%1 registros eliminados</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="28"/>
        <source>1 restored</source>
        <translation>1 restaurado</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="29"/>
        <source>%1 restored</source>
        <translation>%1 restaurados</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="30"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="32"/>
        <source>1 record kept (a later import names it)</source>
        <translation>1 registro conservado (una importación posterior lo nombra)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="33"/>
        <source>%1 records kept (later imports name them)</source>
        <translation>%1 registros conservados (importaciones posteriores los nombran)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="51"/>
        <source>1 more step of the same application</source>
        <translation>1 paso más de la misma candidatura</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="52"/>
        <source>%1 more steps of the same applications</source>
        <translation>%1 pasos más de las mismas candidaturas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="74"/>
        <source>1 possible duplicate to review</source>
        <translation>1 posible duplicado por revisar</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="75"/>
        <source>%1 possible duplicates to review</source>
        <translation>%1 posibles duplicados por revisar</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_dialog.py" line="527"/>
        <location filename="../../ui/import_export/wording.py" line="251"/>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="216"/>
        <source>The sheet has a header row but no data below it: there is nothing to import.</source>
        <translation>La hoja tiene una fila de encabezados pero ningún dato debajo: no hay nada que importar.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="123"/>
        <location filename="../../ui/import_export/wording.py" line="126"/>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 filas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="34"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="79"/>
        <source>Only the first issues of each kind were kept with the import, and are listed below: %1.</source>
        <translation>Con la importación solo se guardaron las primeras incidencias de cada tipo, que se listan abajo: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="88"/>
        <source>%1 of %2 rejected rows</source>
        <translation>%1 de %2 filas rechazadas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="89"/>
        <source>%1 of %2 warnings</source>
        <translation>%1 de %2 avisos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="90"/>
        <source>%1 of %2 possible duplicates</source>
        <translation>%1 de %2 posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="98"/>
        <source>This workbook holds only the first issues of each kind, as they were kept with the import: %1. The others were not kept.</source>
        <translation>Este libro solo contiene las primeras incidencias de cada tipo, tal como se guardaron con la importación: %1. Las demás no se guardaron.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="129"/>
        <source>%1 rows/s</source>
        <translation>%1 filas/s</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="164"/>
        <source>These columns look like a pipeline (a candidate, a role and a stage on each row), so the rows are read as applications. If they are not, choose what they are under “Import”.</source>
        <translation>Estas columnas parecen un seguimiento de procesos (un candidato, una vacante y una fase en cada fila), así que las filas se leen como candidaturas. Si no lo son, elija qué son en «Importar».</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="169"/>
        <source>These columns look like a list of roles (a title with its client or reference), so the rows are read as roles. If they are not, choose what they are under “Import”.</source>
        <translation>Estas columnas parecen una lista de vacantes (un puesto con su cliente o referencia), así que las filas se leen como vacantes. Si no lo son, elija qué son en «Importar».</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="172"/>
        <source>These columns look like a list of candidates, so the rows are read as people. If they are not, choose what they are under “Import”.</source>
        <translation>Estas columnas parecen una lista de candidatos, así que las filas se leen como personas. Si no lo son, elija qué son en «Importar».</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="180"/>
        <source>They could also be a list of candidates (a city or a source describes people): if so, choose “Candidates” under “Import”.</source>
        <translation>También podrían ser una lista de candidatos (una ciudad o una fuente describen personas): si es así, elija «Candidatos» en «Importar».</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="184"/>
        <source>These columns could also be a pipeline (a role, a stage and its date on each row): the rows are read as candidates. To record the applications, choose “Pipeline (applications)” under “Import”.</source>
        <translation>Estas columnas también podrían ser un seguimiento de procesos (una vacante, una fase y su fecha en cada fila): las filas se leen como candidatos. Para registrar las candidaturas, elija «Procesos (candidaturas)» en «Importar».</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="188"/>
        <source>These columns could also be a list of roles (a title with its client or reference): the rows are read as candidates. To import roles, choose “Roles and clients” under “Import”.</source>
        <translation>Estas columnas también podrían ser una lista de vacantes (un puesto con su cliente o referencia): las filas se leen como candidatos. Para importar vacantes, elija «Vacantes y clientes» en «Importar».</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="226"/>
        <source>Pipeline</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="227"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="229"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="232"/>
        <source>none: a check, nothing was saved</source>
        <translation>ninguna: una comprobación, no se guardó nada</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="234"/>
        <source>none: nothing was saved</source>
        <translation>ninguna: no se guardó nada</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="235"/>
        <source>Imported as</source>
        <translation>Importado como</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="236"/>
        <source>Import number</source>
        <translation>Número de importación</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="237"/>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="238"/>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="239"/>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="240"/>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="241"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="242"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="252"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="252"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="253"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="254"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="255"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/wording.py" line="260"/>
        <source>About this import</source>
        <translation>Sobre esta importación</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/undo_question.py" line="15"/>
        <source>Undo the import of %1? What it created is deleted and what it changed is put back as it was before.</source>
        <translation>¿Deshacer la importación de %1? Lo que creó se borra y lo que cambió vuelve a estar como antes.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="15"/>
        <source>Add to the description</source>
        <translation>Añadir a la descripción</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="17"/>
        <source>Role title</source>
        <translation>Puesto de la vacante</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="19"/>
        <source>Day its stage was reached</source>
        <translation>Día en que se alcanzó su fase</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="21"/>
        <source>Candidate surname</source>
        <translation>Apellidos del candidato</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="23"/>
        <source>Application status</source>
        <translation>Estado de la candidatura</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="25"/>
        <source>Role location</source>
        <translation>Ubicación de la vacante</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="27"/>
        <source>Candidate name</source>
        <translation>Nombre del candidato</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="29"/>
        <source>Add to notes</source>
        <translation>Añadir a las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="29"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="30"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="30"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="30"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="31"/>
        <source>Second surname</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="32"/>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="33"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="33"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="33"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="33"/>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="34"/>
        <source>Years of experience</source>
        <translation>Años de experiencia</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="34"/>
        <source>Current salary</source>
        <translation>Salario actual</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="35"/>
        <source>Expected salary</source>
        <translation>Salario deseado</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="35"/>
        <source>Expected salary (max)</source>
        <translation>Salario deseado (máx.)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="36"/>
        <source>Notice period (days)</source>
        <translation>Preaviso (días)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="36"/>
        <source>LinkedIn / profile URL</source>
        <translation>LinkedIn / URL del perfil</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="37"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="37"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="37"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="37"/>
        <source>Current title</source>
        <translation>Puesto actual</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="38"/>
        <source>Current company</source>
        <translation>Empresa actual</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="38"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="38"/>
        <source>Available from</source>
        <translation>Disponible desde</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="39"/>
        <source>Date added</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="39"/>
        <source>Seniority</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="39"/>
        <source>English level</source>
        <translation>Nivel de inglés</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="40"/>
        <source>Languages (to notes, with the English level)</source>
        <translation>Idiomas (a notas, con el nivel de inglés)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="41"/>
        <source>Remote preference</source>
        <translation>Preferencia de teletrabajo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="41"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="42"/>
        <source>Lawful basis</source>
        <translation>Base legal</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="43"/>
        <source>Consent date</source>
        <translation>Fecha de consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="44"/>
        <source>Consent evidence</source>
        <translation>Prueba del consentimiento</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="45"/>
        <source>Retention until</source>
        <translation>Conservar hasta</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="46"/>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="47"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="48"/>
        <source>Last updated</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="49"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="49"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="49"/>
        <source>Title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="49"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="50"/>
        <source>Remote policy</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="50"/>
        <source>Salary band</source>
        <translation>Banda salarial</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="51"/>
        <source>Salary from</source>
        <translation>Salario desde</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="52"/>
        <source>Required skills</source>
        <translation>Tecnologías obligatorias</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="52"/>
        <source>Salary to</source>
        <translation>Salario hasta</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="53"/>
        <source>Nice-to-have skills</source>
        <translation>Tecnologías deseables</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="53"/>
        <source>Openings</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="53"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="54"/>
        <source>Fee %</source>
        <translation>Fee %</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="54"/>
        <source>Opened on</source>
        <translation>Fecha de apertura</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="56"/>
        <source>Client contact</source>
        <translation>Contacto en el cliente</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="57"/>
        <source>Contact&apos;s email</source>
        <translation>Email del contacto</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="58"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="60"/>
        <source>Stage now</source>
        <translation>Fase actual</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="61"/>
        <source>Applied on</source>
        <translation>Fecha de inscripción</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="62"/>
        <source>Rejection reason</source>
        <translation>Motivo de descarte</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="63"/>
        <source>Rejected on</source>
        <translation>Fecha de descarte</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="55"/>
        <source>Closed on</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="58"/>
        <source>Contact&apos;s phone</source>
        <translation>Teléfono del contacto</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="59"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="59"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/field_labels.py" line="59"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="37"/>
        <source>Import history</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="53"/>
        <source>Undo import…</source>
        <translation>Deshacer la importación…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="54"/>
        <source>Delete what the selected import created and put back what it changed</source>
        <translation>Borrar lo que creó la importación elegida y devolver lo que cambió a como estaba</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="57"/>
        <source>Show report…</source>
        <translation>Ver el informe…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="58"/>
        <source>The rejected rows, warnings and possible duplicates of the selected import, to go through again</source>
        <translation>Las filas rechazadas, los avisos y los posibles duplicados de la importación elegida, para revisarlos de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="63"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="76"/>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="76"/>
        <source>Roles and clients</source>
        <translation>Vacantes y clientes</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="77"/>
        <source>Pipeline</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="78"/>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="78"/>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="81"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="83"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="84"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="85"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="86"/>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="87"/>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="88"/>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="89"/>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="90"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="91"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="101"/>
        <source>No imports yet.</source>
        <translation>Todavía no hay importaciones.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="140"/>
        <source>Undoing the import of %1…</source>
        <translation>Deshaciendo la importación de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="150"/>
        <source>Import of %1 undone: %2.</source>
        <translation>Importación de %1 deshecha: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/import_history.py" line="156"/>
        <source>Not undone: %1</source>
        <translation>No se deshizo: %1</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="29"/>
        <source>no amount given (to be agreed)</source>
        <translation>no indica una cantidad (a convenir)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="31"/>
        <source>the cell holds an Excel error; left empty</source>
        <translation>la celda contiene un error de Excel; se deja vacía</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="32"/>
        <source>a formula whose result the file does not hold (it was never calculated in Excel); left empty: open and save the file in Excel, then import it again</source>
        <translation>una fórmula cuyo resultado no está guardado en el archivo (nunca se calculó en Excel); se deja vacía: abra y guarde el archivo en Excel y vuelva a importarlo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="34"/>
        <source>a formula whose result the file does not hold (it was never calculated in Excel); the formula is kept in the notes: open and save the file in Excel, then import it again</source>
        <translation>una fórmula cuyo resultado no está guardado en el archivo (nunca se calculó en Excel); la fórmula se guarda en las notas: abra y guarde el archivo en Excel y vuelva a importarlo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="37"/>
        <source>part of the merged cells {ref}, whose value is in their first cell only; left empty</source>
        <translation>forma parte de las celdas combinadas {ref}, cuyo valor está solo en la primera de ellas; se deja vacía</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="39"/>
        <source>part of the merged cells {ref}, whose value is in row {row} only; left empty</source>
        <translation>forma parte de las celdas combinadas {ref}, cuyo valor está solo en la fila {row}; se deja vacía</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="41"/>
        <source>not an amount</source>
        <translation>no es una cantidad</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="42"/>
        <source>not a plausible yearly salary</source>
        <translation>no parece un salario anual</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="43"/>
        <source>a monthly amount, not a yearly salary</source>
        <translation>una cantidad mensual, no un salario anual</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="44"/>
        <source>only a maximum, not the salary itself</source>
        <translation>solo un máximo, no el salario en sí</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="45"/>
        <source>not a valid date as day/month/year; the file may write month/day/year: choose that order for its dates</source>
        <translation>no es una fecha válida como día/mes/año; puede que el archivo escriba mes/día/año: elija ese orden para sus fechas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="47"/>
        <source>not a valid date as month/day/year; the file may write day/month/year: choose that order for its dates</source>
        <translation>no es una fecha válida como mes/día/año; puede que el archivo escriba día/mes/año: elija ese orden para sus fechas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="49"/>
        <source>a sentence among the skills: the skills are kept, and the cell in the notes</source>
        <translation>una frase entre las habilidades: se guardan las habilidades y la celda entera en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="51"/>
        <source>a sentence among the skills</source>
        <translation>una frase entre las habilidades</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="52"/>
        <source>a number among the skills: the skills are kept, and the cell in the notes</source>
        <translation>un número entre las habilidades: se guardan las habilidades y la celda entera en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="54"/>
        <source>a number among the skills</source>
        <translation>un número entre las habilidades</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="55"/>
        <source>more than one phone number: the first is stored, the cell is kept in the notes</source>
        <translation>más de un número de teléfono: se guarda el primero y la celda entera en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="57"/>
        <source>this {how} is candidate {other}&apos;s, and the row is candidate {this} (found by another of its details); not given to it, kept in the notes</source>
        <translation>este {how} es del candidato {other}, y la fila es el candidato {this} (encontrado por otro de sus datos); no se le asigna y se conserva en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="60"/>
        <source>already in the database as candidate {id} (same {how}): fills its empty fields and adds skills</source>
        <translation>ya está en la base de datos como candidato {id} (mismo {how}): se rellenan sus campos vacíos y se añaden las habilidades</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="62"/>
        <source>already in the database as candidate {id} (same {how}): skipped</source>
        <translation>ya está en la base de datos como candidato {id} (mismo {how}): se omite</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="63"/>
        <source>already in the database as candidate {id} (same {how}): its values are replaced by the row&apos;s</source>
        <translation>ya está en la base de datos como candidato {id} (mismo {how}): sus valores se sustituyen por los de la fila</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="65"/>
        <source>a range: its lower end is stored, the cell is kept in the notes</source>
        <translation>un intervalo: se guarda el extremo inferior y la celda entera en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="66"/>
        <source>a range: its longer end is stored (the wait to plan for), the cell is kept in the notes</source>
        <translation>un intervalo: se guarda el extremo más largo (la espera que hay que prever) y la celda entera en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="68"/>
        <source>a notice period with a remark: the period is stored, the cell is kept in the notes</source>
        <translation>un preaviso con un comentario: se guarda el preaviso y la celda se conserva en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="70"/>
        <source>more than an email address: the address is stored, the cell is kept in the notes</source>
        <translation>más que una dirección de correo: se guarda la dirección y la celda entera en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="71"/>
        <source>more than a phone number: the number is stored, the cell is kept in the notes</source>
        <translation>más que un número de teléfono: se guarda el número y la celda entera en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="72"/>
        <source>a status with a remark: the status is stored, the cell is kept in the description</source>
        <translation>un estado con un comentario: se guarda el estado, y la celda en la descripción</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="74"/>
        <source>a salary band with a remark: the band is stored, the cell is kept in the description</source>
        <translation>una banda salarial con un comentario: se guarda la banda, y la celda en la descripción</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="76"/>
        <source>the salary from is above the salary to: the two are stored the other way round</source>
        <translation>el salario desde es mayor que el salario hasta: se guardan al revés</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="78"/>
        <source>not a contact person (a name, or an email)</source>
        <translation>no es una persona de contacto (un nombre o un email)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="79"/>
        <source>an amount with a remark: the amount is stored, the cell is kept in the notes</source>
        <translation>una cantidad con un comentario: se guarda la cantidad, y la celda en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="81"/>
        <source>more than one email address: the first is stored, the cell is kept in the notes</source>
        <translation>más de una dirección de correo: se guarda la primera y la celda entera en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="83"/>
        <source>not a notice period (e.g. &apos;15 días&apos;, &apos;1 mes&apos;, &apos;2 weeks&apos;)</source>
        <translation>no es un plazo de preaviso (p. ej. «15 días», «1 mes», «2 semanas»)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="84"/>
        <source>notice period longer than two years</source>
        <translation>preaviso de más de dos años</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="85"/>
        <source>not a number of years</source>
        <translation>no es un número de años</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="86"/>
        <source>not a person&apos;s name (it holds a number or a date)</source>
        <translation>no es el nombre de una persona (contiene un número o una fecha)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="87"/>
        <source>the role {reference} is a role of {client}; its client is not changed</source>
        <translation>la vacante {reference} es de {client}; no se le cambia el cliente</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="88"/>
        <source>not a plausible number of years</source>
        <translation>no es un número de años creíble</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="89"/>
        <source>a time, not a date</source>
        <translation>es una hora, no una fecha</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="90"/>
        <source>not a valid date</source>
        <translation>no es una fecha válida</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="91"/>
        <source>not a date (use dd/mm/yyyy)</source>
        <translation>no es una fecha (use dd/mm/aaaa)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="92"/>
        <source>not a date</source>
        <translation>no es una fecha</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="93"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="94"/>
        <source>not a valid email address</source>
        <translation>no es una dirección de correo válida</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="95"/>
        <source>not a phone number</source>
        <translation>no es un número de teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="96"/>
        <source>a placeholder, not a phone number</source>
        <translation>un número de relleno, no un teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="97"/>
        <source>read as a Spanish number; the row says {country}, where it would be {other}: if that is it, write it with its country code</source>
        <translation>leído como número español; la fila dice {country}, donde sería {other}: si es ese, escríbalo con su prefijo de país</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="99"/>
        <source>not a web address</source>
        <translation>no es una dirección web</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="100"/>
        <source>not a seniority ({choices})</source>
        <translation>no es un nivel ({choices})</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="101"/>
        <source>not a work mode ({choices})</source>
        <translation>no es una modalidad de trabajo ({choices})</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="102"/>
        <source>not a candidate status ({choices})</source>
        <translation>no es un estado de candidato ({choices})</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="103"/>
        <source>a stage of a selection process, not a candidate status (import the pipeline to record it against its role)</source>
        <translation>una etapa de un proceso de selección, no un estado del candidato (importe los procesos para registrarla en su vacante)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="105"/>
        <source>not a lawful basis ({choices})</source>
        <translation>no es una base legal ({choices})</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="106"/>
        <source>not a country</source>
        <translation>no es un país</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="107"/>
        <source>not an English level (A1 to C2)</source>
        <translation>no es un nivel de inglés (de A1 a C2)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="108"/>
        <source>longer than {limit} characters</source>
        <translation>más de {limit} caracteres</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="109"/>
        <source>not a role status ({choices})</source>
        <translation>no es un estado de vacante ({choices})</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="110"/>
        <source>not a percentage</source>
        <translation>no es un porcentaje</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="111"/>
        <source>not a percentage between 0 and 100</source>
        <translation>no es un porcentaje entre 0 y 100</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="112"/>
        <source>not a number of openings</source>
        <translation>no es un número de plazas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="113"/>
        <source>not a known stage ({choices})</source>
        <translation>no es una etapa conocida ({choices})</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="114"/>
        <source>the row gives no stage</source>
        <translation>la fila no indica ninguna etapa</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="115"/>
        <source>the words after &apos;{words}&apos; may change which stage it is; write the stage alone, and the rest in the comment</source>
        <translation>las palabras que siguen a «{words}» pueden cambiar de qué etapa se trata; escriba solo la etapa, y el resto en el comentario</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="118"/>
        <source>{problem}; kept in the notes as written</source>
        <translation>{problem}; se guarda tal cual en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="119"/>
        <source>{problem}; kept in the description</source>
        <translation>{problem}; se guarda en la descripción</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="120"/>
        <source>{problem}; today&apos;s date used</source>
        <translation>{problem}; se usa la fecha de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="122"/>
        <source>no date; dated as row {row}, the nearest dated row of the same application</source>
        <translation>sin fecha; toma la de la fila {row}, la fila con fecha más próxima de la misma candidatura</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="123"/>
        <source>{problem}; dated as row {row}, the nearest dated row of the same application</source>
        <translation>{problem}; toma la fecha de la fila {row}, la fila con fecha más próxima de la misma candidatura</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="124"/>
        <source>no date; dated as the row&apos;s {column}</source>
        <translation>sin fecha; toma la de «{column}» de la misma fila</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="125"/>
        <source>later than the day the row gives its stage ({column}); not recorded</source>
        <translation>posterior al día en que la fila sitúa su etapa ({column}); no se registra</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="126"/>
        <source>{problem}; dated as the row&apos;s {column}</source>
        <translation>{problem}; toma la fecha de «{column}» de la misma fila</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="127"/>
        <source>{problem}; dated as row {row}, the nearest dated row of the file</source>
        <translation>{problem}; toma la fecha de la fila {row}, la fila con fecha más próxima del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="128"/>
        <source>moved back from {stage}, reached the same day, as the file lists the day&apos;s rows: check their order</source>
        <translation>vuelve atrás desde {stage}, alcanzada el mismo día, en el orden en que el archivo da las filas del día: compruebe ese orden</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="130"/>
        <source>{problem}; the application has had this stage already: nothing changed</source>
        <translation>{problem}; la candidatura ya ha pasado por esta fase: no cambia nada</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="131"/>
        <source>{problem}; the application has had this stage already: the row&apos;s comment is added to it</source>
        <translation>{problem}; la candidatura ya ha pasado por esta fase: se le añade el comentario de la fila</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="133"/>
        <source>no date, nor any other row of the same application with one; today&apos;s date used</source>
        <translation>sin fecha, y ninguna otra fila de la misma candidatura la tiene; se usa la fecha de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="135"/>
        <source>{problem}; dated as the nearest dated row of the same application, else today</source>
        <translation>{problem}; toma la fecha de la fila con fecha más próxima de la misma candidatura o, si no la hay, la de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="137"/>
        <source>rows with no date, nor another row of the same application with one, dated today: {count}</source>
        <translation>filas sin fecha, y sin otra fila de la misma candidatura que la tenga, con la fecha de hoy: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="139"/>
        <source>{problem}; not recorded</source>
        <translation>{problem}; no se registra</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="141"/>
        <source>nothing identifies a person (no name, email, phone or profile URL)</source>
        <translation>nada identifica a una persona (ni nombre, ni email, ni teléfono, ni perfil)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="142"/>
        <source>this person was erased on request and is not imported again (use --include-erased to import them anyway)</source>
        <translation>esta persona se borró a petición suya y no se vuelve a importar (use --include-erased para importarla igualmente)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="144"/>
        <source>same person as row {row} (same {how}); skipped</source>
        <translation>la misma persona que la fila {row} (mismo {how}); omitida</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="145"/>
        <source>same person as row {row} (same {how}); merged into it</source>
        <translation>la misma persona que la fila {row} (mismo {how}); fusionada con ella</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="146"/>
        <source>same person as an earlier row (same {how}); skipped</source>
        <translation>la misma persona que una fila anterior (mismo {how}); omitida</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="147"/>
        <source>same person as an earlier row (same {how}); merged</source>
        <translation>la misma persona que una fila anterior (mismo {how}); fusionada</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="148"/>
        <source>this email belongs to another candidate; not changed</source>
        <translation>este email es de otro candidato; no se cambia</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="149"/>
        <source>already in the database as candidate {id} (same name and city, nothing new)</source>
        <translation>ya está en la base de datos como candidato {id} (mismo nombre y ciudad, nada nuevo)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="151"/>
        <source>same name and city as an existing candidate</source>
        <translation>mismo nombre y ciudad que un candidato existente</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="152"/>
        <source>same name and city as another row</source>
        <translation>mismo nombre y ciudad que otra fila</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="153"/>
        <source>similar name in the same city as an existing candidate</source>
        <translation>nombre parecido en la misma ciudad que un candidato existente</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="154"/>
        <source>similar name in the same city as another row</source>
        <translation>nombre parecido en la misma ciudad que otra fila</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="155"/>
        <source>the same web site as another row, under another name</source>
        <translation>la misma web que otra fila, con otro nombre</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="156"/>
        <source>the same phone as another row, under another name and email</source>
        <translation>el mismo teléfono que otra fila, con otro nombre y otro email</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="157"/>
        <source>asked not to be contacted: replaces {current}, whatever the policy</source>
        <translation>ha pedido que no se le contacte: sustituye a {current}, sea cual sea la opción elegida</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="158"/>
        <source>the person asked not to be contacted, which stays, whatever the policy: set the status by hand if they agreed to be contacted again</source>
        <translation>la persona pidió que no se le contactara, y así sigue, sea cual sea la opción elegida: cambie el estado a mano si ha aceptado que se le vuelva a contactar</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="160"/>
        <source>asked not to be contacted; the skip policy leaves the person as they were: set the status by hand</source>
        <translation>ha pedido que no se le contacte; la opción de omitir deja a la persona como estaba: cambie el estado a mano</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="162"/>
        <source>replaces {current}, every person&apos;s status until said otherwise (if this file is older, set it back)</source>
        <translation>sustituye a {current}, el estado de toda persona mientras no se diga otro (si este archivo es más antiguo, vuelva a ponerlo)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="164"/>
        <source>a title across the list (one cell merged over the row: a group of the list&apos;s rows); not imported</source>
        <translation>un título a lo ancho de la lista (una celda combinada sobre la fila: un grupo de filas de la lista); no se importa</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="166"/>
        <source>a summary under the list (a label with its count, not a person); not imported</source>
        <translation>un resumen bajo la lista (una etiqueta con su recuento, no una persona); no se importa</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="167"/>
        <source>{columns}: formulas whose results the file does not hold (it was never calculated in Excel), so these cells would be left empty: open and save the file in Excel, then import it</source>
        <translation>{columns}: fórmulas cuyo resultado el archivo no guarda (nunca se calculó en Excel), así que estas celdas quedarían vacías: abra el archivo en Excel, guárdelo e impórtelo después</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="170"/>
        <source>the totals row of an Excel table (counts, sums or averages of the columns above, not a person); not imported</source>
        <translation>la fila de totales de una tabla de Excel (recuentos, sumas o medias de las columnas de arriba, no una persona); no se importa</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="172"/>
        <source>{count} of the list&apos;s rows were hidden in Excel (by a filter, or hidden by hand); they were imported too</source>
        <translation>{count} filas de la lista estaban ocultas en Excel (por un filtro, u ocultadas a mano); también se importaron</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="174"/>
        <source>one of the list&apos;s rows was hidden in Excel (by a filter, or hidden by hand); it was imported too</source>
        <translation>una fila de la lista estaba oculta en Excel (por un filtro, u ocultada a mano); también se importó</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="176"/>
        <source>a separate block beside the list, after empty columns ({columns}: {names}), is not part of it (a lookup list, such as a drop-down&apos;s values); not imported</source>
        <translation>un bloque aparte junto a la lista, tras columnas vacías ({columns}: {names}), no forma parte de ella (una lista de valores, como la de un desplegable); no se importa</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="178"/>
        <source>the same phone as an existing candidate, under another name and email</source>
        <translation>el mismo teléfono que un candidato existente, con otro nombre y otro email</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="179"/>
        <source>the same web site as an existing candidate, under another name</source>
        <translation>la misma web que un candidato existente, con otro nombre</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="180"/>
        <source>the same name and web site as another row, with another email and phone</source>
        <translation>el mismo nombre y la misma web que otra fila, con otro email y otro teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="181"/>
        <source>the same name and web site as an existing candidate, with another email and phone</source>
        <translation>el mismo nombre y la misma web que un candidato existente, con otro email y otro teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="183"/>
        <source>the same reference as row {row}; skipped</source>
        <translation>la misma referencia que la fila {row}; omitida</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="184"/>
        <source>{reference} is written like the references of several roles ({references}); write it as one of them</source>
        <translation>{reference} se escribe como las referencias de varias vacantes ({references}); escríbala como una de ellas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="187"/>
        <source>the list&apos;s header again (a second block of the list); left out, the rows below read as before</source>
        <translation>la cabecera de la lista otra vez (un segundo bloque de la lista); se omite, las filas de debajo se leen como antes</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="189"/>
        <source>another list starts here ({names}); it and the rows below it were not imported</source>
        <translation>aquí empieza otra lista ({names}); ni ella ni las filas de debajo se importaron</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="191"/>
        <source>a title between blocks of the list (one cell, after a break); not imported</source>
        <translation>un título entre bloques de la lista (una celda, tras una separación); no se importa</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="192"/>
        <source>the list&apos;s header again, its columns in another order (a second block of the list); left out, the rows below read by it</source>
        <translation>la cabecera de la lista otra vez, con sus columnas en otro orden (un segundo bloque de la lista); se omite, las filas de debajo se leen según ella</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="194"/>
        <source>only this cell after a break, above more rows: imported as a person; if it is a title between blocks of the list, delete it</source>
        <translation>solo esta celda tras una separación, encima de más filas: se importa como persona; si es un título entre bloques de la lista, bórrela</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="196"/>
        <source>the same reference as row {row}, a role of {client}; a role has one client: not imported</source>
        <translation>la misma referencia que la fila {row}, una vacante de {client}; una vacante tiene un solo cliente: no se importa</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="198"/>
        <source>the reference {reference} is a role of {client} ({title}); a row naming another client does not change it: not imported</source>
        <translation>la referencia {reference} es una vacante de {client} ({title}); una fila de otro cliente no la cambia: no se importa</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="200"/>
        <source>the same client, title and location as row {row}; skipped</source>
        <translation>el mismo cliente, puesto y ubicación que la fila {row}; omitida</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="201"/>
        <source>a role needs a title</source>
        <translation>una vacante necesita un título</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="202"/>
        <source>a role needs a client</source>
        <translation>una vacante necesita un cliente</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="203"/>
        <source>a role needs a {field}</source>
        <translation>a la vacante le falta: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="204"/>
        <source>no valid candidate email</source>
        <translation>no hay un email de candidato válido</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="205"/>
        <source>no candidate with the email {email}; import the candidates first</source>
        <translation>no hay ningún candidato con el email {email}; importe antes los candidatos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="206"/>
        <source>more than one email address: the candidate is looked up by the first</source>
        <translation>más de una dirección de email: el candidato se busca por la primera</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="207"/>
        <source>no role with the reference {reference}; import the roles first</source>
        <translation>no hay ninguna vacante con la referencia {reference}; importe antes las vacantes</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="208"/>
        <source>no role with the reference {reference} among the roles in the database (a reference it had before? write its current one; or add the role)</source>
        <translation>ninguna de las vacantes de la base de datos tiene la referencia {reference} (¿una referencia anterior? escriba la actual; o añada la vacante)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="210"/>
        <source>no role titled {title} among the roles in the database (write the title as the role has it, or add the role)</source>
        <translation>ninguna de las vacantes de la base de datos tiene el puesto {title} (escriba el puesto como lo tiene la vacante, o añada la vacante)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="212"/>
        <source>no role titled {title} for the client {client} among the roles in the database (write the title as the role has it, or add the role)</source>
        <translation>ninguna de las vacantes de la base de datos tiene el puesto {title} para el cliente {client} (escriba el puesto como lo tiene la vacante, o añada la vacante)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="214"/>
        <source>no date, and the application is further on already ({stage}): not moved back</source>
        <translation>sin fecha, y la candidatura ya está más avanzada ({stage}): no se hace retroceder</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="216"/>
        <source>older than the application&apos;s current stage: added to its history, the stage is not changed</source>
        <translation>anterior a la etapa en que está ahora la candidatura: se añade a su historial, la etapa no cambia</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="218"/>
        <source>older than the application&apos;s current stage, and further on than the step after it ({stage}): not added to its history</source>
        <translation>anterior a la etapa en que está ahora la candidatura y más avanzada que el paso siguiente ({stage}): no se añade a su historial</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="220"/>
        <source>no candidate named {name}; import the candidates first</source>
        <translation>no hay ningún candidato llamado {name}; importe antes los candidatos</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="221"/>
        <source>more than one candidate named {name}; add a column with the email</source>
        <translation>hay más de un candidato llamado {name}; añada una columna con el email</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="222"/>
        <source>no role titled {title}; import the roles first</source>
        <translation>no hay ninguna vacante con el puesto {title}; importe antes las vacantes</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="223"/>
        <source>no role titled {title} for the client {client}; import the roles first</source>
        <translation>no hay ninguna vacante con el puesto {title} para el cliente {client}; importe antes las vacantes</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="224"/>
        <source>more than one open role titled {title} ({references}); add a column with the role reference</source>
        <translation>hay más de una vacante abierta con el puesto {title} ({references}); añada una columna con la referencia de la vacante</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="226"/>
        <source>the row names no role (its reference and title are empty)</source>
        <translation>la fila no dice ninguna vacante (la referencia y el puesto están vacíos)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="227"/>
        <source>a pause, not a stage: the file does not say which stage the process waits in (write that stage, or add a stage of this name)</source>
        <translation>una pausa, no una fase: el archivo no dice en qué fase espera el proceso (escriba esa fase, o añada una fase con este nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="229"/>
        <source>the same client, title and location as {reference}, whose reference was made up: it takes this one</source>
        <translation>el mismo cliente, puesto y ubicación que {reference}, cuya referencia puso la aplicación: toma esta</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="231"/>
        <source>not a date, nor a mark that the stage was reached; not recorded</source>
        <translation>no es una fecha ni una marca de que se alcanzó la fase; no se registra</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="233"/>
        <source>the database has {current}, which is kept (the overwrite policy would take the file&apos;s value)</source>
        <translation>la base de datos tiene {current}, que se mantiene (con «Sustituir por los valores del archivo» se tomaría el del archivo)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="235"/>
        <source>row {row} has {current}, which is kept</source>
        <translation>la fila {row} tiene {current}, que se mantiene</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="236"/>
        <source>the sheet has no column naming the role (a reference or a title); choose the role its rows are for</source>
        <translation>la hoja no tiene ninguna columna que diga la vacante (una referencia o un puesto); elija la vacante de sus filas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="238"/>
        <source>rows that name no role are for {reference} ({title}), which the sheet&apos;s name names</source>
        <translation>las filas sin vacante son de {reference} ({title}), la que indica el nombre de la hoja</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="241"/>
        <source>record id or update time of the database this list was exported from; not imported</source>
        <translation>identificador o fecha de modificación de la base de datos de la que se exportó esta lista; no se importa</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="243"/>
        <source>column skipped; not imported</source>
        <translation>columna omitida; no se importa</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="244"/>
        <source>personal data the CRM does not keep (such as a birth date, an ID number, gender or nationality); not imported</source>
        <translation>datos personales que el CRM no guarda (como la fecha de nacimiento, el DNI, el género o la nacionalidad); no se importan</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="247"/>
        <source>the column&apos;s values are not email addresses; kept in the notes</source>
        <translation>los valores de la columna no son direcciones de email; se guardan en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="248"/>
        <source>the column&apos;s values are not phone numbers; kept in the notes</source>
        <translation>los valores de la columna no son teléfonos; se guardan en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="249"/>
        <source>the column&apos;s values are not web addresses; kept in the notes</source>
        <translation>los valores de la columna no son direcciones web; se guardan en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="250"/>
        <source>the column&apos;s values are not numbers of years; kept in the notes</source>
        <translation>los valores de la columna no son años de experiencia; se guardan en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="251"/>
        <source>the column&apos;s values are not amounts; kept in the notes</source>
        <translation>los valores de la columna no son cantidades; se guardan en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="252"/>
        <source>the column&apos;s values are not notice periods; kept in the notes</source>
        <translation>los valores de la columna no son plazos de preaviso; se guardan en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="253"/>
        <source>the column&apos;s values are not dates; kept in the notes</source>
        <translation>los valores de la columna no son fechas; se guardan en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="254"/>
        <source>the column has no name and numbers the rows (1, 2, 3...); skipped</source>
        <translation>la columna no tiene nombre y numera las filas (1, 2, 3...); omitida</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="255"/>
        <source>a small table beside the list, after an empty column (its header repeats one of the list&apos;s, beside counts); skipped: choose a field to import it</source>
        <translation>una tabla pequeña al lado de la lista, tras una columna vacía (su cabecera repite una de la lista, junto a recuentos); se omite: elija un campo para importarla</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="257"/>
        <source>the column&apos;s values are email addresses; imported as the email</source>
        <translation>los valores de la columna son direcciones de email; se importan como el email</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="258"/>
        <source>the column&apos;s values are LinkedIn profiles; imported as the profile URL</source>
        <translation>los valores de la columna son perfiles de LinkedIn; se importan como el perfil</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="259"/>
        <source>the column&apos;s values are GitHub profiles; imported as the GitHub address</source>
        <translation>los valores de la columna son perfiles de GitHub; se importan como la dirección de GitHub</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="260"/>
        <source>the column&apos;s values are phone numbers; imported as the phone</source>
        <translation>los valores de la columna son teléfonos; se importan como el teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="261"/>
        <source>the column&apos;s values are numbers of years; imported as the years of experience</source>
        <translation>los valores de la columna son años de experiencia; se importan como los años de experiencia</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="262"/>
        <source>this file was imported before (import {batch}, {day}); what the database has already is not created again</source>
        <translation>este archivo ya se importó (importación {batch}, {day}); lo que ya está en la base de datos no se vuelve a crear</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="264"/>
        <source>a work mode with a remark: the mode is stored, the cell is kept in the notes</source>
        <translation>una modalidad con un comentario: se guarda la modalidad, y la celda en las notas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="265"/>
        <source>a work mode with a remark: the mode is stored, the cell is kept in the description</source>
        <translation>una modalidad con un comentario: se guarda la modalidad, y la celda en la descripción</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="267"/>
        <source>the file is not UTF-8; it was read as Windows-1252 (Spanish Excel). Check that accented names such as &apos;Núñez&apos; look right</source>
        <translation>el archivo no está en UTF-8; se ha leído como Windows-1252 (Excel en español). Compruebe que los nombres con tilde, como «Núñez», se ven bien</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="269"/>
        <source>the file is not UTF-8; it was read as Mac Roman (Excel for Mac&apos;s &quot;CSV (Macintosh)&quot;). Check that accented names such as &apos;Núñez&apos; look right</source>
        <translation>el archivo no es UTF-8; se ha leído como Mac Roman («CSV (Macintosh)» de Excel para Mac). Compruebe que los nombres con tilde, como «Núñez», se ven bien</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="271"/>
        <source>the file mixes two encodings (rows added by different programs): lines read as Windows-1252 (Spanish Excel): {lines}; the others as UTF-8. Check that accented names such as &apos;Núñez&apos; look right</source>
        <translation>el archivo mezcla dos codificaciones (filas añadidas por programas distintos): líneas leídas como Windows-1252 (Excel en español): {lines}; las demás como UTF-8. Compruebe que los nombres con acentos, como «Núñez», se ven bien</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="274"/>
        <source>row {row} opens a quotation mark (&quot;) that is never closed, so every row after it would be read as one cell; remove that quotation mark or close it, then import again</source>
        <translation>la fila {row} abre unas comillas (&quot;) que no se cierran, así que todas las filas siguientes se leerían como una sola celda; quite esas comillas o ciérrelas e importe de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="277"/>
        <source>other sheets look like lists too ({sheets}); this import reads &apos;{sheet}&apos; only: import each of them on its own (choose its sheet)</source>
        <translation>otras hojas también parecen listas ({sheets}); esta importación solo lee «{sheet}»: importe cada una por separado (eligiendo su hoja)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="279"/>
        <source>the list was taken from sheet &apos;{sheet}&apos;, because another sheet cannot be read: {problem}</source>
        <translation>la lista se ha tomado de la hoja «{sheet}» porque otra hoja no se puede leer: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="282"/>
        <source>defusedxml is not installed; refusing to parse spreadsheets without it</source>
        <translation>defusedxml no está instalado; no se leen hojas de cálculo sin él</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="284"/>
        <source>openpyxl is not using defusedxml; refusing to parse spreadsheets</source>
        <translation>openpyxl no usa defusedxml; no se leen hojas de cálculo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="285"/>
        <source>file not found</source>
        <translation>no se encuentra el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="286"/>
        <source>the file changed since it was opened (its columns are not the ones shown); open it again</source>
        <translation>el archivo ha cambiado desde que se abrió (sus columnas no son las que se muestran); ábralo de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="288"/>
        <source>the lock file Excel keeps while it has {workbook} open, not a spreadsheet; choose that workbook itself</source>
        <translation>el archivo de bloqueo que Excel mantiene mientras tiene abierto {workbook}, no una hoja de cálculo; elija ese mismo libro</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="290"/>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="291"/>
        <source>not a valid Excel file: it is a web page (HTML) with an .xlsx name, as some job boards export; open it in Excel and save it as Excel Workbook (.xlsx), then import that</source>
        <translation>no es un archivo de Excel válido: es una página web (HTML) con nombre .xlsx, como las que exportan algunos portales de empleo; ábrala en Excel, guárdela como Libro de Excel (.xlsx) e importe ese archivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="293"/>
        <source>the file cannot be opened ({error}); if it is open in Excel or another program, close it there and try again</source>
        <translation>no se puede abrir el archivo ({error}); si está abierto en Excel o en otro programa, ciérrelo allí y vuelva a intentarlo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="295"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="296"/>
        <source>the file is {size} MB; the limit is {limit} MB</source>
        <translation>el archivo ocupa {size} MB; el límite es {limit} MB</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="297"/>
        <source>the workbook is password-protected (encrypted); open it in Excel, remove the password and save it as .xlsx</source>
        <translation>el libro está protegido con contraseña (cifrado); ábralo en Excel, quite la contraseña y guárdelo como .xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="299"/>
        <source>old Excel format (.xls); open it in Excel and save it as .xlsx</source>
        <translation>formato antiguo de Excel (.xls); ábralo en Excel y guárdelo como .xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="300"/>
        <source>binary Excel workbooks (.xlsb) are not supported; open it in Excel and save it as .xlsx</source>
        <translation>los libros binarios de Excel (.xlsb) no se admiten; ábralo en Excel y guárdelo como .xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="302"/>
        <source>LibreOffice or OpenOffice spreadsheets (.ods) are not supported; open it there and save it as Excel 2007-365 (.xlsx)</source>
        <translation>las hojas de cálculo de LibreOffice u OpenOffice (.ods) no se admiten; ábrala allí y guárdela como Excel 2007-365 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="304"/>
        <source>Apple Numbers files are not supported; export it from Numbers as Excel (.xlsx)</source>
        <translation>los archivos de Apple Numbers no se admiten; expórtelo desde Numbers como Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="306"/>
        <source>a LibreOffice or OpenOffice document, not an Excel workbook; open it there and save it as Excel 2007-365 (.xlsx)</source>
        <translation>un documento de LibreOffice u OpenOffice, no un libro de Excel; ábralo allí y guárdelo como Excel 2007-365 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="308"/>
        <source>unsupported file type &apos;{suffix}&apos;; import .xlsx, .xlsm, .csv or .txt files</source>
        <translation>tipo de archivo no admitido «{suffix}»; importe archivos .xlsx, .xlsm, .csv o .txt</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="310"/>
        <source>the file is damaged or incomplete (a truncated download?); download or save it again</source>
        <translation>el archivo está dañado o incompleto (¿una descarga interrumpida?); descárguelo o guárdelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="312"/>
        <source>the file is damaged or incomplete ({error}); download or save it again</source>
        <translation>el archivo está dañado o incompleto ({error}); descárguelo o guárdelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="314"/>
        <source>not a valid Excel file: it is a text (CSV) file with an .xlsx name; rename it to .csv and import it again</source>
        <translation>no es un archivo de Excel válido: es un archivo de texto (CSV) con nombre .xlsx; cambie la extensión a .csv e impórtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="316"/>
        <source>it is an Excel workbook with a {suffix} name; rename it to .xlsx and import it again</source>
        <translation>es un libro de Excel con nombre {suffix}; cambie la extensión a .xlsx e impórtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="318"/>
        <source>not a valid Excel file</source>
        <translation>no es un archivo de Excel válido</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="319"/>
        <source>a zip file, but not an Excel workbook</source>
        <translation>un archivo zip, pero no un libro de Excel</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="320"/>
        <source>binary Excel workbook (.xlsb); save it as .xlsx</source>
        <translation>libro binario de Excel (.xlsb); guárdelo como .xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="321"/>
        <source>refused: &apos;{member}&apos; expands {times} times (a zip bomb?)</source>
        <translation>rechazado: «{member}» se expande {times} veces (¿una bomba zip?)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="322"/>
        <source>refused: it would expand to {size} MB</source>
        <translation>rechazado: descomprimido ocuparía {size} MB</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="323"/>
        <source>refused: &apos;{member}&apos; declares XML entities (an XML bomb or external entity attack)</source>
        <translation>rechazado: «{member}» declara entidades XML (una bomba XML o un ataque de entidades externas)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="325"/>
        <source>not a readable Excel workbook ({error})</source>
        <translation>no es un libro de Excel legible ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="326"/>
        <source>the workbook has no worksheets</source>
        <translation>el libro no tiene hojas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="327"/>
        <source>not a text file (it contains binary data)</source>
        <translation>no es un archivo de texto (contiene datos binarios)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="328"/>
        <source>there is no sheet &apos;{sheet}&apos;; the sheets are: {sheets}</source>
        <translation>no hay ninguna hoja «{sheet}»; las hojas son: {sheets}</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="329"/>
        <source>sheet &apos;{sheet}&apos; is empty</source>
        <translation>la hoja «{sheet}» está vacía</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="330"/>
        <source>sheet &apos;{sheet}&apos;: no header row found in the first {rows} rows (expected a row of column names such as Nombre, Email, Teléfono)</source>
        <translation>hoja «{sheet}»: no hay fila de cabecera en las primeras {rows} filas (se esperaba una fila de nombres de columna como Nombre, Email, Teléfono)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="332"/>
        <source>sheet &apos;{sheet}&apos;: the sheet claims {rows} rows x {columns} columns, beyond the limit of {max_cells} cells; delete the empty rows and columns at its end in Excel, or copy the list to a new sheet</source>
        <translation>hoja «{sheet}»: dice tener {rows} filas x {columns} columnas, más de las {max_cells} celdas admitidas; borre en Excel las filas y columnas vacías del final, o copie la lista a una hoja nueva</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="335"/>
        <source>the file could not be read (the reader stopped{detail})</source>
        <translation>no se pudo leer el archivo (el lector se detuvo{detail})</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="337"/>
        <source>the database is in use by another program (another copy of the CRM, a backup or a sync tool); nothing was saved: try again in a moment</source>
        <translation>la base de datos la está usando otro programa (otra copia del CRM, una copia de seguridad o una herramienta de sincronización); no se ha guardado nada: inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="339"/>
        <source>the database file cannot be opened (its folder or disk is read-only, or it cannot be reached); nothing was changed: copy it to a folder you can write, or check the drive</source>
        <translation>no se puede abrir el archivo de la base de datos (su carpeta o su disco son de solo lectura, o no se llega a él); no se ha cambiado nada: cópielo a una carpeta en la que pueda escribir, o revise la unidad</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="341"/>
        <source>the database file cannot be written (a read-only file or folder); nothing was saved</source>
        <translation>no se puede escribir en el archivo de la base de datos (un archivo o carpeta de solo lectura); no se ha guardado nada</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="343"/>
        <source>the disk holding the database is full; nothing was saved: free some space and try again</source>
        <translation>el disco de la base de datos está lleno; no se ha guardado nada: libere espacio e inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="345"/>
        <source>the database file could not be read or written (a disk or network-drive error); nothing was saved</source>
        <translation>no se pudo leer o escribir el archivo de la base de datos (un error del disco o de la unidad de red); no se ha guardado nada</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="347"/>
        <source>the connection to the database server was lost; nothing was saved: try again once the server is back</source>
        <translation>se perdió la conexión con el servidor de la base de datos; no se guardó nada: vuelva a intentarlo cuando el servidor esté disponible</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="349"/>
        <source>another user changed the same records at the same moment; nothing was saved: try again</source>
        <translation>otro usuario cambió los mismos registros en el mismo momento; no se guardó nada: vuelva a intentarlo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="351"/>
        <source>the database refused the change ({detail}); nothing was saved</source>
        <translation>la base de datos rechazó el cambio ({detail}); no se guardó nada</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="353"/>
        <source>cannot undo import {batch}: records it created are now used by other records (e.g. a client with roles added later); nothing was changed</source>
        <translation>no se puede deshacer la importación {batch}: otros registros usan ya registros que creó (p. ej. un cliente con vacantes añadidas después); no se ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="355"/>
        <source>import {batch} ({file}) was already undone</source>
        <translation>la importación {batch} ({file}) ya se deshizo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="356"/>
        <source>cannot undo import {batch} ({file}): one of its records was edited after it ({records}); undoing would throw that edit away</source>
        <translation>no se puede deshacer la importación {batch} ({file}): uno de sus registros se editó después ({records}); deshacerla perdería ese cambio</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="358"/>
        <source>cannot undo import {batch} ({file}): {count} of its records were edited after it ({records}); undoing would throw those edits away</source>
        <translation>no se puede deshacer la importación {batch} ({file}): {count} de sus registros se editaron después ({records}); deshacerla perdería esos cambios</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="360"/>
        <source>cannot undo import {batch} ({file}): import {later} ({later_file}) changed {count} of its records since ({records}); undo that import first</source>
        <translation>no se puede deshacer la importación {batch} ({file}): la importación {later} ({later_file}) cambió después {count} de sus registros ({records}); deshaga antes esa importación</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="362"/>
        <source>cannot undo import {batch} ({file}): later imports changed {count} of its records since ({records}); undo them first, the last first (import {later}, {later_file})</source>
        <translation>no se puede deshacer la importación {batch} ({file}): importaciones posteriores cambiaron {count} de sus registros ({records}); deshágalas antes, empezando por la última (importación {later}, {later_file})</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="364"/>
        <source>cannot undo import {batch} ({file}): import {later} ({later_file}) added records that depend on what it created ({records}); undo that import first</source>
        <translation>no se puede deshacer la importación {batch} ({file}): la importación {later} ({later_file}) añadió registros que dependen de lo que creó ({records}); deshaga antes esa importación</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="366"/>
        <source>cannot undo import {batch} ({file}): later imports added records that depend on what it created ({records}); undo them first, the last first (import {later}, {later_file})</source>
        <translation>no se puede deshacer la importación {batch} ({file}): importaciones posteriores añadieron registros que dependen de lo que creó ({records}); deshágalas antes, empezando por la última (importación {later}, {later_file})</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="368"/>
        <source>cannot undo import {batch} ({file}): records added after it depend on what it created ({records}); undoing would delete them</source>
        <translation>no se puede deshacer la importación {batch} ({file}): registros añadidos después dependen de lo que creó ({records}); deshacerla los borraría</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="370"/>
        <source>cannot undo import {batch} ({file}): people it created or updated were merged into other candidates since ({records}); undoing would leave there what it brought</source>
        <translation>no se puede deshacer la importación {batch} ({file}): personas que creó o actualizó se fusionaron después con otros candidatos ({records}); deshacerla dejaría allí lo que aportó</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="372"/>
        <source>the backup taken before every import could not be written ({problem}); nothing was imported</source>
        <translation>no se pudo escribir la copia de seguridad que se hace antes de cada importación ({problem}); no se ha importado nada</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="374"/>
        <source>a cell of the sheet lies far beyond its list (row {row}, column {column}), which makes the sheet too big to read; delete the empty rows and columns at its end in Excel, or copy the list to a new sheet</source>
        <translation>una celda de la hoja está muy lejos de la lista (fila {row}, columna {column}), lo que hace la hoja demasiado grande para leerla; borre en Excel las filas y columnas vacías del final, o copie la lista en una hoja nueva</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="377"/>
        <source>a cell of the sheet lies far beyond its list (row {row}), which makes the sheet too big to read; delete the empty rows and columns at its end in Excel, or copy the list to a new sheet</source>
        <translation>una celda de la hoja está muy lejos de la lista (fila {row}), lo que hace la hoja demasiado grande para leerla; borre en Excel las filas y columnas vacías del final, o copie la lista en una hoja nueva</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="380"/>
        <source>a cell of the sheet lies far beyond its list, which makes the sheet too big to read; delete the empty rows and columns at its end in Excel, or copy the list to a new sheet</source>
        <translation>una celda de la hoja está muy lejos de la lista, lo que hace la hoja demasiado grande para leerla; borre en Excel las filas y columnas vacías del final, o copie la lista en una hoja nueva</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="383"/>
        <source>{file}, {problem}</source>
        <translation>{file}, {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="384"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="387"/>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="387"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="388"/>
        <source>profile URL</source>
        <translation>perfil</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="388"/>
        <source>name and city</source>
        <translation>nombre y ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="457"/>
        <location filename="../../ui/import_export/reasons.py" line="478"/>
        <source>candidate {id}</source>
        <translation>candidato {id}</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="458"/>
        <source>client {id}</source>
        <translation>cliente {id}</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="459"/>
        <source>role {id}</source>
        <translation>vacante {id}</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="460"/>
        <source>application {id}</source>
        <translation>candidatura {id}</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="461"/>
        <source>contact {id}</source>
        <translation>contacto {id}</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="462"/>
        <source>activity {id}</source>
        <translation>actividad {id}</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="463"/>
        <source>CV {id}</source>
        <translation>CV {id}</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="464"/>
        <source>history line {id}</source>
        <translation>línea de historial {id}</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="465"/>
        <source>client report {id}</source>
        <translation>informe a cliente {id}</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="467"/>
        <source> and {count} more</source>
        <translation> y {count} más</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/reasons.py" line="482"/>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <location filename="../../ui/import_export/report_page.py" line="64"/>
        <source>Rejected rows, warnings and possible duplicates</source>
        <translation>Filas rechazadas, avisos y posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/report_page.py" line="91"/>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/report_page.py" line="92"/>
        <source>Show the possible duplicate beside the record it looks like</source>
        <translation>Mostrar el posible duplicado junto al registro al que se parece</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/report_page.py" line="95"/>
        <source>Save the issues as Excel…</source>
        <translation>Guardar las incidencias en Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/report_page.py" line="97"/>
        <source>Undo import</source>
        <translation>Deshacer la importación</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/report_page.py" line="99"/>
        <source>Back to the mapping</source>
        <translation>Volver a las columnas</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/report_page.py" line="101"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/report_page.py" line="126"/>
        <source>Choose a line to read it in full.</source>
        <translation>Elija una línea para leerla entera.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/report_page.py" line="130"/>
        <source>Cancel came too late: the import had been saved. Undo import takes it back.</source>
        <translation>La cancelación llegó tarde: la importación ya se había guardado. «Deshacer la importación» la revierte.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/report_page.py" line="169"/>
        <source>This import was undone.</source>
        <translation>Esta importación se deshizo.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/report_page.py" line="218"/>
        <location filename="../../ui/import_export/report_page.py" line="235"/>
        <source>Save the issues</source>
        <translation>Guardar las incidencias</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/report_page.py" line="218"/>
        <source>import-issues.xlsx</source>
        <translation>incidencias-importacion.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/report_page.py" line="219"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/report_page.py" line="236"/>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/report_page.py" line="259"/>
        <source>Import undone: %1.</source>
        <translation>Importación deshecha: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/report_page.py" line="265"/>
        <source>The import could not be undone: %1</source>
        <translation>No se pudo deshacer la importación: %1</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <location filename="../../ui/import_export/models.py" line="260"/>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="261"/>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="262"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="283"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="283"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="283"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="283"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="283"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="287"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="287"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="287"/>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="290"/>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="311"/>
        <source>Merged into candidate %1</source>
        <translation>Fusionado con el candidato %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="313"/>
        <source>%1 (its record is gone: nothing to compare)</source>
        <translation>%1 (su registro ya no existe: no hay nada que comparar)</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../ui/import_export/models.py" line="68"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="68"/>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="68"/>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="83"/>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="84"/>
        <source>(no header)</source>
        <translation>(sin cabecera)</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="98"/>
        <source>Personal data the CRM does not keep (such as a birth date, an ID number, gender or nationality): not imported. Choose “Add to notes” to keep it anyway.</source>
        <translation>Datos personales que el CRM no guarda (como la fecha de nacimiento, el DNI, el género o la nacionalidad): no se importan. Elija «Añadir a las notas» para guardarlos de todos modos.</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="102"/>
        <source>Chosen by the column&apos;s values, not its header: %1. Choose another field to import it otherwise.</source>
        <translation>Elegido por los valores de la columna, no por su cabecera: %1. Elija otro campo para importarla de otro modo.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/import_export/models.py" line="181"/>
        <source>What the import does</source>
        <translation>Qué hace la importación</translation>
    </message>
    <message>
        <location filename="../../ui/import_export/models.py" line="196"/>
        <location filename="../../ui/import_export/models.py" line="213"/>
        <source>Rejected: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
</context>
<context>
    <name>TargetDelegate</name>
    <message>
        <location filename="../../ui/import_export/mapping_delegate.py" line="58"/>
        <source>Import column %1 as</source>
        <translation>Importar la columna %1 como</translation>
    </message>
</context>
</TS>

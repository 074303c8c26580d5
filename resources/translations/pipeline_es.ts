<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddCandidates</name>
    <message>
        <location filename="../../ui/pipeline/add_candidates.py" line="58"/>
        <source>Could not add to the pipeline</source>
        <translation>No se ha podido añadir al proceso</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/add_candidates.py" line="63"/>
        <source>Already on the role</source>
        <translation>Ya está en la vacante</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/add_candidates.py" line="64"/>
        <source>The chosen candidates are already in this role&apos;s pipeline.</source>
        <translation>Los candidatos elegidos ya están en el proceso de esta vacante.</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <location filename="../../ui/pipeline/board_view.py" line="58"/>
        <source>← All roles</source>
        <translation>← Todas las vacantes</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/board_view.py" line="68"/>
        <source>Stale only</source>
        <translation>Solo estancados</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/board_view.py" line="69"/>
        <source>Show only cards idle longer than their stage allows</source>
        <translation>Mostrar solo las tarjetas paradas más tiempo del que permite su fase</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/board_view.py" line="71"/>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/board_view.py" line="93"/>
        <source>Drag cards between columns · ←/→ change column · Ctrl+→/Ctrl+← next/previous stage · 1–9 move to that stage · R reject · N move with a note · H history · ▲ expects more than the band · orange: idle too long</source>
        <translation>Arrastra tarjetas entre columnas · ←/→ cambiar de columna · Ctrl+→/Ctrl+← fase siguiente/anterior · 1–9 mover a esa fase · R descartar · N mover con una nota · H historial · ▲ pide más que la banda · naranja: parado demasiado tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/board_view.py" line="146"/>
        <source>band %1–%2k</source>
        <translation>banda %1–%2k</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/board_view.py" line="149"/>
        <source>%1 opening(s)</source>
        <translation>%1 puesto(s)</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/board_view.py" line="150"/>
        <source>%1 candidates</source>
        <translation>%1 candidatos</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/board_view.py" line="210"/>
        <source>Changed elsewhere</source>
        <translation>Cambiado en otro sitio</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/board_view.py" line="211"/>
        <source>This card was changed elsewhere; the board now shows the latest.</source>
        <translation>Esta tarjeta se ha cambiado en otro sitio; el tablero muestra ahora lo último.</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/board_view.py" line="215"/>
        <source>Could not move the card</source>
        <translation>No se ha podido mover la tarjeta</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/board_view.py" line="266"/>
        <source>Could not undo or redo the move</source>
        <translation>No se ha podido deshacer o rehacer el movimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/board_view.py" line="393"/>
        <source>Lead</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/board_view.py" line="393"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/board_view.py" line="393"/>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/board_view.py" line="394"/>
        <source>Filled</source>
        <translation>Cubierta</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/board_view.py" line="394"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/board_view.py" line="394"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>CandidateSearchBox</name>
    <message>
        <location filename="../../ui/pipeline/candidate_search.py" line="50"/>
        <source>Add a candidate: name or email…</source>
        <translation>Añadir candidato: nombre o email…</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../ui/pipeline/card_delegate.py" line="36"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/card_delegate.py" line="37"/>
        <source>%1 d in stage</source>
        <translation>%1 d en fase</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/card_delegate.py" line="91"/>
        <source>%1 yrs</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/card_delegate.py" line="127"/>
        <source>No next step</source>
        <translation>Sin próximo paso</translation>
    </message>
</context>
<context>
    <name>CardListView</name>
    <message>
        <location filename="../../ui/pipeline/stage_column.py" line="44"/>
        <source>No candidates here.
Drag a card in to move it.</source>
        <translation>No hay candidatos aquí.
Arrastra una tarjeta para moverla.</translation>
    </message>
</context>
<context>
    <name>CardMenu</name>
    <message>
        <location filename="../../ui/pipeline/card_menu.py" line="16"/>
        <source>Move to</source>
        <translation>Mover a</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/card_menu.py" line="22"/>
        <source>Move to %1 with a note…</source>
        <translation>Mover a %1 con una nota…</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/card_menu.py" line="26"/>
        <source>Reject…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/card_menu.py" line="29"/>
        <source>Role history…</source>
        <translation>Historial de la vacante…</translation>
    </message>
</context>
<context>
    <name>DoubleSubmissionDialog</name>
    <message>
        <location filename="../../ui/pipeline/add_candidates.py" line="102"/>
        <source>Already submitted to this client</source>
        <translation>Ya presentado a este cliente</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/add_candidates.py" line="108"/>
        <source>%1 was submitted to %2 for %3 (%4) on %5.</source>
        <translation>%1 se presentó a %2 para %3 (%4) el %5.</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/add_candidates.py" line="113"/>
        <source>Submitting the same person to the same client twice within six months can lead to a fee dispute.</source>
        <translation>Presentar a la misma persona al mismo cliente dos veces en seis meses puede acabar en una disputa por los honorarios.</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/add_candidates.py" line="123"/>
        <source>Add anyway</source>
        <translation>Añadir igualmente</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/add_candidates.py" line="126"/>
        <source>Add only the others</source>
        <translation>Añadir solo los demás</translation>
    </message>
</context>
<context>
    <name>MoveCommand</name>
    <message>
        <location filename="../../ui/pipeline/move_command.py" line="29"/>
        <source>Move %1 to %2</source>
        <translation>Mover a %1 a %2</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/pipeline/move_dialogs.py" line="46"/>
        <source>Optional; kept in the role&apos;s history</source>
        <translation>Opcional; se guarda en el historial de la vacante</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/move_dialogs.py" line="53"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/pipeline/move_dialogs.py" line="62"/>
        <source>Move with a note</source>
        <translation>Mover con una nota</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/move_dialogs.py" line="63"/>
        <source>Move %1 to %2.</source>
        <translation>Mover a %1 a %2.</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../ui/pipeline/move_dialogs.py" line="95"/>
        <source>Placement</source>
        <translation>Contratación</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/move_dialogs.py" line="96"/>
        <source>%1 is moving to %2. When do they start, and what is the fee?</source>
        <translation>%1 pasa a %2. ¿Cuándo empieza y cuáles son los honorarios?</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/move_dialogs.py" line="106"/>
        <source>Start date</source>
        <translation>Fecha de incorporación</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/move_dialogs.py" line="107"/>
        <source>Fee</source>
        <translation>Honorarios</translation>
    </message>
</context>
<context>
    <name>ReasonsEditorDialog</name>
    <message>
        <location filename="../../ui/pipeline/reasons_editor.py" line="33"/>
        <source>Rejection reasons</source>
        <translation>Motivos de descarte</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/reasons_editor.py" line="39"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/reasons_editor.py" line="39"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/reasons_editor.py" line="40"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/reasons_editor.py" line="40"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/reasons_editor.py" line="52"/>
        <source>Reasons offered when a candidate is rejected. Double-click to rename.</source>
        <translation>Motivos que se ofrecen al descartar a un candidato. Doble clic para renombrar.</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/reasons_editor.py" line="64"/>
        <source>New reason</source>
        <translation>Nuevo motivo</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/reasons_editor.py" line="89"/>
        <source>Cannot save the reasons</source>
        <translation>No se pueden guardar los motivos</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../ui/pipeline/move_dialogs.py" line="73"/>
        <source>Reject candidate</source>
        <translation>Descartar candidato</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/move_dialogs.py" line="74"/>
        <source>Why is %1 moving to %2?</source>
        <translation>¿Por qué pasa %1 a %2?</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/move_dialogs.py" line="79"/>
        <source>The client</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/move_dialogs.py" line="79"/>
        <source>Us (the agency)</source>
        <translation>Nosotros (la agencia)</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/move_dialogs.py" line="80"/>
        <source>The candidate</source>
        <translation>El candidato</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/move_dialogs.py" line="82"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/move_dialogs.py" line="83"/>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/move_dialogs.py" line="85"/>
        <source>Reject</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>RoleHistoryDialog</name>
    <message>
        <location filename="../../ui/pipeline/history.py" line="60"/>
        <source>History: %1</source>
        <translation>Historial: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/history.py" line="64"/>
        <source>%1 stage changes, newest first.</source>
        <translation>%1 cambios de fase, los más recientes primero.</translation>
    </message>
</context>
<context>
    <name>RoleHistoryModel</name>
    <message>
        <location filename="../../ui/pipeline/history.py" line="15"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/history.py" line="15"/>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/history.py" line="15"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/history.py" line="15"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/history.py" line="16"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/history.py" line="16"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/history.py" line="49"/>
        <source>(added)</source>
        <translation>(añadido)</translation>
    </message>
</context>
<context>
    <name>RolePickerDialog</name>
    <message>
        <location filename="../../ui/pipeline/add_candidates.py" line="73"/>
        <source>Add to a role&apos;s pipeline</source>
        <translation>Añadir al proceso de una vacante</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/add_candidates.py" line="76"/>
        <source>Add %1 candidate(s) to:</source>
        <translation>Añadir %1 candidato(s) a:</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/add_candidates.py" line="83"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>RolesOverview</name>
    <message>
        <location filename="../../ui/pipeline/overview.py" line="105"/>
        <source>Pipelines</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/overview.py" line="110"/>
        <source>Open roles</source>
        <translation>Vacantes abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/overview.py" line="111"/>
        <source>All roles</source>
        <translation>Todas las vacantes</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/overview.py" line="121"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/overview.py" line="123"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/overview.py" line="125"/>
        <source>Stages…</source>
        <translation>Fases…</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/overview.py" line="126"/>
        <source>Rename, reorder, add or remove the pipeline&apos;s stages</source>
        <translation>Renombrar, ordenar, añadir o quitar las fases del proceso</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/overview.py" line="150"/>
        <source>Lead</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/overview.py" line="150"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/overview.py" line="150"/>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/overview.py" line="151"/>
        <source>Filled</source>
        <translation>Cubierta</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/overview.py" line="151"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/overview.py" line="151"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/overview.py" line="158"/>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/overview.py" line="170"/>
        <source>%1 roles · %2 candidates in pipelines · %3 stale · double-click a role to open its board</source>
        <translation>%1 vacantes · %2 candidatos en proceso · %3 estancados · doble clic en una vacante para abrir su tablero</translation>
    </message>
</context>
<context>
    <name>RolesOverviewModel</name>
    <message>
        <location filename="../../ui/pipeline/overview.py" line="53"/>
        <source>Role</source>
        <translation>Vacante</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/overview.py" line="53"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/overview.py" line="53"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/overview.py" line="59"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/overview.py" line="59"/>
        <source>Stale</source>
        <translation>Estancados</translation>
    </message>
</context>
<context>
    <name>StageCardsModel</name>
    <message>
        <location filename="../../ui/pipeline/board_model.py" line="107"/>
        <source>Expects more than the role&apos;s salary band</source>
        <translation>Pide más que la banda salarial de la vacante</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/board_model.py" line="108"/>
        <source>%1 days in this stage</source>
        <translation>%1 días en esta fase</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/board_model.py" line="110"/>
        <source>Idle longer than this stage allows</source>
        <translation>Parado más tiempo del que permite esta fase</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/board_model.py" line="112"/>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../ui/pipeline/stage_column.py" line="83"/>
        <source>Press %1 on a card to move it here</source>
        <translation>Pulsa %1 sobre una tarjeta para moverla aquí</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pipeline/stage_column.py" line="93"/>
        <location filename="../../ui/pipeline/stage_column.py" line="97"/>
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidato</numerusform>
            <numerusform>%n candidatos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stage_column.py" line="89"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stage_column.py" line="95"/>
        <source>%1 · %2 stale</source>
        <translation>%1 · %2 estancados</translation>
    </message>
</context>
<context>
    <name>StagesEditorDialog</name>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="39"/>
        <source>Pipeline stages</source>
        <translation>Fases del proceso</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="47"/>
        <source>Open (in progress)</source>
        <translation>Abierta (en curso)</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="47"/>
        <source>Placed</source>
        <translation>Contratado</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="48"/>
        <source>Rejected</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="53"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="54"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="59"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="60"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="61"/>
        <source>Stale after</source>
        <translation>Estancado tras</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="65"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="65"/>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="66"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="67"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="68"/>
        <source>Rejection reasons…</source>
        <translation>Motivos de descarte…</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="80"/>
        <source>Stages are shared by every role. A card idle longer than its stage&apos;s limit is highlighted on the board. At least one open, one placed and one rejected stage must remain.</source>
        <translation>Las fases son comunes a todas las vacantes. Una tarjeta parada más tiempo del límite de su fase se resalta en el tablero. Debe quedar al menos una fase abierta, una de contratado y una de descartado.</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="124"/>
        <source>Cannot change the stages</source>
        <translation>No se pueden cambiar las fases</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="135"/>
        <source>New stage</source>
        <translation>Nueva fase</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="135"/>
        <source>Name of the new stage:</source>
        <translation>Nombre de la nueva fase:</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="153"/>
        <location filename="../../ui/pipeline/stages_editor.py" line="163"/>
        <source>Remove stage</source>
        <translation>Quitar fase</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="154"/>
        <source>Remove the stage %1?</source>
        <translation>¿Quitar la fase %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="164"/>
        <source>%1 applications are in %2. Move them to:</source>
        <translation>Hay %1 candidaturas en %2. Moverlas a:</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline/stages_editor.py" line="189"/>
        <source>%1 applications in this stage</source>
        <translation>%1 candidaturas en esta fase</translation>
    </message>
</context>
</TS>

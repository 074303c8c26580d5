<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>FeatureWiring</name>
    <message>
        <location filename="../../ui/wiring.py" line="45"/>
        <source>Consent &amp; retention</source>
        <translation>Privacidad (RGPD)</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="101"/>
        <source>&amp;New role…</source>
        <translation>&amp;Nueva vacante…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="101"/>
        <source>&amp;Open role</source>
        <translation>&amp;Abrir vacante</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="101"/>
        <source>&amp;Close role</source>
        <translation>&amp;Cerrar vacante</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="103"/>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="103"/>
        <source>&amp;Open client</source>
        <translation>&amp;Abrir cliente</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="103"/>
        <source>A&amp;rchive client</source>
        <translation>A&amp;rchivar cliente</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="105"/>
        <source>&amp;New candidate…</source>
        <translation>&amp;Nuevo candidato…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="105"/>
        <source>&amp;Open candidate</source>
        <translation>&amp;Abrir candidato</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="105"/>
        <source>A&amp;rchive candidate</source>
        <translation>A&amp;rchivar candidato</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="155"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="158"/>
        <source>Import &amp;history…</source>
        <translation>&amp;Historial de importaciones…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="159"/>
        <source>The imports done so far; undo any of them</source>
        <translation>Las importaciones hechas hasta ahora; puede deshacer cualquiera</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="165"/>
        <source>&amp;Shortlist for the selected role…</source>
        <translation>&amp;Terna de la vacante seleccionada…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="167"/>
        <source>The Excel shortlist the client receives</source>
        <translation>La terna en Excel que recibe el cliente</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="168"/>
        <source>&amp;Progress report for the client…</source>
        <translation>&amp;Informe de avance para el cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="170"/>
        <source>&amp;Candidate list to Excel…</source>
        <translation>&amp;Lista de candidatos a Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="171"/>
        <source>The current search or everyone, for your own use</source>
        <translation>La búsqueda actual o todos, para uso propio</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="193"/>
        <source>Choose a role on the Roles page first.</source>
        <translation>Elige primero una vacante en la página Vacantes.</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="204"/>
        <source>Choose a client on the Clients page first.</source>
        <translation>Elige primero un cliente en la página Clientes.</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="216"/>
        <source>Add to a role&apos;s &amp;pipeline…</source>
        <translation>Añadir al &amp;proceso de una vacante…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="218"/>
        <source>Add all search &amp;results to a role…</source>
        <translation>Añadir todos los &amp;resultados a una vacante…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="220"/>
        <source>Open the role&apos;s pipeline &amp;board</source>
        <translation>Abrir el &amp;tablero del proceso de la vacante</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="222"/>
        <source>Pipeline &amp;stages…</source>
        <translation>&amp;Fases del proceso…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="229"/>
        <source>Choose a candidate first.</source>
        <translation>Elige primero un candidato.</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="238"/>
        <source>Search for candidates first; all the results are then added.</source>
        <translation>Busca candidatos primero; después se añaden todos los resultados.</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="258"/>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="262"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="263"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="264"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="265"/>
        <source>&amp;Consent and retention</source>
        <translation>&amp;Consentimiento y conservación</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="306"/>
        <source>Recruiter CRM</source>
        <translation>Recruiter CRM</translation>
    </message>
</context>
</TS>

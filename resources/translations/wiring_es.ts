<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>FeatureWiring</name>
    <message>
        <location filename="../../ui/wiring.py" line="38" />
        <source>Consent &amp; retention</source>
        <translation>Privacidad (RGPD)</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="74" />
        <source>&amp;New role…</source>
        <translation>&amp;Nueva vacante…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="74" />
        <source>&amp;Open role</source>
        <translation>&amp;Abrir vacante</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="74" />
        <source>&amp;Close role</source>
        <translation>&amp;Cerrar vacante</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="75" />
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="75" />
        <source>&amp;Open client</source>
        <translation>&amp;Abrir cliente</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="75" />
        <source>A&amp;rchive client</source>
        <translation>A&amp;rchivar cliente</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="76" />
        <source>&amp;New candidate…</source>
        <translation>&amp;Nuevo candidato…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="76" />
        <source>&amp;Open candidate</source>
        <translation>&amp;Abrir candidato</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="76" />
        <source>A&amp;rchive candidate</source>
        <translation>A&amp;rchivar candidato</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="100" />
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="106" />
        <source>&amp;Shortlist for the selected role…</source>
        <translation>&amp;Terna de la vacante seleccionada…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="108" />
        <source>The Excel shortlist the client receives</source>
        <translation>La terna en Excel que recibe el cliente</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="109" />
        <source>&amp;Progress report for the client…</source>
        <translation>&amp;Informe de avance para el cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="111" />
        <source>&amp;Candidate list to Excel…</source>
        <translation>&amp;Lista de candidatos a Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="112" />
        <source>The current search or everyone, for your own use</source>
        <translation>La búsqueda actual o todos, para uso propio</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="129" />
        <source>Choose a role on the Roles page first.</source>
        <translation>Elige primero una vacante en la página Vacantes.</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="140" />
        <source>Choose a client on the Clients page first.</source>
        <translation>Elige primero un cliente en la página Clientes.</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="152" />
        <source>Add to a role's &amp;pipeline…</source>
        <translation>Añadir al &amp;proceso de una vacante…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="154" />
        <source>Add all search &amp;results to a role…</source>
        <translation>Añadir todos los &amp;resultados a una vacante…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="156" />
        <source>Open the role's pipeline &amp;board</source>
        <translation>Abrir el &amp;tablero del proceso de la vacante</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="158" />
        <source>Pipeline &amp;stages…</source>
        <translation>&amp;Fases del proceso…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="165" />
        <source>Choose a candidate first.</source>
        <translation>Elige primero un candidato.</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="172" />
        <source>Search for candidates first; all the results are then added.</source>
        <translation>Busca candidatos primero; después se añaden todos los resultados.</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="188" />
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="192" />
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="193" />
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="194" />
        <source>&amp;Audit log…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="195" />
        <source>&amp;Consent and retention</source>
        <translation>&amp;Consentimiento y conservación</translation>
    </message>
    <message>
        <location filename="../../ui/wiring.py" line="230" />
        <source>Recruiter CRM</source>
        <translation>Recruiter CRM</translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<!-- Qt's own dialogs: words of Qt 6.11 that Qt's Spanish catalogue (qtbase_es) lacks, as Qt writes them
     ("&Look in:" where the catalogue has "Look in:"). Installed after Qt's catalogue, so these win. -->
<TS version="2.1" language="es_ES">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
</context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="105" />
        <source>&amp;Import a spreadsheet…</source>
        <translation>&amp;Importar una hoja de cálculo…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="106" />
        <source>Bring candidates in from an Excel or CSV file</source>
        <translation>Traer candidatos desde un archivo Excel o CSV</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="107" />
        <source>Load &amp;demo data</source>
        <translation>Cargar datos de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="108" />
        <source>Fill an empty database with realistic sample data</source>
        <translation>Llenar una base de datos vacía con datos de ejemplo realistas</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="109" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="110" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="111" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="113" />
        <source>&amp;Find candidates</source>
        <translation>&amp;Buscar candidatos</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="114" />
        <source>Jump to the search box</source>
        <translation>Ir al cuadro de búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="115" />
        <source>&amp;New candidate…</source>
        <translation>&amp;Nuevo candidato…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="117" />
        <source>&amp;Open candidate</source>
        <translation>&amp;Abrir candidato</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="118" />
        <source>Open the selected candidate for editing</source>
        <translation>Abrir el candidato seleccionado para editarlo</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="119" />
        <source>&amp;Attach CV…</source>
        <translation>&amp;Adjuntar CV…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="120" />
        <source>Attach a PDF or Word CV to the selected candidate</source>
        <translation>Adjuntar un CV en PDF o Word al candidato seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="121" />
        <source>A&amp;rchive candidate</source>
        <translation>A&amp;rchivar candidato</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="123" />
        <source>&amp;Delete candidate…</source>
        <translation>&amp;Eliminar candidato…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="125" />
        <source>&amp;Save search as smart list…</source>
        <translation>&amp;Guardar búsqueda como lista inteligente…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="127" />
        <source>Show &amp;archived candidates</source>
        <translation>Mostrar candidatos &amp;archivados</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="129" />
        <source>&amp;Candidates</source>
        <translation>&amp;Candidatos</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="131" />
        <source>&amp;Roles</source>
        <translation>&amp;Vacantes</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="132" />
        <source>C&amp;lients</source>
        <translation>C&amp;lientes</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="133" />
        <source>&amp;Pipeline</source>
        <translation>&amp;Procesos</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="134" />
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="140" />
        <source>&amp;About Recruiter CRM</source>
        <translation>&amp;Acerca de Recruiter CRM</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../ui/empty_state.py" line="14" />
        <source>Welcome to your recruiting desk</source>
        <translation>Bienvenido a tu mesa de selección</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="16" />
        <source>Your database is empty. Bring in the candidates you already have from a spreadsheet (Excel or CSV), or load a realistic demo book of business to look around first.</source>
        <translation>Tu base de datos está vacía. Trae los candidatos que ya tienes desde una hoja de cálculo (Excel o CSV) o carga una cartera de demostración realista para echar un vistazo primero.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="24" />
        <source>Import a spreadsheet…</source>
        <translation>Importar una hoja de cálculo…</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="27" />
        <source>Load demo data</source>
        <translation>Cargar datos de demostración</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="52" />
        <source>Recruiter CRM</source>
        <translation>Recruiter CRM</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54" />
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62" />
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63" />
        <source>&amp;Candidate</source>
        <translation>&amp;Candidato</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63" />
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>Roles</source>
        <translation>Vacantes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81" />
        <source>Pipeline</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190" />
        <source>Rename smart list</source>
        <translation>Renombrar lista inteligente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190" />
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195" />
        <source>Delete smart list</source>
        <translation>Eliminar lista inteligente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196" />
        <source>Delete the smart list “%1”? No candidate is deleted.</source>
        <translation>¿Eliminar la lista inteligente «%1»? No se elimina ningún candidato.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204" />
        <source>Smart lists</source>
        <translation>Listas inteligentes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216" />
        <location filename="../../ui/main_window.py" line="241" />
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217" />
        <source>Demo data only goes into an empty database.</source>
        <translation>Los datos de demostración solo se cargan en una base de datos vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236" />
        <source>Demo data loaded: %1 candidates, %2 clients, %3 roles</source>
        <translation>Datos de demostración cargados: %1 candidatos, %2 clientes, %3 vacantes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255" />
        <source>The language changes the next time you start the app.</source>
        <translation>El idioma cambiará la próxima vez que abras la aplicación.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258" />
        <source>About Recruiter CRM</source>
        <translation>Acerca de Recruiter CRM</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259" />
        <source>Recruiter CRM %1
Candidates, roles, clients and pipelines, on your own computer.</source>
        <translation>Recruiter CRM %1
Candidatos, vacantes, clientes y procesos, en tu propio ordenador.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278" />
        <source>Undo %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278" />
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281" />
        <source>Redo %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281" />
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292" />
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="35" />
        <source>The database cannot be opened</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="37" />
        <source>The database is from a newer version</source>
        <translation>La base de datos es de una versión más reciente</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="39" />
        <source>The database could not be updated</source>
        <translation>No se pudo actualizar la base de datos</translation>
    </message>
<message><location filename="../../ui/app.py" line="70" /><source>The start-up backup failed: %1</source><translation>La copia de seguridad de inicio ha fallado: %1</translation></message></context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en">
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="28"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="29"/>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="30"/>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="31"/>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="33"/>
        <source>Responsible worker</source>
        <translation>Ansvarig medarbetare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="34"/>
        <source>Next visit due</source>
        <translation>Nästa besök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="35"/>
        <source>Plan review due</source>
        <translation>Plangranskning</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="36"/>
        <source>Open rent debt</source>
        <translation>Öppen hyresskuld</translation>
    </message>
</context>
<context>
    <name>CaseloadPanel</name>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="129"/>
        <source>My caseload</source>
        <translation>Mina klienter</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="129"/>
        <source>My team</source>
        <translation>Teamets klienter</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="129"/>
        <source>All clients</source>
        <translation>Alla klienter</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="132"/>
        <source>Service:</source>
        <translation>Tjänst:</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="133"/>
        <source>All services</source>
        <translation>Alla tjänster</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="136"/>
        <source>Due:</source>
        <translation>Aktuellt:</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="138"/>
        <source>Anything</source>
        <translation>Allt</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="139"/>
        <source>Visit due</source>
        <translation>Besök förfaller</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="140"/>
        <source>Service plan review due</source>
        <translation>Granskning av serviceplan förfaller</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="141"/>
        <source>Open rent debt</source>
        <translation>Öppen hyresskuld</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="145"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="146"/>
        <source>Due</source>
        <translation>Aktuellt</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="147"/>
        <source>Caseload</source>
        <translation>Klientlista</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="232"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="234"/>
        <source>Reveal personal identity code</source>
        <translation>Visa hela personbeteckningen</translation>
    </message>
</context>
<context>
    <name>ClientSummaryDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="69"/>
        <source>Client – ASTU Desktop</source>
        <translation>Klient – ASTU Desktop</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/client_summary.py" line="70"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="71"/>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="71"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="71"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="74"/>
        <source>Service episodes</source>
        <translation>Klientskap</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="75"/>
        <source>Latest visits</source>
        <translation>Senaste besök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="86"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="87"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="88"/>
        <source>Started</source>
        <translation>Började</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="89"/>
        <source>Ended</source>
        <translation>Avslutades</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="90"/>
        <source>Responsible worker</source>
        <translation>Ansvarig medarbetare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="105"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="105"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="105"/>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/client_summary.py" line="110"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="17"/>
        <source>SAS assessment</source>
        <translation>SAS-bedömning</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="18"/>
        <source>Outreach</source>
        <translation>Närarbete</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="19"/>
        <source>Rent-debt follow-up</source>
        <translation>Uppföljning av hyresskuld</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="20"/>
        <source>Home rehabilitation</source>
        <translation>Hemrehabilitering</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="23"/>
        <source>Starting</source>
        <translation>Inleds</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="24"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="25"/>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="28"/>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="29"/>
        <source>Joint visit</source>
        <translation>Gemensamt besök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="30"/>
        <source>Three-party meeting</source>
        <translation>Trepartsmöte</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="31"/>
        <source>Accompanying to a service</source>
        <translation>Ledsagning till tjänst</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="32"/>
        <source>Not at home</source>
        <translation>Inte hemma</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="33"/>
        <source>Office visit</source>
        <translation>Möte på kontoret</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="34"/>
        <source>Phone call</source>
        <translation>Telefonsamtal</translation>
    </message>
</context>
<context>
    <name>CreateStoreDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="37"/>
        <source>Very weak</source>
        <translation>Mycket svag</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="38"/>
        <source>Weak</source>
        <translation>Svag</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="39"/>
        <source>Fair</source>
        <translation>Godtagbar</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="40"/>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="41"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="112"/>
        <source>Create the case store – ASTU Desktop</source>
        <translation>Skapa klientdatabasen – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="115"/>
        <source>This computer has no case store yet. Choose the passphrase that will protect the clients&apos; data on this computer.</source>
        <translation>Den här datorn har ännu ingen klientdatabas. Välj den lösenfras som skyddar klienternas uppgifter på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="121"/>
        <source>Nobody can recover a forgotten passphrase, not even support: without it the data on this computer cannot be opened.</source>
        <translation>Ingen kan återställa en bortglömd lösenfras, inte ens supporten: utan den kan uppgifterna på den här datorn inte öppnas.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="126"/>
        <source>Tip: a sentence of four or more words is easy to remember and hard to guess.</source>
        <translation>Tips: en mening med fyra eller fler ord är lätt att komma ihåg och svår att gissa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="128"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="129"/>
        <source>Passphrase again</source>
        <translation>Lösenfrasen igen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="130"/>
        <source>Strength</source>
        <translation>Styrka</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="131"/>
        <source>Caps Lock seems to be on.</source>
        <translation>Caps Lock verkar vara på.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="132"/>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="133"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="169"/>
        <source>The two passphrases differ.</source>
        <translation>Lösenfraserna är inte likadana.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="174"/>
        <source>At least {minimum} characters, now %n.</source>
        <translation>
            <numerusform>Minst {minimum} tecken, nu %n.</numerusform>
            <numerusform>Minst {minimum} tecken, nu %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="178"/>
        <source>Avoid obvious words and sequences such as “salasana” or “123456”.</source>
        <translation>Undvik uppenbara ord och serier som ”lösenord” eller ”123456”.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="179"/>
        <source>Too repetitive: use more different characters.</source>
        <translation>För mycket upprepning: använd fler olika tecken.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="92"/>
        <source>ASTU Desktop</source>
        <translation>ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="94"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="95"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="96"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="97"/>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="98"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="99"/>
        <source>The case store is locked.</source>
        <translation>Klientdatabasen är låst.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="153"/>
        <location filename="../../astu_desktop/ui/main_window.py" line="164"/>
        <source>This client is no longer in the store.</source>
        <translation>Klienten finns inte längre i databasen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="167"/>
        <source>The personal identity code is shown; the viewing was logged.</source>
        <translation>Personbeteckningen visas; visningen loggades.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="174"/>
        <source>Loading…</source>
        <translation>Laddar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/main_window.py" line="176"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klienter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="25"/>
        <source>Wrong passphrase.</source>
        <translation>Fel lösenfras.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="26"/>
        <source>Too many wrong attempts.</source>
        <translation>För många felaktiga försök.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="27"/>
        <source>The case store was not found.</source>
        <translation>Klientdatabasen hittades inte.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="28"/>
        <source>A case store already exists there.</source>
        <translation>Klientdatabasen finns redan.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="29"/>
        <source>The key file is missing or damaged. Please contact support.</source>
        <translation>Nyckelfilen saknas eller är skadad. Kontakta supporten.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="32"/>
        <source>The key file does not belong to this case store. Please contact support.</source>
        <translation>Nyckelfilen hör inte till den här klientdatabasen. Kontakta supporten.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="35"/>
        <source>The case store is damaged or has been changed outside the application. Please contact support and do not delete any files.</source>
        <translation>Klientdatabasen är skadad eller har ändrats utanför programmet. Kontakta supporten och radera inga filer.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="40"/>
        <source>The case store was written by a newer version. Please update ASTU Desktop.</source>
        <translation>Klientdatabasen skapades med en nyare programversion. Uppdatera ASTU Desktop.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="43"/>
        <source>The case store is locked.</source>
        <translation>Klientdatabasen är låst.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="44"/>
        <source>The passphrase is too weak: at least 12 characters, no obvious words or repetition.</source>
        <translation>Lösenfrasen är för svag: minst 12 tecken, inga uppenbara ord eller upprepningar.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="49"/>
        <source>Something unexpected went wrong. Your saved work is safe. The details were written to the log for support.</source>
        <translation>Något oväntat hände. Ditt sparade arbete är i tryggt förvar. Detaljerna skrevs i loggen för supporten.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="110"/>
        <source>Unlock – ASTU Desktop</source>
        <translation>Lås upp – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="112"/>
        <source>Type the passphrase of the case store on this computer.</source>
        <translation>Skriv lösenfrasen till klientdatabasen på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="115"/>
        <source>This is the demo store. It holds synthetic people only, never real clients. Its passphrase is: {passphrase}</source>
        <translation>Det här är demodatabasen. Den innehåller bara påhittade personer, aldrig riktiga klienter. Dess lösenfras är: {passphrase}</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="119"/>
        <source>Use the demo passphrase</source>
        <translation>Använd demons lösenfras</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="120"/>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="121"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="122"/>
        <source>Caps Lock seems to be on.</source>
        <translation>Caps Lock verkar vara på.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="123"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="124"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="125"/>
        <source>Opening the case store</source>
        <translation>Öppnar klientdatabasen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="142"/>
        <source>Type the passphrase first.</source>
        <translation>Skriv först lösenfrasen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="207"/>
        <source>After wrong passphrases you can try again in %n second(s).</source>
        <translation>
            <numerusform>Efter felaktiga lösenfraser kan du försöka igen om %n sekund.</numerusform>
            <numerusform>Efter felaktiga lösenfraser kan du försöka igen om %n sekunder.</numerusform>
        </translation>
    </message>
</context>
</TS>

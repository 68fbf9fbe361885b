<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../astu_desktop/ui/caseload_model.py" line="53"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_model.py" line="54"/>
        <source>Personal identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_model.py" line="55"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_model.py" line="56"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_model.py" line="57"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_model.py" line="58"/>
        <source>Responsible worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_model.py" line="59"/>
        <source>Next visit due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_model.py" line="60"/>
        <source>Service plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_model.py" line="61"/>
        <source>Open rent debt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadPanel</name>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="119"/>
        <source>My caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="119"/>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="119"/>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="122"/>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="123"/>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="126"/>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="128"/>
        <source>Anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="129"/>
        <source>Visit due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="130"/>
        <source>Service plan review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="131"/>
        <source>Open rent debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="135"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="136"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="137"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="219"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="221"/>
        <source>Reveal personal identity code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientSummaryDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="70"/>
        <source>Client – ASTU Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/client_summary.py" line="71"/>
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="72"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="72"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="72"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="75"/>
        <source>Service episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="76"/>
        <source>Latest visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="87"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="88"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="89"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="90"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="91"/>
        <source>Responsible worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="106"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="106"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="106"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/client_summary.py" line="111"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="17"/>
        <source>SAS assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="18"/>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="19"/>
        <source>Rent-debt follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="20"/>
        <source>Home rehabilitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="23"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="24"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="25"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="28"/>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="29"/>
        <source>Joint visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="30"/>
        <source>Three-party meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="31"/>
        <source>Accompanying to a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="32"/>
        <source>Not at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="33"/>
        <source>Office visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="34"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateStoreDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="37"/>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="38"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="39"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="40"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="41"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="108"/>
        <source>Create the case store – ASTU Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="111"/>
        <source>This computer has no case store yet. Choose the passphrase that will protect the clients&apos; data on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="117"/>
        <source>Nobody can recover a forgotten passphrase, not even support: without it the data on this computer cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="122"/>
        <source>Tip: a sentence of four or more words is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="124"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="125"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="126"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="127"/>
        <source>Caps Lock seems to be on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="128"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="129"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="165"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="170"/>
        <source>At least {minimum} characters, now %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="174"/>
        <source>Avoid obvious words and sequences such as “salasana” or “123456”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="175"/>
        <source>Too repetitive: use more different characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="88"/>
        <source>ASTU Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="90"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="91"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="92"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="93"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="94"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="95"/>
        <source>The case store is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="147"/>
        <location filename="../../astu_desktop/ui/main_window.py" line="158"/>
        <source>This client is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="161"/>
        <source>The personal identity code is shown; the viewing was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="168"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/main_window.py" line="170"/>
        <source>%n client(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="25"/>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="26"/>
        <source>Too many wrong attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="27"/>
        <source>The case store was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="28"/>
        <source>A case store already exists there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="29"/>
        <source>The key file is missing or damaged. Please contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="32"/>
        <source>The key file does not belong to this case store. Please contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="35"/>
        <source>The case store is damaged or has been changed outside the application. Please contact support and do not delete any files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="40"/>
        <source>The case store was written by a newer version. Please update ASTU Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="43"/>
        <source>The case store is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="44"/>
        <source>The passphrase is too weak: at least 12 characters, no obvious words or repetition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="49"/>
        <source>Something unexpected went wrong. Your saved work is safe. The details were written to the log for support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="100"/>
        <source>Unlock – ASTU Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="102"/>
        <source>Type the passphrase of the case store on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="105"/>
        <source>This is the demo store. It holds synthetic people only, never real clients. Its passphrase is: {passphrase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="109"/>
        <source>Use the demo passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="110"/>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="111"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="112"/>
        <source>Caps Lock seems to be on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="113"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="114"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="115"/>
        <source>Opening the case store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="132"/>
        <source>Type the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="197"/>
        <source>After wrong passphrases you can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>

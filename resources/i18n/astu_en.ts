<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="28"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="29"/>
        <source>Personal identity code</source>
        <translation>Personal identity code</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="30"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="31"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="33"/>
        <source>Responsible worker</source>
        <translation>Responsible worker</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="34"/>
        <source>Next visit due</source>
        <translation>Next visit due</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="35"/>
        <source>Plan review due</source>
        <translation>Plan review due</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="36"/>
        <source>Open rent debt</source>
        <translation>Open rent debt</translation>
    </message>
</context>
<context>
    <name>CaseloadPanel</name>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="129"/>
        <source>My caseload</source>
        <translation>My caseload</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="129"/>
        <source>My team</source>
        <translation>My team</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="129"/>
        <source>All clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="132"/>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="133"/>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="136"/>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="138"/>
        <source>Anything</source>
        <translation>Anything</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="139"/>
        <source>Visit due</source>
        <translation>Visit due</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="140"/>
        <source>Service plan review due</source>
        <translation>Service plan review due</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="141"/>
        <source>Open rent debt</source>
        <translation>Open rent debt</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="145"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="146"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="147"/>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="232"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="234"/>
        <source>Reveal personal identity code</source>
        <translation>Reveal personal identity code</translation>
    </message>
</context>
<context>
    <name>ClientSummaryDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="69"/>
        <source>Client – ASTU Desktop</source>
        <translation>Client – ASTU Desktop</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/client_summary.py" line="70"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="71"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="71"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="71"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="74"/>
        <source>Service episodes</source>
        <translation>Service episodes</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="75"/>
        <source>Latest visits</source>
        <translation>Latest visits</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="86"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="87"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="88"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="89"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="90"/>
        <source>Responsible worker</source>
        <translation>Responsible worker</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="105"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="105"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="105"/>
        <source>Duration</source>
        <translation>Duration</translation>
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
        <translation>SAS assessment</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="18"/>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="19"/>
        <source>Rent-debt follow-up</source>
        <translation>Rent-debt follow-up</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="20"/>
        <source>Home rehabilitation</source>
        <translation>Home rehabilitation</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="23"/>
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="24"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="25"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="28"/>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="29"/>
        <source>Joint visit</source>
        <translation>Joint visit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="30"/>
        <source>Three-party meeting</source>
        <translation>Three-party meeting</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="31"/>
        <source>Accompanying to a service</source>
        <translation>Accompanying to a service</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="32"/>
        <source>Not at home</source>
        <translation>Not at home</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="33"/>
        <source>Office visit</source>
        <translation>Office visit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="34"/>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
</context>
<context>
    <name>CreateStoreDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="37"/>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="38"/>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="39"/>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="40"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="41"/>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="112"/>
        <source>Create the case store – ASTU Desktop</source>
        <translation>Create the case store – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="115"/>
        <source>This computer has no case store yet. Choose the passphrase that will protect the clients&apos; data on this computer.</source>
        <translation>This computer has no case store yet. Choose the passphrase that will protect the clients&apos; data on this computer.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="121"/>
        <source>Nobody can recover a forgotten passphrase, not even support: without it the data on this computer cannot be opened.</source>
        <translation>Nobody can recover a forgotten passphrase, not even support: without it the data on this computer cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="126"/>
        <source>Tip: a sentence of four or more words is easy to remember and hard to guess.</source>
        <translation>Tip: a sentence of four or more words is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="128"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="129"/>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="130"/>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="131"/>
        <source>Caps Lock seems to be on.</source>
        <translation>Caps Lock seems to be on.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="132"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="133"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="169"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="174"/>
        <source>At least {minimum} characters, now %n.</source>
        <translation>
            <numerusform>At least {minimum} characters, now %n.</numerusform>
            <numerusform>At least {minimum} characters, now %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="178"/>
        <source>Avoid obvious words and sequences such as “salasana” or “123456”.</source>
        <translation>Avoid obvious words and sequences such as “salasana” or “123456”.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="179"/>
        <source>Too repetitive: use more different characters.</source>
        <translation>Too repetitive: use more different characters.</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="95"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="96"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="97"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="98"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="99"/>
        <source>The case store is locked.</source>
        <translation>The case store is locked.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="153"/>
        <location filename="../../astu_desktop/ui/main_window.py" line="164"/>
        <source>This client is no longer in the store.</source>
        <translation>This client is no longer in the store.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="167"/>
        <source>The personal identity code is shown; the viewing was logged.</source>
        <translation>The personal identity code is shown; the viewing was logged.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="174"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/main_window.py" line="176"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="25"/>
        <source>Wrong passphrase.</source>
        <translation>Wrong passphrase.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="26"/>
        <source>Too many wrong attempts.</source>
        <translation>Too many wrong attempts.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="27"/>
        <source>The case store was not found.</source>
        <translation>The case store was not found.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="28"/>
        <source>A case store already exists there.</source>
        <translation>A case store already exists there.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="29"/>
        <source>The key file is missing or damaged. Please contact support.</source>
        <translation>The key file is missing or damaged. Please contact support.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="32"/>
        <source>The key file does not belong to this case store. Please contact support.</source>
        <translation>The key file does not belong to this case store. Please contact support.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="35"/>
        <source>The case store is damaged or has been changed outside the application. Please contact support and do not delete any files.</source>
        <translation>The case store is damaged or has been changed outside the application. Please contact support and do not delete any files.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="40"/>
        <source>The case store was written by a newer version. Please update ASTU Desktop.</source>
        <translation>The case store was written by a newer version. Please update ASTU Desktop.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="43"/>
        <source>The case store is locked.</source>
        <translation>The case store is locked.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="44"/>
        <source>The passphrase is too weak: at least 12 characters, no obvious words or repetition.</source>
        <translation>The passphrase is too weak: at least 12 characters, no obvious words or repetition.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="49"/>
        <source>Something unexpected went wrong. Your saved work is safe. The details were written to the log for support.</source>
        <translation>Something unexpected went wrong. Your saved work is safe. The details were written to the log for support.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="110"/>
        <source>Unlock – ASTU Desktop</source>
        <translation>Unlock – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="112"/>
        <source>Type the passphrase of the case store on this computer.</source>
        <translation>Type the passphrase of the case store on this computer.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="115"/>
        <source>This is the demo store. It holds synthetic people only, never real clients. Its passphrase is: {passphrase}</source>
        <translation>This is the demo store. It holds synthetic people only, never real clients. Its passphrase is: {passphrase}</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="119"/>
        <source>Use the demo passphrase</source>
        <translation>Use the demo passphrase</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="120"/>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="121"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="122"/>
        <source>Caps Lock seems to be on.</source>
        <translation>Caps Lock seems to be on.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="123"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="124"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="125"/>
        <source>Opening the case store</source>
        <translation>Opening the case store</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="142"/>
        <source>Type the passphrase first.</source>
        <translation>Type the passphrase first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="207"/>
        <source>After wrong passphrases you can try again in %n second(s).</source>
        <translation>
            <numerusform>After wrong passphrases you can try again in %n second.</numerusform>
            <numerusform>After wrong passphrases you can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/record/action_dialog.py" line="1"/>
        <source>Give the sum.</source>
        <translation>Ange beloppet.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="211"/>
        <source>The booking could not be saved: check the time and workers.</source>
        <translation>Bokningen kunde inte sparas: kontrollera tiden och arbetstagarna.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="271"/>
        <source>Book a visit – ASTU Desktop</source>
        <translation>Boka ett besök – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>&amp;When</source>
        <translation>&amp;När</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>&amp;Duration</source>
        <translation>&amp;Längd</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>Who goes</source>
        <translation>Vem går</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="275"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="276"/>
        <source>The client's address</source>
        <translation>Klientens adress</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="277"/>
        <source>&amp;Book</source>
        <translation>&amp;Boka</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="299"/>
        <source>Tick at least one worker who goes.</source>
        <translation>Välj minst en arbetstagare som går på besöket.</translation>
    </message>
</context>
<context>
    <name>BookingTexts</name>
    <message>
        <location filename="../../astu_desktop/ui/booking_texts.py" line="59"/>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_texts.py" line="68"/>
        <source>No visit booked</source>
        <translation>Inget bokat besök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_texts.py" line="71"/>
        <source>Overdue (%1)</source>
        <translation>Försenat (%1)</translation>
    </message>
</context>
<context>
    <name>BookingsTab</name>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="61"/>
        <source>Book a visit…</source>
        <translation>Boka ett besök…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="62"/>
        <source>Move…</source>
        <translation>Flytta…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="63"/>
        <source>Cancel the visit…</source>
        <translation>Avboka besöket…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="64"/>
        <source>No visit booked.</source>
        <translation>Inget bokat besök.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="1"/>
        <source>Booked visits</source>
        <translation>Bokade besök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="67"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="67"/>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="67"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="67"/>
        <source>Who goes</source>
        <translation>Vem går</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="71"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>CalendarWindow</name>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="51"/>
        <source>Save the week as a calendar file</source>
        <translation>Spara veckan som kalenderfil</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="53"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="137"/>
        <source>Booked visits – ASTU Desktop</source>
        <translation>Bokade besök – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="139"/>
        <source>◀ Earlier</source>
        <translation>◀ Tidigare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="139"/>
        <source>The day or week before (Alt+Left)</source>
        <translation>Föregående dag eller vecka (Alt+Vänster)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="140"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="140"/>
        <source>Back to today (Alt+Home)</source>
        <translation>Tillbaka till i dag (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="141"/>
        <source>Later ▶</source>
        <translation>Senare ▶</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="141"/>
        <source>The day or week after (Alt+Right)</source>
        <translation>Nästa dag eller vecka (Alt+Höger)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="142"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="142"/>
        <source>One day (Ctrl+1)</source>
        <translation>En dag (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="143"/>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="143"/>
        <source>Monday to Sunday (Ctrl+2)</source>
        <translation>Måndag till söndag (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="146"/>
        <source>Save the week as a calendar file…</source>
        <translation>Spara veckan som kalenderfil…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="147"/>
        <source>An .ics file with times and initials only, no names (Ctrl+E)</source>
        <translation>En .ics-fil med bara tider och initialer, inga namn (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="17"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="149"/>
        <source>Close (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="155"/>
        <source>No visits booked for this day.</source>
        <translation>Inga besök är bokade för den här dagen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="157"/>
        <source>No visits booked for this week.</source>
        <translation>Inga besök är bokade för den här veckan.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="137"/>
        <source>Booked visits</source>
        <translation>Bokade besök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="175"/>
        <source>Week %1: %2–%3</source>
        <translation>Vecka %1: %2–%3</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="184"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="185"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="186"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="187"/>
        <source>Who goes</source>
        <translation>Vem går</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="275"/>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="293"/>
        <source>The week was saved as a calendar file; the export was logged.</source>
        <translation>Veckan sparades som kalenderfil; exporten loggades.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="303"/>
        <source>The calendar file could not be saved there. Choose another folder.</source>
        <translation>Kalenderfilen kunde inte sparas där. Välj en annan mapp.</translation>
    </message>
</context>
<context>
    <name>CancelBookingDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="378"/>
        <source>Cancel a booked visit – ASTU Desktop</source>
        <translation>Avboka ett bokat besök – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="380"/>
        <source>Cancel the visit to %1 on %2?</source>
        <translation>Avboka besöket hos %1 %2?</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="340"/>
        <source>&amp;Reason</source>
        <translation>&amp;Orsak</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="385"/>
        <source>Cancel the &amp;visit</source>
        <translation>Avboka &amp;besöket</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="386"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Behåll det</translation>
    </message>
</context>
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
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="35"/>
        <source>Plan review due</source>
        <translation>Plangranskning</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="36"/>
        <source>Open rent debt</source>
        <translation>Öppen hyresskuld</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="34"/>
        <source>Next visit</source>
        <translation>Nästa besök</translation>
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
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Worker:</source>
        <translation>Medarbetare:</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>All workers</source>
        <translation>Alla medarbetare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Search by name, personal identity code, address or phone (Ctrl+F)</source>
        <translation>Sök med namn, personbeteckning, adress eller telefonnummer (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Search clients</source>
        <translation>Sök klienter</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Responsible worker</source>
        <translation>Ansvarig medarbetare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Copy personal identity code</source>
        <translation>Kopiera personbeteckningen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="221"/>
        <source>New home visit</source>
        <translation>Nytt hembesök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="223"/>
        <source>Record a home visit for the selected client (Ctrl+N)</source>
        <translation>Registrera ett hembesök för den valda klienten (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>ClientFields</name>
    <message>
        <source>Street &amp;address</source>
        <translation>Gatu&amp;adress</translation>
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation>Post&amp;nummer</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Post&amp;anstalt</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;post</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>Other language:</source>
        <translation>Annat språk:</translation>
    </message>
    <message>
        <source>code, e.g. ru, so, ar, en</source>
        <translation>kod, t.ex. ru, so, ar, en</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Annat språk</translation>
    </message>
    <message>
        <source>Needs an &amp;interpreter</source>
        <translation>Behöver &amp;tolk</translation>
    </message>
</context>
<context>
    <name>ClientProblems</name>
    <message>
        <source>This is required.</source>
        <translation>Uppgiften behövs.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>Det här är för långt.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Värdet kan inte användas.</translation>
    </message>
    <message>
        <source>This contains characters that cannot be stored (e.g. a line break).</source>
        <translation>Här finns tecken som inte kan sparas (t.ex. en radbrytning).</translation>
    </message>
    <message>
        <source>A postal code is five digits, e.g. 00510.</source>
        <translation>Ett postnummer är fem siffror, t.ex. 00510.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces and dashes, e.g. 040 123 4567.</source>
        <translation>Ett telefonnummer har siffror, mellanslag och bindestreck, t.ex. 040 123 4567.</translation>
    </message>
    <message>
        <source>Give the language as a two-letter code, e.g. ru, so or ar.</source>
        <translation>Ange språket som en kod med två bokstäver, t.ex. ru, so eller ar.</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.fi.</source>
        <translation>En e-postadress ser ut som namn@exempel.fi.</translation>
    </message>
    <message>
        <source>A service cannot start in the future.</source>
        <translation>En tjänst kan inte börja i framtiden.</translation>
    </message>
    <message>
        <source>The personal identity code is required.</source>
        <translation>Personbeteckningen behövs.</translation>
    </message>
    <message>
        <source>The personal identity code is written DDMMYY-NNNC, e.g. 170580-923X.</source>
        <translation>Personbeteckningen skrivs DDMMÅÅ-NNNK, t.ex. 170580-923X.</translation>
    </message>
    <message>
        <source>The seventh character (the century sign) is not one that is used.</source>
        <translation>Det sjunde tecknet (sekeltecknet) används inte.</translation>
    </message>
    <message>
        <source>The first six digits are not a possible date of birth.</source>
        <translation>De sex första siffrorna är inte ett möjligt födelsedatum.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Födelsedatumet ligger i framtiden.</translation>
    </message>
    <message>
        <source>The individual number (digits 8–10) is not valid.</source>
        <translation>Individnumret (tecken 8–10) är ogiltigt.</translation>
    </message>
    <message>
        <source>The last character does not match: check for a typing error.</source>
        <translation>Kontrolltecknet stämmer inte: kontrollera om det finns ett skrivfel.</translation>
    </message>
</context>
<context>
    <name>ContactDetailsDialog</name>
    <message>
        <source>Contact details – ASTU Desktop</source>
        <translation>Kontaktuppgifter – ASTU Desktop</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Ingenting sparades: rätta fälten som är markerade med rött.</translation>
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
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="137"/>
        <source>Next, connect to the server (can also be done later)</source>
        <translation>Anslut sedan till servern (kan också göras senare)</translation>
    </message>
</context>
<context>
    <name>DemoStartWindow</name>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="106"/>
        <source>ASTU Desktop – demo</source>
        <translation>ASTU Desktop – demo</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="107"/>
        <source>ASTU Desktop demo</source>
        <translation>Demo av ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="1"/>
        <source>The demo holds made-up people only (temporary identity codes 900–999). Its first start creates them and a local server to sync with, which takes about a minute.</source>
        <translation>Demon innehåller bara påhittade personer (tillfälliga personbeteckningar 900–999). Första starten skapar dem och en lokal server att synkronisera med, vilket tar ungefär en minut.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="115"/>
        <source>Open as a field &amp;worker</source>
        <translation>Öppna som &amp;arbetstagare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="116"/>
        <source>Open as a team &amp;lead</source>
        <translation>Öppna som team&amp;ledare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="117"/>
        <source>The busiest outreach worker's laptop</source>
        <translation>Den mest belastade närarbetarens bärbara dator</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="119"/>
        <source>The laptop of the lead of the same team: the team overview, approvals</source>
        <translation>Ledaren för samma team: teamöversikten, godkännanden</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="162"/>
        <source>The demo is ready.</source>
        <translation>Demon är klar.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="165"/>
        <source>Creating made-up clients: %1 of %2</source>
        <translation>Skapar påhittade klienter: %1 av %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="170"/>
        <source>Preparing the team lead's laptop and its first sync…</source>
        <translation>Förbereder teamledarens bärbara dator och dess första synkronisering…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="172"/>
        <source>Starting the local server and syncing…</source>
        <translation>Startar den lokala servern och synkroniserar…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="174"/>
        <source>Preparing the demo…</source>
        <translation>Förbereder demon…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="192"/>
        <source>The demo could not be made: %1</source>
        <translation>Demon kunde inte skapas: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="203"/>
        <source>The demo opens as soon as it is ready.</source>
        <translation>Demon öppnas så snart den är klar.</translation>
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
    <message>
        <location filename="../../astu_desktop/ui/main_window.py"/>
        <source>&amp;Find client</source>
        <translation>&amp;Sök klient</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py"/>
        <source>&amp;Auto-lock…</source>
        <translation>&amp;Automatisk låsning…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py"/>
        <source>Copied; the clipboard is cleared in 30 seconds. The copy was logged.</source>
        <translation>Kopierad. Urklippet töms om 30 sekunder. Kopieringen loggades.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="166"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronisera nu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="167"/>
        <source>Sync &amp;conflicts…</source>
        <translation>Synkroniserings&amp;konflikter…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Refused changes…</source>
        <translation>&amp;Avvisade ändringar…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="169"/>
        <source>C&amp;onnect to the server…</source>
        <translation>A&amp;nslut till servern…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="399"/>
        <source>Connected to the server as %1. The first sync starts.</source>
        <translation>Ansluten till servern som %1. Den första synkroniseringen börjar.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="416"/>
        <source>This computer has been taken out of use: it was reported lost or it is no longer used for client work. The case store on this computer will now be erased. Changes that were not synced are lost. If this is a mistake, contact your team lead or support.</source>
        <translation>Den här datorn har tagits ur bruk: den har anmälts som förlorad eller används inte längre i klientarbetet. Klientdatabasen på den här datorn raderas nu. Ändringar som inte synkroniserats går förlorade. Om detta är ett misstag, kontakta din teamledare eller supporten.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="132" />
        <source>&amp;Reports</source>
        <translation>&amp;Rapporter</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="133" />
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistik…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="130" />
        <source>&amp;Team overview</source>
        <translation>&amp;Teamöversikt</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="136" />
        <source>&amp;Returned documents</source>
        <translation>&amp;Returnerade dokument</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Ny klient…</translation>
    </message>
    <message>
        <source>Register a new client (Ctrl+Shift+N)</source>
        <translation>Registrera en ny klient (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <source>The client was saved.</source>
        <translation>Klienten sparades.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="186"/>
        <source>&amp;Booked visits (day and week)</source>
        <translation>&amp;Bokade besök (dag och vecka)</translation>
    </message>
</context>
<context>
    <name>MoveBookingDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="333"/>
        <source>Move a booked visit – ASTU Desktop</source>
        <translation>Flytta ett bokat besök – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="335"/>
        <source>%1, booked for %2</source>
        <translation>%1, bokat %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="339"/>
        <source>&amp;New time</source>
        <translation>&amp;Ny tid</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="340"/>
        <source>&amp;Reason</source>
        <translation>&amp;Orsak</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="341"/>
        <source>&amp;Move</source>
        <translation>&amp;Flytta</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client – ASTU Desktop</source>
        <translation>Ny klient – ASTU Desktop</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Ny klient</translation>
    </message>
    <message>
        <source>&amp;First names</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <source>Personal identity &amp;code</source>
        <translation>&amp;Personbeteckning</translation>
    </message>
    <message>
        <source>DDMMYY-NNNC</source>
        <translation>DDMMÅÅ-NNNK</translation>
    </message>
    <message>
        <source>&amp;Open the existing record</source>
        <translation>&amp;Öppna den befintliga journalen</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>A&amp;dd contact person</source>
        <translation>&amp;Lägg till kontaktperson</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Start a service now, with me as responsible worker</source>
        <translation>&amp;Inled en tjänst nu, med mig som ansvarig arbetstagare</translation>
    </message>
    <message>
        <source>Se&amp;rvice</source>
        <translation>&amp;Tjänst</translation>
    </message>
    <message>
        <source>S&amp;tarts on</source>
        <translation>&amp;Börjar</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Ingenting sparades: rätta fälten som är markerade med rött.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>Contact person %1, %2: %3</source>
        <translation>Kontaktperson %1, %2: %3</translation>
    </message>
    <message>
        <source>A client with this personal identity code was on this computer and has been removed. Nothing was saved; contact your team lead.</source>
        <translation>En klient med den här personbeteckningen har funnits på den här datorn och tagits bort. Ingenting sparades; kontakta din teamledare.</translation>
    </message>
    <message>
        <source>A client with this personal identity code is already on this computer. Nothing was saved: open that record instead.</source>
        <translation>En klient med den här personbeteckningen finns redan på den här datorn. Ingenting sparades: öppna den journalen i stället.</translation>
    </message>
</context>
<context>
    <name>PaymentPlanDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Payment plan</source>
        <translation>Betalningsplan</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Agree on instalments with the tenant; a new plan replaces the earlier one.</source>
        <translation>Kom överens om rater med hyresgästen; en ny plan ersätter den tidigare.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Agreed on</source>
        <translation>Överenskommen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Monthly instalments</source>
        <translation>Månatliga rater</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>First due on</source>
        <translation>Första förfallodag</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Due date of instalment %1</source>
        <translation>Förfallodag för rat %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Instalment %1</source>
        <translation>Rat %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Instalments together %1; still owed %2.</source>
        <translation>Raterna sammanlagt %1; kvar att betala %2.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Give the sum of every instalment.</source>
        <translation>Ange beloppet för varje rat.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>The instalments add up to more than is still owed.</source>
        <translation>Raterna är sammanlagt mer än vad som återstår av skulden.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Sök i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typen:</translation>
    </message>
</context>
<context>
    <name>RemoveVisitDialog</name>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behåll det</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Orsak</translation>
    </message>
    <message>
        <source>&amp;Remove the visit</source>
        <translation>&amp;Ta bort besöket</translation>
    </message>
    <message>
        <source>Remove a visit – ASTU Desktop</source>
        <translation>Ta bort ett besök – ASTU Desktop</translation>
    </message>
    <message>
        <source>Remove this visit from %1's record? It disappears from the record and the lists on every laptop after the next sync; the removal and its reason stay in the access log.</source>
        <translation>Ta bort besöket från journalen för %1? Det försvinner från journalen och listorna på alla datorer efter nästa synkronisering; borttagningen och dess orsak finns kvar i loggen.</translation>
    </message>
</context>
<context>
    <name>RentDebtSteps</name>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Start rent-debt follow-up</source>
        <translation>Start av uppföljning av hyresskuld</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>The landlord's notice of rent arrears starts the follow-up.</source>
        <translation>Hyresvärdens meddelande om hyresskuld startar uppföljningen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Started on</source>
        <translation>Startad</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Rent debt (€)</source>
        <translation>Hyresskuld (€)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Landlord's notice on</source>
        <translation>Hyresvärdens meddelande</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Landlord</source>
        <translation>Hyresvärd</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Asuntoyksikkö</source>
        <translation>Bostadsenheten</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Payment received</source>
        <translation>Betalning mottagen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>A payment seen in SAP.</source>
        <translation>En betalning som syns i SAP.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Paid on</source>
        <translation>Betald</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Amount (€)</source>
        <translation>Belopp (€)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Paid by</source>
        <translation>Betalare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Contact with a partner</source>
        <translation>Kontakt med en samarbetspart</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Landlord, debt counselling, area social work, Kela, enforcement, ...</source>
        <translation>Hyresvärd, skuldrådgivning, områdets socialarbete, FPA, utsökning, …</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Contacted on</source>
        <translation>Kontaktdag</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Partner</source>
        <translation>Samarbetspart</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>What was agreed</source>
        <translation>Vad som avtalades</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>At most 400 characters.</source>
        <translation>Högst 400 tecken.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Application</source>
        <translation>Ansökan</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Supplementary or preventive income support, more time, limited enforcement.</source>
        <translation>Kompletterande eller förebyggande utkomststöd, mer tid, begränsad utsökning.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Application for</source>
        <translation>Ansökan om</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Applied on</source>
        <translation>Ansökt</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>The decision on an application.</source>
        <translation>Beslutet om en ansökan.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Decided on</source>
        <translation>Beslutat</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Amount granted (€)</source>
        <translation>Beviljat belopp (€)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>End of rent-debt follow-up</source>
        <translation>Avslutning av uppföljning av hyresskuld</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Agree on further work with the tenant; the outcome goes to the statistics.</source>
        <translation>Kom överens om fortsatt arbete med hyresgästen; utfallet går till statistiken.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Ended on</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Further work agreed</source>
        <translation>Överenskommet fortsatt arbete</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>A sum belongs only to a granted application.</source>
        <translation>Ett belopp hör bara till en beviljad ansökan.</translation>
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
    <message>
        <source>The disk could not be written to (a disk error, or it is read-only), so this was not saved. Work saved before is safe. Try again once the disk works; if it happens again, contact support.</source>
        <translation>Det gick inte att skriva till disken (diskfel eller disken är skrivskyddad), så detta sparades inte. Tidigare sparat arbete finns kvar. Försök igen när disken fungerar; kontakta supporten om felet upprepas.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Work saved before is safe. Free disk space until at least %1 MB is free, and try again.</source>
        <translation>Disken är full, så detta sparades inte. Tidigare sparat arbete finns kvar. Frigör diskutrymme så att minst %1 MB är ledigt och försök igen.</translation>
    </message>
    <message numerus="yes">
        <source>It stopped part way: %n row(s) received before the error were saved and are safe. The next sync goes on from there.</source>
        <translation>
            <numerusform>Det avbröts: %n rad som togs emot före felet sparades och finns kvar. Nästa synkronisering fortsätter därifrån.</numerusform>
            <numerusform>Det avbröts: %n rader som togs emot före felet sparades och finns kvar. Nästa synkronisering fortsätter därifrån.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It stopped part way: %n client(s) were saved before the error and are safe; the rest were not saved.</source>
        <translation>
            <numerusform>Det avbröts: %n klient sparades före felet och finns kvar; resten sparades inte.</numerusform>
            <numerusform>Det avbröts: %n klienter sparades före felet och finns kvar; resten sparades inte.</numerusform>
        </translation>
    </message>
    <message>
        <source>What you typed is still here: save it again.</source>
        <translation>Det du skrev finns kvar: spara det igen.</translation>
    </message>
    <message>
        <source>What you typed is still here, and it is saved by itself as soon as the disk can take it.</source>
        <translation>Det du skrev finns kvar, och det sparas av sig självt så snart det går att skriva till disken igen.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for this (%1 MB free, %2 MB needed), so it was not started. Work saved before is safe. Free disk space and try again.</source>
        <translation>Diskutrymmet räcker inte för detta (%1 MB ledigt, %2 MB behövs), så det påbörjades inte. Tidigare sparat arbete finns kvar. Frigör diskutrymme och försök igen.</translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/record/sync_banner.py" line="1"/>
        <source>The server refused %n record(s) of this client:</source>
        <translation>
            <numerusform>Servern avvisade %n uppgift om den här klienten:</numerusform>
            <numerusform>Servern avvisade %n uppgifter om den här klienten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/record/sync_banner.py" line="1"/>
        <source>%n record(s) of this client saved on this computer, not yet on the server; sent at the next sync.</source>
        <translation>
            <numerusform>%n uppgift om den här klienten finns bara på den här datorn, inte ännu på servern; den skickas vid nästa synkronisering.</numerusform>
            <numerusform>%n uppgifter om den här klienten finns bara på den här datorn, inte ännu på servern; de skickas vid nästa synkronisering.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncMarks</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/marks.py" line="1"/>
        <source>Not yet on the server</source>
        <translation>Inte ännu på servern</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/marks.py" line="1"/>
        <source>Refused by the server</source>
        <translation>Avvisad av servern</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/marks.py" line="1"/>
        <source>Saved on this computer, not yet on the server. It is sent at the next sync.</source>
        <translation>Sparad på den här datorn, inte ännu på servern. Den skickas vid nästa synkronisering.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/marks.py" line="1"/>
        <source>The server refused this record: %1</source>
        <translation>Servern avvisade den här uppgiften: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/marks.py" line="1"/>
        <source>Something of this client is not yet on the server; it is sent at the next sync.</source>
        <translation>En del av klientens uppgifter finns inte ännu på servern; de skickas vid nästa synkronisering.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/marks.py" line="1"/>
        <source>The server refused something of this client. Open the record to read why.</source>
        <translation>Servern avvisade en del av klientens uppgifter. Öppna klientens uppgifter för att se varför.</translation>
    </message>
</context>
<context>
    <name>Times</name>
    <message>
        <source>at %1</source>
        <translation>kl. %1</translation>
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
<context>
    <name>AutoLockDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/autolock.py"/>
        <source>Lock after idle (minutes):</source>
        <translation>Lås efter inaktivitet (minuter):</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/autolock.py"/>
        <source>Auto-lock</source>
        <translation>Automatisk låsning</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/autolock.py"/>
        <source>Minutes of idle time before locking</source>
        <translation>Minuter av inaktivitet före låsning</translation>
    </message>
</context>
<context>
    <name>AccessTab</name>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="16"/>
        <source>Client record</source>
        <translation>Klientjournal</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="17"/>
        <source>Client summary</source>
        <translation>Klientsammandrag</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="18"/>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="19"/>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="20"/>
        <source>Service episode</source>
        <translation>Klientskap</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="21"/>
        <source>SAS decision</source>
        <translation>SAS-beslut</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="22"/>
        <source>Housing offer</source>
        <translation>Bostadserbjudande</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="23"/>
        <source>Placement</source>
        <translation>Boende</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="24"/>
        <source>End of tenancy</source>
        <translation>Boendets upphörande</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="56"/>
        <source>Everyone who has opened, searched, changed or printed this client's data.</source>
        <translation>Alla som har öppnat, sökt, ändrat eller skrivit ut den här klientens uppgifter.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="58"/>
        <source>Access log</source>
        <translation>Logguppgifter</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="59"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="59"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="59"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="59"/>
        <source>Concerning</source>
        <translation>Gällde</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="66"/>
        <source>refused</source>
        <translation>nekad</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="67"/>
        <source>(unknown)</source>
        <translation>(okänd)</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Klientens uppgifter</translation>
    </message>
    <message>
        <source>Personal identity code copied</source>
        <translation>Personbeteckningen kopierad</translation>
    </message>
    <message>
        <source>Handover to another worker</source>
        <translation>Överföring till en annan arbetstagare</translation>
    </message>
    <message>
        <source>Rent-debt follow-up</source>
        <translation>Hyresskuldsuppföljning</translation>
    </message>
    <message>
        <source>Caseload search</source>
        <translation>Klientsökning</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>Statistikrapport</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Granskning: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="20"/>
        <source>Booked visit</source>
        <translation>Bokat besök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="21"/>
        <source>Calendar file of booked visits</source>
        <translation>Kalenderfil med bokade besök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py"/>
        <source>Changes kept after a handover</source>
        <translation>Ändringar sparade efter en överlämning</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py"/>
        <source>Changes kept after a handover discarded</source>
        <translation>Ändringar sparade efter en överlämning kasserade</translation>
    </message>
    <message>
        <source>Home visit removed</source>
        <translation>Hembesök borttaget</translation>
    </message>
</context>
<context>
    <name>ClientRecordWindow</name>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="145"/>
        <source>Client record – ASTU Desktop</source>
        <translation>Klientjournal – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="146"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="150"/>
        <source>&amp;Living skills</source>
        <translation>B&amp;oendefärdigheter</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="151"/>
        <source>&amp;Rent debt</source>
        <translation>&amp;Hyresskuld</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="152"/>
        <source>&amp;Housing</source>
        <translation>Bo&amp;ende</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="153"/>
        <source>Access lo&amp;g</source>
        <translation>&amp;Logguppgifter</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="157"/>
        <source>New home visit</source>
        <translation>Nytt hembesök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="158"/>
        <source>Record a home visit (Ctrl+N)</source>
        <translation>Registrera ett hembesök (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="159"/>
        <source>Reload</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="160"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="233"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="170" />
        <source>Save or print as PDF…</source>
        <translation>Spara eller skriv ut som PDF…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="172" />
        <source>The case summary or a document as PDF: save or print (Ctrl+P)</source>
        <translation>Sammandraget av klientskapet eller ett dokument som PDF: spara eller skriv ut (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="264" />
        <source>Case summary</source>
        <translation>Sammandrag av klientskapet</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="287" />
        <source>PDF saved; the export was logged.</source>
        <translation>PDF sparad; exporten loggades.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="288" />
        <source>Sent to the printer; logged.</source>
        <translation>Skickad till skrivaren; loggades.</translation>
    </message>
    <message>
        <source>Start a service…</source>
        <translation>Inled en tjänst…</translation>
    </message>
    <message>
        <source>Start an episode of a service with you as the responsible worker</source>
        <translation>Inled en klientrelation i en tjänst, med dig som ansvarig arbetstagare</translation>
    </message>
    <message>
        <source>Contact details…</source>
        <translation>Kontaktuppgifter…</translation>
    </message>
    <message>
        <source>Edit the address, phone, e-mail and language</source>
        <translation>Redigera adress, telefon, e-post och språk</translation>
    </message>
    <message>
        <source>Start a service</source>
        <translation>Inled en tjänst</translation>
    </message>
    <message>
        <source>You become the responsible worker of the new episode.</source>
        <translation>Du blir ansvarig arbetstagare för den nya klientrelationen.</translation>
    </message>
    <message>
        <source>Se&amp;rvice</source>
        <translation>&amp;Tjänst</translation>
    </message>
    <message>
        <source>S&amp;tarts on</source>
        <translation>&amp;Börjar</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="196"/>
        <source>Boo&amp;ked visits</source>
        <translation>Bo&amp;kade besök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="202"/>
        <source>Book a visit</source>
        <translation>Boka besök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="203"/>
        <source>Book the next visit: time, place, who goes (Ctrl+B)</source>
        <translation>Boka nästa besök: tid, plats och vem som går (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="1"/>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="1"/>
        <source>Record a phone call, a message or a meeting with a partner (Ctrl+Shift+K)</source>
        <translation>Registrera ett samtal, ett meddelande eller ett möte med en samarbetspart (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>The visit was removed.</source>
        <translation>Besöket togs bort.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="62"/>
        <source>Current version</source>
        <translation>Gällande version</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="63"/>
        <source>All versions</source>
        <translation>Alla versioner</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="64"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="67"/>
        <source>No document yet.</source>
        <translation>Inget dokument ännu.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="70"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="71"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="73"/>
        <source>Author</source>
        <translation>Upprättad av</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="74"/>
        <source>Review due</source>
        <translation>Ses över senast</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="90"/>
        <source>%1, version %2, %3</source>
        <translation>%1, version %2, %3</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="98"/>
        <source>Review due %1.</source>
        <translation>Ses över senast %1.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="83" />
        <source>Save or &amp;print as PDF…</source>
        <translation>Spara eller skriv &amp;ut som PDF…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="104" />
        <source>Approval</source>
        <translation>Godkännande</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="121" />
        <source>Approvals</source>
        <translation>Godkännanden</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="122" />
        <source>A&amp;pprove</source>
        <translation>&amp;Godkänn</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="123" />
        <source>&amp;Return…</source>
        <translation>&amp;Returnera…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="129" />
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="129" />
        <source>Team lead</source>
        <translation>Teamledare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="130" />
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="143" />
        <source>Awaiting review</source>
        <translation>Väntar på godkännande</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="148" />
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="149" />
        <source>Returned</source>
        <translation>Returnerad</translation>
    </message>
    <message>
        <source>No signed version yet.</source>
        <translation>Ingen undertecknad version ännu.</translation>
    </message>
    <message>
        <source>Draft %1, version %2</source>
        <translation>Utkast %1, version %2</translation>
    </message>
</context>
<context>
    <name>HeaderCard</name>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="59"/>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="60"/>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="61"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="62"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="63"/>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="64"/>
        <source>Responsible worker</source>
        <translation>Ansvarig medarbetare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="76"/>
        <source>No open services</source>
        <translation>Inga öppna tjänster</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/record/header.py" line="77"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="82"/>
        <source>No named worker</source>
        <translation>Ingen namngiven medarbetare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="87"/>
        <source>No current placement</source>
        <translation>Inget pågående boende</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="88"/>
        <source>since %1</source>
        <translation>sedan %1</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte antecknat</translation>
    </message>
    <message>
        <source>%1 – needs an interpreter</source>
        <translation>%1 – behöver tolk</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="68"/>
        <source>Next visit</source>
        <translation>Nästa besök</translation>
    </message>
</context>
<context>
    <name>HousingTab</name>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="113"/>
        <source>Start SAS process</source>
        <translation>Inled SAS-process</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="114"/>
        <source>SAS decision…</source>
        <translation>SAS-beslut…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="115"/>
        <source>Housing offer…</source>
        <translation>Bostadserbjudande…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="116"/>
        <source>Viewing and answer…</source>
        <translation>Visning och svar…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="117"/>
        <source>Move-in…</source>
        <translation>Inflyttning…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="118"/>
        <source>End SAS episode…</source>
        <translation>Avsluta SAS-klientskapet…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="119"/>
        <source>Start outreach work</source>
        <translation>Inled närarbetet</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="120"/>
        <source>End outreach…</source>
        <translation>Avsluta närarbetet…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="121"/>
        <source>End tenancy…</source>
        <translation>Avsluta boendet…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="125"/>
        <source>SAS and housing</source>
        <translation>SAS och boende</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="126"/>
        <source>Outreach</source>
        <translation>Närarbete</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="127"/>
        <source>Rent-debt follow-up</source>
        <translation>Uppföljning av hyresskuld</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="128"/>
        <source>Flats and offers</source>
        <translation>Bostäder och erbjudanden</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="181"/>
        <source>Due %1.</source>
        <translation>Senast %1.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="186"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="187"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="188"/>
        <source>Housing</source>
        <translation>Boendeform</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="189"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="190"/>
        <source>Until / answer</source>
        <translation>Upphörde / svar</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="196"/>
        <source>Tenancy</source>
        <translation>Boende</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="199"/>
        <source>current</source>
        <translation>pågående</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="206"/>
        <source>Offer</source>
        <translation>Erbjudande</translation>
    </message>
</context>
<context>
    <name>LivingSkillsTab</name>
    <message>
        <location filename="../../astu_desktop/ui/record/living_skills_tab.py" line="87"/>
        <source>&amp;Open check</source>
        <translation>&amp;Öppna kartläggningen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/living_skills_tab.py" line="90"/>
        <source>Living-skills checks</source>
        <translation>Kartläggningar av boendefärdigheter</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/living_skills_tab.py" line="91"/>
        <source>Living-skills trends</source>
        <translation>Boendefärdigheternas utveckling</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/living_skills_tab.py" line="117"/>
        <source>(draft)</source>
        <translation>(utkast)</translation>
    </message>
</context>
<context>
    <name>ProcessSteps</name>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="60"/>
        <source>SAS decision</source>
        <translation>SAS-beslut</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="60"/>
        <source>Record the SAS decision.</source>
        <translation>Registrera SAS-beslutet.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="61"/>
        <source>Decided on</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="62"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="63"/>
        <source>Housing</source>
        <translation>Boendeform</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="64"/>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="65"/>
        <source>Reasoning</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="73"/>
        <source>Housing offer</source>
        <translation>Bostadserbjudande</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="73"/>
        <source>A flat offered from the queue.</source>
        <translation>En bostad som erbjuds från kön.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="74"/>
        <source>Offered on</source>
        <translation>Erbjuden</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="76"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="77"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="78"/>
        <source>Viewing agreed for</source>
        <translation>Visning avtalad</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="79"/>
        <source>Give the address.</source>
        <translation>Ange adressen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="86"/>
        <source>Viewing</source>
        <translation>Visning</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="86"/>
        <source>The viewing and the client's answer.</source>
        <translation>Visningen och klientens svar.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="87"/>
        <source>Viewing on</source>
        <translation>Visningsdatum</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="89"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="96"/>
        <source>Move-in</source>
        <translation>Inflyttning</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="96"/>
        <source>The client moves into the offered flat.</source>
        <translation>Klienten flyttar in i den erbjudna bostaden.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="98"/>
        <source>Moved in on</source>
        <translation>Inflyttningsdatum</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="99"/>
        <source>Landlord</source>
        <translation>Hyresvärd</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="100"/>
        <source>Start outreach with me as the named worker</source>
        <translation>Inled närarbetet med mig som ansvarig medarbetare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="119"/>
        <source>End of tenancy</source>
        <translation>Boendets upphörande</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="120"/>
        <source>Why the tenancy ended is reported in the yearly statistics.</source>
        <translation>Orsaken till att boendet upphörde rapporteras i årsstatistiken.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="122"/>
        <source>Ended on</source>
        <translation>Upphörde</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="123"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="124"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="130"/>
        <source>End of service</source>
        <translation>Klientskapets upphörande</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="130"/>
        <source>Why does the service end?</source>
        <translation>Varför upphör klientskapet?</translation>
    </message>
</context>
<context>
    <name>RecordProblems</name>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="27"/>
        <source>A SAS process is already open.</source>
        <translation>En SAS-process pågår redan.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="28"/>
        <source>Start a SAS process first.</source>
        <translation>Inled först en SAS-process.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="29"/>
        <source>A decision to place names the housing and the queue.</source>
        <translation>Ett placeringsbeslut anger boendeform och kö.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="32"/>
        <source>An offer needs a SAS decision to place the client.</source>
        <translation>Ett erbjudande kräver ett SAS-beslut om placering.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="35"/>
        <source>The client has already answered this offer.</source>
        <translation>Klienten har redan svarat på erbjudandet.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="38"/>
        <source>The client moves in only after accepting the offer.</source>
        <translation>Klienten flyttar in först efter att ha godkänt erbjudandet.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="41"/>
        <source>End the current tenancy before recording a new move-in.</source>
        <translation>Avsluta det nuvarande boendet innan en ny inflyttning registreras.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="44"/>
        <source>This tenancy has already ended.</source>
        <translation>Det här boendet har redan upphört.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="45"/>
        <source>A tenancy cannot end before the move-in.</source>
        <translation>Ett boende kan inte upphöra före inflyttningen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="48"/>
        <source>This service has already ended.</source>
        <translation>Det här klientskapet har redan upphört.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="49"/>
        <source>A service cannot end before it started.</source>
        <translation>Ett klientskap kan inte upphöra innan det började.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="52"/>
        <source>The work has already started.</source>
        <translation>Arbetet har redan inletts.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="53"/>
        <source>This entry is no longer in the store. Reload the record.</source>
        <translation>Uppgiften finns inte längre i databasen. Uppdatera journalen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="57"/>
        <source>This client is no longer in the store.</source>
        <translation>Klienten finns inte längre i databasen.</translation>
    </message>
    <message>
        <source>The client already has an open episode of this service.</source>
        <translation>Klienten har redan en öppen klientrelation i den här tjänsten.</translation>
    </message>
    <message>
        <source>A service cannot start in the future.</source>
        <translation>En tjänst kan inte börja i framtiden.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>A rent-debt follow-up is already open.</source>
        <translation>En uppföljning av hyresskuld pågår redan.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>The landlord's notice cannot come after the follow-up started.</source>
        <translation>Hyresvärdens meddelande kan inte komma efter att uppföljningen började.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>A payment plan needs at least one instalment.</source>
        <translation>En betalningsplan behöver minst en rat.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>The date cannot be before the follow-up started.</source>
        <translation>Datumet kan inte vara före uppföljningens början.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>An instalment cannot fall due before the plan was agreed.</source>
        <translation>En rat kan inte förfalla innan planen avtalades.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>The instalments add up to more than is still owed.</source>
        <translation>Raterna är sammanlagt mer än vad som återstår av skulden.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>The payment is more than is still owed.</source>
        <translation>Betalningen är större än den återstående skulden.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>At most 400 characters.</source>
        <translation>Högst 400 tecken.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>This application has already been decided.</source>
        <translation>Ansökan har redan avgjorts.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>Choose whether the application was granted or denied.</source>
        <translation>Välj om ansökan beviljades eller avslogs.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>A decision cannot come before the application.</source>
        <translation>Ett beslut kan inte komma före ansökan.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>A sum belongs only to a granted application.</source>
        <translation>Ett belopp hör bara till en beviljad ansökan.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>Part of the debt is still owed; choose another outcome.</source>
        <translation>En del av skulden återstår; välj ett annat utfall.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>This follow-up has ended; start a new one if needed.</source>
        <translation>Uppföljningen har avslutats; starta vid behov en ny.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>The sum is too large.</source>
        <translation>Beloppet är för stort.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>The sum must be more than zero.</source>
        <translation>Beloppet måste vara större än noll.</translation>
    </message>
</context>
<context>
    <name>RentDebtTab</name>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="87"/>
        <source>Debt at start</source>
        <translation>Skuld i början</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="88"/>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="89"/>
        <source>Remaining</source>
        <translation>Återstår</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="90"/>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="94"/>
        <source>Debt paid</source>
        <translation>Betalt av skulden</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="95"/>
        <source>Process</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="96"/>
        <source>Payment plan</source>
        <translation>Betalningsplan</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="97"/>
        <source>Payments</source>
        <translation>Betalningar</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="98"/>
        <source>No rent-debt follow-up.</source>
        <translation>Ingen uppföljning av hyresskuld.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="104"/>
        <source>Follow-up from %1</source>
        <translation>Uppföljning från %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="133"/>
        <source>Ended %1: %2</source>
        <translation>Avslutad %1: %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="138"/>
        <source>Payment plan agreed %1</source>
        <translation>Betalningsplan avtalad %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="139"/>
        <source>Started %1, no payment plan yet</source>
        <translation>Inleddes %1, ingen betalningsplan ännu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="148"/>
        <source>month %1 of %2</source>
        <translation>månad %1 av %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="157"/>
        <source>paid</source>
        <translation>betald</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="159"/>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="161"/>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="172"/>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="172"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="172"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="175"/>
        <source>Paid on</source>
        <translation>Betalningsdag</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="175"/>
        <source>Source</source>
        <translation>Betalare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Landlord</source>
        <translation>Hyresvärd</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Instalments</source>
        <translation>Rater</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Partner contacts</source>
        <translation>Kontakter med samarbetsparter</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Applications and decisions</source>
        <translation>Ansökningar och beslut</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Start follow-up…</source>
        <translation>Starta uppföljning…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Payment plan…</source>
        <translation>Betalningsplan…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Payment received…</source>
        <translation>Betalning mottagen…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Partner contact…</source>
        <translation>Kontakt…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Home visit with living-skills check…</source>
        <translation>Hembesök med kartläggning av boendefärdigheter…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Application…</source>
        <translation>Ansökan…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Decision…</source>
        <translation>Beslut…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>End follow-up…</source>
        <translation>Avsluta uppföljningen…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Start a new SAS process</source>
        <translation>Starta en ny SAS-process</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Start a follow-up when the landlord warns of rent arrears.</source>
        <translation>Starta en uppföljning när hyresvärden varnar för hyresskuld.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Due %1.</source>
        <translation>Senast %1.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>none yet</source>
        <translation>ingen ännu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>%1, notice %2</source>
        <translation>%1, meddelande %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Partner</source>
        <translation>Samarbetspart</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Agreed</source>
        <translation>Avtalat</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Applied</source>
        <translation>Ansökt</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Application</source>
        <translation>Ansökan</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>%n instalment(s), together %1 of the debt %2</source>
        <translation>
            <numerusform>%n rat, sammanlagt %1 av skulden %2</numerusform>
            <numerusform>%n rater, sammanlagt %1 av skulden %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Overdue: %n instalment(s), %1</source>
        <translation>
            <numerusform>Försenad: %n rat, %1</numerusform>
            <numerusform>Försenade: %n rater, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="46"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="47"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="47"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="47"/>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="59"/>
        <source>Choose an event to read it in full.</source>
        <translation>Välj en händelse för att läsa den i sin helhet.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="74"/>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="78"/>
        <source>%1 started</source>
        <translation>%1 inleddes</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="80"/>
        <source>%1 ended</source>
        <translation>%1 avslutades</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="83"/>
        <source>SAS decision: %1</source>
        <translation>SAS-beslut: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="86"/>
        <source>Moved in: %1</source>
        <translation>Inflyttning: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="87"/>
        <source>Tenancy ended: %1</source>
        <translation>Boendet upphörde: %1</translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation>ersatt av en nyare version</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Undertecknat av %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Rent debt %1 at the start of the follow-up</source>
        <translation>Hyresskuld %1 när uppföljningen började</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Rent debt paid %1 (%2)</source>
        <translation>Hyresskuld betald %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Applied for: %1</source>
        <translation>Ansökt: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Decision: %1, %2</source>
        <translation>Beslut: %1, %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Rent-debt follow-up ended: %1</source>
        <translation>Uppföljningen av hyresskuld avslutades: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Payment plan: %n instalment(s), together %1</source>
        <translation>
            <numerusform>Betalningsplan: %n rat, sammanlagt %1</numerusform>
            <numerusform>Betalningsplan: %n rater, sammanlagt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or press Enter to correct or remove the entry.</source>
        <translation>Dubbelklicka eller tryck på Enter för att rätta eller ta bort anteckningen.</translation>
    </message>
</context>
<context>
    <name>VisitCorrectionDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>&amp;Remove the visit…</source>
        <translation>&amp;Ta bort besöket…</translation>
    </message>
    <message>
        <source>&amp;Save the correction</source>
        <translation>&amp;Spara rättelsen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Correct a visit – ASTU Desktop</source>
        <translation>Rätta ett besök – ASTU Desktop</translation>
    </message>
    <message>
        <source>The correction leaves nothing in the visit: write in the notes what happened, or remove the visit.</source>
        <translation>Efter rättelsen finns inget kvar i besöket: skriv i anteckningarna vad som hände, eller ta bort besöket.</translation>
    </message>
    <message>
        <source>The visit could not be saved: check the workers and time.</source>
        <translation>Besöket kunde inte sparas: kontrollera medarbetarna och tiden.</translation>
    </message>
    <message>
        <source>This visit is locked: the living-skills check done on it is signed. Write what needs correcting in a new version of the check.</source>
        <translation>Besöket är låst: kartläggningen av boendefärdigheter som gjordes vid det är undertecknad. Skriv det som ska rättas i en ny version av kartläggningen.</translation>
    </message>
    <message>
        <source>Tick at least one worker who was there.</source>
        <translation>Kryssa för minst en medarbetare som var på plats.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="171"/>
        <source>New home visit – ASTU Desktop</source>
        <translation>Nytt hembesök – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="173"/>
        <source>&amp;When</source>
        <translation>&amp;När</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="174"/>
        <source>Workers present</source>
        <translation>Medarbetare på plats</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="175"/>
        <source>&amp;Others present</source>
        <translation>&amp;Andra närvarande</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="176"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="177"/>
        <source>&amp;Notes</source>
        <translation>A&amp;nteckningar</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="181"/>
        <source>e.g. a relative, the landlord's caretaker</source>
        <translation>t.ex. en anhörig, hyresvärdens fastighetsskötare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="184"/>
        <source>Add a living-skills check</source>
        <translation>Lägg till en kartläggning av boendefärdigheter</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="186"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="187"/>
        <source>Others present</source>
        <translation>Andra närvarande</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="188"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="189"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="222"/>
        <source>Tick at least one worker who was there.</source>
        <translation>Kryssa för minst en medarbetare som var på plats.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="249"/>
        <source>The visit could not be saved: check the workers and time.</source>
        <translation>Besöket kunde inte sparas: kontrollera medarbetarna och tiden.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="229"/>
        <source>This is the visit booked for %1</source>
        <translation>Detta är besöket som var bokat %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="233"/>
        <source>Book the next visit</source>
        <translation>Boka nästa besök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="234"/>
        <source>Time of the next visit</source>
        <translation>Tid för nästa besök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="1"/>
        <source>New contact – ASTU Desktop</source>
        <translation>Ny kontakt – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="1"/>
        <source>Nothing to save yet: write in the notes what happened (or who else was there, or add a living-skills check).</source>
        <translation>Inget att spara ännu: skriv i anteckningarna vad som hände (eller vilka andra som var med, eller lägg till en kartläggning av boendefärdigheter).</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/forms/amend_dialog.py" line="46"/>
        <source>Amend the document</source>
        <translation>Ändra dokumentet</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/amend_dialog.py" line="48"/>
        <source>Why is the signed document amended? The reason is kept with the new version.</source>
        <translation>Varför ändras det undertecknade dokumentet? Orsaken sparas med den nya versionen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/amend_dialog.py" line="50"/>
        <source>Reason for the amendment</source>
        <translation>Orsak till ändringen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/amend_dialog.py" line="63"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 tecken</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor.py" line="112"/>
        <source>The draft saves itself as you type.</source>
        <translation>Utkastet sparas av sig självt medan du skriver.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor.py" line="159"/>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor.py" line="235"/>
        <source>The draft could not be saved. Close again to discard it.</source>
        <translation>Utkastet kunde inte sparas. Stäng igen om du vill förkasta det.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="23"/>
        <source>This document has been signed and can no longer be changed.</source>
        <translation>Dokumentet har undertecknats och kan inte längre ändras.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="27"/>
        <source>A newer version of this document exists; amend that one instead.</source>
        <translation>Det finns en nyare version av dokumentet; ändra den i stället.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="31"/>
        <source>No worker is set up on this device, so nobody can sign.</source>
        <translation>Ingen anställd har angetts för den här enheten, så ingen kan underteckna.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="35"/>
        <source>This document is no longer in the case store.</source>
        <translation>Dokumentet finns inte längre i klientdatabasen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/forms/messages.py" line="44"/>
        <source>%n answer(s) need attention; see the marked fields.</source>
        <translation>
            <numerusform>%n svar behöver åtgärdas; se det markerade fältet.</numerusform>
            <numerusform>%n svar behöver åtgärdas; se de markerade fälten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="51"/>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="55"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="59"/>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="64"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="68"/>
        <source>Signed %1</source>
        <translation>Undertecknat %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="73"/>
        <source>New draft</source>
        <translation>Nytt utkast</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="74"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="78"/>
        <source>Amendment: %1</source>
        <translation>Ändring: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="82"/>
        <source>A newer version of this document exists; this one is kept as it was.</source>
        <translation>Det finns en nyare version av dokumentet; den här bevaras som den var.</translation>
    </message>
</context>
<context>
    <name>EditorButtons</name>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="96"/>
        <source>&amp;Amend…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="97"/>
        <source>S&amp;ign…</source>
        <translation>&amp;Underteckna…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="98"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="99"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="107"/>
        <source>Save status</source>
        <translation>Sparningsstatus</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="49"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="53"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="57"/>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="62"/>
        <source>Clear the answer: %1</source>
        <translation>Töm svaret: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="66"/>
        <source>Pick from a calendar: %1</source>
        <translation>Välj i kalendern: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="72"/>
        <source>e.g. %1</source>
        <translation>t.ex. %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="76"/>
        <source>(not chosen)</source>
        <translation>(inte valt)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="80"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="84"/>
        <source>Add a row: %1</source>
        <translation>Lägg till en rad: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="88"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="92"/>
        <source>Remove row %1: %2</source>
        <translation>Ta bort rad %1: %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="97"/>
        <source>No. %1</source>
        <translation>Nr %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="101"/>
        <source>No rows yet.</source>
        <translation>Inga rader ännu.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="105"/>
        <source>At most %1 characters.</source>
        <translation>Högst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="111"/>
        <source>* required for signing</source>
        <translation>* obligatoriskt vid undertecknande</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>e.g. %1, 12.2025 or 2025</source>
        <translation>t.ex. %1, 12.2025 eller 2025</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>e.g. 12 500,50</source>
        <translation>t.ex. 12 500,50</translation>
    </message>
</context>
<context>
    <name>FormProblems</name>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="21"/>
        <source>Required for signing.</source>
        <translation>Obligatoriskt vid undertecknande.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="22"/>
        <source>This answer has the wrong form.</source>
        <translation>Svaret har fel form.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="23"/>
        <source>Choose one of the options shown.</source>
        <translation>Välj ett av de visade alternativen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="26"/>
        <source>The value is outside the allowed range.</source>
        <translation>Värdet ligger utanför det tillåtna intervallet.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="29"/>
        <source>The text is too long.</source>
        <translation>Texten är för lång.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="30"/>
        <source>Not a date. Write it as day.month.year, e.g. 31.12.2025.</source>
        <translation>Inte ett datum. Skriv det som dag.månad.år, t.ex. 31.12.2025.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="33"/>
        <source>This answer does not belong to this version of the form.</source>
        <translation>Svaret hör inte till den här versionen av blanketten.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>Not a sum. Write it as 12 500,50 or 12500.50.</source>
        <translation>Inte ett belopp. Skriv det som 12 500,50 eller 12500.50.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>A sum cannot be negative.</source>
        <translation>Ett belopp kan inte vara negativt.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>At most two decimals: euros and cents.</source>
        <translation>Högst två decimaler: euro och cent.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>This can be read as two different sums. Write thousands with a space: 1 234 or 1,23.</source>
        <translation>Det här kan läsas som två olika belopp. Skilj tusental åt med mellanslag: 1 234 eller 1,23.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>The sum is too large.</source>
        <translation>Beloppet är för stort.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>This date cannot be in the future.</source>
        <translation>Datumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>Cannot be before “%1”.</source>
        <translation>Kan inte vara före ”%1”.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>Must be after “%1”.</source>
        <translation>Måste vara efter ”%1”.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>“%1” contradicts the other choices.</source>
        <translation>”%1” strider mot de andra valen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>At most %n month(s) after “%1”.</source>
        <translation>
            <numerusform>Högst %n månad efter ”%1”.</numerusform>
            <numerusform>Högst %n månader efter ”%1”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>Not a date. Write a day (31.12.2025), a month (12.2025) or a year (2025).</source>
        <translation>Inte ett datum. Skriv en dag (31.12.2025), en månad (12.2025) eller ett år (2025).</translation>
    </message>
</context>
<context>
    <name>SigningQuestion</name>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="115"/>
        <source>Sign the document now?</source>
        <translation>Underteckna dokumentet nu?</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="117"/>
        <source>A signed document cannot be changed; corrections are made as amendments.</source>
        <translation>Ett undertecknat dokument kan inte ändras; rättelser görs som en ny version.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="119"/>
        <source>Sign</source>
        <translation>Underteckna</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="45"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="45"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="209"/>
        <source>Resolve a conflict – ASTU Desktop</source>
        <translation>Lös en konflikt – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="214"/>
        <source>This record was deleted on one computer and edited on another. The edit was kept and the record restored; delete it again only if that is right.</source>
        <translation>Uppgiften raderades på en dator och ändrades på en annan. Ändringen behölls och uppgiften återställdes; radera den igen bara om det är rätt.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="221"/>
        <source>This information was changed on two computers before they synced (noticed %1). Choose the value that is right, or write the right one.</source>
        <translation>Uppgiften ändrades på två datorer innan de synkroniserades (upptäckt %1). Välj det värde som är rätt eller skriv in rätt värde själv.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="230"/>
        <source>Record</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="236"/>
        <source>Your value: %1</source>
        <translation>Ditt värde: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="238"/>
        <source>Write my own value…</source>
        <translation>Skriv ett eget värde…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="239"/>
        <source>Your value</source>
        <translation>Ditt värde</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="240"/>
        <source>Keep my value</source>
        <translation>Behåll mitt värde</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="245"/>
        <source>this computer</source>
        <translation>den här datorn</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="245"/>
        <source>another computer</source>
        <translation>en annan dator</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="246"/>
        <source>unknown worker</source>
        <translation>okänd arbetstagare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="247"/>
        <source>%1, on %2</source>
        <translation>%1, på %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="249"/>
        <source>(now in the record)</source>
        <translation>(nu i uppgifterna)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="256"/>
        <source>Delete the record</source>
        <translation>Radera uppgiften</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="257"/>
        <source>Keep the record</source>
        <translation>Behåll uppgiften</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="258"/>
        <source>Keep this</source>
        <translation>Behåll det här</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="263"/>
        <source>Edited (the record is kept)</source>
        <translation>Ändrad (uppgiften behålls)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="264"/>
        <source>Deleted %1</source>
        <translation>Raderad %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="280"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n svar</numerusform>
            <numerusform>%n svar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="320"/>
        <source>Please write a value for: %1</source>
        <translation>Skriv ett värde för: %1</translation>
    </message>
</context>
<context>
    <name>ConflictListDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="80"/>
        <source>Conflicts – ASTU Desktop</source>
        <translation>Konflikter – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="83"/>
        <source>The same information was changed on two computers before they synced. Both values are kept until you choose which one is right.</source>
        <translation>Samma uppgift ändrades på två datorer innan de synkroniserades. Båda värdena sparas tills du väljer vilket som är rätt.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="88"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="88"/>
        <source>Record</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="88"/>
        <source>Information</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="88"/>
        <source>Noticed</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="90"/>
        <source>Resolve…</source>
        <translation>Lös…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="103"/>
        <source>Deleted on one computer, edited on another</source>
        <translation>Raderad på en dator, ändrad på en annan</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="101"/>
        <source>Connect to the server – ASTU Desktop</source>
        <translation>Anslut till servern – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="104"/>
        <source>Connect this computer to the server so that your clients&apos; data syncs. Your password is used only now; the computer then keeps a key of its own inside the encrypted case store.</source>
        <translation>Anslut den här datorn till servern så att dina klienters uppgifter synkroniseras. Ditt lösenord används bara nu; därefter har datorn en egen nyckel i den krypterade klientdatabasen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="109"/>
        <source>You can also connect later from the File menu.</source>
        <translation>Du kan också ansluta senare via Arkiv-menyn.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="114"/>
        <source>Server address</source>
        <translation>Serverns adress</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="114"/>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="114"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="120"/>
        <source>Connect</source>
        <translation>Anslut</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="121"/>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="121"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="115"/>
        <source>The administrator gives you a one-time enrolment code for this; it is valid for a few hours and for one computer.</source>
        <translation>Administratören ger dig en engångskod för registreringen; den gäller några timmar och för en dator.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="128"/>
        <source>Enrolment code</source>
        <translation>Registreringskod</translation>
    </message>
</context>
<context>
    <name>RefusedListDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py" line="52"/>
        <source>Refused changes – ASTU Desktop</source>
        <translation>Avvisade ändringar – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py" line="55"/>
        <source>The server did not accept these changes. They are kept on this computer; the rest of your changes were sent. Please tell support if a reason is unclear.</source>
        <translation>Servern godkände inte de här ändringarna. De finns kvar på den här datorn; dina övriga ändringar skickades. Kontakta supporten om orsaken är oklar.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py" line="60"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py" line="60"/>
        <source>Record</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py" line="60"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py" line="60"/>
        <source>Refused</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py"/>
        <source>&amp;Export for the team lead…</source>
        <translation>&amp;Exportera till teamledaren…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Kassera…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py"/>
        <source>Kept changes</source>
        <translation>Sparade ändringar</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py"/>
        <source>Discard the kept changes?</source>
        <translation>Kassera de sparade ändringarna?</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py"/>
        <source>Discard</source>
        <translation>Kassera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py"/>
        <source>The %n change(s) kept for %1 will be removed from this laptop. They are not on the server, so they will be lost for good. Export them for your team lead first if they may still be needed. Discard them?</source>
        <translation>
            <numerusform>Den %n ändring som sparats för %1 tas bort från den här datorn. Den finns inte på servern och går därför förlorad för gott. Exportera den först till teamledaren om den ännu kan behövas. Kassera den?</numerusform>
            <numerusform>De %n ändringar som sparats för %1 tas bort från den här datorn. De finns inte på servern och går därför förlorade för gott. Exportera dem först till teamledaren om de ännu kan behövas. Kassera dem?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="105"/>
        <source>Sync now</source>
        <translation>Synkronisera nu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="106"/>
        <source>Send and receive changes now (F5)</source>
        <translation>Skicka och ta emot ändringar nu (F5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="114"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="116"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n avvisad</numerusform>
            <numerusform>%n avvisade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="138"/>
        <source>Not connected to a server: the changes stay on this computer.</source>
        <translation>Inte ansluten till en server: ändringarna stannar på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="145"/>
        <source>Last synced %1.</source>
        <translation>Senast synkroniserad %1.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="147"/>
        <source>Not synced yet.</source>
        <translation>Inte synkroniserad ännu.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="151"/>
        <source>Nothing waiting to be sent.</source>
        <translation>Inget väntar på att skickas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="156"/>
        <source>Receiving changes: %n row(s)</source>
        <translation>
            <numerusform>Tar emot ändringar: %n rad</numerusform>
            <numerusform>Tar emot ändringar: %n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="158"/>
        <source>Sending changes: %n sent</source>
        <translation>
            <numerusform>Skickar ändringar: %n skickad</numerusform>
            <numerusform>Skickar ändringar: %n skickade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="160"/>
        <source> of %1</source>
        <translation> av %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="170"/>
        <source>This computer&apos;s clock is %n minute(s) ahead of the server: please correct the date and time.</source>
        <translation>
            <numerusform>Den här datorns klocka går %n minut före servern: rätta datum och tid.</numerusform>
            <numerusform>Den här datorns klocka går %n minuter före servern: rätta datum och tid.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="117"/>
        <source>Changes made on two computers: choose which is right</source>
        <translation>Ändringar gjorda på två datorer: välj vilken som är rätt</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="120"/>
        <source>Changes the server did not accept, with the reasons</source>
        <translation>Ändringar som servern inte godkände, med orsakerna</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="187"/>
        <source>The clock is %n min ahead!</source>
        <translation>
            <numerusform>Klockan går %n min före!</numerusform>
            <numerusform>Klockan går %n min före!</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="163"/>
        <source>Next attempt %1.</source>
        <translation>Nästa försök %1.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="0"/>
        <source>This computer&apos;s data had been put back from an older copy. It was downloaded again from the server; unsent changes were kept.</source>
        <translation>Datorns uppgifter hade återställts från en äldre kopia. De laddades ned på nytt från servern; ändringar som inte skickats finns kvar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="0"/>
        <source>%n change(s) to clients who left your caseload are kept in the refused list until someone decides.</source>
        <translation>
            <numerusform>%n ändring för klienter som flyttats bort från ditt ansvar finns kvar i listan över avvisade ändringar tills någon beslutar om den.</numerusform>
            <numerusform>%n ändringar för klienter som flyttats bort från ditt ansvar finns kvar i listan över avvisade ändringar tills någon beslutar om dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="149"/>
        <source>%n record(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n registrering väntar på att skickas.</numerusform>
            <numerusform>%n registreringar väntar på att skickas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="1"/>
        <source>More than %1 records waiting to be sent.</source>
        <translation>Över %1 registreringar väntar på att skickas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="0"/>
        <source>%n ended client(s) were removed from this computer after the retention time; their record is kept on the server.</source>
        <translation>
            <numerusform>%n avslutad klient togs bort från den här datorn efter lagringstiden; klientens uppgifter finns kvar på servern.</numerusform>
            <numerusform>%n avslutade klienter togs bort från den här datorn efter lagringstiden; deras uppgifter finns kvar på servern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="0"/>
        <source>%n change(s) wait for the server to be updated: it does not know them yet. They are kept on this computer and sent after the update.</source>
        <translation>
            <numerusform>%n ändring väntar på att servern uppdateras: servern känner inte till den ännu. Den sparas på den här datorn och skickas efter uppdateringen.</numerusform>
            <numerusform>%n ändringar väntar på att servern uppdateras: servern känner inte till dem ännu. De sparas på den här datorn och skickas efter uppdateringen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="15"/>
        <source>The server cannot be reached. Your changes are kept on this computer and are sent when the connection works again.</source>
        <translation>Servern kan inte nås. Dina ändringar finns kvar på den här datorn och skickas när anslutningen fungerar igen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="20"/>
        <source>The server no longer accepts this computer&apos;s sign-in. Ask the administrator to check your account.</source>
        <translation>Servern godkänner inte längre den här datorns inloggning. Be administratören kontrollera ditt konto.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="25"/>
        <source>The server refused the sync. Your changes are kept on this computer; it is tried again later.</source>
        <translation>Servern avvisade synkroniseringen. Dina ändringar finns kvar på den här datorn; ett nytt försök görs senare.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>The server has been updated and no longer speaks this version of ASTU Desktop. Your changes are kept on this computer; update ASTU Desktop, and they are sent at the next sync.</source>
        <translation>Servern har uppdaterats och känner inte längre till den här versionen av ASTU Desktop. Dina ändringar finns kvar på den här datorn; uppdatera ASTU Desktop, så skickas de vid nästa synkronisering.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="30"/>
        <source>This computer has been taken out of use by the administrator.</source>
        <translation>Administratören har tagit den här datorn ur bruk.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="33"/>
        <source>This computer is not connected to a server.</source>
        <translation>Den här datorn är inte ansluten till en server.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="34"/>
        <source>The sync did not finish. Your changes are kept on this computer.</source>
        <translation>Synkroniseringen blev inte klar. Dina ändringar finns kvar på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="41"/>
        <source>This account has been disabled. Ask the administrator.</source>
        <translation>Det här kontot har inaktiverats. Kontakta administratören.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="44"/>
        <source>This account cannot use a laptop: it is not a worker&apos;s or a team lead&apos;s.</source>
        <translation>Det här kontot kan inte användas på en bärbar dator: det tillhör inte en arbetstagare eller teamledare.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="47"/>
        <source>Too many failed sign-ins from this computer. Try again in a few minutes.</source>
        <translation>För många misslyckade inloggningar från den här datorn. Försök igen om några minuter.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="50"/>
        <source>This computer is already connected to the server.</source>
        <translation>Den här datorn är redan ansluten till servern.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="53"/>
        <source>The server cannot be reached. Check the address and the network connection.</source>
        <translation>Servern kan inte nås. Kontrollera adressen och nätverksanslutningen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="69"/>
        <source>The server does not know this kind of record: update ASTU Desktop.</source>
        <translation>Servern känner inte till den här typen av uppgift: uppdatera ASTU Desktop.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="72"/>
        <source>The server does not know a field of this record: update ASTU Desktop.</source>
        <translation>Servern känner inte till ett fält i den här uppgiften: uppdatera ASTU Desktop.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="83"/>
        <source>Client details</source>
        <translation>Klientens uppgifter</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="84"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="85"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="86"/>
        <source>Service</source>
        <translation>Klientskap</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="87"/>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="88"/>
        <source>Worker on a visit</source>
        <translation>Arbetstagare vid besöket</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="89"/>
        <source>SAS decision</source>
        <translation>SAS-beslut</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="90"/>
        <source>Housing offer</source>
        <translation>Bostadserbjudande</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="91"/>
        <source>Housing placement</source>
        <translation>Boende</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="92"/>
        <source>Rent-debt follow-up</source>
        <translation>Uppföljning av hyresskuld</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="93"/>
        <source>End of tenancy</source>
        <translation>Boendets upphörande</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="94"/>
        <source>Instalment</source>
        <translation>Amortering</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="95"/>
        <source>Contact with a partner</source>
        <translation>Kontakt med en samarbetspart</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="96"/>
        <source>Rent-debt decision</source>
        <translation>Beslut om hyresskuld</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="97"/>
        <source>Rent payment</source>
        <translation>Hyresbetalning</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="98"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="99"/>
        <source>Worker</source>
        <translation>Arbetstagare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="104"/>
        <source>First names</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="105"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="106"/>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="107"/>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="108"/>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="109"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="110"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="111"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="112"/>
        <source>City</source>
        <translation>Postort</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="113"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="114"/>
        <source>Preferred language</source>
        <translation>Ärendespråk</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="115"/>
        <source>Needs an interpreter</source>
        <translation>Behöver tolk</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="116"/>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="117"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="118"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="119"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="120"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="121"/>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="122"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="123"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="124"/>
        <source>Review due</source>
        <translation>Ska ses över senast</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="125"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="126"/>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="127"/>
        <source>Reason for ending</source>
        <translation>Orsak till avslut</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="128"/>
        <source>Responsible worker</source>
        <translation>Ansvarig arbetstagare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="129"/>
        <source>Time of the visit</source>
        <translation>Tid för besöket</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="130"/>
        <source>Duration (minutes)</source>
        <translation>Längd (minuter)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="131"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="132"/>
        <source>Others present</source>
        <translation>Övriga närvarande</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="133"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="134"/>
        <source>Housing type</source>
        <translation>Boendeform</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="135"/>
        <source>Landlord</source>
        <translation>Hyresvärd</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="136"/>
        <source>Moved in</source>
        <translation>Inflyttning</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="137"/>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="138"/>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="139"/>
        <source>Due date</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="140"/>
        <source>Paid on</source>
        <translation>Betalningsdag</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="141"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="142"/>
        <source>Reasoning</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="143"/>
        <source>Deleted</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="145"/>
        <source>Other information</source>
        <translation>Övrig uppgift</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="41"/>
        <source>The server does not answer.</source>
        <translation>Servern svarar inte.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="42"/>
        <source>The server refuses this computer.</source>
        <translation>Servern godkänner inte den här datorn.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="43"/>
        <source>The server refused the sync.</source>
        <translation>Servern avvisade synkroniseringen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>Update ASTU Desktop to sync.</source>
        <translation>Uppdatera ASTU Desktop för att synkronisera.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>This version of ASTU Desktop is too old for the server. Update ASTU Desktop, then connect again.</source>
        <translation>Den här versionen av ASTU Desktop är för gammal för servern. Uppdatera ASTU Desktop och anslut sedan igen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="44"/>
        <source>This computer was taken out of use.</source>
        <translation>Datorn har tagits ur bruk.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="45"/>
        <source>Not connected to a server.</source>
        <translation>Inte ansluten till en server.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="46"/>
        <source>The sync did not finish.</source>
        <translation>Synkroniseringen blev inte klar.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>Approval of a document</source>
        <translation>Godkännande av ett dokument</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="60"/>
        <source>Wrong username, password or enrolment code (a code is used only once).</source>
        <translation>Fel användarnamn, lösenord eller registreringskod (en kod kan användas bara en gång).</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="14"/>
        <source>The server address must start with https://. Only a server on this computer may use http://.</source>
        <translation>Serverns adress måste börja med https://. Bara en server på den här datorn får använda http://.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="56"/>
        <source>The server&apos;s address is not secure.</source>
        <translation>Serverns adress är inte skyddad.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="101"/>
        <source>A text holds characters that cannot be stored (control characters or broken text).</source>
        <translation>Texten innehåller tecken som inte kan sparas (styrtecken eller trasig text).</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="105"/>
        <source>A name or another one-line text holds a line break.</source>
        <translation>Ett namn eller en annan text på en rad innehåller en radbrytning.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="107"/>
        <source>A text is longer than the field allows.</source>
        <translation>Texten är längre än fältet tillåter.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="109"/>
        <source>A number, date or time is outside its allowed range (dates from 1900 to 2100).</source>
        <translation>Ett tal, ett datum eller en tid ligger utanför det tillåtna intervallet (datum från 1900 till 2100).</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="113"/>
        <source>A date or time is not in a valid form, or its time zone is missing.</source>
        <translation>Ett datum eller en tid har inte en giltig form, eller så saknas tidszonen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="115"/>
        <source>A choice is not one of the allowed options.</source>
        <translation>Valet är inte något av de tillåtna alternativen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="116"/>
        <source>The identity code is not valid.</source>
        <translation>Personbeteckningen är inte giltig.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="117"/>
        <source>The document is too large (at most 256 KiB).</source>
        <translation>Dokumentet är för stort (högst 256 KiB).</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="119"/>
        <source>The answers do not fit the form or its version.</source>
        <translation>Svaren passar inte formuläret eller dess version.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="121"/>
        <source>A value is missing or not of the right kind.</source>
        <translation>Ett värde saknas eller är av fel slag.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="130"/>
        <source>This record came from the server with a value this computer cannot store. It was set aside; everything else was received.</source>
        <translation>Den här posten kom från servern med ett värde som den här datorn inte kan spara. Den lades åt sidan; allt annat togs emot.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="135"/>
        <source>The server could not send this record (a value stored there is damaged). Please tell support; everything else was received.</source>
        <translation>Servern kunde inte skicka den här posten (ett värde som sparats där är skadat). Meddela supporten; allt annat togs emot.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="140"/>
        <source>This could not be saved (%1). %2 Nothing was changed.</source>
        <translation>Det gick inte att spara (%1). %2 Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>The record names another worker as the one who wrote, signed, recorded or decided it; the server accepts only your own name.</source>
        <translation>Uppgifterna anger en annan arbetstagare som den som skrev, undertecknade, antecknade eller beslutade; servern godkänner endast ditt eget namn.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>The signing time is in the future or before the document was made. Check the computer&apos;s clock.</source>
        <translation>Underskriftstiden ligger i framtiden eller före dokumentets tillkomst. Kontrollera datorns klocka.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>A worker named on the visit does not work in the client&apos;s team.</source>
        <translation>En arbetstagare som anges för besöket arbetar inte i klientens team.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>The client left your caseload before this change reached the server. It is kept here until someone decides (tell your team lead).</source>
        <translation>Klienten flyttades bort från ditt ansvar innan ändringen nådde servern. Den finns kvar här tills någon beslutar om den (berätta för din teamledare).</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="105"/>
        <source>Booked visit</source>
        <translation>Bokat besök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="106"/>
        <source>Worker on a booked visit</source>
        <translation>Arbetstagare på ett bokat besök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="149"/>
        <source>Time of the booked visit</source>
        <translation>Tid för det bokade besöket</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="150"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="151"/>
        <source>Reason for the change</source>
        <translation>Orsak till ändringen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="63"/>
        <source>You may not change this record: the client is not on your caseload. If the client should be yours, ask your team lead to assign the client to you; the change stays on this computer.</source>
        <translation>Du får inte ändra den här uppgiften: klienten hör inte till dina klienter. Om klienten ska vara din, be din teamledare att överföra klienten till dig; ändringen finns kvar på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="66"/>
        <source>Staff details are kept on the server and cannot be changed here. Ask the administrator to correct them.</source>
        <translation>Personalens uppgifter sköts på servern och kan inte ändras här. Be administratören att rätta dem.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="75"/>
        <source>The server did not accept a value of this record. Correct the value named here in the record and save it again.</source>
        <translation>Servern godkände inte ett värde i den här uppgiften. Rätta värdet som nämns här i uppgiften och spara den på nytt.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="76"/>
        <source>Required information is missing. Fill in what is named here in the record and save it again.</source>
        <translation>Obligatoriska uppgifter saknas. Fyll i det som nämns här och spara på nytt.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="77"/>
        <source>The same record already exists on the server (e.g. the same client twice). Check the client's record after the next sync, and tell support if something is missing.</source>
        <translation>Samma uppgift finns redan på servern (t.ex. samma klient två gånger). Kontrollera klientens uppgifter efter nästa synkronisering och meddela supporten om något saknas.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>Only a team lead of the client's team may do this (approve or return a document, hand a client over to another worker). Ask your team lead.</source>
        <translation>Endast en teamledare i klientens team får göra detta (godkänna eller returnera ett dokument, överföra en klient till en annan arbetstagare). Be din teamledare.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="1"/>
        <source>This record refers to another record that is not on the server (it was refused too, or never sent). Find that record in this list and correct it first; then record this change again.</source>
        <translation>Den här uppgiften hänvisar till en annan uppgift som inte finns på servern (den avvisades också eller skickades aldrig). Leta upp den i den här listan och rätta den först; registrera sedan ändringen på nytt.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="1"/>
        <source>The client or visit this record belongs to is not on the server (it was refused or removed). Find it in this list and correct it first; tell support if the client was removed.</source>
        <translation>Klienten eller besöket som den här uppgiften hör till finns inte på servern (den avvisades eller togs bort). Leta upp den i den här listan och rätta den först; meddela supporten om klienten har tagits bort.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="1"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="1"/>
        <source>Living-skills check</source>
        <translation>Kartläggning av boendefärdigheter</translation>
    </message>
    <message>
        <source>The visit was changed after its living-skills check was signed: a signed check locks its visit. Write what needs correcting in a new version of the check.</source>
        <translation>Besöket ändrades efter att dess kartläggning av boendefärdigheter undertecknades: en undertecknad kartläggning låser sitt besök. Skriv det som ska rättas i en ny version av kartläggningen.</translation>
    </message>
    <message>
        <source>This computer's disk is full, so the sync stopped. Everything saved before, and what the sync received before it stopped, is safe. Free disk space until at least %1 MB is free; the sync then goes on from where it stopped.</source>
        <translation>Datorns disk är full, så synkroniseringen avbröts. Allt som sparats tidigare och det som synkroniseringen hann ta emot finns kvar. Frigör diskutrymme så att minst %1 MB är ledigt; synkroniseringen fortsätter sedan där den slutade.</translation>
    </message>
    <message>
        <source>The sync stopped: this computer's disk could not be written to (a disk error, or it is read-only). Everything saved before is safe. If it happens again, contact support.</source>
        <translation>Synkroniseringen avbröts: det gick inte att skriva till datorns disk (diskfel eller disken är skrivskyddad). Allt som sparats tidigare finns kvar. Kontakta supporten om felet upprepas.</translation>
    </message>
    <message>
        <source>The disk is full: the sync stopped.</source>
        <translation>Disken är full: synkroniseringen avbröts.</translation>
    </message>
    <message>
        <source>The disk cannot be written to.</source>
        <translation>Det går inte att skriva till disken.</translation>
    </message>
    <message>
        <source>There is not enough free disk space on this computer for the sync, so it did not start. Everything saved is safe. Free disk space until at least %1 MB is free; the sync then goes on by itself.</source>
        <translation>Diskutrymmet på datorn räcker inte för synkroniseringen, så den påbörjades inte. Allt som sparats finns kvar. Frigör diskutrymme så att minst %1 MB är ledigt; synkroniseringen fortsätter sedan av sig själv.</translation>
    </message>
    <message>
        <source>Too little disk space to sync.</source>
        <translation>För lite diskutrymme för att synkronisera.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="216" />
        <source>Save or print a PDF</source>
        <translation>Spara eller skriv ut en PDF</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="217" />
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="218" />
        <source>Document &amp;language</source>
        <translation>Dokumentets &amp;språk</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="219" />
        <source>&amp;Protect the file with a password (AES-256)</source>
        <translation>&amp;Skydda filen med ett lösenord (AES-256)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="220" />
        <source>Pass&amp;word</source>
        <translation>Lösen&amp;ord</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="221" />
        <source>&amp;Repeat</source>
        <translation>&amp;Upprepa</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="224" />
        <source>At least %1 characters. Give the password to the recipient some other way than the file, for example by phone.</source>
        <translation>Minst %1 tecken. Ge lösenordet till mottagaren på något annat sätt än med filen, till exempel per telefon.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="228" />
        <source>Without a password anyone who gets the file can read it.</source>
        <translation>Utan lösenord kan vem som helst som får filen läsa den.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="229" />
        <source>&amp;Save PDF…</source>
        <translation>&amp;Spara PDF…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="230" />
        <source>Pr&amp;int…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="231" />
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="276" />
        <source>The passwords do not match.</source>
        <translation>Lösenorden matchar inte.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="281" />
        <source>The password needs at least %1 characters.</source>
        <translation>Lösenordet måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="343" />
        <source>The file could not be written. Choose another folder.</source>
        <translation>Filen kunde inte skrivas. Välj en annan mapp.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="345" />
        <source>This is no longer in the store. Reload the record.</source>
        <translation>Det här finns inte längre i databasen. Läs in klientjournalen på nytt.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="329" />
        <source>The printer could not print the document. Check the printer.</source>
        <translation>Skrivaren kunde inte skriva ut dokumentet. Kontrollera skrivaren.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Save without a password?</source>
        <translation>Spara utan lösenord?</translation>
    </message>
    <message>
        <source>The PDF will not be password-protected: anyone who gets the file can read it. Keep it only on an encrypted disk and never send it by ordinary e-mail. Save it anyway?</source>
        <translation>PDF-filen skyddas inte med lösenord: vem som helst som får filen kan läsa den. Förvara den endast på en krypterad disk och skicka den aldrig med vanlig e-post. Spara ändå?</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="154" />
        <source>Statistics – ASTU Desktop</source>
        <translation>Statistik – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="155" />
        <source>&amp;Year </source>
        <translation>&amp;År </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="156" />
        <source>Save or print as PDF…</source>
        <translation>Spara eller skriv ut som PDF…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="157" />
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="158" />
        <source>Tenancy endings in small apartments by reason</source>
        <translation>Upphörda boenden i småbostäder efter orsak</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="159" />
        <source>Rent-debt follow-up: debtors and debts</source>
        <translation>Hyresskuldsuppföljning: gäldenärer och skulder</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="160" />
        <source>Home visits per month</source>
        <translation>Hembesök per månad</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="161" />
        <source>Caseload per worker</source>
        <translation>Antal klienter per arbetstagare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="232" />
        <source>As of %1</source>
        <translation>Läget %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="275" />
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="275" />
        <source>Debtors at the month's end</source>
        <translation>Gäldenärer vid månadens slut</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="275" />
        <source>Debt owed</source>
        <translation>Återstående skuld</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="285" />
        <source>Worker</source>
        <translation>Arbetstagare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="285" />
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="287" />
        <source>Plan review overdue</source>
        <translation>Planens översyn försenad</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="300" />
        <source>Service plans overdue for review (a plan is reviewed within six months): %1</source>
        <translation>Serviceplaner vars översyn är försenad (en plan ses över inom sex månader): %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="311" />
        <source>Statistics %1</source>
        <translation>Statistik %1</translation>
    </message>
    <message numerus="yes">
        <source>In all: %n home visit(s)</source>
        <translation>
            <numerusform>Totalt %n hembesök</numerusform>
            <numerusform>Totalt %n hembesök</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followed up during the year: %n client(s); debt when their follow-up started %1, paid during the year %2, still owed %3.</source>
        <translation>
            <numerusform>I uppföljning under året: %n klient; skuld när uppföljningen inleddes %1, betalt under året %2, återstående skuld %3.</numerusform>
            <numerusform>I uppföljning under året: %n klienter; skuld när uppföljningen inleddes %1, betalt under året %2, återstående skuld %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/team/drill_down.py" line="41" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klienter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/drill_down.py" line="61" />
        <source>&amp;Hand over client…</source>
        <translation>&amp;Överför klient…</translation>
    </message>
</context>
<context>
    <name>TeamCharts</name>
    <message>
        <location filename="../../astu_desktop/ui/team/charts.py" line="50" />
        <source>Caseload per worker</source>
        <translation>Klienter per arbetstagare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/charts.py" line="51" />
        <source>Home visits per week</source>
        <translation>Hembesök per vecka</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/charts.py" line="52" />
        <source>Rent debt over time</source>
        <translation>Hyresskuld över tid</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/charts.py" line="77" />
        <source>Home visits</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/charts.py" line="93" />
        <source>Rent debt owed (€)</source>
        <translation>Obetald hyresskuld (€)</translation>
    </message>
</context>
<context>
    <name>TeamFiguresModel</name>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="46" />
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="50" />
        <source>Home visits, 30 days</source>
        <translation>Hembesök, 30 dagar</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="58" />
        <source>Plan review in 30 days</source>
        <translation>Översyn inom 30 dagar</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="62" />
        <source>Plan review overdue</source>
        <translation>Översyn försenad</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="70" />
        <source>Rent-debt follow-ups</source>
        <translation>Uppföljningar av hyresskuld</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="74" />
        <source>Debt owed</source>
        <translation>Kvarstående skuld</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="78" />
        <source>Past 6 months</source>
        <translation>Över 6 mån</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="138" />
        <source>Whole team</source>
        <translation>Hela teamet</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="164" />
        <source>Worker</source>
        <translation>Arbetstagare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="70" />
        <source>Awaiting approval</source>
        <translation>Väntar på godkännande</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="54" />
        <source>No visit in %1 days</source>
        <translation>Inget besök på %1 dagar</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="66" />
        <source>Drafts older than %1 days</source>
        <translation>Utkast äldre än %1 dagar</translation>
    </message>
</context>
<context>
    <name>TeamOverviewWindow</name>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="124" />
        <source>Team overview – %1</source>
        <translation>Teamöversikt – %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="125" />
        <source>As of %1</source>
        <translation>Läget %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="126" />
        <source>&amp;No visit in (days):</source>
        <translation>&amp;Inget besök på (dagar):</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="127" />
        <source>&amp;Drafts older than (days):</source>
        <translation>&amp;Utkast äldre än (dagar):</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="128" />
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="152" />
        <source>&amp;Hand over caseload…</source>
        <translation>&amp;Överför klienterna…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="255" />
        <source>Hand every client of %1 over to:</source>
        <translation>Överför alla klienter hos %1 till:</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="261" />
        <source>Hand the client over to:</source>
        <translation>Överför klienten till:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/team/window.py" line="274" />
        <source>%n client(s) handed over.</source>
        <translation>
            <numerusform>%n klient överförd.</numerusform>
            <numerusform>%n klienter överförda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="300" />
        <source>Only the team lead can hand clients over.</source>
        <translation>Endast teamledaren kan överföra klienter.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="301" />
        <source>Clients can be handed over only to a worker of the same team.</source>
        <translation>Klienter kan överföras endast till en arbetstagare i samma team.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="302" />
        <source>The worker has no open client to hand over.</source>
        <translation>Arbetstagaren har inga öppna klienter att överföra.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/team/reassign_dialog.py" line="13" />
        <source>Hand over</source>
        <translation>Överföring av klienter</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/reassign_dialog.py" line="21" />
        <source>The change syncs at the next sync: the client leaves the old worker's laptop and reaches the new worker's.</source>
        <translation>Ändringen förmedlas vid nästa synkronisering: klienten försvinner från den tidigare arbetstagarens dator och når den nya arbetstagarens.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/reassign_dialog.py" line="30" />
        <source>&amp;Hand over</source>
        <translation>&amp;Överför</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/record/return_dialog.py" line="20" />
        <source>Return the document</source>
        <translation>Returnera dokumentet</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/return_dialog.py" line="23" />
        <source>The worker sees the note in their list of returned documents and answers with an amendment, which then awaits your review again.</source>
        <translation>Arbetstagaren ser anmärkningen i sin lista över returnerade dokument och svarar med en komplettering, som sedan åter väntar på ditt godkännande.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/return_dialog.py" line="29" />
        <source>What should be corrected or added?</source>
        <translation>Vad ska rättas eller kompletteras?</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/return_dialog.py" line="34" />
        <source>&amp;Return</source>
        <translation>&amp;Returnera</translation>
    </message>
</context>
<context>
    <name>ReturnedDocumentsDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="24" />
        <source>Returned documents</source>
        <translation>Returnerade dokument</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="27" />
        <source>Documents your team lead returned. Open the client and amend the document.</source>
        <translation>Dokument som din teamledare har returnerat. Öppna klienten och komplettera dokumentet.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="29" />
        <source>No returned documents.</source>
        <translation>Inga returnerade dokument.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="34" />
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="34" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="34" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="34" />
        <source>Returned</source>
        <translation>Returnerad</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="35" />
        <source>Team lead</source>
        <translation>Teamledare</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="35" />
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
</context>
<context>
    <name>DiskSpaceWarning</name>
    <message>
        <source>Low disk space: %1 MB free.</source>
        <translation>Lite diskutrymme: %1 MB ledigt.</translation>
    </message>
    <message>
        <source>The disk of this computer has %1 MB free. Keep at least %2 MB free so that the day's work and the sync can be saved: remove or move files you do not need. Work saved so far is safe.</source>
        <translation>Datorns disk har %1 MB ledigt. Håll minst %2 MB ledigt så att dagens arbete och synkroniseringen kan sparas: ta bort eller flytta filer som du inte behöver. Det som sparats hittills finns kvar.</translation>
    </message>
</context>
</TS>

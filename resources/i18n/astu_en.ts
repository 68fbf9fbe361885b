<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/record/action_dialog.py" line="1"/>
        <source>Give the sum.</source>
        <translation>Give the sum.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="211"/>
        <source>The booking could not be saved: check the time and workers.</source>
        <translation>The booking could not be saved: check the time and workers.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="271"/>
        <source>Book a visit – ASTU Desktop</source>
        <translation>Book a visit – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>&amp;Duration</source>
        <translation>&amp;Duration</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>Who goes</source>
        <translation>Who goes</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="275"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="276"/>
        <source>The client's address</source>
        <translation>The client's address</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="277"/>
        <source>&amp;Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="299"/>
        <source>Tick at least one worker who goes.</source>
        <translation>Tick at least one worker who goes.</translation>
    </message>
</context>
<context>
    <name>BookingTexts</name>
    <message>
        <location filename="../../astu_desktop/ui/booking_texts.py" line="59"/>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_texts.py" line="68"/>
        <source>No visit booked</source>
        <translation>No visit booked</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_texts.py" line="71"/>
        <source>Overdue (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
</context>
<context>
    <name>BookingsTab</name>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="61"/>
        <source>Book a visit…</source>
        <translation>Book a visit…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="62"/>
        <source>Move…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="63"/>
        <source>Cancel the visit…</source>
        <translation>Cancel the visit…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="64"/>
        <source>No visit booked.</source>
        <translation>No visit booked.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="1"/>
        <source>Booked visits</source>
        <translation>Booked visits</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="67"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="67"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="67"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="67"/>
        <source>Who goes</source>
        <translation>Who goes</translation>
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
        <translation>Save the week as a calendar file</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="53"/>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="137"/>
        <source>Booked visits – ASTU Desktop</source>
        <translation>Booked visits – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="139"/>
        <source>◀ Earlier</source>
        <translation>◀ Earlier</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="139"/>
        <source>The day or week before (Alt+Left)</source>
        <translation>The day or week before (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="140"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="140"/>
        <source>Back to today (Alt+Home)</source>
        <translation>Back to today (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="141"/>
        <source>Later ▶</source>
        <translation>Later ▶</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="141"/>
        <source>The day or week after (Alt+Right)</source>
        <translation>The day or week after (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="142"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="142"/>
        <source>One day (Ctrl+1)</source>
        <translation>One day (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="143"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="143"/>
        <source>Monday to Sunday (Ctrl+2)</source>
        <translation>Monday to Sunday (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="146"/>
        <source>Save the week as a calendar file…</source>
        <translation>Save the week as a calendar file…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="147"/>
        <source>An .ics file with times and initials only, no names (Ctrl+E)</source>
        <translation>An .ics file with times and initials only, no names (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="17"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="149"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="155"/>
        <source>No visits booked for this day.</source>
        <translation>No visits booked for this day.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="157"/>
        <source>No visits booked for this week.</source>
        <translation>No visits booked for this week.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="137"/>
        <source>Booked visits</source>
        <translation>Booked visits</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="175"/>
        <source>Week %1: %2–%3</source>
        <translation>Week %1: %2–%3</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="184"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="185"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="186"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="187"/>
        <source>Who goes</source>
        <translation>Who goes</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="275"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="293"/>
        <source>The week was saved as a calendar file; the export was logged.</source>
        <translation>The week was saved as a calendar file; the export was logged.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="303"/>
        <source>The calendar file could not be saved there. Choose another folder.</source>
        <translation>The calendar file could not be saved there. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>CancelBookingDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="378"/>
        <source>Cancel a booked visit – ASTU Desktop</source>
        <translation>Cancel a booked visit – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="380"/>
        <source>Cancel the visit to %1 on %2?</source>
        <translation>Cancel the visit to %1 on %2?</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="340"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="385"/>
        <source>Cancel the &amp;visit</source>
        <translation>Cancel the &amp;visit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="386"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
</context>
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
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="35"/>
        <source>Plan review due</source>
        <translation>Plan review due</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="36"/>
        <source>Open rent debt</source>
        <translation>Open rent debt</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="34"/>
        <source>Next visit</source>
        <translation>Next visit</translation>
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
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Worker:</source>
        <translation>Worker:</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>All workers</source>
        <translation>All workers</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Search by name, personal identity code, address or phone (Ctrl+F)</source>
        <translation>Search by name, personal identity code, address or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Search clients</source>
        <translation>Search clients</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Responsible worker</source>
        <translation>Responsible worker</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Copy personal identity code</source>
        <translation>Copy personal identity code</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="221"/>
        <source>New home visit</source>
        <translation>New home visit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="223"/>
        <source>Record a home visit for the selected client (Ctrl+N)</source>
        <translation>Record a home visit for the selected client (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>ClientFields</name>
    <message>
        <source>Street &amp;address</source>
        <translation>Street &amp;address</translation>
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation>Postal &amp;code</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;ity</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>Other language:</source>
        <translation>Other language:</translation>
    </message>
    <message>
        <source>code, e.g. ru, so, ar, en</source>
        <translation>code, e.g. ru, so, ar, en</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Other language</translation>
    </message>
    <message>
        <source>Needs an &amp;interpreter</source>
        <translation>Needs an &amp;interpreter</translation>
    </message>
</context>
<context>
    <name>ClientProblems</name>
    <message>
        <source>This is required.</source>
        <translation>This is required.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>This is too long.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>This value cannot be used.</translation>
    </message>
    <message>
        <source>This contains characters that cannot be stored (e.g. a line break).</source>
        <translation>This contains characters that cannot be stored (e.g. a line break).</translation>
    </message>
    <message>
        <source>A postal code is five digits, e.g. 00510.</source>
        <translation>A postal code is five digits, e.g. 00510.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces and dashes, e.g. 040 123 4567.</source>
        <translation>A phone number has digits, spaces and dashes, e.g. 040 123 4567.</translation>
    </message>
    <message>
        <source>Give the language as a two-letter code, e.g. ru, so or ar.</source>
        <translation>Give the language as a two-letter code, e.g. ru, so or ar.</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.fi.</source>
        <translation>An e-mail address looks like name@example.fi.</translation>
    </message>
    <message>
        <source>A service cannot start in the future.</source>
        <translation>A service cannot start in the future.</translation>
    </message>
    <message>
        <source>The personal identity code is required.</source>
        <translation>The personal identity code is required.</translation>
    </message>
    <message>
        <source>The personal identity code is written DDMMYY-NNNC, e.g. 170580-923X.</source>
        <translation>The personal identity code is written DDMMYY-NNNC, e.g. 170580-923X.</translation>
    </message>
    <message>
        <source>The seventh character (the century sign) is not one that is used.</source>
        <translation>The seventh character (the century sign) is not one that is used.</translation>
    </message>
    <message>
        <source>The first six digits are not a possible date of birth.</source>
        <translation>The first six digits are not a possible date of birth.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <source>The individual number (digits 8–10) is not valid.</source>
        <translation>The individual number (digits 8–10) is not valid.</translation>
    </message>
    <message>
        <source>The last character does not match: check for a typing error.</source>
        <translation>The last character does not match: check for a typing error.</translation>
    </message>
</context>
<context>
    <name>ContactDetailsDialog</name>
    <message>
        <source>Contact details – ASTU Desktop</source>
        <translation>Contact details – ASTU Desktop</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Nothing was saved: correct the fields marked in red.</translation>
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
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="137"/>
        <source>Next, connect to the server (can also be done later)</source>
        <translation>Next, connect to the server (can also be done later)</translation>
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
        <translation>ASTU Desktop demo</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="1"/>
        <source>The demo holds made-up people only (temporary identity codes 900–999). Its first start creates them and a local server to sync with, which takes about a minute.</source>
        <translation>The demo holds made-up people only (temporary identity codes 900–999). Its first start creates them and a local server to sync with, which takes about a minute.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="115"/>
        <source>Open as a field &amp;worker</source>
        <translation>Open as a field &amp;worker</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="116"/>
        <source>Open as a team &amp;lead</source>
        <translation>Open as a team &amp;lead</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="117"/>
        <source>The busiest outreach worker's laptop</source>
        <translation>The busiest outreach worker's laptop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="119"/>
        <source>The laptop of the lead of the same team: the team overview, approvals</source>
        <translation>The laptop of the lead of the same team: the team overview, approvals</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="162"/>
        <source>The demo is ready.</source>
        <translation>The demo is ready.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="165"/>
        <source>Creating made-up clients: %1 of %2</source>
        <translation>Creating made-up clients: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="170"/>
        <source>Preparing the team lead's laptop and its first sync…</source>
        <translation>Preparing the team lead's laptop and its first sync…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="172"/>
        <source>Starting the local server and syncing…</source>
        <translation>Starting the local server and syncing…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="174"/>
        <source>Preparing the demo…</source>
        <translation>Preparing the demo…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="192"/>
        <source>The demo could not be made: %1</source>
        <translation>The demo could not be made: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="203"/>
        <source>The demo opens as soon as it is ready.</source>
        <translation>The demo opens as soon as it is ready.</translation>
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
    <message>
        <location filename="../../astu_desktop/ui/main_window.py"/>
        <source>&amp;Find client</source>
        <translation>&amp;Find client</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py"/>
        <source>&amp;Auto-lock…</source>
        <translation>&amp;Auto-lock…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py"/>
        <source>Copied; the clipboard is cleared in 30 seconds. The copy was logged.</source>
        <translation>Copied; the clipboard is cleared in 30 seconds. The copy was logged.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="166"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="167"/>
        <source>Sync &amp;conflicts…</source>
        <translation>Sync &amp;conflicts…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Refused changes…</source>
        <translation>&amp;Refused changes…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="169"/>
        <source>C&amp;onnect to the server…</source>
        <translation>C&amp;onnect to the server…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="399"/>
        <source>Connected to the server as %1. The first sync starts.</source>
        <translation>Connected to the server as %1. The first sync starts.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="416"/>
        <source>This computer has been taken out of use: it was reported lost or it is no longer used for client work. The case store on this computer will now be erased. Changes that were not synced are lost. If this is a mistake, contact your team lead or support.</source>
        <translation>This computer has been taken out of use: it was reported lost or it is no longer used for client work. The case store on this computer will now be erased. Changes that were not synced are lost. If this is a mistake, contact your team lead or support.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="132" />
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="133" />
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistics…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="130" />
        <source>&amp;Team overview</source>
        <translation>&amp;Team overview</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="136" />
        <source>&amp;Returned documents</source>
        <translation>&amp;Returned documents</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;New client…</translation>
    </message>
    <message>
        <source>Register a new client (Ctrl+Shift+N)</source>
        <translation>Register a new client (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>The client was saved.</source>
        <translation>The client was saved.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="186"/>
        <source>&amp;Booked visits (day and week)</source>
        <translation>&amp;Booked visits (day and week)</translation>
    </message>
</context>
<context>
    <name>MoveBookingDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="333"/>
        <source>Move a booked visit – ASTU Desktop</source>
        <translation>Move a booked visit – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="335"/>
        <source>%1, booked for %2</source>
        <translation>%1, booked for %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="339"/>
        <source>&amp;New time</source>
        <translation>&amp;New time</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="340"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="341"/>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client – ASTU Desktop</source>
        <translation>New client – ASTU Desktop</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>&amp;First names</source>
        <translation>&amp;First names</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>Personal identity &amp;code</source>
        <translation>Personal identity &amp;code</translation>
    </message>
    <message>
        <source>DDMMYY-NNNC</source>
        <translation>DDMMYY-NNNC</translation>
    </message>
    <message>
        <source>&amp;Open the existing record</source>
        <translation>&amp;Open the existing record</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>A&amp;dd contact person</source>
        <translation>A&amp;dd contact person</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Start a service now, with me as responsible worker</source>
        <translation>&amp;Start a service now, with me as responsible worker</translation>
    </message>
    <message>
        <source>Se&amp;rvice</source>
        <translation>Se&amp;rvice</translation>
    </message>
    <message>
        <source>S&amp;tarts on</source>
        <translation>S&amp;tarts on</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Nothing was saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>Contact person %1, %2: %3</source>
        <translation>Contact person %1, %2: %3</translation>
    </message>
    <message>
        <source>A client with this personal identity code was on this computer and has been removed. Nothing was saved; contact your team lead.</source>
        <translation>A client with this personal identity code was on this computer and has been removed. Nothing was saved; contact your team lead.</translation>
    </message>
    <message>
        <source>A client with this personal identity code is already on this computer. Nothing was saved: open that record instead.</source>
        <translation>A client with this personal identity code is already on this computer. Nothing was saved: open that record instead.</translation>
    </message>
</context>
<context>
    <name>PaymentPlanDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Payment plan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Agree on instalments with the tenant; a new plan replaces the earlier one.</source>
        <translation>Agree on instalments with the tenant; a new plan replaces the earlier one.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Agreed on</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Monthly instalments</source>
        <translation>Monthly instalments</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>First due on</source>
        <translation>First due on</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Due date of instalment %1</source>
        <translation>Due date of instalment %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Instalment %1</source>
        <translation>Instalment %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Instalments together %1; still owed %2.</source>
        <translation>Instalments together %1; still owed %2.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Give the sum of every instalment.</source>
        <translation>Give the sum of every instalment.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>The instalments add up to more than is still owed.</source>
        <translation>The instalments add up to more than is still owed.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>RemoveVisitDialog</name>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Remove the visit</source>
        <translation>&amp;Remove the visit</translation>
    </message>
    <message>
        <source>Remove a visit – ASTU Desktop</source>
        <translation>Remove a visit – ASTU Desktop</translation>
    </message>
    <message>
        <source>Remove this visit from %1's record? It disappears from the record and the lists on every laptop after the next sync; the removal and its reason stay in the access log.</source>
        <translation>Remove this visit from %1's record? It disappears from the record and the lists on every laptop after the next sync; the removal and its reason stay in the access log.</translation>
    </message>
</context>
<context>
    <name>RentDebtSteps</name>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Start rent-debt follow-up</source>
        <translation>Start rent-debt follow-up</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>The landlord's notice of rent arrears starts the follow-up.</source>
        <translation>The landlord's notice of rent arrears starts the follow-up.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Started on</source>
        <translation>Started on</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Rent debt (€)</source>
        <translation>Rent debt (€)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Landlord's notice on</source>
        <translation>Landlord's notice on</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Landlord</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Asuntoyksikkö</source>
        <translation>Asuntoyksikkö</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Payment received</source>
        <translation>Payment received</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>A payment seen in SAP.</source>
        <translation>A payment seen in SAP.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Amount (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Contact with a partner</source>
        <translation>Contact with a partner</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Landlord, debt counselling, area social work, Kela, enforcement, ...</source>
        <translation>Landlord, debt counselling, area social work, Kela, enforcement, ...</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Contacted on</source>
        <translation>Contacted on</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>What was agreed</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>At most 400 characters.</source>
        <translation>At most 400 characters.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Supplementary or preventive income support, more time, limited enforcement.</source>
        <translation>Supplementary or preventive income support, more time, limited enforcement.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Application for</source>
        <translation>Application for</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Applied on</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>The decision on an application.</source>
        <translation>The decision on an application.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Amount granted (€)</source>
        <translation>Amount granted (€)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>End of rent-debt follow-up</source>
        <translation>End of rent-debt follow-up</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Agree on further work with the tenant; the outcome goes to the statistics.</source>
        <translation>Agree on further work with the tenant; the outcome goes to the statistics.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Further work agreed</source>
        <translation>Further work agreed</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>A sum belongs only to a granted application.</source>
        <translation>A sum belongs only to a granted application.</translation>
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
    <message>
        <source>The disk could not be written to (a disk error, or it is read-only), so this was not saved. Work saved before is safe. Try again once the disk works; if it happens again, contact support.</source>
        <translation>The disk could not be written to (a disk error, or it is read-only), so this was not saved. Work saved before is safe. Try again once the disk works; if it happens again, contact support.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Work saved before is safe. Free disk space until at least %1 MB is free, and try again.</source>
        <translation>The disk is full, so this was not saved. Work saved before is safe. Free disk space until at least %1 MB is free, and try again.</translation>
    </message>
    <message numerus="yes">
        <source>It stopped part way: %n row(s) received before the error were saved and are safe. The next sync goes on from there.</source>
        <translation>
            <numerusform>It stopped part way: %n row received before the error was saved and is safe. The next sync goes on from there.</numerusform>
            <numerusform>It stopped part way: %n rows received before the error were saved and are safe. The next sync goes on from there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It stopped part way: %n client(s) were saved before the error and are safe; the rest were not saved.</source>
        <translation>
            <numerusform>It stopped part way: %n client was saved before the error and is safe; the rest were not saved.</numerusform>
            <numerusform>It stopped part way: %n clients were saved before the error and are safe; the rest were not saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>What you typed is still here: save it again.</source>
        <translation>What you typed is still here: save it again.</translation>
    </message>
    <message>
        <source>What you typed is still here, and it is saved by itself as soon as the disk can take it.</source>
        <translation>What you typed is still here, and it is saved by itself as soon as the disk can take it.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for this (%1 MB free, %2 MB needed), so it was not started. Work saved before is safe. Free disk space and try again.</source>
        <translation>There is not enough free disk space for this (%1 MB free, %2 MB needed), so it was not started. Work saved before is safe. Free disk space and try again.</translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/record/sync_banner.py" line="1"/>
        <source>The server refused %n record(s) of this client:</source>
        <translation>
            <numerusform>The server refused %n record of this client:</numerusform>
            <numerusform>The server refused %n records of this client:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/record/sync_banner.py" line="1"/>
        <source>%n record(s) of this client saved on this computer, not yet on the server; sent at the next sync.</source>
        <translation>
            <numerusform>%n record of this client saved on this computer, not yet on the server; sent at the next sync.</numerusform>
            <numerusform>%n records of this client saved on this computer, not yet on the server; sent at the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncMarks</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/marks.py" line="1"/>
        <source>Not yet on the server</source>
        <translation>Not yet on the server</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/marks.py" line="1"/>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/marks.py" line="1"/>
        <source>Saved on this computer, not yet on the server. It is sent at the next sync.</source>
        <translation>Saved on this computer, not yet on the server. It is sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/marks.py" line="1"/>
        <source>The server refused this record: %1</source>
        <translation>The server refused this record: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/marks.py" line="1"/>
        <source>Something of this client is not yet on the server; it is sent at the next sync.</source>
        <translation>Something of this client is not yet on the server; it is sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/marks.py" line="1"/>
        <source>The server refused something of this client. Open the record to read why.</source>
        <translation>The server refused something of this client. Open the record to read why.</translation>
    </message>
</context>
<context>
    <name>Times</name>
    <message>
        <source>at %1</source>
        <translation>at %1</translation>
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
<context>
    <name>AutoLockDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/autolock.py"/>
        <source>Lock after idle (minutes):</source>
        <translation>Lock after idle (minutes):</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/autolock.py"/>
        <source>Auto-lock</source>
        <translation>Auto-lock</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/autolock.py"/>
        <source>Minutes of idle time before locking</source>
        <translation>Minutes of idle time before locking</translation>
    </message>
</context>
<context>
    <name>AccessTab</name>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="16"/>
        <source>Client record</source>
        <translation>Client record</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="17"/>
        <source>Client summary</source>
        <translation>Client summary</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="18"/>
        <source>Personal identity code</source>
        <translation>Personal identity code</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="19"/>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="20"/>
        <source>Service episode</source>
        <translation>Service episode</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="21"/>
        <source>SAS decision</source>
        <translation>SAS decision</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="22"/>
        <source>Housing offer</source>
        <translation>Housing offer</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="23"/>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="24"/>
        <source>End of tenancy</source>
        <translation>End of tenancy</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="56"/>
        <source>Everyone who has opened, searched, changed or printed this client's data.</source>
        <translation>Everyone who has opened, searched, changed or printed this client's data.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="58"/>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="59"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="59"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="59"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="59"/>
        <source>Concerning</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="66"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="67"/>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Client details</translation>
    </message>
    <message>
        <source>Personal identity code copied</source>
        <translation>Personal identity code copied</translation>
    </message>
    <message>
        <source>Handover to another worker</source>
        <translation>Handover to another worker</translation>
    </message>
    <message>
        <source>Rent-debt follow-up</source>
        <translation>Rent-debt follow-up</translation>
    </message>
    <message>
        <source>Caseload search</source>
        <translation>Caseload search</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>Statistics report</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="20"/>
        <source>Booked visit</source>
        <translation>Booked visit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="21"/>
        <source>Calendar file of booked visits</source>
        <translation>Calendar file of booked visits</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py"/>
        <source>Changes kept after a handover</source>
        <translation>Changes kept after a handover</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py"/>
        <source>Changes kept after a handover discarded</source>
        <translation>Changes kept after a handover discarded</translation>
    </message>
    <message>
        <source>Home visit removed</source>
        <translation>Home visit removed</translation>
    </message>
</context>
<context>
    <name>ClientRecordWindow</name>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="145"/>
        <source>Client record – ASTU Desktop</source>
        <translation>Client record – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="146"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="150"/>
        <source>&amp;Living skills</source>
        <translation>&amp;Living skills</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="151"/>
        <source>&amp;Rent debt</source>
        <translation>&amp;Rent debt</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="152"/>
        <source>&amp;Housing</source>
        <translation>&amp;Housing</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="153"/>
        <source>Access lo&amp;g</source>
        <translation>Access lo&amp;g</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="157"/>
        <source>New home visit</source>
        <translation>New home visit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="158"/>
        <source>Record a home visit (Ctrl+N)</source>
        <translation>Record a home visit (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="159"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="160"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="233"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="170" />
        <source>Save or print as PDF…</source>
        <translation>Save or print as PDF…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="172" />
        <source>The case summary or a document as PDF: save or print (Ctrl+P)</source>
        <translation>The case summary or a document as PDF: save or print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="264" />
        <source>Case summary</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="287" />
        <source>PDF saved; the export was logged.</source>
        <translation>PDF saved; the export was logged.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="288" />
        <source>Sent to the printer; logged.</source>
        <translation>Sent to the printer; logged.</translation>
    </message>
    <message>
        <source>Start a service…</source>
        <translation>Start a service…</translation>
    </message>
    <message>
        <source>Start an episode of a service with you as the responsible worker</source>
        <translation>Start an episode of a service with you as the responsible worker</translation>
    </message>
    <message>
        <source>Contact details…</source>
        <translation>Contact details…</translation>
    </message>
    <message>
        <source>Edit the address, phone, e-mail and language</source>
        <translation>Edit the address, phone, e-mail and language</translation>
    </message>
    <message>
        <source>Start a service</source>
        <translation>Start a service</translation>
    </message>
    <message>
        <source>You become the responsible worker of the new episode.</source>
        <translation>You become the responsible worker of the new episode.</translation>
    </message>
    <message>
        <source>Se&amp;rvice</source>
        <translation>Se&amp;rvice</translation>
    </message>
    <message>
        <source>S&amp;tarts on</source>
        <translation>S&amp;tarts on</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="196"/>
        <source>Boo&amp;ked visits</source>
        <translation>Boo&amp;ked visits</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="202"/>
        <source>Book a visit</source>
        <translation>Book a visit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="203"/>
        <source>Book the next visit: time, place, who goes (Ctrl+B)</source>
        <translation>Book the next visit: time, place, who goes (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="1"/>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="1"/>
        <source>Record a phone call, a message or a meeting with a partner (Ctrl+Shift+K)</source>
        <translation>Record a phone call, a message or a meeting with a partner (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>The visit was removed.</source>
        <translation>The visit was removed.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="62"/>
        <source>Current version</source>
        <translation>Current version</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="63"/>
        <source>All versions</source>
        <translation>All versions</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="64"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="67"/>
        <source>No document yet.</source>
        <translation>No document yet.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="70"/>
        <source>Date</source>
        <translation>Date</translation>
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
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="74"/>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="90"/>
        <source>%1, version %2, %3</source>
        <translation>%1, version %2, %3</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="98"/>
        <source>Review due %1.</source>
        <translation>Review due %1.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="83" />
        <source>Save or &amp;print as PDF…</source>
        <translation>Save or &amp;print as PDF…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="104" />
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="121" />
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="122" />
        <source>A&amp;pprove</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="123" />
        <source>&amp;Return…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="129" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="129" />
        <source>Team lead</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="130" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="143" />
        <source>Awaiting review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="148" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="149" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>No signed version yet.</source>
        <translation>No signed version yet.</translation>
    </message>
    <message>
        <source>Draft %1, version %2</source>
        <translation>Draft %1, version %2</translation>
    </message>
</context>
<context>
    <name>HeaderCard</name>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="59"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="60"/>
        <source>Identity code</source>
        <translation>Identity code</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="61"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="62"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="63"/>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="64"/>
        <source>Responsible worker</source>
        <translation>Responsible worker</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="76"/>
        <source>No open services</source>
        <translation>No open services</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/record/header.py" line="77"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="82"/>
        <source>No named worker</source>
        <translation>No named worker</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="87"/>
        <source>No current placement</source>
        <translation>No current placement</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="88"/>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>%1 – needs an interpreter</source>
        <translation>%1 – needs an interpreter</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="68"/>
        <source>Next visit</source>
        <translation>Next visit</translation>
    </message>
</context>
<context>
    <name>HousingTab</name>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="113"/>
        <source>Start SAS process</source>
        <translation>Start SAS process</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="114"/>
        <source>SAS decision…</source>
        <translation>SAS decision…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="115"/>
        <source>Housing offer…</source>
        <translation>Housing offer…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="116"/>
        <source>Viewing and answer…</source>
        <translation>Viewing and answer…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="117"/>
        <source>Move-in…</source>
        <translation>Move-in…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="118"/>
        <source>End SAS episode…</source>
        <translation>End SAS episode…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="119"/>
        <source>Start outreach work</source>
        <translation>Start outreach work</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="120"/>
        <source>End outreach…</source>
        <translation>End outreach…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="121"/>
        <source>End tenancy…</source>
        <translation>End tenancy…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="125"/>
        <source>SAS and housing</source>
        <translation>SAS and housing</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="126"/>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="127"/>
        <source>Rent-debt follow-up</source>
        <translation>Rent-debt follow-up</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="128"/>
        <source>Flats and offers</source>
        <translation>Flats and offers</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="181"/>
        <source>Due %1.</source>
        <translation>Due %1.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="186"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="187"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="188"/>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="189"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="190"/>
        <source>Until / answer</source>
        <translation>Until / answer</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="196"/>
        <source>Tenancy</source>
        <translation>Tenancy</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="199"/>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="206"/>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
</context>
<context>
    <name>LivingSkillsTab</name>
    <message>
        <location filename="../../astu_desktop/ui/record/living_skills_tab.py" line="87"/>
        <source>&amp;Open check</source>
        <translation>&amp;Open check</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/living_skills_tab.py" line="90"/>
        <source>Living-skills checks</source>
        <translation>Living-skills checks</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/living_skills_tab.py" line="91"/>
        <source>Living-skills trends</source>
        <translation>Living-skills trends</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/living_skills_tab.py" line="117"/>
        <source>(draft)</source>
        <translation>(draft)</translation>
    </message>
</context>
<context>
    <name>ProcessSteps</name>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="60"/>
        <source>SAS decision</source>
        <translation>SAS decision</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="60"/>
        <source>Record the SAS decision.</source>
        <translation>Record the SAS decision.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="61"/>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="62"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="63"/>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="64"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="65"/>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="73"/>
        <source>Housing offer</source>
        <translation>Housing offer</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="73"/>
        <source>A flat offered from the queue.</source>
        <translation>A flat offered from the queue.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="74"/>
        <source>Offered on</source>
        <translation>Offered on</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="76"/>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="77"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="78"/>
        <source>Viewing agreed for</source>
        <translation>Viewing agreed for</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="79"/>
        <source>Give the address.</source>
        <translation>Give the address.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="86"/>
        <source>Viewing</source>
        <translation>Viewing</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="86"/>
        <source>The viewing and the client's answer.</source>
        <translation>The viewing and the client's answer.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="87"/>
        <source>Viewing on</source>
        <translation>Viewing on</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="89"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="96"/>
        <source>Move-in</source>
        <translation>Move-in</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="96"/>
        <source>The client moves into the offered flat.</source>
        <translation>The client moves into the offered flat.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="98"/>
        <source>Moved in on</source>
        <translation>Moved in on</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="99"/>
        <source>Landlord</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="100"/>
        <source>Start outreach with me as the named worker</source>
        <translation>Start outreach with me as the named worker</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="119"/>
        <source>End of tenancy</source>
        <translation>End of tenancy</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="120"/>
        <source>Why the tenancy ended is reported in the yearly statistics.</source>
        <translation>Why the tenancy ended is reported in the yearly statistics.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="122"/>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="123"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="124"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="130"/>
        <source>End of service</source>
        <translation>End of service</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="130"/>
        <source>Why does the service end?</source>
        <translation>Why does the service end?</translation>
    </message>
</context>
<context>
    <name>RecordProblems</name>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="27"/>
        <source>A SAS process is already open.</source>
        <translation>A SAS process is already open.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="28"/>
        <source>Start a SAS process first.</source>
        <translation>Start a SAS process first.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="29"/>
        <source>A decision to place names the housing and the queue.</source>
        <translation>A decision to place names the housing and the queue.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="32"/>
        <source>An offer needs a SAS decision to place the client.</source>
        <translation>An offer needs a SAS decision to place the client.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="35"/>
        <source>The client has already answered this offer.</source>
        <translation>The client has already answered this offer.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="38"/>
        <source>The client moves in only after accepting the offer.</source>
        <translation>The client moves in only after accepting the offer.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="41"/>
        <source>End the current tenancy before recording a new move-in.</source>
        <translation>End the current tenancy before recording a new move-in.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="44"/>
        <source>This tenancy has already ended.</source>
        <translation>This tenancy has already ended.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="45"/>
        <source>A tenancy cannot end before the move-in.</source>
        <translation>A tenancy cannot end before the move-in.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="48"/>
        <source>This service has already ended.</source>
        <translation>This service has already ended.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="49"/>
        <source>A service cannot end before it started.</source>
        <translation>A service cannot end before it started.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="52"/>
        <source>The work has already started.</source>
        <translation>The work has already started.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="53"/>
        <source>This entry is no longer in the store. Reload the record.</source>
        <translation>This entry is no longer in the store. Reload the record.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="57"/>
        <source>This client is no longer in the store.</source>
        <translation>This client is no longer in the store.</translation>
    </message>
    <message>
        <source>The client already has an open episode of this service.</source>
        <translation>The client already has an open episode of this service.</translation>
    </message>
    <message>
        <source>A service cannot start in the future.</source>
        <translation>A service cannot start in the future.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>A rent-debt follow-up is already open.</source>
        <translation>A rent-debt follow-up is already open.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>The landlord's notice cannot come after the follow-up started.</source>
        <translation>The landlord's notice cannot come after the follow-up started.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>A payment plan needs at least one instalment.</source>
        <translation>A payment plan needs at least one instalment.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>The date cannot be before the follow-up started.</source>
        <translation>The date cannot be before the follow-up started.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>An instalment cannot fall due before the plan was agreed.</source>
        <translation>An instalment cannot fall due before the plan was agreed.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>The instalments add up to more than is still owed.</source>
        <translation>The instalments add up to more than is still owed.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>The payment is more than is still owed.</source>
        <translation>The payment is more than is still owed.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>At most 400 characters.</source>
        <translation>At most 400 characters.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>This application has already been decided.</source>
        <translation>This application has already been decided.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>Choose whether the application was granted or denied.</source>
        <translation>Choose whether the application was granted or denied.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>A decision cannot come before the application.</source>
        <translation>A decision cannot come before the application.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>A sum belongs only to a granted application.</source>
        <translation>A sum belongs only to a granted application.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>Part of the debt is still owed; choose another outcome.</source>
        <translation>Part of the debt is still owed; choose another outcome.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>This follow-up has ended; start a new one if needed.</source>
        <translation>This follow-up has ended; start a new one if needed.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>The sum is too large.</source>
        <translation>The sum is too large.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>The sum must be more than zero.</source>
        <translation>The sum must be more than zero.</translation>
    </message>
</context>
<context>
    <name>RentDebtTab</name>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="87"/>
        <source>Debt at start</source>
        <translation>Debt at start</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="88"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="89"/>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="90"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="94"/>
        <source>Debt paid</source>
        <translation>Debt paid</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="95"/>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="96"/>
        <source>Payment plan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="97"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="98"/>
        <source>No rent-debt follow-up.</source>
        <translation>No rent-debt follow-up.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="104"/>
        <source>Follow-up from %1</source>
        <translation>Follow-up from %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="133"/>
        <source>Ended %1: %2</source>
        <translation>Ended %1: %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="138"/>
        <source>Payment plan agreed %1</source>
        <translation>Payment plan agreed %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="139"/>
        <source>Started %1, no payment plan yet</source>
        <translation>Started %1, no payment plan yet</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="148"/>
        <source>month %1 of %2</source>
        <translation>month %1 of %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="157"/>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="159"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="161"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="172"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="172"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="172"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="175"/>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="175"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Landlord</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Instalments</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Partner contacts</source>
        <translation>Partner contacts</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Applications and decisions</source>
        <translation>Applications and decisions</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Start follow-up…</source>
        <translation>Start follow-up…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Payment plan…</source>
        <translation>Payment plan…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Payment received…</source>
        <translation>Payment received…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Partner contact…</source>
        <translation>Partner contact…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Home visit with living-skills check…</source>
        <translation>Home visit with living-skills check…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Application…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Decision…</source>
        <translation>Decision…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>End follow-up…</source>
        <translation>End follow-up…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Start a new SAS process</source>
        <translation>Start a new SAS process</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Start a follow-up when the landlord warns of rent arrears.</source>
        <translation>Start a follow-up when the landlord warns of rent arrears.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Due %1.</source>
        <translation>Due %1.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>%1, notice %2</source>
        <translation>%1, notice %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>%n instalment(s), together %1 of the debt %2</source>
        <translation>
            <numerusform>%n instalment, together %1 of the debt %2</numerusform>
            <numerusform>%n instalments, together %1 of the debt %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Overdue: %n instalment(s), %1</source>
        <translation>
            <numerusform>Overdue: %n instalment, %1</numerusform>
            <numerusform>Overdue: %n instalments, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="46"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="47"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="47"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="47"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="59"/>
        <source>Choose an event to read it in full.</source>
        <translation>Choose an event to read it in full.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="74"/>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="78"/>
        <source>%1 started</source>
        <translation>%1 started</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="80"/>
        <source>%1 ended</source>
        <translation>%1 ended</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="83"/>
        <source>SAS decision: %1</source>
        <translation>SAS decision: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="86"/>
        <source>Moved in: %1</source>
        <translation>Moved in: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="87"/>
        <source>Tenancy ended: %1</source>
        <translation>Tenancy ended: %1</translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation>replaced by a newer version</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Signed by %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Rent debt %1 at the start of the follow-up</source>
        <translation>Rent debt %1 at the start of the follow-up</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Rent debt paid %1 (%2)</source>
        <translation>Rent debt paid %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Applied for: %1</source>
        <translation>Applied for: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Decision: %1, %2</source>
        <translation>Decision: %1, %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Rent-debt follow-up ended: %1</source>
        <translation>Rent-debt follow-up ended: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Payment plan: %n instalment(s), together %1</source>
        <translation>
            <numerusform>Payment plan: %n instalment, together %1</numerusform>
            <numerusform>Payment plan: %n instalments, together %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or press Enter to correct or remove the entry.</source>
        <translation>Double-click or press Enter to correct or remove the entry.</translation>
    </message>
</context>
<context>
    <name>VisitCorrectionDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Remove the visit…</source>
        <translation>&amp;Remove the visit…</translation>
    </message>
    <message>
        <source>&amp;Save the correction</source>
        <translation>&amp;Save the correction</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Correct a visit – ASTU Desktop</source>
        <translation>Correct a visit – ASTU Desktop</translation>
    </message>
    <message>
        <source>The correction leaves nothing in the visit: write in the notes what happened, or remove the visit.</source>
        <translation>The correction leaves nothing in the visit: write in the notes what happened, or remove the visit.</translation>
    </message>
    <message>
        <source>The visit could not be saved: check the workers and time.</source>
        <translation>The visit could not be saved: check the workers and time.</translation>
    </message>
    <message>
        <source>This visit is locked: the living-skills check done on it is signed. Write what needs correcting in a new version of the check.</source>
        <translation>This visit is locked: the living-skills check done on it is signed. Write what needs correcting in a new version of the check.</translation>
    </message>
    <message>
        <source>Tick at least one worker who was there.</source>
        <translation>Tick at least one worker who was there.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="171"/>
        <source>New home visit – ASTU Desktop</source>
        <translation>New home visit – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="173"/>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="174"/>
        <source>Workers present</source>
        <translation>Workers present</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="175"/>
        <source>&amp;Others present</source>
        <translation>&amp;Others present</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="176"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="177"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="181"/>
        <source>e.g. a relative, the landlord's caretaker</source>
        <translation>e.g. a relative, the landlord's caretaker</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="184"/>
        <source>Add a living-skills check</source>
        <translation>Add a living-skills check</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="186"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="187"/>
        <source>Others present</source>
        <translation>Others present</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="188"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="189"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="222"/>
        <source>Tick at least one worker who was there.</source>
        <translation>Tick at least one worker who was there.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="249"/>
        <source>The visit could not be saved: check the workers and time.</source>
        <translation>The visit could not be saved: check the workers and time.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="229"/>
        <source>This is the visit booked for %1</source>
        <translation>This is the visit booked for %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="233"/>
        <source>Book the next visit</source>
        <translation>Book the next visit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="234"/>
        <source>Time of the next visit</source>
        <translation>Time of the next visit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="1"/>
        <source>New contact – ASTU Desktop</source>
        <translation>New contact – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="1"/>
        <source>Nothing to save yet: write in the notes what happened (or who else was there, or add a living-skills check).</source>
        <translation>Nothing to save yet: write in the notes what happened (or who else was there, or add a living-skills check).</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/forms/amend_dialog.py" line="46"/>
        <source>Amend the document</source>
        <translation>Amend the document</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/amend_dialog.py" line="48"/>
        <source>Why is the signed document amended? The reason is kept with the new version.</source>
        <translation>Why is the signed document amended? The reason is kept with the new version.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/amend_dialog.py" line="50"/>
        <source>Reason for the amendment</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/amend_dialog.py" line="63"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor.py" line="112"/>
        <source>The draft saves itself as you type.</source>
        <translation>The draft saves itself as you type.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor.py" line="159"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor.py" line="235"/>
        <source>The draft could not be saved. Close again to discard it.</source>
        <translation>The draft could not be saved. Close again to discard it.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="23"/>
        <source>This document has been signed and can no longer be changed.</source>
        <translation>This document has been signed and can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="27"/>
        <source>A newer version of this document exists; amend that one instead.</source>
        <translation>A newer version of this document exists; amend that one instead.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="31"/>
        <source>No worker is set up on this device, so nobody can sign.</source>
        <translation>No worker is set up on this device, so nobody can sign.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="35"/>
        <source>This document is no longer in the case store.</source>
        <translation>This document is no longer in the case store.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/forms/messages.py" line="44"/>
        <source>%n answer(s) need attention; see the marked fields.</source>
        <translation>
            <numerusform>%n answer needs attention; see the marked field.</numerusform>
            <numerusform>%n answers need attention; see the marked fields.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="51"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="55"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="59"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="64"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="68"/>
        <source>Signed %1</source>
        <translation>Signed %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="73"/>
        <source>New draft</source>
        <translation>New draft</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="74"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="78"/>
        <source>Amendment: %1</source>
        <translation>Amendment: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="82"/>
        <source>A newer version of this document exists; this one is kept as it was.</source>
        <translation>A newer version of this document exists; this one is kept as it was.</translation>
    </message>
</context>
<context>
    <name>EditorButtons</name>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="96"/>
        <source>&amp;Amend…</source>
        <translation>&amp;Amend…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="97"/>
        <source>S&amp;ign…</source>
        <translation>S&amp;ign…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="98"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="99"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="107"/>
        <source>Save status</source>
        <translation>Save status</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="49"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="53"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="57"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="62"/>
        <source>Clear the answer: %1</source>
        <translation>Clear the answer: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="66"/>
        <source>Pick from a calendar: %1</source>
        <translation>Pick from a calendar: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="72"/>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="76"/>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="80"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="84"/>
        <source>Add a row: %1</source>
        <translation>Add a row: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="88"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="92"/>
        <source>Remove row %1: %2</source>
        <translation>Remove row %1: %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="97"/>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="101"/>
        <source>No rows yet.</source>
        <translation>No rows yet.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="105"/>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="111"/>
        <source>* required for signing</source>
        <translation>* required for signing</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>e.g. %1, 12.2025 or 2025</source>
        <translation>e.g. %1, 12.2025 or 2025</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>e.g. 12 500,50</source>
        <translation>e.g. 12 500,50</translation>
    </message>
</context>
<context>
    <name>FormProblems</name>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="21"/>
        <source>Required for signing.</source>
        <translation>Required for signing.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="22"/>
        <source>This answer has the wrong form.</source>
        <translation>This answer has the wrong form.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="23"/>
        <source>Choose one of the options shown.</source>
        <translation>Choose one of the options shown.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="26"/>
        <source>The value is outside the allowed range.</source>
        <translation>The value is outside the allowed range.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="29"/>
        <source>The text is too long.</source>
        <translation>The text is too long.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="30"/>
        <source>Not a date. Write it as day.month.year, e.g. 31.12.2025.</source>
        <translation>Not a date. Write it as day.month.year, e.g. 31.12.2025.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="33"/>
        <source>This answer does not belong to this version of the form.</source>
        <translation>This answer does not belong to this version of the form.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>Not a sum. Write it as 12 500,50 or 12500.50.</source>
        <translation>Not a sum. Write it as 12 500,50 or 12500.50.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>A sum cannot be negative.</source>
        <translation>A sum cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>At most two decimals: euros and cents.</source>
        <translation>At most two decimals: euros and cents.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>This can be read as two different sums. Write thousands with a space: 1 234 or 1,23.</source>
        <translation>This can be read as two different sums. Write thousands with a space: 1 234 or 1,23.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>The sum is too large.</source>
        <translation>The sum is too large.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>This date cannot be in the future.</source>
        <translation>This date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>Cannot be before “%1”.</source>
        <translation>Cannot be before “%1”.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>Must be after “%1”.</source>
        <translation>Must be after “%1”.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>“%1” contradicts the other choices.</source>
        <translation>“%1” contradicts the other choices.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>At most %n month(s) after “%1”.</source>
        <translation>
            <numerusform>At most %n month after “%1”.</numerusform>
            <numerusform>At most %n months after “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>Not a date. Write a day (31.12.2025), a month (12.2025) or a year (2025).</source>
        <translation>Not a date. Write a day (31.12.2025), a month (12.2025) or a year (2025).</translation>
    </message>
</context>
<context>
    <name>SigningQuestion</name>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="115"/>
        <source>Sign the document now?</source>
        <translation>Sign the document now?</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="117"/>
        <source>A signed document cannot be changed; corrections are made as amendments.</source>
        <translation>A signed document cannot be changed; corrections are made as amendments.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="119"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="45"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="45"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="209"/>
        <source>Resolve a conflict – ASTU Desktop</source>
        <translation>Resolve a conflict – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="214"/>
        <source>This record was deleted on one computer and edited on another. The edit was kept and the record restored; delete it again only if that is right.</source>
        <translation>This record was deleted on one computer and edited on another. The edit was kept and the record restored; delete it again only if that is right.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="221"/>
        <source>This information was changed on two computers before they synced (noticed %1). Choose the value that is right, or write the right one.</source>
        <translation>This information was changed on two computers before they synced (noticed %1). Choose the value that is right, or write the right one.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="230"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="236"/>
        <source>Your value: %1</source>
        <translation>Your value: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="238"/>
        <source>Write my own value…</source>
        <translation>Write my own value…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="239"/>
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="240"/>
        <source>Keep my value</source>
        <translation>Keep my value</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="245"/>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="245"/>
        <source>another computer</source>
        <translation>another computer</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="246"/>
        <source>unknown worker</source>
        <translation>unknown worker</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="247"/>
        <source>%1, on %2</source>
        <translation>%1, on %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="249"/>
        <source>(now in the record)</source>
        <translation>(now in the record)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="256"/>
        <source>Delete the record</source>
        <translation>Delete the record</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="257"/>
        <source>Keep the record</source>
        <translation>Keep the record</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="258"/>
        <source>Keep this</source>
        <translation>Keep this</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="263"/>
        <source>Edited (the record is kept)</source>
        <translation>Edited (the record is kept)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="264"/>
        <source>Deleted %1</source>
        <translation>Deleted %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="280"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="320"/>
        <source>Please write a value for: %1</source>
        <translation>Please write a value for: %1</translation>
    </message>
</context>
<context>
    <name>ConflictListDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="80"/>
        <source>Conflicts – ASTU Desktop</source>
        <translation>Conflicts – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="83"/>
        <source>The same information was changed on two computers before they synced. Both values are kept until you choose which one is right.</source>
        <translation>The same information was changed on two computers before they synced. Both values are kept until you choose which one is right.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="88"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="88"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="88"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="88"/>
        <source>Noticed</source>
        <translation>Noticed</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="90"/>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="103"/>
        <source>Deleted on one computer, edited on another</source>
        <translation>Deleted on one computer, edited on another</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="101"/>
        <source>Connect to the server – ASTU Desktop</source>
        <translation>Connect to the server – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="104"/>
        <source>Connect this computer to the server so that your clients&apos; data syncs. Your password is used only now; the computer then keeps a key of its own inside the encrypted case store.</source>
        <translation>Connect this computer to the server so that your clients&apos; data syncs. Your password is used only now; the computer then keeps a key of its own inside the encrypted case store.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="109"/>
        <source>You can also connect later from the File menu.</source>
        <translation>You can also connect later from the File menu.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="114"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="114"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="114"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="120"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="121"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="121"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="115"/>
        <source>The administrator gives you a one-time enrolment code for this; it is valid for a few hours and for one computer.</source>
        <translation>The administrator gives you a one-time enrolment code for this; it is valid for a few hours and for one computer.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="128"/>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
</context>
<context>
    <name>RefusedListDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py" line="52"/>
        <source>Refused changes – ASTU Desktop</source>
        <translation>Refused changes – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py" line="55"/>
        <source>The server did not accept these changes. They are kept on this computer; the rest of your changes were sent. Please tell support if a reason is unclear.</source>
        <translation>The server did not accept these changes. They are kept on this computer; the rest of your changes were sent. Please tell support if a reason is unclear.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py" line="60"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py" line="60"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py" line="60"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py" line="60"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py"/>
        <source>&amp;Export for the team lead…</source>
        <translation>&amp;Export for the team lead…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py"/>
        <source>Kept changes</source>
        <translation>Kept changes</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py"/>
        <source>Discard the kept changes?</source>
        <translation>Discard the kept changes?</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py"/>
        <source>The %n change(s) kept for %1 will be removed from this laptop. They are not on the server, so they will be lost for good. Export them for your team lead first if they may still be needed. Discard them?</source>
        <translation>
            <numerusform>The %n change kept for %1 will be removed from this laptop. It is not on the server, so it will be lost for good. Export it for your team lead first if it may still be needed. Discard it?</numerusform>
            <numerusform>The %n changes kept for %1 will be removed from this laptop. They are not on the server, so they will be lost for good. Export them for your team lead first if they may still be needed. Discard them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="105"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="106"/>
        <source>Send and receive changes now (F5)</source>
        <translation>Send and receive changes now (F5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="114"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="116"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="138"/>
        <source>Not connected to a server: the changes stay on this computer.</source>
        <translation>Not connected to a server: the changes stay on this computer.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="145"/>
        <source>Last synced %1.</source>
        <translation>Last synced %1.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="147"/>
        <source>Not synced yet.</source>
        <translation>Not synced yet.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="151"/>
        <source>Nothing waiting to be sent.</source>
        <translation>Nothing waiting to be sent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="156"/>
        <source>Receiving changes: %n row(s)</source>
        <translation>
            <numerusform>Receiving changes: %n row</numerusform>
            <numerusform>Receiving changes: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="158"/>
        <source>Sending changes: %n sent</source>
        <translation>
            <numerusform>Sending changes: %n sent</numerusform>
            <numerusform>Sending changes: %n sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="160"/>
        <source> of %1</source>
        <translation> of %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="170"/>
        <source>This computer&apos;s clock is %n minute(s) ahead of the server: please correct the date and time.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute ahead of the server: please correct the date and time.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes ahead of the server: please correct the date and time.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="117"/>
        <source>Changes made on two computers: choose which is right</source>
        <translation>Changes made on two computers: choose which is right</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="120"/>
        <source>Changes the server did not accept, with the reasons</source>
        <translation>Changes the server did not accept, with the reasons</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="187"/>
        <source>The clock is %n min ahead!</source>
        <translation>
            <numerusform>The clock is %n min ahead!</numerusform>
            <numerusform>The clock is %n min ahead!</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="163"/>
        <source>Next attempt %1.</source>
        <translation>Next attempt %1.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="0"/>
        <source>This computer&apos;s data had been put back from an older copy. It was downloaded again from the server; unsent changes were kept.</source>
        <translation>This computer&apos;s data had been put back from an older copy. It was downloaded again from the server; unsent changes were kept.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="0"/>
        <source>%n change(s) to clients who left your caseload are kept in the refused list until someone decides.</source>
        <translation>
            <numerusform>%n change to clients who left your caseload is kept in the refused list until someone decides.</numerusform>
            <numerusform>%n changes to clients who left your caseload are kept in the refused list until someone decides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="149"/>
        <source>%n record(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n record waiting to be sent.</numerusform>
            <numerusform>%n records waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="1"/>
        <source>More than %1 records waiting to be sent.</source>
        <translation>More than %1 records waiting to be sent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="0"/>
        <source>%n ended client(s) were removed from this computer after the retention time; their record is kept on the server.</source>
        <translation>
            <numerusform>%n ended client was removed from this computer after the retention time; their record is kept on the server.</numerusform>
            <numerusform>%n ended clients were removed from this computer after the retention time; their record is kept on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="0"/>
        <source>%n change(s) wait for the server to be updated: it does not know them yet. They are kept on this computer and sent after the update.</source>
        <translation>
            <numerusform>%n change waits for the server to be updated: it does not know it yet. It is kept on this computer and sent after the update.</numerusform>
            <numerusform>%n changes wait for the server to be updated: it does not know them yet. They are kept on this computer and sent after the update.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="15"/>
        <source>The server cannot be reached. Your changes are kept on this computer and are sent when the connection works again.</source>
        <translation>The server cannot be reached. Your changes are kept on this computer and are sent when the connection works again.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="20"/>
        <source>The server no longer accepts this computer&apos;s sign-in. Ask the administrator to check your account.</source>
        <translation>The server no longer accepts this computer&apos;s sign-in. Ask the administrator to check your account.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="25"/>
        <source>The server refused the sync. Your changes are kept on this computer; it is tried again later.</source>
        <translation>The server refused the sync. Your changes are kept on this computer; it is tried again later.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>The server has been updated and no longer speaks this version of ASTU Desktop. Your changes are kept on this computer; update ASTU Desktop, and they are sent at the next sync.</source>
        <translation>The server has been updated and no longer speaks this version of ASTU Desktop. Your changes are kept on this computer; update ASTU Desktop, and they are sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="30"/>
        <source>This computer has been taken out of use by the administrator.</source>
        <translation>This computer has been taken out of use by the administrator.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="33"/>
        <source>This computer is not connected to a server.</source>
        <translation>This computer is not connected to a server.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="34"/>
        <source>The sync did not finish. Your changes are kept on this computer.</source>
        <translation>The sync did not finish. Your changes are kept on this computer.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="41"/>
        <source>This account has been disabled. Ask the administrator.</source>
        <translation>This account has been disabled. Ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="44"/>
        <source>This account cannot use a laptop: it is not a worker&apos;s or a team lead&apos;s.</source>
        <translation>This account cannot use a laptop: it is not a worker&apos;s or a team lead&apos;s.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="47"/>
        <source>Too many failed sign-ins from this computer. Try again in a few minutes.</source>
        <translation>Too many failed sign-ins from this computer. Try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="50"/>
        <source>This computer is already connected to the server.</source>
        <translation>This computer is already connected to the server.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="53"/>
        <source>The server cannot be reached. Check the address and the network connection.</source>
        <translation>The server cannot be reached. Check the address and the network connection.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="69"/>
        <source>The server does not know this kind of record: update ASTU Desktop.</source>
        <translation>The server does not know this kind of record: update ASTU Desktop.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="72"/>
        <source>The server does not know a field of this record: update ASTU Desktop.</source>
        <translation>The server does not know a field of this record: update ASTU Desktop.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="83"/>
        <source>Client details</source>
        <translation>Client details</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="84"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="85"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="86"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="87"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="88"/>
        <source>Worker on a visit</source>
        <translation>Worker on a visit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="89"/>
        <source>SAS decision</source>
        <translation>SAS decision</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="90"/>
        <source>Housing offer</source>
        <translation>Housing offer</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="91"/>
        <source>Housing placement</source>
        <translation>Housing placement</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="92"/>
        <source>Rent-debt follow-up</source>
        <translation>Rent-debt follow-up</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="93"/>
        <source>End of tenancy</source>
        <translation>End of tenancy</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="94"/>
        <source>Instalment</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="95"/>
        <source>Contact with a partner</source>
        <translation>Contact with a partner</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="96"/>
        <source>Rent-debt decision</source>
        <translation>Rent-debt decision</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="97"/>
        <source>Rent payment</source>
        <translation>Rent payment</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="98"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="99"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="104"/>
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="105"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="106"/>
        <source>Identity code</source>
        <translation>Identity code</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="107"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="108"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="109"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="110"/>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="111"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="112"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="113"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="114"/>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="115"/>
        <source>Needs an interpreter</source>
        <translation>Needs an interpreter</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="116"/>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="117"/>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="121"/>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="122"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="123"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="124"/>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="125"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="126"/>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="127"/>
        <source>Reason for ending</source>
        <translation>Reason for ending</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="128"/>
        <source>Responsible worker</source>
        <translation>Responsible worker</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="129"/>
        <source>Time of the visit</source>
        <translation>Time of the visit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="130"/>
        <source>Duration (minutes)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="131"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="132"/>
        <source>Others present</source>
        <translation>Others present</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="133"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="134"/>
        <source>Housing type</source>
        <translation>Housing type</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="135"/>
        <source>Landlord</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="136"/>
        <source>Moved in</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="137"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="138"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="139"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="140"/>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="141"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="142"/>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="143"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="145"/>
        <source>Other information</source>
        <translation>Other information</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="41"/>
        <source>The server does not answer.</source>
        <translation>The server does not answer.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="42"/>
        <source>The server refuses this computer.</source>
        <translation>The server refuses this computer.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="43"/>
        <source>The server refused the sync.</source>
        <translation>The server refused the sync.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>Update ASTU Desktop to sync.</source>
        <translation>Update ASTU Desktop to sync.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>This version of ASTU Desktop is too old for the server. Update ASTU Desktop, then connect again.</source>
        <translation>This version of ASTU Desktop is too old for the server. Update ASTU Desktop, then connect again.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="44"/>
        <source>This computer was taken out of use.</source>
        <translation>This computer was taken out of use.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="45"/>
        <source>Not connected to a server.</source>
        <translation>Not connected to a server.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="46"/>
        <source>The sync did not finish.</source>
        <translation>The sync did not finish.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>Approval of a document</source>
        <translation>Approval of a document</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="60"/>
        <source>Wrong username, password or enrolment code (a code is used only once).</source>
        <translation>Wrong username, password or enrolment code (a code is used only once).</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="14"/>
        <source>The server address must start with https://. Only a server on this computer may use http://.</source>
        <translation>The server address must start with https://. Only a server on this computer may use http://.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="56"/>
        <source>The server&apos;s address is not secure.</source>
        <translation>The server&apos;s address is not secure.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="101"/>
        <source>A text holds characters that cannot be stored (control characters or broken text).</source>
        <translation>A text holds characters that cannot be stored (control characters or broken text).</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="105"/>
        <source>A name or another one-line text holds a line break.</source>
        <translation>A name or another one-line text holds a line break.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="107"/>
        <source>A text is longer than the field allows.</source>
        <translation>A text is longer than the field allows.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="109"/>
        <source>A number, date or time is outside its allowed range (dates from 1900 to 2100).</source>
        <translation>A number, date or time is outside its allowed range (dates from 1900 to 2100).</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="113"/>
        <source>A date or time is not in a valid form, or its time zone is missing.</source>
        <translation>A date or time is not in a valid form, or its time zone is missing.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="115"/>
        <source>A choice is not one of the allowed options.</source>
        <translation>A choice is not one of the allowed options.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="116"/>
        <source>The identity code is not valid.</source>
        <translation>The identity code is not valid.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="117"/>
        <source>The document is too large (at most 256 KiB).</source>
        <translation>The document is too large (at most 256 KiB).</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="119"/>
        <source>The answers do not fit the form or its version.</source>
        <translation>The answers do not fit the form or its version.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="121"/>
        <source>A value is missing or not of the right kind.</source>
        <translation>A value is missing or not of the right kind.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="130"/>
        <source>This record came from the server with a value this computer cannot store. It was set aside; everything else was received.</source>
        <translation>This record came from the server with a value this computer cannot store. It was set aside; everything else was received.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="135"/>
        <source>The server could not send this record (a value stored there is damaged). Please tell support; everything else was received.</source>
        <translation>The server could not send this record (a value stored there is damaged). Please tell support; everything else was received.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="140"/>
        <source>This could not be saved (%1). %2 Nothing was changed.</source>
        <translation>This could not be saved (%1). %2 Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>The record names another worker as the one who wrote, signed, recorded or decided it; the server accepts only your own name.</source>
        <translation>The record names another worker as the one who wrote, signed, recorded or decided it; the server accepts only your own name.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>The signing time is in the future or before the document was made. Check the computer&apos;s clock.</source>
        <translation>The signing time is in the future or before the document was made. Check the computer&apos;s clock.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>A worker named on the visit does not work in the client&apos;s team.</source>
        <translation>A worker named on the visit does not work in the client&apos;s team.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>The client left your caseload before this change reached the server. It is kept here until someone decides (tell your team lead).</source>
        <translation>The client left your caseload before this change reached the server. It is kept here until someone decides (tell your team lead).</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="105"/>
        <source>Booked visit</source>
        <translation>Booked visit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="106"/>
        <source>Worker on a booked visit</source>
        <translation>Worker on a booked visit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="149"/>
        <source>Time of the booked visit</source>
        <translation>Time of the booked visit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="150"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="151"/>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="63"/>
        <source>You may not change this record: the client is not on your caseload. If the client should be yours, ask your team lead to assign the client to you; the change stays on this computer.</source>
        <translation>You may not change this record: the client is not on your caseload. If the client should be yours, ask your team lead to assign the client to you; the change stays on this computer.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="66"/>
        <source>Staff details are kept on the server and cannot be changed here. Ask the administrator to correct them.</source>
        <translation>Staff details are kept on the server and cannot be changed here. Ask the administrator to correct them.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="75"/>
        <source>The server did not accept a value of this record. Correct the value named here in the record and save it again.</source>
        <translation>The server did not accept a value of this record. Correct the value named here in the record and save it again.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="76"/>
        <source>Required information is missing. Fill in what is named here in the record and save it again.</source>
        <translation>Required information is missing. Fill in what is named here in the record and save it again.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="77"/>
        <source>The same record already exists on the server (e.g. the same client twice). Check the client's record after the next sync, and tell support if something is missing.</source>
        <translation>The same record already exists on the server (e.g. the same client twice). Check the client's record after the next sync, and tell support if something is missing.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>Only a team lead of the client's team may do this (approve or return a document, hand a client over to another worker). Ask your team lead.</source>
        <translation>Only a team lead of the client's team may do this (approve or return a document, hand a client over to another worker). Ask your team lead.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="1"/>
        <source>This record refers to another record that is not on the server (it was refused too, or never sent). Find that record in this list and correct it first; then record this change again.</source>
        <translation>This record refers to another record that is not on the server (it was refused too, or never sent). Find that record in this list and correct it first; then record this change again.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="1"/>
        <source>The client or visit this record belongs to is not on the server (it was refused or removed). Find it in this list and correct it first; tell support if the client was removed.</source>
        <translation>The client or visit this record belongs to is not on the server (it was refused or removed). Find it in this list and correct it first; tell support if the client was removed.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="1"/>
        <source>Living-skills check</source>
        <translation>Living-skills check</translation>
    </message>
    <message>
        <source>The visit was changed after its living-skills check was signed: a signed check locks its visit. Write what needs correcting in a new version of the check.</source>
        <translation>The visit was changed after its living-skills check was signed: a signed check locks its visit. Write what needs correcting in a new version of the check.</translation>
    </message>
    <message>
        <source>This computer's disk is full, so the sync stopped. Everything saved before, and what the sync received before it stopped, is safe. Free disk space until at least %1 MB is free; the sync then goes on from where it stopped.</source>
        <translation>This computer's disk is full, so the sync stopped. Everything saved before, and what the sync received before it stopped, is safe. Free disk space until at least %1 MB is free; the sync then goes on from where it stopped.</translation>
    </message>
    <message>
        <source>The sync stopped: this computer's disk could not be written to (a disk error, or it is read-only). Everything saved before is safe. If it happens again, contact support.</source>
        <translation>The sync stopped: this computer's disk could not be written to (a disk error, or it is read-only). Everything saved before is safe. If it happens again, contact support.</translation>
    </message>
    <message>
        <source>The disk is full: the sync stopped.</source>
        <translation>The disk is full: the sync stopped.</translation>
    </message>
    <message>
        <source>The disk cannot be written to.</source>
        <translation>The disk cannot be written to.</translation>
    </message>
    <message>
        <source>There is not enough free disk space on this computer for the sync, so it did not start. Everything saved is safe. Free disk space until at least %1 MB is free; the sync then goes on by itself.</source>
        <translation>There is not enough free disk space on this computer for the sync, so it did not start. Everything saved is safe. Free disk space until at least %1 MB is free; the sync then goes on by itself.</translation>
    </message>
    <message>
        <source>Too little disk space to sync.</source>
        <translation>Too little disk space to sync.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="216" />
        <source>Save or print a PDF</source>
        <translation>Save or print a PDF</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="217" />
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="218" />
        <source>Document &amp;language</source>
        <translation>Document &amp;language</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="219" />
        <source>&amp;Protect the file with a password (AES-256)</source>
        <translation>&amp;Protect the file with a password (AES-256)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="220" />
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="221" />
        <source>&amp;Repeat</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="224" />
        <source>At least %1 characters. Give the password to the recipient some other way than the file, for example by phone.</source>
        <translation>At least %1 characters. Give the password to the recipient some other way than the file, for example by phone.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="228" />
        <source>Without a password anyone who gets the file can read it.</source>
        <translation>Without a password anyone who gets the file can read it.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="229" />
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="230" />
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="231" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="276" />
        <source>The passwords do not match.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="281" />
        <source>The password needs at least %1 characters.</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="343" />
        <source>The file could not be written. Choose another folder.</source>
        <translation>The file could not be written. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="345" />
        <source>This is no longer in the store. Reload the record.</source>
        <translation>This is no longer in the store. Reload the record.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="329" />
        <source>The printer could not print the document. Check the printer.</source>
        <translation>The printer could not print the document. Check the printer.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Save without a password?</source>
        <translation>Save without a password?</translation>
    </message>
    <message>
        <source>The PDF will not be password-protected: anyone who gets the file can read it. Keep it only on an encrypted disk and never send it by ordinary e-mail. Save it anyway?</source>
        <translation>The PDF will not be password-protected: anyone who gets the file can read it. Keep it only on an encrypted disk and never send it by ordinary e-mail. Save it anyway?</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="154" />
        <source>Statistics – ASTU Desktop</source>
        <translation>Statistics – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="155" />
        <source>&amp;Year </source>
        <translation>&amp;Year </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="156" />
        <source>Save or print as PDF…</source>
        <translation>Save or print as PDF…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="157" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="158" />
        <source>Tenancy endings in small apartments by reason</source>
        <translation>Tenancy endings in small apartments by reason</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="159" />
        <source>Rent-debt follow-up: debtors and debts</source>
        <translation>Rent-debt follow-up: debtors and debts</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="160" />
        <source>Home visits per month</source>
        <translation>Home visits per month</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="161" />
        <source>Caseload per worker</source>
        <translation>Caseload per worker</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="232" />
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="275" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="275" />
        <source>Debtors at the month's end</source>
        <translation>Debtors at the month's end</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="275" />
        <source>Debt owed</source>
        <translation>Debt owed</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="285" />
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="285" />
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="287" />
        <source>Plan review overdue</source>
        <translation>Plan review overdue</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="300" />
        <source>Service plans overdue for review (a plan is reviewed within six months): %1</source>
        <translation>Service plans overdue for review (a plan is reviewed within six months): %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="311" />
        <source>Statistics %1</source>
        <translation>Statistics %1</translation>
    </message>
    <message numerus="yes">
        <source>In all: %n home visit(s)</source>
        <translation>
            <numerusform>In all: %n home visit</numerusform>
            <numerusform>In all: %n home visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followed up during the year: %n client(s); debt when their follow-up started %1, paid during the year %2, still owed %3.</source>
        <translation>
            <numerusform>Followed up during the year: %n client; debt when their follow-up started %1, paid during the year %2, still owed %3.</numerusform>
            <numerusform>Followed up during the year: %n clients; debt when their follow-up started %1, paid during the year %2, still owed %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/team/drill_down.py" line="41" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client(s)</numerusform>
            <numerusform>%n client(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/drill_down.py" line="61" />
        <source>&amp;Hand over client…</source>
        <translation>&amp;Hand over client…</translation>
    </message>
</context>
<context>
    <name>TeamCharts</name>
    <message>
        <location filename="../../astu_desktop/ui/team/charts.py" line="50" />
        <source>Caseload per worker</source>
        <translation>Caseload per worker</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/charts.py" line="51" />
        <source>Home visits per week</source>
        <translation>Home visits per week</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/charts.py" line="52" />
        <source>Rent debt over time</source>
        <translation>Rent debt over time</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/charts.py" line="77" />
        <source>Home visits</source>
        <translation>Home visits</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/charts.py" line="93" />
        <source>Rent debt owed (€)</source>
        <translation>Rent debt owed (€)</translation>
    </message>
</context>
<context>
    <name>TeamFiguresModel</name>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="46" />
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="50" />
        <source>Home visits, 30 days</source>
        <translation>Home visits, 30 days</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="58" />
        <source>Plan review in 30 days</source>
        <translation>Plan review in 30 days</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="62" />
        <source>Plan review overdue</source>
        <translation>Plan review overdue</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="70" />
        <source>Rent-debt follow-ups</source>
        <translation>Rent-debt follow-ups</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="74" />
        <source>Debt owed</source>
        <translation>Debt owed</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="78" />
        <source>Past 6 months</source>
        <translation>Past 6 months</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="138" />
        <source>Whole team</source>
        <translation>Whole team</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="164" />
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="70" />
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="54" />
        <source>No visit in %1 days</source>
        <translation>No visit in %1 days</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="66" />
        <source>Drafts older than %1 days</source>
        <translation>Drafts older than %1 days</translation>
    </message>
</context>
<context>
    <name>TeamOverviewWindow</name>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="124" />
        <source>Team overview – %1</source>
        <translation>Team overview – %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="125" />
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="126" />
        <source>&amp;No visit in (days):</source>
        <translation>&amp;No visit in (days):</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="127" />
        <source>&amp;Drafts older than (days):</source>
        <translation>&amp;Drafts older than (days):</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="128" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="152" />
        <source>&amp;Hand over caseload…</source>
        <translation>&amp;Hand over caseload…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="255" />
        <source>Hand every client of %1 over to:</source>
        <translation>Hand every client of %1 over to:</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="261" />
        <source>Hand the client over to:</source>
        <translation>Hand the client over to:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/team/window.py" line="274" />
        <source>%n client(s) handed over.</source>
        <translation>
            <numerusform>%n client(s) handed over.</numerusform>
            <numerusform>%n client(s) handed over.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="300" />
        <source>Only the team lead can hand clients over.</source>
        <translation>Only the team lead can hand clients over.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="301" />
        <source>Clients can be handed over only to a worker of the same team.</source>
        <translation>Clients can be handed over only to a worker of the same team.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="302" />
        <source>The worker has no open client to hand over.</source>
        <translation>The worker has no open client to hand over.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/team/reassign_dialog.py" line="13" />
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/reassign_dialog.py" line="21" />
        <source>The change syncs at the next sync: the client leaves the old worker's laptop and reaches the new worker's.</source>
        <translation>The change syncs at the next sync: the client leaves the old worker's laptop and reaches the new worker's.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/reassign_dialog.py" line="30" />
        <source>&amp;Hand over</source>
        <translation>&amp;Hand over</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/record/return_dialog.py" line="20" />
        <source>Return the document</source>
        <translation>Return the document</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/return_dialog.py" line="23" />
        <source>The worker sees the note in their list of returned documents and answers with an amendment, which then awaits your review again.</source>
        <translation>The worker sees the note in their list of returned documents and answers with an amendment, which then awaits your review again.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/return_dialog.py" line="29" />
        <source>What should be corrected or added?</source>
        <translation>What should be corrected or added?</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/return_dialog.py" line="34" />
        <source>&amp;Return</source>
        <translation>&amp;Return</translation>
    </message>
</context>
<context>
    <name>ReturnedDocumentsDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="24" />
        <source>Returned documents</source>
        <translation>Returned documents</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="27" />
        <source>Documents your team lead returned. Open the client and amend the document.</source>
        <translation>Documents your team lead returned. Open the client and amend the document.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="29" />
        <source>No returned documents.</source>
        <translation>No returned documents.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="34" />
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="34" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="34" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="34" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="35" />
        <source>Team lead</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="35" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DiskSpaceWarning</name>
    <message>
        <source>Low disk space: %1 MB free.</source>
        <translation>Low disk space: %1 MB free.</translation>
    </message>
    <message>
        <source>The disk of this computer has %1 MB free. Keep at least %2 MB free so that the day's work and the sync can be saved: remove or move files you do not need. Work saved so far is safe.</source>
        <translation>The disk of this computer has %1 MB free. Keep at least %2 MB free so that the day's work and the sync can be saved: remove or move files you do not need. Work saved so far is safe.</translation>
    </message>
</context>
</TS>

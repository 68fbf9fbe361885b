<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/record/action_dialog.py" line="1"/>
        <source>Give the sum.</source>
        <translation>Anna summa.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="211"/>
        <source>The booking could not be saved: check the time and workers.</source>
        <translation>Varausta ei voitu tallentaa: tarkista aika ja työntekijät.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="271"/>
        <source>Book a visit – ASTU Desktop</source>
        <translation>Varaa käynti – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>&amp;When</source>
        <translation>&amp;Milloin</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>&amp;Duration</source>
        <translation>&amp;Kesto</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>&amp;Place</source>
        <translation>&amp;Paikka</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>Who goes</source>
        <translation>Ketkä menevät</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="275"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="276"/>
        <source>The client's address</source>
        <translation>Asiakkaan osoite</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="277"/>
        <source>&amp;Book</source>
        <translation>&amp;Varaa</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="272"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="299"/>
        <source>Tick at least one worker who goes.</source>
        <translation>Valitse vähintään yksi käynnille menevä työntekijä.</translation>
    </message>
</context>
<context>
    <name>BookingTexts</name>
    <message>
        <location filename="../../astu_desktop/ui/booking_texts.py" line="59"/>
        <source>%1 at %2</source>
        <translation>%1 klo %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_texts.py" line="68"/>
        <source>No visit booked</source>
        <translation>Ei varattua käyntiä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_texts.py" line="71"/>
        <source>Overdue (%1)</source>
        <translation>Myöhässä (%1)</translation>
    </message>
</context>
<context>
    <name>BookingsTab</name>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="61"/>
        <source>Book a visit…</source>
        <translation>Varaa käynti…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="62"/>
        <source>Move…</source>
        <translation>Siirrä…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="63"/>
        <source>Cancel the visit…</source>
        <translation>Peru käynti…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="64"/>
        <source>No visit booked.</source>
        <translation>Ei varattua käyntiä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="1"/>
        <source>Booked visits</source>
        <translation>Varatut käynnit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="67"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="67"/>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="67"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/bookings_tab.py" line="67"/>
        <source>Who goes</source>
        <translation>Ketkä menevät</translation>
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
        <translation>Tallenna viikko kalenteritiedostoksi</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="53"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenteritiedostot (*.ics)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="137"/>
        <source>Booked visits – ASTU Desktop</source>
        <translation>Varatut käynnit – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="139"/>
        <source>◀ Earlier</source>
        <translation>◀ Aiemmin</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="139"/>
        <source>The day or week before (Alt+Left)</source>
        <translation>Edellinen päivä tai viikko (Alt+Vasen)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="140"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="140"/>
        <source>Back to today (Alt+Home)</source>
        <translation>Takaisin tähän päivään (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="141"/>
        <source>Later ▶</source>
        <translation>Myöhemmin ▶</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="141"/>
        <source>The day or week after (Alt+Right)</source>
        <translation>Seuraava päivä tai viikko (Alt+Oikea)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="142"/>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="142"/>
        <source>One day (Ctrl+1)</source>
        <translation>Yksi päivä (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="143"/>
        <source>Week</source>
        <translation>Viikko</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="143"/>
        <source>Monday to Sunday (Ctrl+2)</source>
        <translation>Maanantaista sunnuntaihin (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="146"/>
        <source>Save the week as a calendar file…</source>
        <translation>Tallenna viikko kalenteritiedostoksi…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="147"/>
        <source>An .ics file with times and initials only, no names (Ctrl+E)</source>
        <translation>ICS-tiedosto, jossa on vain ajat ja nimikirjaimet, ei nimiä (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="17"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="149"/>
        <source>Close (Esc)</source>
        <translation>Sulje (Esc)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="155"/>
        <source>No visits booked for this day.</source>
        <translation>Tälle päivälle ei ole varattu käyntejä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="157"/>
        <source>No visits booked for this week.</source>
        <translation>Tälle viikolle ei ole varattu käyntejä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="137"/>
        <source>Booked visits</source>
        <translation>Varatut käynnit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="175"/>
        <source>Week %1: %2–%3</source>
        <translation>Viikko %1: %2–%3</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="184"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="185"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="186"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="187"/>
        <source>Who goes</source>
        <translation>Ketkä menevät</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="275"/>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="293"/>
        <source>The week was saved as a calendar file; the export was logged.</source>
        <translation>Viikko tallennettiin kalenteritiedostoksi; vienti kirjattiin.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/calendar_window.py" line="303"/>
        <source>The calendar file could not be saved there. Choose another folder.</source>
        <translation>Kalenteritiedostoa ei voitu tallentaa sinne. Valitse toinen kansio.</translation>
    </message>
</context>
<context>
    <name>CancelBookingDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="378"/>
        <source>Cancel a booked visit – ASTU Desktop</source>
        <translation>Peru varattu käynti – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="380"/>
        <source>Cancel the visit to %1 on %2?</source>
        <translation>Perutaanko käynti: %1, %2?</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="340"/>
        <source>&amp;Reason</source>
        <translation>&amp;Syy</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="385"/>
        <source>Cancel the &amp;visit</source>
        <translation>Peru &amp;käynti</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="386"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Älä peru</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="28"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="29"/>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="30"/>
        <source>Age</source>
        <translation>Ikä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="31"/>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="32"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="33"/>
        <source>Responsible worker</source>
        <translation>Vastuutyöntekijä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="35"/>
        <source>Plan review due</source>
        <translation>Suunnitelman tarkistus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="36"/>
        <source>Open rent debt</source>
        <translation>Avoin vuokravelka</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="34"/>
        <source>Next visit</source>
        <translation>Seuraava käynti</translation>
    </message>
</context>
<context>
    <name>CaseloadPanel</name>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="129"/>
        <source>My caseload</source>
        <translation>Omat asiakkaat</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="129"/>
        <source>My team</source>
        <translation>Tiimin asiakkaat</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="129"/>
        <source>All clients</source>
        <translation>Kaikki asiakkaat</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="132"/>
        <source>Service:</source>
        <translation>Palvelu:</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="133"/>
        <source>All services</source>
        <translation>Kaikki palvelut</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="136"/>
        <source>Due:</source>
        <translation>Ajankohtaista:</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="138"/>
        <source>Anything</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="139"/>
        <source>Visit due</source>
        <translation>Käynti erääntymässä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="140"/>
        <source>Service plan review due</source>
        <translation>Palvelusuunnitelman tarkistus erääntymässä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="141"/>
        <source>Open rent debt</source>
        <translation>Avoin vuokravelka</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="145"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="146"/>
        <source>Due</source>
        <translation>Ajankohtaista</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="147"/>
        <source>Caseload</source>
        <translation>Asiakaslista</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="232"/>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="234"/>
        <source>Reveal personal identity code</source>
        <translation>Näytä koko henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Status:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Worker:</source>
        <translation>Työntekijä:</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>All workers</source>
        <translation>Kaikki työntekijät</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Search by name, personal identity code, address or phone (Ctrl+F)</source>
        <translation>Hae nimellä, henkilötunnuksella, osoitteella tai puhelinnumerolla (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Search clients</source>
        <translation>Hae asiakkaita</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Responsible worker</source>
        <translation>Vastuutyöntekijä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py"/>
        <source>Copy personal identity code</source>
        <translation>Kopioi henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="221"/>
        <source>New home visit</source>
        <translation>Uusi kotikäynti</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/caseload_panel.py" line="223"/>
        <source>Record a home visit for the selected client (Ctrl+N)</source>
        <translation>Kirjaa kotikäynti valitulle asiakkaalle (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>ClientFields</name>
    <message>
        <source>Street &amp;address</source>
        <translation>Katu&amp;osoite</translation>
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation>Posti&amp;numero</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Postitoimi&amp;paikka</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;uhelin</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>Sä&amp;hköposti</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>Other language:</source>
        <translation>Muu kieli:</translation>
    </message>
    <message>
        <source>code, e.g. ru, so, ar, en</source>
        <translation>koodi, esim. ru, so, ar, en</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Muu kieli</translation>
    </message>
    <message>
        <source>Needs an &amp;interpreter</source>
        <translation>Tarvitsee &amp;tulkin</translation>
    </message>
</context>
<context>
    <name>ClientProblems</name>
    <message>
        <source>This is required.</source>
        <translation>Tämä tieto tarvitaan.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>Tämä on liian pitkä.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Tätä arvoa ei voi käyttää.</translation>
    </message>
    <message>
        <source>This contains characters that cannot be stored (e.g. a line break).</source>
        <translation>Tässä on merkkejä, joita ei voi tallentaa (esim. rivinvaihto).</translation>
    </message>
    <message>
        <source>A postal code is five digits, e.g. 00510.</source>
        <translation>Postinumero on viisi numeroa, esim. 00510.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces and dashes, e.g. 040 123 4567.</source>
        <translation>Puhelinnumerossa on numeroita, välilyöntejä ja viivoja, esim. 040 123 4567.</translation>
    </message>
    <message>
        <source>Give the language as a two-letter code, e.g. ru, so or ar.</source>
        <translation>Anna kieli kaksikirjaimisena koodina, esim. ru, so tai ar.</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.fi.</source>
        <translation>Sähköpostiosoite on muotoa nimi@esimerkki.fi.</translation>
    </message>
    <message>
        <source>A service cannot start in the future.</source>
        <translation>Palvelu ei voi alkaa tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The personal identity code is required.</source>
        <translation>Henkilötunnus tarvitaan.</translation>
    </message>
    <message>
        <source>The personal identity code is written DDMMYY-NNNC, e.g. 170580-923X.</source>
        <translation>Henkilötunnus kirjoitetaan PPKKVV-NNNT, esim. 170580-923X.</translation>
    </message>
    <message>
        <source>The seventh character (the century sign) is not one that is used.</source>
        <translation>Seitsemäs merkki (välimerkki) ei ole käytössä oleva merkki.</translation>
    </message>
    <message>
        <source>The first six digits are not a possible date of birth.</source>
        <translation>Kuusi ensimmäistä numeroa eivät ole mahdollinen syntymäaika.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Syntymäaika on tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The individual number (digits 8–10) is not valid.</source>
        <translation>Yksilönumero (merkit 8–10) ei kelpaa.</translation>
    </message>
    <message>
        <source>The last character does not match: check for a typing error.</source>
        <translation>Tarkistusmerkki ei täsmää: tarkista kirjoitusvirhe.</translation>
    </message>
</context>
<context>
    <name>ContactDetailsDialog</name>
    <message>
        <source>Contact details – ASTU Desktop</source>
        <translation>Yhteystiedot – ASTU Desktop</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Mitään ei tallennettu: korjaa punaisella merkityt kentät.</translation>
    </message>
</context>
<context>
    <name>CreateStoreDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="37"/>
        <source>Very weak</source>
        <translation>Erittäin heikko</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="38"/>
        <source>Weak</source>
        <translation>Heikko</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="39"/>
        <source>Fair</source>
        <translation>Kohtalainen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="40"/>
        <source>Good</source>
        <translation>Hyvä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="41"/>
        <source>Strong</source>
        <translation>Vahva</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="112"/>
        <source>Create the case store – ASTU Desktop</source>
        <translation>Luo asiakastietokanta – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="115"/>
        <source>This computer has no case store yet. Choose the passphrase that will protect the clients&apos; data on this computer.</source>
        <translation>Tällä tietokoneella ei ole vielä asiakastietokantaa. Valitse tunnuslause, joka suojaa asiakkaiden tiedot tällä tietokoneella.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="121"/>
        <source>Nobody can recover a forgotten passphrase, not even support: without it the data on this computer cannot be opened.</source>
        <translation>Unohdettua tunnuslausetta ei voi palauttaa, ei edes tuki: ilman sitä tämän tietokoneen tietoja ei voi avata.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="126"/>
        <source>Tip: a sentence of four or more words is easy to remember and hard to guess.</source>
        <translation>Vinkki: neljän tai useamman sanan lause on helppo muistaa ja vaikea arvata.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="128"/>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="129"/>
        <source>Passphrase again</source>
        <translation>Tunnuslause uudelleen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="130"/>
        <source>Strength</source>
        <translation>Vahvuus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="131"/>
        <source>Caps Lock seems to be on.</source>
        <translation>Caps Lock näyttää olevan päällä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="132"/>
        <source>Create</source>
        <translation>Luo</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="133"/>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="169"/>
        <source>The two passphrases differ.</source>
        <translation>Tunnuslauseet eivät ole samat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="174"/>
        <source>At least {minimum} characters, now %n.</source>
        <translation>
            <numerusform>Vähintään {minimum} merkkiä, nyt %n.</numerusform>
            <numerusform>Vähintään {minimum} merkkiä, nyt %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="178"/>
        <source>Avoid obvious words and sequences such as “salasana” or “123456”.</source>
        <translation>Vältä ilmeisiä sanoja ja sarjoja, kuten ”salasana” tai ”123456”.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="179"/>
        <source>Too repetitive: use more different characters.</source>
        <translation>Liian toisteinen: käytä useampia eri merkkejä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/create_store_dialog.py" line="137"/>
        <source>Next, connect to the server (can also be done later)</source>
        <translation>Yhdistä seuraavaksi palvelimeen (voi tehdä myöhemminkin)</translation>
    </message>
</context>
<context>
    <name>DemoStartWindow</name>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="106"/>
        <source>ASTU Desktop – demo</source>
        <translation>ASTU Desktop – esittely</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="107"/>
        <source>ASTU Desktop demo</source>
        <translation>ASTU Desktopin esittely</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="1"/>
        <source>The demo holds made-up people only (temporary identity codes 900–999). Its first start creates them and a local server to sync with, which takes about a minute.</source>
        <translation>Esittelyssä on vain keksittyjä henkilöitä (väliaikaiset henkilötunnukset 900–999). Ensimmäinen käynnistys luo heidät ja paikallisen palvelimen synkronointia varten, mikä kestää noin minuutin.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="115"/>
        <source>Open as a field &amp;worker</source>
        <translation>Avaa &amp;työntekijänä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="116"/>
        <source>Open as a team &amp;lead</source>
        <translation>Avaa tiimin&amp;vetäjänä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="117"/>
        <source>The busiest outreach worker's laptop</source>
        <translation>Kiireisimmän lähityöntekijän kannettava</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="119"/>
        <source>The laptop of the lead of the same team: the team overview, approvals</source>
        <translation>Saman tiimin tiiminvetäjän kannettava: tiimin yleiskuva, hyväksynnät</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="162"/>
        <source>The demo is ready.</source>
        <translation>Esittely on valmis.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="165"/>
        <source>Creating made-up clients: %1 of %2</source>
        <translation>Luodaan keksittyjä asiakkaita: %1/%2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="170"/>
        <source>Preparing the team lead's laptop and its first sync…</source>
        <translation>Valmistellaan tiiminvetäjän kannettavaa ja sen ensimmäistä synkronointia…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="172"/>
        <source>Starting the local server and syncing…</source>
        <translation>Käynnistetään paikallinen palvelin ja synkronoidaan…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="174"/>
        <source>Preparing the demo…</source>
        <translation>Valmistellaan esittelyä…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="192"/>
        <source>The demo could not be made: %1</source>
        <translation>Esittelyä ei voitu luoda: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/demo_start.py" line="203"/>
        <source>The demo opens as soon as it is ready.</source>
        <translation>Esittely avautuu heti, kun se on valmis.</translation>
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
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="95"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="96"/>
        <source>&amp;Quit</source>
        <translation>L&amp;opeta</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="97"/>
        <source>&amp;Settings</source>
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="98"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="99"/>
        <source>The case store is locked.</source>
        <translation>Asiakastietokanta on lukittu.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="153"/>
        <location filename="../../astu_desktop/ui/main_window.py" line="164"/>
        <source>This client is no longer in the store.</source>
        <translation>Asiakasta ei enää löydy tietokannasta.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="167"/>
        <source>The personal identity code is shown; the viewing was logged.</source>
        <translation>Henkilötunnus näytetään; katselu kirjattiin lokiin.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="174"/>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/main_window.py" line="176"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n asiakas</numerusform>
            <numerusform>%n asiakasta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py"/>
        <source>&amp;Find client</source>
        <translation>&amp;Etsi asiakas</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py"/>
        <source>&amp;Auto-lock…</source>
        <translation>&amp;Automaattinen lukitus…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py"/>
        <source>Copied; the clipboard is cleared in 30 seconds. The copy was logged.</source>
        <translation>Kopioitu. Leikepöytä tyhjennetään 30 sekunnin kuluttua. Kopiointi kirjattiin lokiin.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="166"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronoi nyt</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="167"/>
        <source>Sync &amp;conflicts…</source>
        <translation>Synkronoinnin &amp;ristiriidat…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Refused changes…</source>
        <translation>&amp;Hylätyt muutokset…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="169"/>
        <source>C&amp;onnect to the server…</source>
        <translation>&amp;Yhdistä palvelimeen…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="399"/>
        <source>Connected to the server as %1. The first sync starts.</source>
        <translation>Yhdistetty palvelimeen käyttäjänä %1. Ensimmäinen synkronointi alkaa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="416"/>
        <source>This computer has been taken out of use: it was reported lost or it is no longer used for client work. The case store on this computer will now be erased. Changes that were not synced are lost. If this is a mistake, contact your team lead or support.</source>
        <translation>Tämä tietokone on poistettu käytöstä: se on ilmoitettu kadonneeksi tai sitä ei enää käytetä asiakastyöhön. Tämän tietokoneen asiakastietokanta poistetaan nyt. Synkronoimattomat muutokset menetetään. Jos tämä on virhe, ota yhteyttä tiimiesihenkilöösi tai tukeen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="132" />
        <source>&amp;Reports</source>
        <translation>&amp;Raportit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="133" />
        <source>&amp;Statistics…</source>
        <translation>&amp;Tilastot…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="130" />
        <source>&amp;Team overview</source>
        <translation>&amp;Tiimin yleiskuva</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="136" />
        <source>&amp;Returned documents</source>
        <translation>&amp;Palautetut asiakirjat</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Uusi asiakas…</translation>
    </message>
    <message>
        <source>Register a new client (Ctrl+Shift+N)</source>
        <translation>Lisää uusi asiakas (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Työkalurivi</translation>
    </message>
    <message>
        <source>The client was saved.</source>
        <translation>Asiakas tallennettiin.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/main_window.py" line="186"/>
        <source>&amp;Booked visits (day and week)</source>
        <translation>&amp;Varatut käynnit (päivä ja viikko)</translation>
    </message>
</context>
<context>
    <name>MoveBookingDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="333"/>
        <source>Move a booked visit – ASTU Desktop</source>
        <translation>Siirrä varattu käynti – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="335"/>
        <source>%1, booked for %2</source>
        <translation>%1, varattu %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="339"/>
        <source>&amp;New time</source>
        <translation>&amp;Uusi aika</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="340"/>
        <source>&amp;Reason</source>
        <translation>&amp;Syy</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/booking_dialog.py" line="341"/>
        <source>&amp;Move</source>
        <translation>&amp;Siirrä</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>New client – ASTU Desktop</source>
        <translation>Uusi asiakas – ASTU Desktop</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>&amp;First names</source>
        <translation>&amp;Etunimet</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Sukunimi</translation>
    </message>
    <message>
        <source>Personal identity &amp;code</source>
        <translation>&amp;Henkilötunnus</translation>
    </message>
    <message>
        <source>DDMMYY-NNNC</source>
        <translation>PPKKVV-NNNT</translation>
    </message>
    <message>
        <source>&amp;Open the existing record</source>
        <translation>&amp;Avaa olemassa oleva asiakastieto</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Suhde</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>A&amp;dd contact person</source>
        <translation>&amp;Lisää yhteyshenkilö</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>&amp;Start a service now, with me as responsible worker</source>
        <translation>Aloita &amp;palvelu nyt, vastuutyöntekijänä minä</translation>
    </message>
    <message>
        <source>Se&amp;rvice</source>
        <translation>Pa&amp;lvelu</translation>
    </message>
    <message>
        <source>S&amp;tarts on</source>
        <translation>&amp;Alkaa</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Mitään ei tallennettu: korjaa punaisella merkityt kentät.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>suhde</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <source>Contact person %1, %2: %3</source>
        <translation>Yhteyshenkilö %1, %2: %3</translation>
    </message>
    <message>
        <source>A client with this personal identity code was on this computer and has been removed. Nothing was saved; contact your team lead.</source>
        <translation>Asiakas, jolla on tämä henkilötunnus, on ollut tällä koneella ja poistettu. Mitään ei tallennettu; ota yhteys tiimin esihenkilöön.</translation>
    </message>
    <message>
        <source>A client with this personal identity code is already on this computer. Nothing was saved: open that record instead.</source>
        <translation>Asiakas, jolla on tämä henkilötunnus, on jo tällä koneella. Mitään ei tallennettu: avaa sen asiakastieto.</translation>
    </message>
</context>
<context>
    <name>PaymentPlanDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Payment plan</source>
        <translation>Maksusuunnitelma</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Agree on instalments with the tenant; a new plan replaces the earlier one.</source>
        <translation>Sovi erät vuokralaisen kanssa; uusi suunnitelma korvaa aiemman.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Agreed on</source>
        <translation>Sovittu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Monthly instalments</source>
        <translation>Kuukausieriä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>First due on</source>
        <translation>Ensimmäinen eräpäivä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Due date of instalment %1</source>
        <translation>Erän %1 eräpäivä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Instalment %1</source>
        <translation>Erä %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Instalments together %1; still owed %2.</source>
        <translation>Erät yhteensä %1; velkaa jäljellä %2.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>Give the sum of every instalment.</source>
        <translation>Anna jokaisen erän summa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/payment_plan_dialog.py" line="1"/>
        <source>The instalments add up to more than is still owed.</source>
        <translation>Erät ovat yhteensä enemmän kuin velkaa on jäljellä.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Lähde:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tiedostotyyppi:</translation>
    </message>
</context>
<context>
    <name>RemoveVisitDialog</name>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Älä poista</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Syy</translation>
    </message>
    <message>
        <source>&amp;Remove the visit</source>
        <translation>&amp;Poista käynti</translation>
    </message>
    <message>
        <source>Remove a visit – ASTU Desktop</source>
        <translation>Poista käynti – ASTU Desktop</translation>
    </message>
    <message>
        <source>Remove this visit from %1's record? It disappears from the record and the lists on every laptop after the next sync; the removal and its reason stay in the access log.</source>
        <translation>Poistetaanko käynti asiakkaan %1 tiedoista? Se häviää asiakastiedoista ja listoilta kaikilla koneilla seuraavan synkronoinnin jälkeen; poisto ja sen syy jäävät lokiin.</translation>
    </message>
</context>
<context>
    <name>RentDebtSteps</name>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Start rent-debt follow-up</source>
        <translation>Vuokravelan seurannan aloitus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>The landlord's notice of rent arrears starts the follow-up.</source>
        <translation>Vuokranantajan ilmoitus vuokrarästeistä käynnistää seurannan.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Started on</source>
        <translation>Aloitettu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Rent debt (€)</source>
        <translation>Vuokravelka (€)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Landlord's notice on</source>
        <translation>Vuokranantajan ilmoitus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Landlord</source>
        <translation>Vuokranantaja</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Asuntoyksikkö</source>
        <translation>Asuntoyksikkö</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Payment received</source>
        <translation>Maksu saatu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>A payment seen in SAP.</source>
        <translation>SAP:ssa näkyvä maksu.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Paid on</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Amount (€)</source>
        <translation>Summa (€)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Paid by</source>
        <translation>Maksaja</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Contact with a partner</source>
        <translation>Yhteydenotto yhteistyötahoon</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Landlord, debt counselling, area social work, Kela, enforcement, ...</source>
        <translation>Vuokranantaja, velkaneuvonta, aluesosiaalityö, Kela, ulosotto, …</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Contacted on</source>
        <translation>Yhteydenoton päivä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Partner</source>
        <translation>Yhteistyötaho</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>How</source>
        <translation>Miten</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>What was agreed</source>
        <translation>Mitä sovittiin</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>At most 400 characters.</source>
        <translation>Enintään 400 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Application</source>
        <translation>Hakemus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Supplementary or preventive income support, more time, limited enforcement.</source>
        <translation>Täydentävä tai ehkäisevä toimeentulotuki, lisäaika, ulosoton rajoittaminen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Application for</source>
        <translation>Haettu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Applied on</source>
        <translation>Haettu päivänä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>The decision on an application.</source>
        <translation>Hakemuksen päätös.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Decided on</source>
        <translation>Päätetty</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Amount granted (€)</source>
        <translation>Myönnetty summa (€)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>End of rent-debt follow-up</source>
        <translation>Vuokravelan seurannan päättäminen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Agree on further work with the tenant; the outcome goes to the statistics.</source>
        <translation>Sovi jatkotyöstä vuokralaisen kanssa; lopputulos menee tilastoihin.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Ended on</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>Further work agreed</source>
        <translation>Sovittu jatkotyö</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_steps.py" line="1"/>
        <source>A sum belongs only to a granted application.</source>
        <translation>Summa kuuluu vain myönnetylle hakemukselle.</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="25"/>
        <source>Wrong passphrase.</source>
        <translation>Väärä tunnuslause.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="26"/>
        <source>Too many wrong attempts.</source>
        <translation>Liian monta väärää yritystä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="27"/>
        <source>The case store was not found.</source>
        <translation>Asiakastietokantaa ei löydy.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="28"/>
        <source>A case store already exists there.</source>
        <translation>Asiakastietokanta on jo olemassa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="29"/>
        <source>The key file is missing or damaged. Please contact support.</source>
        <translation>Avaintiedosto puuttuu tai on vioittunut. Ota yhteys tukeen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="32"/>
        <source>The key file does not belong to this case store. Please contact support.</source>
        <translation>Avaintiedosto ei kuulu tähän asiakastietokantaan. Ota yhteys tukeen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="35"/>
        <source>The case store is damaged or has been changed outside the application. Please contact support and do not delete any files.</source>
        <translation>Asiakastietokanta on vioittunut tai sitä on muutettu sovelluksen ulkopuolella. Ota yhteys tukeen äläkä poista tiedostoja.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="40"/>
        <source>The case store was written by a newer version. Please update ASTU Desktop.</source>
        <translation>Asiakastietokanta on tehty uudemmalla ohjelmaversiolla. Päivitä ASTU Desktop.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="43"/>
        <source>The case store is locked.</source>
        <translation>Asiakastietokanta on lukittu.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="44"/>
        <source>The passphrase is too weak: at least 12 characters, no obvious words or repetition.</source>
        <translation>Tunnuslause on liian heikko: vähintään 12 merkkiä, ei ilmeisiä sanoja eikä toistoa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/errors.py" line="49"/>
        <source>Something unexpected went wrong. Your saved work is safe. The details were written to the log for support.</source>
        <translation>Jotain odottamatonta tapahtui. Tallennettu työsi on tallessa. Tiedot virheestä kirjattiin lokiin tukea varten.</translation>
    </message>
    <message>
        <source>The disk could not be written to (a disk error, or it is read-only), so this was not saved. Work saved before is safe. Try again once the disk works; if it happens again, contact support.</source>
        <translation>Levylle ei voitu kirjoittaa (levyvirhe tai levy on vain luku -tilassa), joten tätä ei tallennettu. Aiemmin tallennettu työ on tallessa. Yritä uudelleen, kun levy toimii; jos virhe toistuu, ota yhteys tukeen.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Work saved before is safe. Free disk space until at least %1 MB is free, and try again.</source>
        <translation>Levy on täynnä, joten tätä ei tallennettu. Aiemmin tallennettu työ on tallessa. Vapauta levytilaa niin, että vapaana on vähintään %1 Mt, ja yritä uudelleen.</translation>
    </message>
    <message numerus="yes">
        <source>It stopped part way: %n row(s) received before the error were saved and are safe. The next sync goes on from there.</source>
        <translation>
            <numerusform>Se keskeytyi: ennen virhettä vastaanotettu %n rivi tallennettiin, ja se on tallessa. Seuraava synkronointi jatkaa siitä.</numerusform>
            <numerusform>Se keskeytyi: ennen virhettä vastaanotetut %n riviä tallennettiin, ja ne ovat tallessa. Seuraava synkronointi jatkaa siitä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It stopped part way: %n client(s) were saved before the error and are safe; the rest were not saved.</source>
        <translation>
            <numerusform>Se keskeytyi: %n asiakas tallennettiin ennen virhettä, ja se on tallessa; loput jäivät tallentamatta.</numerusform>
            <numerusform>Se keskeytyi: %n asiakasta tallennettiin ennen virhettä, ja he ovat tallessa; loput jäivät tallentamatta.</numerusform>
        </translation>
    </message>
    <message>
        <source>What you typed is still here: save it again.</source>
        <translation>Kirjoittamasi teksti on yhä tallella: tallenna se uudelleen.</translation>
    </message>
    <message>
        <source>What you typed is still here, and it is saved by itself as soon as the disk can take it.</source>
        <translation>Kirjoittamasi teksti on yhä tallella, ja se tallentuu itsestään heti, kun levylle voi taas kirjoittaa.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for this (%1 MB free, %2 MB needed), so it was not started. Work saved before is safe. Free disk space and try again.</source>
        <translation>Levytila ei riitä tähän (vapaana %1 Mt, tarvitaan %2 Mt), joten sitä ei aloitettu. Aiemmin tallennettu työ on tallessa. Vapauta levytilaa ja yritä uudelleen.</translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/record/sync_banner.py" line="1"/>
        <source>The server refused %n record(s) of this client:</source>
        <translation>
            <numerusform>Palvelin hylkäsi %n tämän asiakkaan tiedon:</numerusform>
            <numerusform>Palvelin hylkäsi %n tämän asiakkaan tietoa:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/record/sync_banner.py" line="1"/>
        <source>%n record(s) of this client saved on this computer, not yet on the server; sent at the next sync.</source>
        <translation>
            <numerusform>%n tallennus tästä asiakkaasta odottaa lähetystä palvelimelle; se lähetetään seuraavassa synkronoinnissa.</numerusform>
            <numerusform>%n tallennusta tästä asiakkaasta odottaa lähetystä palvelimelle; ne lähetetään seuraavassa synkronoinnissa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncMarks</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/marks.py" line="1"/>
        <source>Not yet on the server</source>
        <translation>Ei vielä palvelimella</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/marks.py" line="1"/>
        <source>Refused by the server</source>
        <translation>Palvelin hylkäsi</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/marks.py" line="1"/>
        <source>Saved on this computer, not yet on the server. It is sent at the next sync.</source>
        <translation>Tallennettu tälle tietokoneelle, ei vielä palvelimella. Se lähetetään seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/marks.py" line="1"/>
        <source>The server refused this record: %1</source>
        <translation>Palvelin hylkäsi tämän tiedon: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/marks.py" line="1"/>
        <source>Something of this client is not yet on the server; it is sent at the next sync.</source>
        <translation>Osa tämän asiakkaan tiedoista ei ole vielä palvelimella; ne lähetetään seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/marks.py" line="1"/>
        <source>The server refused something of this client. Open the record to read why.</source>
        <translation>Palvelin hylkäsi osan tämän asiakkaan tiedoista. Avaa asiakkaan tiedot nähdäksesi syyn.</translation>
    </message>
</context>
<context>
    <name>Times</name>
    <message>
        <source>at %1</source>
        <translation>klo %1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="110"/>
        <source>Unlock – ASTU Desktop</source>
        <translation>Avaa lukitus – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="112"/>
        <source>Type the passphrase of the case store on this computer.</source>
        <translation>Kirjoita tämän tietokoneen asiakastietokannan tunnuslause.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="115"/>
        <source>This is the demo store. It holds synthetic people only, never real clients. Its passphrase is: {passphrase}</source>
        <translation>Tämä on esittelytietokanta. Siinä on vain keksittyjä henkilöitä, ei koskaan oikeita asiakkaita. Sen tunnuslause on: {passphrase}</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="119"/>
        <source>Use the demo passphrase</source>
        <translation>Käytä esittelyn tunnuslausetta</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="120"/>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="121"/>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="122"/>
        <source>Caps Lock seems to be on.</source>
        <translation>Caps Lock näyttää olevan päällä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="123"/>
        <source>Unlock</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="124"/>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="125"/>
        <source>Opening the case store</source>
        <translation>Avataan asiakastietokantaa</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="142"/>
        <source>Type the passphrase first.</source>
        <translation>Kirjoita ensin tunnuslause.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/unlock_dialog.py" line="207"/>
        <source>After wrong passphrases you can try again in %n second(s).</source>
        <translation>
            <numerusform>Väärien tunnuslauseiden jälkeen voit yrittää uudelleen %n sekunnin kuluttua.</numerusform>
            <numerusform>Väärien tunnuslauseiden jälkeen voit yrittää uudelleen %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoLockDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/autolock.py"/>
        <source>Lock after idle (minutes):</source>
        <translation>Lukitse käyttämättömänä (minuuttia):</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/autolock.py"/>
        <source>Auto-lock</source>
        <translation>Automaattinen lukitus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/autolock.py"/>
        <source>Minutes of idle time before locking</source>
        <translation>Käyttämätöntä aikaa ennen lukitusta, minuuttia</translation>
    </message>
</context>
<context>
    <name>AccessTab</name>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="16"/>
        <source>Client record</source>
        <translation>Asiakaskertomus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="17"/>
        <source>Client summary</source>
        <translation>Asiakkaan yhteenveto</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="18"/>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="19"/>
        <source>Home visit</source>
        <translation>Kotikäynti</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="20"/>
        <source>Service episode</source>
        <translation>Asiakkuus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="21"/>
        <source>SAS decision</source>
        <translation>SAS-päätös</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="22"/>
        <source>Housing offer</source>
        <translation>Asuntotarjous</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="23"/>
        <source>Placement</source>
        <translation>Asuminen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="24"/>
        <source>End of tenancy</source>
        <translation>Asumisen päättyminen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="56"/>
        <source>Everyone who has opened, searched, changed or printed this client's data.</source>
        <translation>Kaikki, jotka ovat avanneet, hakeneet, muuttaneet tai tulostaneet tämän asiakkaan tietoja.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="58"/>
        <source>Access log</source>
        <translation>Lokitiedot</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="59"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="59"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="59"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="59"/>
        <source>Concerning</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="66"/>
        <source>refused</source>
        <translation>estetty</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="67"/>
        <source>(unknown)</source>
        <translation>(tuntematon)</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Asiakkaan tiedot</translation>
    </message>
    <message>
        <source>Personal identity code copied</source>
        <translation>Henkilötunnus kopioitu</translation>
    </message>
    <message>
        <source>Handover to another worker</source>
        <translation>Siirto toiselle työntekijälle</translation>
    </message>
    <message>
        <source>Rent-debt follow-up</source>
        <translation>Vuokravelan seuranta</translation>
    </message>
    <message>
        <source>Caseload search</source>
        <translation>Asiakashaku</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>Tilastoraportti</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Hyväksyntä: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="20"/>
        <source>Booked visit</source>
        <translation>Varattu käynti</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py" line="21"/>
        <source>Calendar file of booked visits</source>
        <translation>Varattujen käyntien kalenteritiedosto</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py"/>
        <source>Changes kept after a handover</source>
        <translation>Siirron jälkeen säilytetyt muutokset</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/access_tab.py"/>
        <source>Changes kept after a handover discarded</source>
        <translation>Siirron jälkeen säilytetyt muutokset hylätty</translation>
    </message>
    <message>
        <source>Home visit removed</source>
        <translation>Kotikäynti poistettu</translation>
    </message>
</context>
<context>
    <name>ClientRecordWindow</name>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="145"/>
        <source>Client record – ASTU Desktop</source>
        <translation>Asiakaskertomus – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="146"/>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="150"/>
        <source>&amp;Living skills</source>
        <translation>A&amp;sumistaidot</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="151"/>
        <source>&amp;Rent debt</source>
        <translation>&amp;Vuokravelka</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="152"/>
        <source>&amp;Housing</source>
        <translation>As&amp;uminen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="153"/>
        <source>Access lo&amp;g</source>
        <translation>&amp;Lokitiedot</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="157"/>
        <source>New home visit</source>
        <translation>Uusi kotikäynti</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="158"/>
        <source>Record a home visit (Ctrl+N)</source>
        <translation>Kirjaa kotikäynti (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="159"/>
        <source>Reload</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="160"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="233"/>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="170" />
        <source>Save or print as PDF…</source>
        <translation>Tallenna tai tulosta PDF…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="172" />
        <source>The case summary or a document as PDF: save or print (Ctrl+P)</source>
        <translation>Asiakkuuden yhteenveto tai asiakirja PDF:nä: tallenna tai tulosta (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="264" />
        <source>Case summary</source>
        <translation>Asiakkuuden yhteenveto</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="287" />
        <source>PDF saved; the export was logged.</source>
        <translation>PDF tallennettu; tallennus kirjattiin lokiin.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="288" />
        <source>Sent to the printer; logged.</source>
        <translation>Lähetetty tulostimelle; kirjattiin lokiin.</translation>
    </message>
    <message>
        <source>Start a service…</source>
        <translation>Aloita palvelu…</translation>
    </message>
    <message>
        <source>Start an episode of a service with you as the responsible worker</source>
        <translation>Aloita asiakkuus palvelussa, vastuutyöntekijänä sinä</translation>
    </message>
    <message>
        <source>Contact details…</source>
        <translation>Yhteystiedot…</translation>
    </message>
    <message>
        <source>Edit the address, phone, e-mail and language</source>
        <translation>Muokkaa osoitetta, puhelinta, sähköpostia ja kieltä</translation>
    </message>
    <message>
        <source>Start a service</source>
        <translation>Aloita palvelu</translation>
    </message>
    <message>
        <source>You become the responsible worker of the new episode.</source>
        <translation>Sinusta tulee uuden asiakkuuden vastuutyöntekijä.</translation>
    </message>
    <message>
        <source>Se&amp;rvice</source>
        <translation>Pa&amp;lvelu</translation>
    </message>
    <message>
        <source>S&amp;tarts on</source>
        <translation>&amp;Alkaa</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="196"/>
        <source>Boo&amp;ked visits</source>
        <translation>Varatut &amp;käynnit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="202"/>
        <source>Book a visit</source>
        <translation>Varaa käynti</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="203"/>
        <source>Book the next visit: time, place, who goes (Ctrl+B)</source>
        <translation>Varaa seuraava käynti: aika, paikka ja ketkä menevät (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="1"/>
        <source>New contact</source>
        <translation>Uusi yhteydenotto</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/window.py" line="1"/>
        <source>Record a phone call, a message or a meeting with a partner (Ctrl+Shift+K)</source>
        <translation>Kirjaa puhelu, viesti tai tapaaminen yhteistyötahon kanssa (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>The visit was removed.</source>
        <translation>Käynti poistettiin.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="62"/>
        <source>Current version</source>
        <translation>Voimassa oleva versio</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="63"/>
        <source>All versions</source>
        <translation>Kaikki versiot</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="64"/>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="67"/>
        <source>No document yet.</source>
        <translation>Ei vielä asiakirjaa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="70"/>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="71"/>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="72"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="73"/>
        <source>Author</source>
        <translation>Laatija</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="74"/>
        <source>Review due</source>
        <translation>Tarkistettava</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="90"/>
        <source>%1, version %2, %3</source>
        <translation>%1, versio %2, %3</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="98"/>
        <source>Review due %1.</source>
        <translation>Tarkistettava viimeistään %1.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="83" />
        <source>Save or &amp;print as PDF…</source>
        <translation>Tallenna tai &amp;tulosta PDF…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="104" />
        <source>Approval</source>
        <translation>Hyväksyntä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="121" />
        <source>Approvals</source>
        <translation>Hyväksyntähistoria</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="122" />
        <source>A&amp;pprove</source>
        <translation>&amp;Hyväksy</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="123" />
        <source>&amp;Return…</source>
        <translation>&amp;Palauta…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="129" />
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="129" />
        <source>Team lead</source>
        <translation>Esihenkilö</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="130" />
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="143" />
        <source>Awaiting review</source>
        <translation>Odottaa hyväksyntää</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="148" />
        <source>Approved</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/documents_tab.py" line="149" />
        <source>Returned</source>
        <translation>Palautettu</translation>
    </message>
    <message>
        <source>No signed version yet.</source>
        <translation>Allekirjoitettua versiota ei vielä ole.</translation>
    </message>
    <message>
        <source>Draft %1, version %2</source>
        <translation>Luonnos %1, versio %2</translation>
    </message>
</context>
<context>
    <name>HeaderCard</name>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="59"/>
        <source>Age</source>
        <translation>Ikä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="60"/>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="61"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="62"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="63"/>
        <source>Housing</source>
        <translation>Asuminen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="64"/>
        <source>Responsible worker</source>
        <translation>Vastuutyöntekijä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="76"/>
        <source>No open services</source>
        <translation>Ei avoimia palveluja</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/record/header.py" line="77"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n vuosi</numerusform>
            <numerusform>%n vuotta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="82"/>
        <source>No named worker</source>
        <translation>Ei nimettyä työntekijää</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="87"/>
        <source>No current placement</source>
        <translation>Ei voimassa olevaa asumista</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="88"/>
        <source>since %1</source>
        <translation>alkaen %1</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <source>%1 – needs an interpreter</source>
        <translation>%1 – tarvitsee tulkin</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/header.py" line="68"/>
        <source>Next visit</source>
        <translation>Seuraava käynti</translation>
    </message>
</context>
<context>
    <name>HousingTab</name>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="113"/>
        <source>Start SAS process</source>
        <translation>Aloita SAS-prosessi</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="114"/>
        <source>SAS decision…</source>
        <translation>SAS-päätös…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="115"/>
        <source>Housing offer…</source>
        <translation>Asuntotarjous…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="116"/>
        <source>Viewing and answer…</source>
        <translation>Näyttö ja vastaus…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="117"/>
        <source>Move-in…</source>
        <translation>Muutto…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="118"/>
        <source>End SAS episode…</source>
        <translation>Päätä SAS-asiakkuus…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="119"/>
        <source>Start outreach work</source>
        <translation>Aloita lähityö</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="120"/>
        <source>End outreach…</source>
        <translation>Päätä lähityö…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="121"/>
        <source>End tenancy…</source>
        <translation>Päätä asuminen…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="125"/>
        <source>SAS and housing</source>
        <translation>SAS ja asuttaminen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="126"/>
        <source>Outreach</source>
        <translation>Lähityö</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="127"/>
        <source>Rent-debt follow-up</source>
        <translation>Vuokravelan seuranta</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="128"/>
        <source>Flats and offers</source>
        <translation>Asunnot ja tarjoukset</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="181"/>
        <source>Due %1.</source>
        <translation>Määräaika %1.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="186"/>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="187"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="188"/>
        <source>Housing</source>
        <translation>Asumismuoto</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="189"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="190"/>
        <source>Until / answer</source>
        <translation>Päättyi / vastaus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="196"/>
        <source>Tenancy</source>
        <translation>Asuminen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="199"/>
        <source>current</source>
        <translation>voimassa</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/housing_tab.py" line="206"/>
        <source>Offer</source>
        <translation>Tarjous</translation>
    </message>
</context>
<context>
    <name>LivingSkillsTab</name>
    <message>
        <location filename="../../astu_desktop/ui/record/living_skills_tab.py" line="87"/>
        <source>&amp;Open check</source>
        <translation>&amp;Avaa kartoitus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/living_skills_tab.py" line="90"/>
        <source>Living-skills checks</source>
        <translation>Asumistaitojen kartoitukset</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/living_skills_tab.py" line="91"/>
        <source>Living-skills trends</source>
        <translation>Asumistaitojen kehitys</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/living_skills_tab.py" line="117"/>
        <source>(draft)</source>
        <translation>(luonnos)</translation>
    </message>
</context>
<context>
    <name>ProcessSteps</name>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="60"/>
        <source>SAS decision</source>
        <translation>SAS-päätös</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="60"/>
        <source>Record the SAS decision.</source>
        <translation>Kirjaa SAS-päätös.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="61"/>
        <source>Decided on</source>
        <translation>Päätöspäivä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="62"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="63"/>
        <source>Housing</source>
        <translation>Asumismuoto</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="64"/>
        <source>Queue</source>
        <translation>Jono</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="65"/>
        <source>Reasoning</source>
        <translation>Perustelut</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="73"/>
        <source>Housing offer</source>
        <translation>Asuntotarjous</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="73"/>
        <source>A flat offered from the queue.</source>
        <translation>Jonosta tarjottu asunto.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="74"/>
        <source>Offered on</source>
        <translation>Tarjottu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="76"/>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="77"/>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="78"/>
        <source>Viewing agreed for</source>
        <translation>Näyttö sovittu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="79"/>
        <source>Give the address.</source>
        <translation>Anna osoite.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="86"/>
        <source>Viewing</source>
        <translation>Näyttö</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="86"/>
        <source>The viewing and the client's answer.</source>
        <translation>Asunnon näyttö ja asiakkaan vastaus.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="87"/>
        <source>Viewing on</source>
        <translation>Näyttöpäivä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="89"/>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="96"/>
        <source>Move-in</source>
        <translation>Muutto</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="96"/>
        <source>The client moves into the offered flat.</source>
        <translation>Asiakas muuttaa tarjottuun asuntoon.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="98"/>
        <source>Moved in on</source>
        <translation>Muuttopäivä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="99"/>
        <source>Landlord</source>
        <translation>Vuokranantaja</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="100"/>
        <source>Start outreach with me as the named worker</source>
        <translation>Aloita lähityö, vastuutyöntekijänä minä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="119"/>
        <source>End of tenancy</source>
        <translation>Asumisen päättyminen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="120"/>
        <source>Why the tenancy ended is reported in the yearly statistics.</source>
        <translation>Asumisen päättymisen syy raportoidaan vuositilastoissa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="122"/>
        <source>Ended on</source>
        <translation>Päättymispäivä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="123"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="124"/>
        <source>Notes</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="130"/>
        <source>End of service</source>
        <translation>Asiakkuuden päättyminen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/process_steps.py" line="130"/>
        <source>Why does the service end?</source>
        <translation>Miksi asiakkuus päättyy?</translation>
    </message>
</context>
<context>
    <name>RecordProblems</name>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="27"/>
        <source>A SAS process is already open.</source>
        <translation>SAS-prosessi on jo käynnissä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="28"/>
        <source>Start a SAS process first.</source>
        <translation>Aloita ensin SAS-prosessi.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="29"/>
        <source>A decision to place names the housing and the queue.</source>
        <translation>Sijoituspäätöksessä nimetään asumismuoto ja jono.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="32"/>
        <source>An offer needs a SAS decision to place the client.</source>
        <translation>Tarjous edellyttää SAS-päätöstä asiakkaan sijoittamisesta.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="35"/>
        <source>The client has already answered this offer.</source>
        <translation>Asiakas on jo vastannut tähän tarjoukseen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="38"/>
        <source>The client moves in only after accepting the offer.</source>
        <translation>Asiakas muuttaa vasta hyväksyttyään tarjouksen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="41"/>
        <source>End the current tenancy before recording a new move-in.</source>
        <translation>Päätä nykyinen asuminen ennen uuden muuton kirjaamista.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="44"/>
        <source>This tenancy has already ended.</source>
        <translation>Tämä asuminen on jo päättynyt.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="45"/>
        <source>A tenancy cannot end before the move-in.</source>
        <translation>Asuminen ei voi päättyä ennen muuttoa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="48"/>
        <source>This service has already ended.</source>
        <translation>Tämä asiakkuus on jo päättynyt.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="49"/>
        <source>A service cannot end before it started.</source>
        <translation>Asiakkuus ei voi päättyä ennen alkamistaan.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="52"/>
        <source>The work has already started.</source>
        <translation>Työ on jo aloitettu.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="53"/>
        <source>This entry is no longer in the store. Reload the record.</source>
        <translation>Tietoa ei enää ole tietokannassa. Päivitä asiakaskertomus.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="57"/>
        <source>This client is no longer in the store.</source>
        <translation>Asiakasta ei enää löydy tietokannasta.</translation>
    </message>
    <message>
        <source>The client already has an open episode of this service.</source>
        <translation>Asiakkaalla on jo avoin asiakkuus tässä palvelussa.</translation>
    </message>
    <message>
        <source>A service cannot start in the future.</source>
        <translation>Palvelu ei voi alkaa tulevaisuudessa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>A rent-debt follow-up is already open.</source>
        <translation>Vuokravelan seuranta on jo käynnissä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>The landlord's notice cannot come after the follow-up started.</source>
        <translation>Vuokranantajan ilmoitus ei voi olla seurannan alun jälkeen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>A payment plan needs at least one instalment.</source>
        <translation>Maksusuunnitelmassa on oltava vähintään yksi erä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>The date cannot be before the follow-up started.</source>
        <translation>Päivä ei voi olla ennen seurannan alkua.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>An instalment cannot fall due before the plan was agreed.</source>
        <translation>Erä ei voi erääntyä ennen kuin suunnitelma on sovittu.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>The instalments add up to more than is still owed.</source>
        <translation>Erät ovat yhteensä enemmän kuin velkaa on jäljellä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>The payment is more than is still owed.</source>
        <translation>Maksu on suurempi kuin jäljellä oleva velka.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>At most 400 characters.</source>
        <translation>Enintään 400 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>This application has already been decided.</source>
        <translation>Hakemus on jo ratkaistu.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>Choose whether the application was granted or denied.</source>
        <translation>Valitse, myönnettiinkö vai hylättiinkö hakemus.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>A decision cannot come before the application.</source>
        <translation>Päätös ei voi olla ennen hakemusta.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>A sum belongs only to a granted application.</source>
        <translation>Summa kuuluu vain myönnetylle hakemukselle.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>Part of the debt is still owed; choose another outcome.</source>
        <translation>Velkaa on vielä jäljellä; valitse toinen lopputulos.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>This follow-up has ended; start a new one if needed.</source>
        <translation>Seuranta on päättynyt; aloita tarvittaessa uusi.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>The sum is too large.</source>
        <translation>Summa on liian suuri.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/loading.py" line="1"/>
        <source>The sum must be more than zero.</source>
        <translation>Summan on oltava suurempi kuin nolla.</translation>
    </message>
</context>
<context>
    <name>RentDebtTab</name>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="87"/>
        <source>Debt at start</source>
        <translation>Velka alussa</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="88"/>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="89"/>
        <source>Remaining</source>
        <translation>Jäljellä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="90"/>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="94"/>
        <source>Debt paid</source>
        <translation>Velasta maksettu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="95"/>
        <source>Process</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="96"/>
        <source>Payment plan</source>
        <translation>Maksusuunnitelma</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="97"/>
        <source>Payments</source>
        <translation>Maksut</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="98"/>
        <source>No rent-debt follow-up.</source>
        <translation>Ei vuokravelan seurantaa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="104"/>
        <source>Follow-up from %1</source>
        <translation>Seuranta %1 alkaen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="133"/>
        <source>Ended %1: %2</source>
        <translation>Päättyi %1: %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="138"/>
        <source>Payment plan agreed %1</source>
        <translation>Maksusuunnitelma sovittu %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="139"/>
        <source>Started %1, no payment plan yet</source>
        <translation>Alkoi %1, ei vielä maksusuunnitelmaa</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="148"/>
        <source>month %1 of %2</source>
        <translation>kuukausi %1/%2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="157"/>
        <source>paid</source>
        <translation>maksettu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="159"/>
        <source>overdue</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="161"/>
        <source>open</source>
        <translation>avoin</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="172"/>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="172"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="172"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="175"/>
        <source>Paid on</source>
        <translation>Maksupäivä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="175"/>
        <source>Source</source>
        <translation>Maksaja</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Landlord</source>
        <translation>Vuokranantaja</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Instalments</source>
        <translation>Erät</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Partner contacts</source>
        <translation>Yhteydet yhteistyötahoihin</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Applications and decisions</source>
        <translation>Hakemukset ja päätökset</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Start follow-up…</source>
        <translation>Aloita seuranta…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Payment plan…</source>
        <translation>Maksusuunnitelma…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Payment received…</source>
        <translation>Maksu saatu…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Partner contact…</source>
        <translation>Yhteydenotto…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Home visit with living-skills check…</source>
        <translation>Kotikäynti ja asumistaitojen kartoitus…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Application…</source>
        <translation>Hakemus…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Decision…</source>
        <translation>Päätös…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>End follow-up…</source>
        <translation>Päätä seuranta…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Start a new SAS process</source>
        <translation>Aloita uusi SAS-prosessi</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Start a follow-up when the landlord warns of rent arrears.</source>
        <translation>Aloita seuranta, kun vuokranantaja ilmoittaa vuokrarästeistä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Due %1.</source>
        <translation>Määräaika %1.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>none yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>%1, notice %2</source>
        <translation>%1, ilmoitus %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Partner</source>
        <translation>Yhteistyötaho</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>How</source>
        <translation>Miten</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Agreed</source>
        <translation>Sovittu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Applied</source>
        <translation>Haettu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Application</source>
        <translation>Hakemus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>%n instalment(s), together %1 of the debt %2</source>
        <translation>
            <numerusform>%n erä, yhteensä %1 velasta %2</numerusform>
            <numerusform>%n erää, yhteensä %1 velasta %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/record/rent_debt_tab.py" line="1"/>
        <source>Overdue: %n instalment(s), %1</source>
        <translation>
            <numerusform>Myöhässä: %n erä, %1</numerusform>
            <numerusform>Myöhässä: %n erää, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="46"/>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="47"/>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="47"/>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="47"/>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="59"/>
        <source>Choose an event to read it in full.</source>
        <translation>Valitse tapahtuma lukeaksesi sen kokonaan.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="74"/>
        <source>%1, version %2</source>
        <translation>%1, versio %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="78"/>
        <source>%1 started</source>
        <translation>%1 alkoi</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="80"/>
        <source>%1 ended</source>
        <translation>%1 päättyi</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="83"/>
        <source>SAS decision: %1</source>
        <translation>SAS-päätös: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="86"/>
        <source>Moved in: %1</source>
        <translation>Muutto: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="87"/>
        <source>Tenancy ended: %1</source>
        <translation>Asuminen päättyi: %1</translation>
    </message>
    <message>
        <source>replaced by a newer version</source>
        <translation>korvattu uudemmalla versiolla</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Allekirjoittanut %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Rent debt %1 at the start of the follow-up</source>
        <translation>Vuokravelka %1 seurannan alkaessa</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Rent debt paid %1 (%2)</source>
        <translation>Vuokravelkaa maksettu %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Contact: %1</source>
        <translation>Yhteydenotto: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Applied for: %1</source>
        <translation>Haettu: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Decision: %1, %2</source>
        <translation>Päätös: %1, %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Rent-debt follow-up ended: %1</source>
        <translation>Vuokravelan seuranta päättyi: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/record/timeline.py" line="1"/>
        <source>Payment plan: %n instalment(s), together %1</source>
        <translation>
            <numerusform>Maksusuunnitelma: %n erä, yhteensä %1</numerusform>
            <numerusform>Maksusuunnitelma: %n erää, yhteensä %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or press Enter to correct or remove the entry.</source>
        <translation>Kaksoisnapsauta tai paina Enter, niin voit korjata tai poistaa merkinnän.</translation>
    </message>
</context>
<context>
    <name>VisitCorrectionDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>&amp;Remove the visit…</source>
        <translation>&amp;Poista käynti…</translation>
    </message>
    <message>
        <source>&amp;Save the correction</source>
        <translation>&amp;Tallenna korjaus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Correct a visit – ASTU Desktop</source>
        <translation>Korjaa käynti – ASTU Desktop</translation>
    </message>
    <message>
        <source>The correction leaves nothing in the visit: write in the notes what happened, or remove the visit.</source>
        <translation>Korjauksen jälkeen käynnillä ei ole mitään: kirjoita muistiinpanoihin, mitä tapahtui, tai poista käynti.</translation>
    </message>
    <message>
        <source>The visit could not be saved: check the workers and time.</source>
        <translation>Käyntiä ei voitu tallentaa: tarkista työntekijät ja aika.</translation>
    </message>
    <message>
        <source>This visit is locked: the living-skills check done on it is signed. Write what needs correcting in a new version of the check.</source>
        <translation>Käynti on lukittu: sillä tehty asumistaitojen kartoitus on allekirjoitettu. Kirjoita korjattavat asiat kartoituksen uuteen versioon.</translation>
    </message>
    <message>
        <source>Tick at least one worker who was there.</source>
        <translation>Valitse vähintään yksi paikalla ollut työntekijä.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="171"/>
        <source>New home visit – ASTU Desktop</source>
        <translation>Uusi kotikäynti – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="173"/>
        <source>&amp;When</source>
        <translation>&amp;Milloin</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="174"/>
        <source>Workers present</source>
        <translation>Työntekijät paikalla</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="175"/>
        <source>&amp;Others present</source>
        <translation>&amp;Muut läsnä olleet</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="176"/>
        <source>&amp;Kind</source>
        <translation>&amp;Laji</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="177"/>
        <source>&amp;Notes</source>
        <translation>M&amp;uistiinpanot</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="181"/>
        <source>e.g. a relative, the landlord's caretaker</source>
        <translation>esim. omainen, vuokranantajan huoltomies</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="184"/>
        <source>Add a living-skills check</source>
        <translation>Lisää asumistaitojen kartoitus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="186"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="187"/>
        <source>Others present</source>
        <translation>Muut läsnä olleet</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="188"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="189"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="222"/>
        <source>Tick at least one worker who was there.</source>
        <translation>Valitse vähintään yksi paikalla ollut työntekijä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="249"/>
        <source>The visit could not be saved: check the workers and time.</source>
        <translation>Käyntiä ei voitu tallentaa: tarkista työntekijät ja aika.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="229"/>
        <source>This is the visit booked for %1</source>
        <translation>Tämä on käynti, joka oli varattu %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="233"/>
        <source>Book the next visit</source>
        <translation>Varaa seuraava käynti</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="234"/>
        <source>Time of the next visit</source>
        <translation>Seuraavan käynnin aika</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="1"/>
        <source>New contact – ASTU Desktop</source>
        <translation>Uusi yhteydenotto – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/visit_dialog.py" line="1"/>
        <source>Nothing to save yet: write in the notes what happened (or who else was there, or add a living-skills check).</source>
        <translation>Ei vielä tallennettavaa: kirjoita muistiinpanoihin, mitä tapahtui (tai keitä muita oli paikalla, tai lisää asumistaitojen kartoitus).</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/forms/amend_dialog.py" line="46"/>
        <source>Amend the document</source>
        <translation>Korjaa asiakirjaa</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/amend_dialog.py" line="48"/>
        <source>Why is the signed document amended? The reason is kept with the new version.</source>
        <translation>Miksi allekirjoitettua asiakirjaa korjataan? Syy tallennetaan uuden version yhteyteen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/amend_dialog.py" line="50"/>
        <source>Reason for the amendment</source>
        <translation>Korjauksen syy</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/amend_dialog.py" line="63"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 merkkiä</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor.py" line="112"/>
        <source>The draft saves itself as you type.</source>
        <translation>Luonnos tallentuu itsestään kirjoittaessasi.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor.py" line="159"/>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor.py" line="235"/>
        <source>The draft could not be saved. Close again to discard it.</source>
        <translation>Luonnosta ei voitu tallentaa. Sulje uudelleen, jos haluat hylätä sen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="23"/>
        <source>This document has been signed and can no longer be changed.</source>
        <translation>Asiakirja on allekirjoitettu, eikä sitä voi enää muuttaa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="27"/>
        <source>A newer version of this document exists; amend that one instead.</source>
        <translation>Asiakirjasta on uudempi versio; korjaa sitä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="31"/>
        <source>No worker is set up on this device, so nobody can sign.</source>
        <translation>Tälle laitteelle ei ole määritetty työntekijää, joten allekirjoittaminen ei onnistu.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="35"/>
        <source>This document is no longer in the case store.</source>
        <translation>Asiakirjaa ei enää ole asiakastietokannassa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/forms/messages.py" line="44"/>
        <source>%n answer(s) need attention; see the marked fields.</source>
        <translation>
            <numerusform>%n vastaus vaatii huomiota; katso merkitty kenttä.</numerusform>
            <numerusform>%n vastausta vaatii huomiota; katso merkityt kentät.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="51"/>
        <source>Saved %1</source>
        <translation>Tallennettu %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="55"/>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="59"/>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="64"/>
        <source>version %1</source>
        <translation>versio %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="68"/>
        <source>Signed %1</source>
        <translation>Allekirjoitettu %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="73"/>
        <source>New draft</source>
        <translation>Uusi luonnos</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="74"/>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="78"/>
        <source>Amendment: %1</source>
        <translation>Korjaus: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/messages.py" line="82"/>
        <source>A newer version of this document exists; this one is kept as it was.</source>
        <translation>Asiakirjasta on uudempi versio; tämä säilyy sellaisenaan.</translation>
    </message>
</context>
<context>
    <name>EditorButtons</name>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="96"/>
        <source>&amp;Amend…</source>
        <translation>&amp;Korjaa…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="97"/>
        <source>S&amp;ign…</source>
        <translation>&amp;Allekirjoita…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="98"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="99"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="107"/>
        <source>Save status</source>
        <translation>Tallennuksen tila</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="49"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="53"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="57"/>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="62"/>
        <source>Clear the answer: %1</source>
        <translation>Tyhjennä vastaus: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="66"/>
        <source>Pick from a calendar: %1</source>
        <translation>Valitse kalenterista: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="72"/>
        <source>e.g. %1</source>
        <translation>esim. %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="76"/>
        <source>(not chosen)</source>
        <translation>(ei valittu)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="80"/>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="84"/>
        <source>Add a row: %1</source>
        <translation>Lisää rivi: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="88"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="92"/>
        <source>Remove row %1: %2</source>
        <translation>Poista rivi %1: %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="97"/>
        <source>No. %1</source>
        <translation>Nro %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="101"/>
        <source>No rows yet.</source>
        <translation>Ei vielä rivejä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="105"/>
        <source>At most %1 characters.</source>
        <translation>Enintään %1 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="111"/>
        <source>* required for signing</source>
        <translation>* pakollinen allekirjoitettaessa</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>e.g. %1, 12.2025 or 2025</source>
        <translation>esim. %1, 12.2025 tai 2025</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>e.g. 12 500,50</source>
        <translation>esim. 12 500,50</translation>
    </message>
</context>
<context>
    <name>FormProblems</name>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="21"/>
        <source>Required for signing.</source>
        <translation>Pakollinen allekirjoitettaessa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="22"/>
        <source>This answer has the wrong form.</source>
        <translation>Vastaus on väärässä muodossa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="23"/>
        <source>Choose one of the options shown.</source>
        <translation>Valitse jokin näytetyistä vaihtoehdoista.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="26"/>
        <source>The value is outside the allowed range.</source>
        <translation>Arvo on sallitun alueen ulkopuolella.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="29"/>
        <source>The text is too long.</source>
        <translation>Teksti on liian pitkä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="30"/>
        <source>Not a date. Write it as day.month.year, e.g. 31.12.2025.</source>
        <translation>Ei ole päivämäärä. Kirjoita muodossa päivä.kuukausi.vuosi, esim. 31.12.2025.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="33"/>
        <source>This answer does not belong to this version of the form.</source>
        <translation>Vastaus ei kuulu tähän lomakkeen versioon.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>Not a sum. Write it as 12 500,50 or 12500.50.</source>
        <translation>Ei summa. Kirjoita se muodossa 12 500,50 tai 12500.50.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>A sum cannot be negative.</source>
        <translation>Summa ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>At most two decimals: euros and cents.</source>
        <translation>Enintään kaksi desimaalia: eurot ja sentit.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>This can be read as two different sums. Write thousands with a space: 1 234 or 1,23.</source>
        <translation>Tämän voi lukea kahdeksi eri summaksi. Erota tuhannet välilyönnillä: 1 234 tai 1,23.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>The sum is too large.</source>
        <translation>Summa on liian suuri.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>This date cannot be in the future.</source>
        <translation>Päivämäärä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>Cannot be before “%1”.</source>
        <translation>Ei voi olla ennen kohtaa ”%1”.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>Must be after “%1”.</source>
        <translation>Täytyy olla kohdan ”%1” jälkeen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>“%1” contradicts the other choices.</source>
        <translation>”%1” on ristiriidassa muiden valintojen kanssa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>At most %n month(s) after “%1”.</source>
        <translation>
            <numerusform>Enintään %n kuukausi kohdan ”%1” jälkeen.</numerusform>
            <numerusform>Enintään %n kuukautta kohdan ”%1” jälkeen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/texts.py" line="1"/>
        <source>Not a date. Write a day (31.12.2025), a month (12.2025) or a year (2025).</source>
        <translation>Ei ole päivämäärä. Kirjoita päivä (31.12.2025), kuukausi (12.2025) tai vuosi (2025).</translation>
    </message>
</context>
<context>
    <name>SigningQuestion</name>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="115"/>
        <source>Sign the document now?</source>
        <translation>Allekirjoitetaanko asiakirja nyt?</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="117"/>
        <source>A signed document cannot be changed; corrections are made as amendments.</source>
        <translation>Allekirjoitettua asiakirjaa ei voi muuttaa; korjaukset tehdään uutena versiona.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/forms/editor_parts.py" line="119"/>
        <source>Sign</source>
        <translation>Allekirjoita</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="45"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="45"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="209"/>
        <source>Resolve a conflict – ASTU Desktop</source>
        <translation>Ristiriidan ratkaiseminen – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="214"/>
        <source>This record was deleted on one computer and edited on another. The edit was kept and the record restored; delete it again only if that is right.</source>
        <translation>Tämä tieto poistettiin yhdellä tietokoneella ja sitä muokattiin toisella. Muokkaus säilytettiin ja tieto palautettiin; poista se uudelleen vain, jos poisto on oikein.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="221"/>
        <source>This information was changed on two computers before they synced (noticed %1). Choose the value that is right, or write the right one.</source>
        <translation>Tätä tietoa muutettiin kahdella tietokoneella ennen synkronointia (havaittu %1). Valitse oikea arvo tai kirjoita oikea itse.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="230"/>
        <source>Record</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="236"/>
        <source>Your value: %1</source>
        <translation>Oma arvosi: %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="238"/>
        <source>Write my own value…</source>
        <translation>Kirjoita oma arvo…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="239"/>
        <source>Your value</source>
        <translation>Oma arvosi</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="240"/>
        <source>Keep my value</source>
        <translation>Säilytä oma arvoni</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="245"/>
        <source>this computer</source>
        <translation>tällä tietokoneella</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="245"/>
        <source>another computer</source>
        <translation>toisella tietokoneella</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="246"/>
        <source>unknown worker</source>
        <translation>tuntematon työntekijä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="247"/>
        <source>%1, on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="249"/>
        <source>(now in the record)</source>
        <translation>(nyt tiedoissa)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="256"/>
        <source>Delete the record</source>
        <translation>Poista tieto</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="257"/>
        <source>Keep the record</source>
        <translation>Säilytä tieto</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="258"/>
        <source>Keep this</source>
        <translation>Säilytä tämä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="263"/>
        <source>Edited (the record is kept)</source>
        <translation>Muokattu (tieto säilyy)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="264"/>
        <source>Deleted %1</source>
        <translation>Poistettu %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="280"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n vastaus</numerusform>
            <numerusform>%n vastausta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="320"/>
        <source>Please write a value for: %1</source>
        <translation>Kirjoita arvo kohtaan: %1</translation>
    </message>
</context>
<context>
    <name>ConflictListDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="80"/>
        <source>Conflicts – ASTU Desktop</source>
        <translation>Ristiriidat – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="83"/>
        <source>The same information was changed on two computers before they synced. Both values are kept until you choose which one is right.</source>
        <translation>Samaa tietoa muutettiin kahdella tietokoneella ennen synkronointia. Molemmat arvot säilytetään, kunnes valitset, kumpi on oikein.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="88"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="88"/>
        <source>Record</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="88"/>
        <source>Information</source>
        <translation>Kohta</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="88"/>
        <source>Noticed</source>
        <translation>Havaittu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="90"/>
        <source>Resolve…</source>
        <translation>Ratkaise…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/conflict_dialog.py" line="103"/>
        <source>Deleted on one computer, edited on another</source>
        <translation>Poistettu yhdellä tietokoneella, muokattu toisella</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="101"/>
        <source>Connect to the server – ASTU Desktop</source>
        <translation>Yhdistä palvelimeen – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="104"/>
        <source>Connect this computer to the server so that your clients&apos; data syncs. Your password is used only now; the computer then keeps a key of its own inside the encrypted case store.</source>
        <translation>Yhdistä tämä tietokone palvelimeen, jotta asiakkaidesi tiedot synkronoituvat. Salasanaasi käytetään vain nyt; sen jälkeen tietokone säilyttää oman avaimensa salatussa asiakastietokannassa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="109"/>
        <source>You can also connect later from the File menu.</source>
        <translation>Voit yhdistää myös myöhemmin Tiedosto-valikosta.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="114"/>
        <source>Server address</source>
        <translation>Palvelimen osoite</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="114"/>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="114"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="120"/>
        <source>Connect</source>
        <translation>Yhdistä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="121"/>
        <source>Later</source>
        <translation>Myöhemmin</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="121"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="115"/>
        <source>The administrator gives you a one-time enrolment code for this; it is valid for a few hours and for one computer.</source>
        <translation>Saat tähän ylläpidolta kertakäyttöisen käyttöönottokoodin; se on voimassa muutaman tunnin ja käy yhdelle koneelle.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/enrol_dialog.py" line="128"/>
        <source>Enrolment code</source>
        <translation>Käyttöönottokoodi</translation>
    </message>
</context>
<context>
    <name>RefusedListDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py" line="52"/>
        <source>Refused changes – ASTU Desktop</source>
        <translation>Hylätyt muutokset – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py" line="55"/>
        <source>The server did not accept these changes. They are kept on this computer; the rest of your changes were sent. Please tell support if a reason is unclear.</source>
        <translation>Palvelin ei hyväksynyt näitä muutoksia. Ne säilyvät tällä tietokoneella; muut muutoksesi lähetettiin. Kerro tuelle, jos syy on epäselvä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py" line="60"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py" line="60"/>
        <source>Record</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py" line="60"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py" line="60"/>
        <source>Refused</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py"/>
        <source>&amp;Export for the team lead…</source>
        <translation>&amp;Vie tiedostoon tiiminvetäjälle…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Hylkää…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py"/>
        <source>Kept changes</source>
        <translation>Säilytetyt muutokset</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py"/>
        <source>Discard the kept changes?</source>
        <translation>Hylätäänkö säilytetyt muutokset?</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py"/>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/refused_dialog.py"/>
        <source>The %n change(s) kept for %1 will be removed from this laptop. They are not on the server, so they will be lost for good. Export them for your team lead first if they may still be needed. Discard them?</source>
        <translation>
            <numerusform>Asiakkaalle %1 säilytetty %n muutos poistetaan tältä tietokoneelta. Se ei ole palvelimella, joten se menetetään lopullisesti. Vie se ensin tiedostoon tiiminvetäjälle, jos sitä voidaan vielä tarvita. Hylätäänkö?</numerusform>
            <numerusform>Asiakkaalle %1 säilytetyt %n muutosta poistetaan tältä tietokoneelta. Ne eivät ole palvelimella, joten ne menetetään lopullisesti. Vie ne ensin tiedostoon tiiminvetäjälle, jos niitä voidaan vielä tarvita. Hylätäänkö?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="105"/>
        <source>Sync now</source>
        <translation>Synkronoi nyt</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="106"/>
        <source>Send and receive changes now (F5)</source>
        <translation>Lähetä ja vastaanota muutokset nyt (F5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="114"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n ristiriita</numerusform>
            <numerusform>%n ristiriitaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="116"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n hylätty</numerusform>
            <numerusform>%n hylättyä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="138"/>
        <source>Not connected to a server: the changes stay on this computer.</source>
        <translation>Ei yhteyttä palvelimeen: muutokset pysyvät tällä tietokoneella.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="145"/>
        <source>Last synced %1.</source>
        <translation>Synkronoitu viimeksi %1.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="147"/>
        <source>Not synced yet.</source>
        <translation>Ei vielä synkronoitu.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="151"/>
        <source>Nothing waiting to be sent.</source>
        <translation>Ei lähettämättömiä muutoksia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="156"/>
        <source>Receiving changes: %n row(s)</source>
        <translation>
            <numerusform>Vastaanotetaan muutoksia: %n rivi</numerusform>
            <numerusform>Vastaanotetaan muutoksia: %n riviä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="158"/>
        <source>Sending changes: %n sent</source>
        <translation>
            <numerusform>Lähetetään muutoksia: %n lähetetty</numerusform>
            <numerusform>Lähetetään muutoksia: %n lähetetty</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="160"/>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="170"/>
        <source>This computer&apos;s clock is %n minute(s) ahead of the server: please correct the date and time.</source>
        <translation>
            <numerusform>Tämän tietokoneen kello on %n minuutin edellä palvelinta: korjaa päivämäärä ja kellonaika.</numerusform>
            <numerusform>Tämän tietokoneen kello on %n minuuttia edellä palvelinta: korjaa päivämäärä ja kellonaika.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="117"/>
        <source>Changes made on two computers: choose which is right</source>
        <translation>Kahdella tietokoneella tehtyjä muutoksia: valitse, kumpi on oikein</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="120"/>
        <source>Changes the server did not accept, with the reasons</source>
        <translation>Muutokset, joita palvelin ei hyväksynyt, ja syyt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="187"/>
        <source>The clock is %n min ahead!</source>
        <translation>
            <numerusform>Kello on %n min edellä!</numerusform>
            <numerusform>Kello on %n min edellä!</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="163"/>
        <source>Next attempt %1.</source>
        <translation>Seuraava yritys %1.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="0"/>
        <source>This computer&apos;s data had been put back from an older copy. It was downloaded again from the server; unsent changes were kept.</source>
        <translation>Tämän tietokoneen tiedot oli palautettu vanhemmasta kopiosta. Ne ladattiin uudelleen palvelimelta; lähettämättömät muutokset säilyivät.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="0"/>
        <source>%n change(s) to clients who left your caseload are kept in the refused list until someone decides.</source>
        <translation>
            <numerusform>%n muutos asiakkaalle, joka siirtyi pois vastuultasi, säilyy hylättyjen muutosten luettelossa, kunnes joku päättää siitä.</numerusform>
            <numerusform>%n muutosta asiakkaille, jotka siirtyivät pois vastuultasi, säilyy hylättyjen muutosten luettelossa, kunnes joku päättää niistä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="149"/>
        <source>%n record(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n tallennus odottaa lähetystä.</numerusform>
            <numerusform>%n tallennusta odottaa lähetystä.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="1"/>
        <source>More than %1 records waiting to be sent.</source>
        <translation>Yli %1 tallennusta odottaa lähetystä.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="0"/>
        <source>%n ended client(s) were removed from this computer after the retention time; their record is kept on the server.</source>
        <translation>
            <numerusform>%n päättynyt asiakas poistettiin tältä tietokoneelta säilytysajan jälkeen; hänen tietonsa säilyvät palvelimella.</numerusform>
            <numerusform>%n päättynyttä asiakasta poistettiin tältä tietokoneelta säilytysajan jälkeen; heidän tietonsa säilyvät palvelimella.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/sync/status_bar.py" line="0"/>
        <source>%n change(s) wait for the server to be updated: it does not know them yet. They are kept on this computer and sent after the update.</source>
        <translation>
            <numerusform>%n muutos odottaa palvelimen päivitystä: palvelin ei vielä tunne sitä. Se säilyy tällä tietokoneella ja lähetetään päivityksen jälkeen.</numerusform>
            <numerusform>%n muutosta odottaa palvelimen päivitystä: palvelin ei vielä tunne niitä. Ne säilyvät tällä tietokoneella ja lähetetään päivityksen jälkeen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="15"/>
        <source>The server cannot be reached. Your changes are kept on this computer and are sent when the connection works again.</source>
        <translation>Palvelimeen ei saada yhteyttä. Muutoksesi säilyvät tällä tietokoneella ja lähetetään, kun yhteys taas toimii.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="20"/>
        <source>The server no longer accepts this computer&apos;s sign-in. Ask the administrator to check your account.</source>
        <translation>Palvelin ei enää hyväksy tämän tietokoneen kirjautumista. Pyydä ylläpitäjää tarkistamaan käyttäjätilisi.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="25"/>
        <source>The server refused the sync. Your changes are kept on this computer; it is tried again later.</source>
        <translation>Palvelin hylkäsi synkronoinnin. Muutoksesi säilyvät tällä tietokoneella; synkronointia yritetään myöhemmin uudelleen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>The server has been updated and no longer speaks this version of ASTU Desktop. Your changes are kept on this computer; update ASTU Desktop, and they are sent at the next sync.</source>
        <translation>Palvelin on päivitetty, eikä se enää tunne tätä ASTU Desktopin versiota. Muutoksesi säilyvät tällä tietokoneella; päivitä ASTU Desktop, niin ne lähetetään seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="30"/>
        <source>This computer has been taken out of use by the administrator.</source>
        <translation>Ylläpitäjä on poistanut tämän tietokoneen käytöstä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="33"/>
        <source>This computer is not connected to a server.</source>
        <translation>Tätä tietokonetta ei ole yhdistetty palvelimeen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="34"/>
        <source>The sync did not finish. Your changes are kept on this computer.</source>
        <translation>Synkronointi ei valmistunut. Muutoksesi säilyvät tällä tietokoneella.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="41"/>
        <source>This account has been disabled. Ask the administrator.</source>
        <translation>Tämä käyttäjätili on poistettu käytöstä. Ota yhteyttä ylläpitäjään.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="44"/>
        <source>This account cannot use a laptop: it is not a worker&apos;s or a team lead&apos;s.</source>
        <translation>Tällä käyttäjätilillä ei voi käyttää kannettavaa: se ei ole työntekijän eikä tiimiesihenkilön tili.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="47"/>
        <source>Too many failed sign-ins from this computer. Try again in a few minutes.</source>
        <translation>Liian monta epäonnistunutta kirjautumista tältä tietokoneelta. Yritä uudelleen muutaman minuutin kuluttua.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="50"/>
        <source>This computer is already connected to the server.</source>
        <translation>Tämä tietokone on jo yhdistetty palvelimeen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="53"/>
        <source>The server cannot be reached. Check the address and the network connection.</source>
        <translation>Palvelimeen ei saada yhteyttä. Tarkista osoite ja verkkoyhteys.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="69"/>
        <source>The server does not know this kind of record: update ASTU Desktop.</source>
        <translation>Palvelin ei tunne tämänlaista tietoa: päivitä ASTU Desktop.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="72"/>
        <source>The server does not know a field of this record: update ASTU Desktop.</source>
        <translation>Palvelin ei tunne tämän tiedon kenttää: päivitä ASTU Desktop.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="83"/>
        <source>Client details</source>
        <translation>Asiakkaan tiedot</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="84"/>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="85"/>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="86"/>
        <source>Service</source>
        <translation>Asiakkuus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="87"/>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="88"/>
        <source>Worker on a visit</source>
        <translation>Käynnin työntekijä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="89"/>
        <source>SAS decision</source>
        <translation>SAS-päätös</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="90"/>
        <source>Housing offer</source>
        <translation>Asuntotarjous</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="91"/>
        <source>Housing placement</source>
        <translation>Asuminen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="92"/>
        <source>Rent-debt follow-up</source>
        <translation>Vuokravelan seuranta</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="93"/>
        <source>End of tenancy</source>
        <translation>Asumisen päättyminen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="94"/>
        <source>Instalment</source>
        <translation>Maksuerä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="95"/>
        <source>Contact with a partner</source>
        <translation>Yhteydenotto yhteistyötahoon</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="96"/>
        <source>Rent-debt decision</source>
        <translation>Vuokravelkapäätös</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="97"/>
        <source>Rent payment</source>
        <translation>Vuokranmaksu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="98"/>
        <source>Team</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="99"/>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="104"/>
        <source>First names</source>
        <translation>Etunimet</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="105"/>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="106"/>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="107"/>
        <source>Date of birth</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="108"/>
        <source>Sex</source>
        <translation>Sukupuoli</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="109"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="110"/>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="111"/>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="112"/>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="113"/>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="114"/>
        <source>Preferred language</source>
        <translation>Asiointikieli</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="115"/>
        <source>Needs an interpreter</source>
        <translation>Tarvitsee tulkin</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="116"/>
        <source>Background</source>
        <translation>Taustatiedot</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="117"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="118"/>
        <source>Relation</source>
        <translation>Suhde</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="119"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="120"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="121"/>
        <source>Answers</source>
        <translation>Vastaukset</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="122"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="123"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="124"/>
        <source>Review due</source>
        <translation>Tarkistettava viimeistään</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="125"/>
        <source>Start date</source>
        <translation>Alkamispäivä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="126"/>
        <source>End date</source>
        <translation>Päättymispäivä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="127"/>
        <source>Reason for ending</source>
        <translation>Päättymisen syy</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="128"/>
        <source>Responsible worker</source>
        <translation>Vastuutyöntekijä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="129"/>
        <source>Time of the visit</source>
        <translation>Käynnin aika</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="130"/>
        <source>Duration (minutes)</source>
        <translation>Kesto (minuuttia)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="131"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="132"/>
        <source>Others present</source>
        <translation>Muut paikallaolijat</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="133"/>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="134"/>
        <source>Housing type</source>
        <translation>Asumismuoto</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="135"/>
        <source>Landlord</source>
        <translation>Vuokranantaja</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="136"/>
        <source>Moved in</source>
        <translation>Muuttopäivä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="137"/>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="138"/>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="139"/>
        <source>Due date</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="140"/>
        <source>Paid on</source>
        <translation>Maksupäivä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="141"/>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="142"/>
        <source>Reasoning</source>
        <translation>Perustelut</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="143"/>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="145"/>
        <source>Other information</source>
        <translation>Muu tieto</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="41"/>
        <source>The server does not answer.</source>
        <translation>Palvelin ei vastaa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="42"/>
        <source>The server refuses this computer.</source>
        <translation>Palvelin ei hyväksy tätä tietokonetta.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="43"/>
        <source>The server refused the sync.</source>
        <translation>Palvelin hylkäsi synkronoinnin.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>Update ASTU Desktop to sync.</source>
        <translation>Päivitä ASTU Desktop, jotta synkronointi toimii.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>This version of ASTU Desktop is too old for the server. Update ASTU Desktop, then connect again.</source>
        <translation>Tämä ASTU Desktopin versio on liian vanha palvelimelle. Päivitä ASTU Desktop ja yhdistä sitten uudelleen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="44"/>
        <source>This computer was taken out of use.</source>
        <translation>Tietokone on poistettu käytöstä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="45"/>
        <source>Not connected to a server.</source>
        <translation>Ei yhdistetty palvelimeen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="46"/>
        <source>The sync did not finish.</source>
        <translation>Synkronointi ei valmistunut.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>Approval of a document</source>
        <translation>Asiakirjan hyväksyntä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="60"/>
        <source>Wrong username, password or enrolment code (a code is used only once).</source>
        <translation>Väärä käyttäjätunnus, salasana tai käyttöönottokoodi (koodi käy vain kerran).</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="14"/>
        <source>The server address must start with https://. Only a server on this computer may use http://.</source>
        <translation>Palvelimen osoitteen pitää alkaa https://. Vain tämän koneen oma palvelin saa käyttää osoitetta http://.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="56"/>
        <source>The server&apos;s address is not secure.</source>
        <translation>Palvelimen osoite ei ole suojattu.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="101"/>
        <source>A text holds characters that cannot be stored (control characters or broken text).</source>
        <translation>Tekstissä on merkkejä, joita ei voi tallentaa (ohjausmerkkejä tai rikkinäistä tekstiä).</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="105"/>
        <source>A name or another one-line text holds a line break.</source>
        <translation>Nimessä tai muussa yksirivisessä tekstissä on rivinvaihto.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="107"/>
        <source>A text is longer than the field allows.</source>
        <translation>Teksti on pidempi kuin kenttään mahtuu.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="109"/>
        <source>A number, date or time is outside its allowed range (dates from 1900 to 2100).</source>
        <translation>Luku, päivämäärä tai aika on sallitun välin ulkopuolella (päivämäärät vuosilta 1900–2100).</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="113"/>
        <source>A date or time is not in a valid form, or its time zone is missing.</source>
        <translation>Päivämäärä tai aika ei ole kelvollisessa muodossa, tai sen aikavyöhyke puuttuu.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="115"/>
        <source>A choice is not one of the allowed options.</source>
        <translation>Valinta ei ole mikään sallituista vaihtoehdoista.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="116"/>
        <source>The identity code is not valid.</source>
        <translation>Henkilötunnus ei ole kelvollinen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="117"/>
        <source>The document is too large (at most 256 KiB).</source>
        <translation>Asiakirja on liian suuri (enintään 256 KiB).</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="119"/>
        <source>The answers do not fit the form or its version.</source>
        <translation>Vastaukset eivät sovi lomakkeeseen tai sen versioon.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="121"/>
        <source>A value is missing or not of the right kind.</source>
        <translation>Arvo puuttuu tai se on väärää tyyppiä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="130"/>
        <source>This record came from the server with a value this computer cannot store. It was set aside; everything else was received.</source>
        <translation>Tämä tieto tuli palvelimelta arvolla, jota tämä tietokone ei voi tallentaa. Se jätettiin syrjään; kaikki muu vastaanotettiin.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="135"/>
        <source>The server could not send this record (a value stored there is damaged). Please tell support; everything else was received.</source>
        <translation>Palvelin ei voinut lähettää tätä tietoa (siellä tallennettu arvo on vioittunut). Kerro asiasta tukeen; kaikki muu vastaanotettiin.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="140"/>
        <source>This could not be saved (%1). %2 Nothing was changed.</source>
        <translation>Tallennus ei onnistunut (%1). %2 Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>The record names another worker as the one who wrote, signed, recorded or decided it; the server accepts only your own name.</source>
        <translation>Tiedoissa on kirjoittajaksi, allekirjoittajaksi, kirjaajaksi tai päättäjäksi merkitty toinen työntekijä; palvelin hyväksyy vain oman nimesi.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>The signing time is in the future or before the document was made. Check the computer&apos;s clock.</source>
        <translation>Allekirjoitusaika on tulevaisuudessa tai ennen asiakirjan laatimista. Tarkista tietokoneen kello.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>A worker named on the visit does not work in the client&apos;s team.</source>
        <translation>Käynnille merkitty työntekijä ei työskentele asiakkaan tiimissä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>The client left your caseload before this change reached the server. It is kept here until someone decides (tell your team lead).</source>
        <translation>Asiakas siirtyi pois vastuultasi ennen kuin muutos ehti palvelimelle. Muutos säilyy tässä, kunnes joku päättää siitä (kerro tiimisi esihenkilölle).</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="105"/>
        <source>Booked visit</source>
        <translation>Varattu käynti</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="106"/>
        <source>Worker on a booked visit</source>
        <translation>Työntekijä varatulla käynnillä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="149"/>
        <source>Time of the booked visit</source>
        <translation>Varatun käynnin aika</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="150"/>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="151"/>
        <source>Reason for the change</source>
        <translation>Muutoksen syy</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="63"/>
        <source>You may not change this record: the client is not on your caseload. If the client should be yours, ask your team lead to assign the client to you; the change stays on this computer.</source>
        <translation>Sinulla ei ole oikeutta muuttaa tätä tietoa: asiakas ei ole asiakkainasi. Jos asiakkaan kuuluu olla sinun, pyydä tiimivastaavaa siirtämään asiakas sinulle; muutos säilyy tällä tietokoneella.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="66"/>
        <source>Staff details are kept on the server and cannot be changed here. Ask the administrator to correct them.</source>
        <translation>Henkilöstön tietoja ylläpidetään palvelimella, eikä niitä voi muuttaa täällä. Pyydä ylläpitäjää korjaamaan ne.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="75"/>
        <source>The server did not accept a value of this record. Correct the value named here in the record and save it again.</source>
        <translation>Palvelin ei hyväksynyt tämän tiedon arvoa. Korjaa tässä mainittu arvo tietoon ja tallenna se uudelleen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="76"/>
        <source>Required information is missing. Fill in what is named here in the record and save it again.</source>
        <translation>Pakollisia tietoja puuttuu. Täydennä tässä mainitut tiedot ja tallenna uudelleen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="77"/>
        <source>The same record already exists on the server (e.g. the same client twice). Check the client's record after the next sync, and tell support if something is missing.</source>
        <translation>Sama tieto on jo palvelimella (esim. sama asiakas kahdesti). Tarkista asiakkaan tiedot seuraavan synkronoinnin jälkeen ja kerro tuelle, jos jotain puuttuu.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="0"/>
        <source>Only a team lead of the client's team may do this (approve or return a document, hand a client over to another worker). Ask your team lead.</source>
        <translation>Vain asiakkaan tiimin tiimivastaava voi tehdä tämän (hyväksyä tai palauttaa asiakirjan, siirtää asiakkaan toiselle työntekijälle). Pyydä tiimivastaavaa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="1"/>
        <source>This record refers to another record that is not on the server (it was refused too, or never sent). Find that record in this list and correct it first; then record this change again.</source>
        <translation>Tämä tieto viittaa toiseen tietoon, jota ei ole palvelimella (sekin hylättiin tai sitä ei lähetetty). Etsi se tästä luettelosta ja korjaa se ensin; kirjaa sitten tämä muutos uudelleen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="1"/>
        <source>The client or visit this record belongs to is not on the server (it was refused or removed). Find it in this list and correct it first; tell support if the client was removed.</source>
        <translation>Asiakasta tai käyntiä, johon tämä tieto kuuluu, ei ole palvelimella (se hylättiin tai poistettiin). Etsi se tästä luettelosta ja korjaa se ensin; kerro tuelle, jos asiakas on poistettu.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="1"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/sync/texts.py" line="1"/>
        <source>Living-skills check</source>
        <translation>Asumistaitojen kartoitus</translation>
    </message>
    <message>
        <source>The visit was changed after its living-skills check was signed: a signed check locks its visit. Write what needs correcting in a new version of the check.</source>
        <translation>Käyntiä muutettiin sen jälkeen, kun sen asumistaitojen kartoitus allekirjoitettiin: allekirjoitettu kartoitus lukitsee käyntinsä. Kirjoita korjattavat asiat kartoituksen uuteen versioon.</translation>
    </message>
    <message>
        <source>This computer's disk is full, so the sync stopped. Everything saved before, and what the sync received before it stopped, is safe. Free disk space until at least %1 MB is free; the sync then goes on from where it stopped.</source>
        <translation>Tietokoneen levy on täynnä, joten synkronointi keskeytyi. Kaikki aiemmin tallennettu ja se, mitä synkronointi ehti vastaanottaa, on tallessa. Vapauta levytilaa niin, että vapaana on vähintään %1 Mt; synkronointi jatkuu sitten siitä, mihin se jäi.</translation>
    </message>
    <message>
        <source>The sync stopped: this computer's disk could not be written to (a disk error, or it is read-only). Everything saved before is safe. If it happens again, contact support.</source>
        <translation>Synkronointi keskeytyi: tietokoneen levylle ei voitu kirjoittaa (levyvirhe tai levy on vain luku -tilassa). Kaikki aiemmin tallennettu on tallessa. Jos virhe toistuu, ota yhteys tukeen.</translation>
    </message>
    <message>
        <source>The disk is full: the sync stopped.</source>
        <translation>Levy täynnä: synkronointi keskeytyi.</translation>
    </message>
    <message>
        <source>The disk cannot be written to.</source>
        <translation>Levylle ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>There is not enough free disk space on this computer for the sync, so it did not start. Everything saved is safe. Free disk space until at least %1 MB is free; the sync then goes on by itself.</source>
        <translation>Tietokoneen levytila ei riitä synkronointiin, joten se ei alkanut. Kaikki tallennettu on tallessa. Vapauta levytilaa niin, että vapaana on vähintään %1 Mt; synkronointi jatkuu sitten itsestään.</translation>
    </message>
    <message>
        <source>Too little disk space to sync.</source>
        <translation>Levytila ei riitä synkronointiin.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="216" />
        <source>Save or print a PDF</source>
        <translation>Tallenna tai tulosta PDF</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="217" />
        <source>&amp;Document</source>
        <translation>&amp;Asiakirja</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="218" />
        <source>Document &amp;language</source>
        <translation>Asiakirjan &amp;kieli</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="219" />
        <source>&amp;Protect the file with a password (AES-256)</source>
        <translation>&amp;Suojaa tiedosto salasanalla (AES-256)</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="220" />
        <source>Pass&amp;word</source>
        <translation>Sala&amp;sana</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="221" />
        <source>&amp;Repeat</source>
        <translation>&amp;Toista</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="224" />
        <source>At least %1 characters. Give the password to the recipient some other way than the file, for example by phone.</source>
        <translation>Vähintään %1 merkkiä. Kerro salasana vastaanottajalle muuta kautta kuin tiedoston mukana, esimerkiksi puhelimessa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="228" />
        <source>Without a password anyone who gets the file can read it.</source>
        <translation>Ilman salasanaa kuka tahansa tiedoston saava voi lukea sen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="229" />
        <source>&amp;Save PDF…</source>
        <translation>T&amp;allenna PDF…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="230" />
        <source>Pr&amp;int…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="231" />
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="276" />
        <source>The passwords do not match.</source>
        <translation>Salasanat eivät täsmää.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="281" />
        <source>The password needs at least %1 characters.</source>
        <translation>Salasanassa pitää olla vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="343" />
        <source>The file could not be written. Choose another folder.</source>
        <translation>Tiedostoa ei voitu kirjoittaa. Valitse toinen kansio.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="345" />
        <source>This is no longer in the store. Reload the record.</source>
        <translation>Tätä ei enää ole tietokannassa. Lataa asiakaskertomus uudelleen.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/pdf_export.py" line="329" />
        <source>The printer could not print the document. Check the printer.</source>
        <translation>Tulostin ei voinut tulostaa asiakirjaa. Tarkista tulostin.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Tallenna PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Save without a password?</source>
        <translation>Tallennetaanko ilman salasanaa?</translation>
    </message>
    <message>
        <source>The PDF will not be password-protected: anyone who gets the file can read it. Keep it only on an encrypted disk and never send it by ordinary e-mail. Save it anyway?</source>
        <translation>PDF-tiedostoa ei suojata salasanalla: kuka tahansa tiedoston saava voi lukea sen. Säilytä sitä vain salatulla levyllä äläkä koskaan lähetä sitä tavallisella sähköpostilla. Tallennetaanko silti?</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="154" />
        <source>Statistics – ASTU Desktop</source>
        <translation>Tilastot – ASTU Desktop</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="155" />
        <source>&amp;Year </source>
        <translation>&amp;Vuosi </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="156" />
        <source>Save or print as PDF…</source>
        <translation>Tallenna tai tulosta PDF…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="157" />
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="158" />
        <source>Tenancy endings in small apartments by reason</source>
        <translation>Pienasuntojen asumisen päättymiset syyn mukaan</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="159" />
        <source>Rent-debt follow-up: debtors and debts</source>
        <translation>Vuokravelan seuranta: velalliset ja velat</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="160" />
        <source>Home visits per month</source>
        <translation>Kotikäynnit kuukausittain</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="161" />
        <source>Caseload per worker</source>
        <translation>Asiakasmäärä työntekijöittäin</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="232" />
        <source>As of %1</source>
        <translation>Tilanne %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="275" />
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="275" />
        <source>Debtors at the month's end</source>
        <translation>Velallisia kuun lopussa</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="275" />
        <source>Debt owed</source>
        <translation>Velkaa jäljellä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="285" />
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="285" />
        <source>Clients</source>
        <translation>Asiakkaita</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="287" />
        <source>Plan review overdue</source>
        <translation>Suunnitelman tarkistus myöhässä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="300" />
        <source>Service plans overdue for review (a plan is reviewed within six months): %1</source>
        <translation>Palvelusuunnitelmia, joiden tarkistus on myöhässä (suunnitelma tarkistetaan kuuden kuukauden kuluessa): %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/statistics_view.py" line="311" />
        <source>Statistics %1</source>
        <translation>Tilastot %1</translation>
    </message>
    <message numerus="yes">
        <source>In all: %n home visit(s)</source>
        <translation>
            <numerusform>Yhteensä %n kotikäynti</numerusform>
            <numerusform>Yhteensä %n kotikäyntiä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followed up during the year: %n client(s); debt when their follow-up started %1, paid during the year %2, still owed %3.</source>
        <translation>
            <numerusform>Seurannassa vuoden aikana %n asiakas; velka seurannan alkaessa %1, maksettu vuoden aikana %2, velkaa jäljellä %3.</numerusform>
            <numerusform>Seurannassa vuoden aikana %n asiakasta; velka seurannan alkaessa %1, maksettu vuoden aikana %2, velkaa jäljellä %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/team/drill_down.py" line="41" />
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n asiakas</numerusform>
            <numerusform>%n asiakasta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/drill_down.py" line="61" />
        <source>&amp;Hand over client…</source>
        <translation>&amp;Siirrä asiakas…</translation>
    </message>
</context>
<context>
    <name>TeamCharts</name>
    <message>
        <location filename="../../astu_desktop/ui/team/charts.py" line="50" />
        <source>Caseload per worker</source>
        <translation>Asiakasmäärä työntekijöittäin</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/charts.py" line="51" />
        <source>Home visits per week</source>
        <translation>Kotikäynnit viikoittain</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/charts.py" line="52" />
        <source>Rent debt over time</source>
        <translation>Vuokravelka ajan mittaan</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/charts.py" line="77" />
        <source>Home visits</source>
        <translation>Kotikäynnit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/charts.py" line="93" />
        <source>Rent debt owed (€)</source>
        <translation>Maksamaton vuokravelka (€)</translation>
    </message>
</context>
<context>
    <name>TeamFiguresModel</name>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="46" />
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="50" />
        <source>Home visits, 30 days</source>
        <translation>Kotikäynnit, 30 pv</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="58" />
        <source>Plan review in 30 days</source>
        <translation>Tarkistus 30 pv:n sisällä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="62" />
        <source>Plan review overdue</source>
        <translation>Tarkistus myöhässä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="70" />
        <source>Rent-debt follow-ups</source>
        <translation>Vuokravelan seurannat</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="74" />
        <source>Debt owed</source>
        <translation>Velkaa jäljellä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="78" />
        <source>Past 6 months</source>
        <translation>Yli 6 kk</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="138" />
        <source>Whole team</source>
        <translation>Koko tiimi</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="164" />
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="70" />
        <source>Awaiting approval</source>
        <translation>Odottaa hyväksyntää</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="54" />
        <source>No visit in %1 days</source>
        <translation>Ei käyntiä %1 päivään</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/figures_model.py" line="66" />
        <source>Drafts older than %1 days</source>
        <translation>Yli %1 päivän luonnokset</translation>
    </message>
</context>
<context>
    <name>TeamOverviewWindow</name>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="124" />
        <source>Team overview – %1</source>
        <translation>Tiimin yleiskuva – %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="125" />
        <source>As of %1</source>
        <translation>Tilanne %1</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="126" />
        <source>&amp;No visit in (days):</source>
        <translation>&amp;Ei käyntiä (päivää):</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="127" />
        <source>&amp;Drafts older than (days):</source>
        <translation>&amp;Luonnokset yli (päivää):</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="128" />
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="152" />
        <source>&amp;Hand over caseload…</source>
        <translation>&amp;Siirrä asiakkaat…</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="255" />
        <source>Hand every client of %1 over to:</source>
        <translation>Siirrä kaikki työntekijän %1 asiakkaat työntekijälle:</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="261" />
        <source>Hand the client over to:</source>
        <translation>Siirrä asiakas työntekijälle:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/team/window.py" line="274" />
        <source>%n client(s) handed over.</source>
        <translation>
            <numerusform>%n asiakas siirretty.</numerusform>
            <numerusform>%n asiakasta siirretty.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="300" />
        <source>Only the team lead can hand clients over.</source>
        <translation>Vain tiimin esihenkilö voi siirtää asiakkaita.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="301" />
        <source>Clients can be handed over only to a worker of the same team.</source>
        <translation>Asiakkaita voi siirtää vain saman tiimin työntekijälle.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/window.py" line="302" />
        <source>The worker has no open client to hand over.</source>
        <translation>Työntekijällä ei ole siirrettäviä avoimia asiakkuuksia.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/team/reassign_dialog.py" line="13" />
        <source>Hand over</source>
        <translation>Asiakkaiden siirto</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/reassign_dialog.py" line="21" />
        <source>The change syncs at the next sync: the client leaves the old worker's laptop and reaches the new worker's.</source>
        <translation>Muutos välittyy seuraavassa synkronoinnissa: asiakas poistuu entisen työntekijän koneelta ja siirtyy uuden työntekijän koneelle.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/reassign_dialog.py" line="30" />
        <source>&amp;Hand over</source>
        <translation>&amp;Siirrä</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/record/return_dialog.py" line="20" />
        <source>Return the document</source>
        <translation>Asiakirjan palautus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/return_dialog.py" line="23" />
        <source>The worker sees the note in their list of returned documents and answers with an amendment, which then awaits your review again.</source>
        <translation>Työntekijä näkee huomautuksen palautettujen asiakirjojen listassaan ja vastaa täydentämällä asiakirjaa; täydennys odottaa sitten taas hyväksyntääsi.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/return_dialog.py" line="29" />
        <source>What should be corrected or added?</source>
        <translation>Mitä pitää korjata tai täydentää?</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/record/return_dialog.py" line="34" />
        <source>&amp;Return</source>
        <translation>&amp;Palauta</translation>
    </message>
</context>
<context>
    <name>ReturnedDocumentsDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="24" />
        <source>Returned documents</source>
        <translation>Palautetut asiakirjat</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="27" />
        <source>Documents your team lead returned. Open the client and amend the document.</source>
        <translation>Esihenkilösi palauttamat asiakirjat. Avaa asiakas ja täydennä asiakirjaa.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="29" />
        <source>No returned documents.</source>
        <translation>Ei palautettuja asiakirjoja.</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="34" />
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="34" />
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="34" />
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="34" />
        <source>Returned</source>
        <translation>Palautettu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="35" />
        <source>Team lead</source>
        <translation>Esihenkilö</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/team/returned_dialog.py" line="35" />
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
</context>
<context>
    <name>DiskSpaceWarning</name>
    <message>
        <source>Low disk space: %1 MB free.</source>
        <translation>Levytila vähissä: %1 Mt vapaana.</translation>
    </message>
    <message>
        <source>The disk of this computer has %1 MB free. Keep at least %2 MB free so that the day's work and the sync can be saved: remove or move files you do not need. Work saved so far is safe.</source>
        <translation>Tietokoneen levyllä on vapaana %1 Mt. Pidä vapaana vähintään %2 Mt, jotta päivän työ ja synkronointi voidaan tallentaa: poista tai siirrä tiedostoja, joita et tarvitse. Tähän asti tallennettu työ on tallessa.</translation>
    </message>
</context>
</TS>

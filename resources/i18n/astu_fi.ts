<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
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
        <location filename="../../astu_desktop/ui/caseload_columns.py" line="34"/>
        <source>Next visit due</source>
        <translation>Seuraava käynti</translation>
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
</context>
<context>
    <name>ClientSummaryDialog</name>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="69"/>
        <source>Client – ASTU Desktop</source>
        <translation>Asiakas – ASTU Desktop</translation>
    </message>
    <message numerus="yes">
        <location filename="../../astu_desktop/ui/client_summary.py" line="70"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n vuosi</numerusform>
            <numerusform>%n vuotta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="71"/>
        <source>Age</source>
        <translation>Ikä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="71"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="71"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="74"/>
        <source>Service episodes</source>
        <translation>Asiakkuudet</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="75"/>
        <source>Latest visits</source>
        <translation>Viimeisimmät käynnit</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="86"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="87"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="88"/>
        <source>Started</source>
        <translation>Alkoi</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="89"/>
        <source>Ended</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="90"/>
        <source>Responsible worker</source>
        <translation>Vastuutyöntekijä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="105"/>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="105"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/client_summary.py" line="105"/>
        <source>Duration</source>
        <translation>Kesto</translation>
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
        <translation>SAS-arviointi</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="18"/>
        <source>Outreach</source>
        <translation>Lähityö</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="19"/>
        <source>Rent-debt follow-up</source>
        <translation>Vuokravelan seuranta</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="20"/>
        <source>Home rehabilitation</source>
        <translation>Kotikuntoutus</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="23"/>
        <source>Starting</source>
        <translation>Alkamassa</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="24"/>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="25"/>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="28"/>
        <source>Home visit</source>
        <translation>Kotikäynti</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="29"/>
        <source>Joint visit</source>
        <translation>Yhteiskäynti</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="30"/>
        <source>Three-party meeting</source>
        <translation>Kolmikantapalaveri</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="31"/>
        <source>Accompanying to a service</source>
        <translation>Saattaminen palveluun</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="32"/>
        <source>Not at home</source>
        <translation>Ei tavattu kotoa</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="33"/>
        <source>Office visit</source>
        <translation>Toimistotapaaminen</translation>
    </message>
    <message>
        <location filename="../../astu_desktop/ui/labels.py" line="34"/>
        <source>Phone call</source>
        <translation>Puhelu</translation>
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
</TS>

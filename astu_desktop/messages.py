"""Messages of the headless commands, in Finnish, Swedish and English.

The GUI translates through Qt's tr(); the CLI runs without Qt, so its few sentences
live here, keyed by the same codes the store and services raise. The language comes
from ASTU_LANG, else from the locale (LC_ALL, LC_MESSAGES, LANG); Finnish by default.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

LANGUAGES = ("fi", "sv", "en")


@dataclass(frozen=True)
class Plural:
    """A sentence whose words follow a number: `one` for exactly 1, `other` for the rest.

    Finnish, Swedish and English all have just these two forms for whole numbers, so a
    sentence never says "1 asiakasta" or "1 klienter".
    """

    count: str  # the name of the value that chooses the form
    one: str
    other: str

    def choose(self, values: dict[str, object]) -> str:
        return self.one if values.get(self.count) == 1 else self.other


Text = str | Plural

CATALOG: dict[str, tuple[Text, Text, Text]] = {
    # code: (fi, sv, en)
    "wrong_passphrase": (
        "Väärä tunnuslause. Mitään ei muutettu.",
        "Fel lösenfras. Ingenting ändrades.",
        "Wrong passphrase. Nothing was changed.",
    ),
    "unlock_throttled": (
        Plural(
            "seconds",
            "Liian monta väärää yritystä. Yritä uudelleen {seconds} sekunnin kuluttua.",
            "Liian monta väärää yritystä. Yritä uudelleen {seconds} sekunnin kuluttua.",
        ),
        Plural(
            "seconds",
            "För många felaktiga försök. Försök igen om {seconds} sekund.",
            "För många felaktiga försök. Försök igen om {seconds} sekunder.",
        ),
        Plural(
            "seconds",
            "Too many wrong attempts. Try again in {seconds} second.",
            "Too many wrong attempts. Try again in {seconds} seconds.",
        ),
    ),
    "store_not_found": (
        "Tietokantaa ei löydy. Luo se komennolla: astu-desktop init",
        "Databasen hittades inte. Skapa den med: astu-desktop init",
        "No store found. Create one with: astu-desktop init",
    ),
    "store_exists": (
        "Tietokanta on jo olemassa. Mitään ei muutettu.",
        "Databasen finns redan. Ingenting ändrades.",
        "A store already exists there. Nothing was changed.",
    ),
    "keyfile_damaged": (
        "Avaintiedosto puuttuu tai on vioittunut. Ota yhteys tukeen.",
        "Nyckelfilen saknas eller är skadad. Kontakta supporten.",
        "The key file is missing or damaged. Contact support.",
    ),
    "key_mismatch": (
        "Avaintiedosto ei kuulu tähän tietokantaan.",
        "Nyckelfilen hör inte till den här databasen.",
        "The key file does not belong to this store.",
    ),
    "database_damaged": (
        "Tietokanta on vioittunut tai sitä on muutettu. Tietoja ei voi luotettavasti lukea. "
        "Ota yhteys tukeen; älä poista tiedostoja.",
        "Databasen är skadad eller har ändrats. Uppgifterna kan inte läsas tillförlitligt. "
        "Kontakta supporten; radera inga filer.",
        "The store is damaged or has been tampered with; its data cannot be trusted. "
        "Contact support and do not delete any files.",
    ),
    "store_too_new": (
        "Tietokanta on tehty uudemmalla ohjelmaversiolla. Päivitä ASTU Desktop.",
        "Databasen skapades med en nyare programversion. Uppdatera ASTU Desktop.",
        "The store was written by a newer version. Please update ASTU Desktop.",
    ),
    "store_locked": (
        "Tietokanta on lukittu.",
        "Databasen är låst.",
        "The store is locked.",
    ),
    "weak_passphrase": (
        "Tunnuslause on liian heikko: vähintään 12 merkkiä, ei ilmeisiä sanoja tai toistoa.",
        "Lösenfrasen är för svag: minst 12 tecken, inga uppenbara ord eller upprepningar.",
        "The passphrase is too weak: at least 12 characters, no obvious words or repetition.",
    ),
    "passphrase_needed": (
        "Tunnuslause tarvitaan: aseta ASTU_PASSPHRASE tai aja komento päätteessä.",
        "Lösenfras behövs: sätt ASTU_PASSPHRASE eller kör kommandot i en terminal.",
        "A passphrase is needed: set ASTU_PASSPHRASE or run the command in a terminal.",
    ),
    "passphrases_differ": (
        "Tunnuslauseet eivät täsmää. Mitään ei muutettu.",
        "Lösenfraserna matchar inte. Ingenting ändrades.",
        "The passphrases do not match. Nothing was changed.",
    ),
    "prompt_passphrase": ("Tunnuslause: ", "Lösenfras: ", "Passphrase: "),
    "prompt_new_passphrase": ("Uusi tunnuslause: ", "Ny lösenfras: ", "New passphrase: "),
    "prompt_repeat": (
        "Toista uusi tunnuslause: ",
        "Upprepa den nya lösenfrasen: ",
        "Repeat the new passphrase: ",
    ),
    "created": (
        "Salattu tietokanta luotu: {path}",
        "Krypterad databas skapad: {path}",
        "Encrypted store created: {path}",
    ),
    "passphrase_changed": (
        "Tunnuslause vaihdettu. Tietokantaa ei tarvinnut salata uudelleen.",
        "Lösenfrasen har bytts. Databasen behövde inte krypteras om.",
        "Passphrase changed. The database did not need re-encrypting.",
    ),
    "rekeyed": (
        "Tietokanta salattu uudelleen uudella avaimella.",
        "Databasen har krypterats om med en ny nyckel.",
        "The store was re-encrypted under a new key.",
    ),
    "demo_needs_server": (
        "Esittely tarvitsee palvelimen osan: asenna astu-desktop[desktop,server].",
        "Demon behöver serverdelen: installera astu-desktop[desktop,server].",
        "The demo needs the server part: install astu-desktop[desktop,server].",
    ),
    "demo_own_folder": (
        "Esittely käyttää aina omaa kansiotaan; --db-valitsinta ei voi käyttää sen kanssa.",
        "Demon använder alltid sin egen mapp; --db kan inte användas med den.",
        "The demo always uses a folder of its own; --db cannot be used with it.",
    ),
    "demo_preparing": (
        "Luodaan esittelytietokantaa ja paikallista palvelinta (vain kerran, noin minuutti)…",
        "Demodatabasen och en lokal server skapas (bara en gång, ungefär en minut)…",
        "Creating the demo store and a local server (once only, about a minute)…",
    ),
    "seeded": (
        "Luotu – asiakkaita: {clients}, kotikäyntejä: {visits}, asiakirjoja: {documents}.",
        "Skapat – klienter: {clients}, hembesök: {visits}, dokument: {documents}.",
        "Created – clients: {clients}, home visits: {visits}, documents: {documents}.",
    ),
    "check_ok": (
        "Eheystarkistus: kunnossa (salaus, tietokanta ja lokiketju).",
        "Integritetskontroll: i ordning (kryptering, databas och loggkedja).",
        "Integrity check: all clean (encryption, database and access-log chain).",
    ),
    "check_cipher_failed": (
        Plural(
            "count",
            "Salauksen eheystarkistus löysi {count} virheen: tiedostoa on muutettu tai se on "
            "vioittunut.",
            "Salauksen eheystarkistus löysi {count} virhettä: tiedostoa on muutettu tai se on "
            "vioittunut.",
        ),
        "Krypteringens integritetskontroll hittade {count} fel: filen har ändrats eller är skadad.",
        Plural(
            "count",
            "The encryption integrity check found {count} problem: the file was changed or is "
            "damaged.",
            "The encryption integrity check found {count} problems: the file was changed or is "
            "damaged.",
        ),
    ),
    "check_sqlite_failed": (
        Plural(
            "count",
            "Tietokannan eheystarkistus löysi {count} virheen.",
            "Tietokannan eheystarkistus löysi {count} virhettä.",
        ),
        "Databasens integritetskontroll hittade {count} fel.",
        Plural(
            "count",
            "The database integrity check found {count} problem.",
            "The database integrity check found {count} problems.",
        ),
    ),
    "check_chain_broken": (
        "Käyttölokin ketju on katkennut kohdassa {seq}: lokia on muokattu.",
        "Åtkomstloggens kedja är bruten vid post {seq}: loggen har ändrats.",
        "The access-log chain is broken at entry {seq}: the log was altered.",
    ),
    "check_log_short_of_server": (
        "Käyttölokista puuttuu merkintöjä, jotka palvelin on jo vastaanottanut: lokia on "
        "lyhennetty.",
        "Åtkomstloggen saknar poster som servern redan har tagit emot: loggen har kortats.",
        "The access log lacks entries the server has already received: the log was cut short.",
    ),
    "import_done": (
        Plural("count", "Tuotiin {count} asiakas.", "Tuotiin {count} asiakasta."),
        Plural("count", "Importerade {count} klient.", "Importerade {count} klienter."),
        Plural("count", "Imported {count} client.", "Imported {count} clients."),
    ),
    "import_rejected": (
        Plural(
            "count",
            "Tiedostossa on {count} virheellinen rivi. Mitään ei tuotu:",
            "Tiedostossa on {count} virheellistä riviä. Mitään ei tuotu:",
        ),
        Plural(
            "count",
            "Filen har {count} felaktig rad. Ingenting importerades:",
            "Filen har {count} felaktiga rader. Ingenting importerades:",
        ),
        Plural(
            "count",
            "The file has {count} bad row. Nothing was imported:",
            "The file has {count} bad rows. Nothing was imported:",
        ),
    ),
    "import_row": (
        "  rivi {line}: {problems}",
        "  rad {line}: {problems}",
        "  line {line}: {problems}",
    ),
    "import_unreadable": (
        "Tiedostoa ei voi lukea ({reason}). Mitään ei tuotu.",
        "Filen kan inte läsas ({reason}). Ingenting importerades.",
        "The file cannot be read ({reason}). Nothing was imported.",
    ),
    "unexpected": (
        "Odottamaton virhe. Keskeneräiset muutokset peruttiin; tallennettu työ on tallessa.",
        "Oväntat fel. Ofullständiga ändringar ångrades; sparat arbete finns kvar.",
        "Unexpected error. Unfinished changes were rolled back; saved work is safe.",
    ),
    # -- the disk under the store --
    "disk_full": (
        "Levy on täynnä, joten tätä ei tallennettu. Aiemmin tallennettu työ on tallessa. "
        "Vapauta levytilaa niin, että vapaana on vähintään {needed} Mt, ja yritä uudelleen.",
        "Disken är full, så detta sparades inte. Tidigare sparat arbete finns kvar. "
        "Frigör diskutrymme så att minst {needed} MB är ledigt och försök igen.",
        "The disk is full, so this was not saved. Work saved before is safe. "
        "Free disk space until at least {needed} MB is free, and try again.",
    ),
    "not_enough_room": (
        "Levytila ei riitä tähän (vapaana {free} Mt, tarvitaan {needed} Mt), joten sitä ei "
        "aloitettu. Aiemmin tallennettu työ on tallessa. Vapauta levytilaa ja yritä uudelleen.",
        "Diskutrymmet räcker inte för detta ({free} MB ledigt, {needed} MB behövs), så det "
        "påbörjades inte. Tidigare sparat arbete finns kvar. Frigör diskutrymme och försök igen.",
        "There is not enough free disk space for this ({free} MB free, {needed} MB needed), so "
        "it was not started. Work saved before is safe. Free disk space and try again.",
    ),
    "storage_failed": (
        "Levylle ei voitu kirjoittaa (levyvirhe tai levy on vain luku -tilassa), joten tätä ei "
        "tallennettu. Aiemmin tallennettu työ on tallessa. Yritä uudelleen, kun levy toimii; "
        "jos virhe toistuu, ota yhteys tukeen.",
        "Det gick inte att skriva till disken (diskfel eller disken är skrivskyddad), så detta "
        "sparades inte. Tidigare sparat arbete finns kvar. Försök igen när disken fungerar; "
        "kontakta supporten om felet upprepas.",
        "The disk could not be written to (a disk error, or it is read-only), so this was not "
        "saved. Work saved before is safe. Try again once the disk works; if it happens again, "
        "contact support.",
    ),
    "stopped_part_way_clients": (
        Plural(
            "saved",
            "Keskeytyi: {saved} / {total} asiakkaasta tallennettiin ennen virhettä, ja se on "
            "tallessa. Loput jäivät tallentamatta.",
            "Keskeytyi: {saved} / {total} asiakkaasta tallennettiin ennen virhettä, ja ne ovat "
            "tallessa. Loput jäivät tallentamatta.",
        ),
        Plural(
            "saved",
            "Avbröts: {saved} av {total} klienter sparades före felet och finns kvar. "
            "Resten sparades inte.",
            "Avbröts: {saved} av {total} klienter sparades före felet och finns kvar. "
            "Resten sparades inte.",
        ),
        Plural(
            "saved",
            "Stopped part way: {saved} of {total} clients was saved before the error and is "
            "safe. The rest was not saved.",
            "Stopped part way: {saved} of {total} clients were saved before the error and are "
            "safe. The rest was not saved.",
        ),
    ),
    "stopped_part_way_rows": (
        "Synkronointi keskeytyi: {saved} palvelimelta saatua riviä tallennettiin, ja ne ovat "
        "tallessa. Seuraava synkronointi jatkaa siitä.",
        "Synkroniseringen avbröts: {saved} rader från servern sparades och finns kvar. "
        "Nästa synkronisering fortsätter därifrån.",
        "The sync stopped part way: {saved} rows received from the server were saved and are "
        "safe. The next sync goes on from there.",
    ),
    "check_log_not_folded": (
        "Tapahtumaloki (-wal, {size} Mt) ei palautunut tietokantaan: {reason}. "
        "Tallennettu työ on tallessa lokissa.",
        "Transaktionsloggen (-wal, {size} MB) fördes inte tillbaka till databasen: {reason}. "
        "Sparat arbete finns kvar i loggen.",
        "The write-ahead log (-wal, {size} MB) did not fold back into the database: {reason}. "
        "Saved work is safe in the log.",
    ),
    "log_reason_busy": (
        "toinen ohjelma käyttää tietokantaa",
        "ett annat program använder databasen",
        "another program has the store open",
    ),
    "log_reason_disk_full": (
        "levy on täynnä",
        "disken är full",
        "the disk is full",
    ),
    "log_reason_storage_failed": (
        "levylle ei voi kirjoittaa",
        "det går inte att skriva till disken",
        "the disk cannot be written to",
    ),
    "file_not_found": (
        "Tiedostoa ei löydy.",
        "Filen hittades inte.",
        "File not found.",
    ),
    # -- sync with the central server --
    "enrolled": (
        "Laite liitetty palvelimeen käyttäjälle {user}. Synkronoi: astu-desktop sync",
        "Enheten är ansluten till servern för användaren {user}. Synkronisera: astu-desktop sync",
        "This device is enrolled with the server for {user}. Sync with: astu-desktop sync",
    ),
    "already_enrolled": (
        "Tämä tietokanta on jo liitetty palvelimeen. Mitään ei muutettu.",
        "Den här databasen är redan ansluten till servern. Ingenting ändrades.",
        "This store is already enrolled with a server. Nothing was changed.",
    ),
    "not_enrolled": (
        "Laitetta ei ole liitetty palvelimeen: astu-desktop enroll --server OSOITE "
        "--user TUNNUS --code KOODI",
        "Enheten är inte ansluten till servern: astu-desktop enroll --server ADRESS "
        "--user NAMN --code KOD",
        "This device is not enrolled: astu-desktop enroll --server URL --user NAME --code CODE",
    ),
    "password_needed": (
        "Salasana tarvitaan: aseta ASTU_SYNC_PASSWORD tai aja komento päätteessä.",
        "Lösenord behövs: sätt ASTU_SYNC_PASSWORD eller kör kommandot i en terminal.",
        "A password is needed: set ASTU_SYNC_PASSWORD or run the command in a terminal.",
    ),
    "prompt_password": ("Salasana: ", "Lösenord: ", "Password: "),
    "sync_unauthorised": (
        "Palvelin ei hyväksynyt tunnuksia. Tarkista käyttäjätunnus ja salasana tai ota "
        "yhteys ylläpitoon.",
        "Servern godkände inte inloggningen. Kontrollera användarnamn och lösenord eller "
        "kontakta administratören.",
        "The server did not accept the credentials. Check the username and password, or "
        "contact the administrator.",
    ),
    "insecure_server": (
        "Palvelimen osoitteen pitää alkaa https://. Vain tämän koneen oma palvelin saa "
        "käyttää osoitetta http://.",
        "Serverns adress måste börja med https://. Bara en server på den här datorn får "
        "använda http://.",
        "The server address must start with https://. Only a server on this computer may "
        "use http://.",
    ),
    "server_unreachable": (
        "Palvelimeen ei saada yhteyttä. Muutokset odottavat tällä laitteella ja lähtevät "
        "seuraavassa synkronoinnissa.",
        "Servern kan inte nås. Ändringarna väntar på den här enheten och skickas vid nästa "
        "synkronisering.",
        "The server cannot be reached. Changes wait on this device and go with the next sync.",
    ),
    "server_refused": (
        "Palvelin hylkäsi pyynnön ({reason}). Muutokset odottavat tällä laitteella.",
        "Servern avvisade begäran ({reason}). Ändringarna väntar på den här enheten.",
        "The server refused the request ({reason}). Changes wait on this device.",
    ),
    "update_required": (
        "Palvelin on päivitetty, eikä se enää tunne tätä ASTU Desktopin versiota. Muutokset "
        "odottavat tällä laitteella; päivitä ASTU Desktop, niin ne lähtevät seuraavassa "
        "synkronoinnissa.",
        "Servern har uppdaterats och känner inte längre till den här versionen av ASTU "
        "Desktop. Ändringarna väntar på den här enheten; uppdatera ASTU Desktop, så skickas "
        "de vid nästa synkronisering.",
        "The server has been updated and no longer speaks this version of ASTU Desktop. "
        "Changes wait on this device; update ASTU Desktop, and they go with the next sync.",
    ),
    "device_revoked": (
        "Ylläpito on poistanut tämän laitteen käytöstä (esimerkiksi kadonnut kone). "
        "Laitteen asiakastiedot poistetaan nyt.",
        "Administratören har spärrat den här enheten (till exempel en förlorad dator). "
        "Klientuppgifterna på enheten raderas nu.",
        "The administrator has revoked this device (for example a lost laptop). "
        "The client data on this device is being erased now.",
    ),
    "device_wiped": (
        "Paikallinen tietokanta ja sen avain on poistettu.",
        "Den lokala databasen och dess nyckel har raderats.",
        "The local store and its key have been erased.",
    ),
    "sync_done": (
        "Synkronoitu – lähetettyjä muutoksia: {pushed}, vastaanotettuja rivejä: {pulled}.",
        "Synkroniserat – skickade ändringar: {pushed}, mottagna rader: {pulled}.",
        "Synced – changes sent: {pushed}, rows received: {pulled}.",
    ),
    "sync_refused": (
        Plural(
            "count",
            "Palvelin hylkäsi {count} muutoksen; se on siirretty karanteeniin ({reasons}).",
            "Palvelin hylkäsi {count} muutosta; ne on siirretty karanteeniin ({reasons}).",
        ),
        Plural(
            "count",
            "Servern avvisade {count} ändring; den har satts i karantän ({reasons}).",
            "Servern avvisade {count} ändringar; de har satts i karantän ({reasons}).",
        ),
        Plural(
            "count",
            "The server refused {count} change; it is kept in quarantine ({reasons}).",
            "The server refused {count} changes; they are kept in quarantine ({reasons}).",
        ),
    ),
    "sync_set_aside": (
        "{count} palvelimelta tullutta tietoa oli virheellisiä, ja ne jätettiin syrjään "
        "karanteeniin; kaikki muu vastaanotettiin.",
        "{count} poster från servern var felaktiga och lades åt sidan i karantän; "
        "allt annat togs emot.",
        "{count} records from the server were not valid and were set aside in quarantine; "
        "everything else was received.",
    ),
    "sync_conflicts": (
        Plural(
            "count",
            "{count} ristiriita odottaa ratkaisua.",
            "{count} ristiriitaa odottaa ratkaisua.",
        ),
        Plural(
            "count",
            "{count} konflikt väntar på att lösas.",
            "{count} konflikter väntar på att lösas.",
        ),
        Plural(
            "count",
            "{count} conflict waits to be resolved.",
            "{count} conflicts wait to be resolved.",
        ),
    ),
    "sync_new_versions": (
        Plural(
            "count",
            "{count} muokkaus allekirjoitettuun asiakirjaan tallennettiin uutena versiona.",
            "{count} muokkausta allekirjoitettuun asiakirjaan tallennettiin uutena versiona.",
        ),
        Plural(
            "count",
            "{count} ändring av ett undertecknat dokument sparades som en ny version.",
            "{count} ändringar av ett undertecknat dokument sparades som en ny version.",
        ),
        Plural(
            "count",
            "{count} edit of a signed document was kept as a new version.",
            "{count} edits of a signed document were kept as a new version.",
        ),
    ),
    "sync_purged": (
        Plural(
            "count",
            "{count} asiakas siirtyi pois vastuultasi; hänen tietonsa poistettiin laitteelta.",
            "{count} asiakasta siirtyi pois vastuultasi; heidän tietonsa poistettiin laitteelta.",
        ),
        Plural(
            "count",
            "{count} klient flyttades bort från ditt ansvar; klientens uppgifter raderades.",
            "{count} klienter flyttades bort från ditt ansvar; deras uppgifter raderades.",
        ),
        Plural(
            "count",
            "{count} client left your caseload; their data was removed from this device.",
            "{count} clients left your caseload; their data was removed from this device.",
        ),
    ),
    "sync_retired": (
        Plural(
            "count",
            "{count} päättynyt asiakas poistettiin tältä tietokoneelta säilytysajan jälkeen; "
            "hänen tietonsa säilyvät palvelimella.",
            "{count} päättynyttä asiakasta poistettiin tältä tietokoneelta säilytysajan "
            "jälkeen; heidän tietonsa säilyvät palvelimella.",
        ),
        Plural(
            "count",
            "{count} avslutad klient togs bort från den här datorn efter lagringstiden; "
            "klientens uppgifter finns kvar på servern.",
            "{count} avslutade klienter togs bort från den här datorn efter lagringstiden; "
            "deras uppgifter finns kvar på servern.",
        ),
        Plural(
            "count",
            "{count} ended client was removed from this computer after the retention time; "
            "their record is kept on the server.",
            "{count} ended clients were removed from this computer after the retention time; "
            "their record is kept on the server.",
        ),
    ),
    "sync_held_back": (
        Plural(
            "count",
            "{count} muutos odottaa palvelimen päivitystä: palvelin ei vielä tunne sitä. Se "
            "säilyy tällä tietokoneella ja lähetetään päivityksen jälkeen.",
            "{count} muutosta odottaa palvelimen päivitystä: palvelin ei vielä tunne niitä. Ne "
            "säilyvät tällä tietokoneella ja lähetetään päivityksen jälkeen.",
        ),
        Plural(
            "count",
            "{count} ändring väntar på att servern uppdateras: servern känner inte till den "
            "ännu. Den sparas på den här datorn och skickas efter uppdateringen.",
            "{count} ändringar väntar på att servern uppdateras: servern känner inte till dem "
            "ännu. De sparas på den här datorn och skickas efter uppdateringen.",
        ),
        Plural(
            "count",
            "{count} change waits for the server to be updated: it does not know it yet. It "
            "is kept on this computer and sent after the update.",
            "{count} changes wait for the server to be updated: it does not know them yet. "
            "They are kept on this computer and sent after the update.",
        ),
    ),
    "sync_purged_kept": (
        "Näiden asiakkaiden muutoksia, jotka eivät ehtineet palvelimelle: {count}. Ne "
        "säilyvät hylättyjen muutosten luettelossa, kunnes joku päättää niistä.",
        "Ändringar för dessa klienter som inte hann till servern: {count}. De finns kvar i "
        "listan över avvisade ändringar tills någon beslutar om dem.",
        "Changes to these clients that did not reach the server: {count}. They stay in the "
        "list of refused changes until someone decides about them.",
    ),
    "sync_clock_ahead": (
        "Laitteen kello on {seconds} s palvelimen kelloa edellä. Korjaa kellonaika.",
        "Enhetens klocka går {seconds} s före serverns. Rätta klockan.",
        "This device's clock is {seconds} s ahead of the server. Please correct it.",
    ),
    "sync_resynced": (
        "Laitteen tiedot eivät täsmänneet palvelimen kanssa, joten ne ladattiin uudelleen. "
        "Lähettämättömät muutokset säilyivät.",
        "Enhetens uppgifter stämde inte med serverns och laddades ned på nytt. "
        "Ändringar som inte skickats finns kvar.",
        "This device did not match the server, so its data was downloaded again. "
        "Unsent changes were kept.",
    ),
    "sync_restored": (
        "Tämän laitteen tiedot oli palautettu vanhemmasta kopiosta. Ne ladattiin uudelleen "
        "palvelimelta: lähettämättömät muutokset säilyivät, ja palvelimella jo olleet "
        "poistettiin jonosta.",
        "Enhetens uppgifter hade återställts från en äldre kopia. De laddades ned på nytt "
        "från servern: ändringar som inte skickats finns kvar, och de som servern redan "
        "hade togs bort ur kön.",
        "This device's data had been put back from an older copy. It was downloaded again "
        "from the server: unsent changes were kept, and those the server already had were "
        "dropped from the queue.",
    ),
    "sync_failed": (
        "Synkronointi epäonnistui. Muutokset odottavat tällä laitteella.",
        "Synkroniseringen misslyckades. Ändringarna väntar på den här enheten.",
        "The sync failed. Changes wait on this device.",
    ),
    "interrupted": ("Keskeytetty.", "Avbrutet.", "Interrupted."),
    "stats_clients": ("Asiakkaita", "Klienter", "Clients"),
    "stats_workers": ("Työntekijöitä", "Anställda", "Workers"),
    "stats_open_episodes_by_service": (
        "Avoimet asiakkuudet palveluittain",
        "Öppna klientrelationer per tjänst",
        "Open episodes by service",
    ),
    "stats_visits_last_30_days": (
        "Kotikäyntejä 30 päivässä",
        "Hembesök under 30 dagar",
        "Home visits in the last 30 days",
    ),
    "stats_drafts": ("Luonnoksia", "Utkast", "Drafts"),
    "stats_signed_documents": (
        "Allekirjoitettuja asiakirjoja",
        "Undertecknade dokument",
        "Signed documents",
    ),
    "stats_open_rent_debt_follow_ups": (
        "Avoimia vuokravelan seurantoja",
        "Öppna hyresskuldsuppföljningar",
        "Open rent-debt follow-ups",
    ),
    "stats_tenancy_endings_this_year": (
        "Päättyneitä asumisia tänä vuonna",
        "Avslutade boenden i år",
        "Tenancies ended this year",
    ),
    "stats_changes_waiting_to_sync": (
        "Synkronointia odottavia muutoksia",
        "Ändringar som väntar på synkronisering",
        "Changes waiting to sync",
    ),
    "stats_access_log_entries": (
        "Käyttölokin merkintöjä",
        "Poster i åtkomstloggen",
        "Access-log entries",
    ),
    "client_not_found": (
        "Asiakasta ei löydy. Mitään ei tallennettu.",
        "Klienten hittades inte. Ingenting sparades.",
        "No such client. Nothing was saved.",
    ),
    "no_such_document": (
        "Asiakkaalla ei ole tätä asiakirjaa. Mitään ei tallennettu.",
        "Klienten har inget sådant dokument. Ingenting sparades.",
        "The client has no such document. Nothing was saved.",
    ),
    "pdf_saved": ("PDF tallennettu: {path}", "PDF sparad: {path}", "PDF saved: {path}"),
    "pdf_unprotected": (
        "Huom: tiedostoa ei ole suojattu salasanalla. Säilytä ja siirrä se vain turvallisesti "
        "(--protect suojaa sen).",
        "Obs: filen är inte skyddad med lösenord. Förvara och överför den endast säkert "
        "(--protect skyddar den).",
        "Note: the file is not password-protected. Keep and move it only by safe means "
        "(--protect protects it).",
    ),
    "pdf_password_needed": (
        "PDF-salasana tarvitaan: aseta ASTU_PDF_PASSWORD tai aja komento päätteessä.",
        "PDF-lösenord behövs: sätt ASTU_PDF_PASSWORD eller kör kommandot i en terminal.",
        "A PDF password is needed: set ASTU_PDF_PASSWORD or run the command in a terminal.",
    ),
    "pdf_password_short": (
        "PDF-salasanan pitää olla vähintään {length} merkkiä. Mitään ei tallennettu.",
        "PDF-lösenordet måste ha minst {length} tecken. Ingenting sparades.",
        "The PDF password must have at least {length} characters. Nothing was saved.",
    ),
    "pdf_passwords_differ": (
        "PDF-salasanat eivät täsmää. Mitään ei tallennettu.",
        "PDF-lösenorden matchar inte. Ingenting sparades.",
        "The PDF passwords do not match. Nothing was saved.",
    ),
    "prompt_pdf_password": ("PDF-salasana: ", "PDF-lösenord: ", "PDF password: "),
    "prompt_pdf_password_repeat": (
        "PDF-salasana uudelleen: ",
        "PDF-lösenordet igen: ",
        "PDF password again: ",
    ),
    "report_bad_year": (
        "Vuoden pitää olla välillä 2000–{year}. Mitään ei tallennettu.",
        "Året måste vara mellan 2000 och {year}. Ingenting sparades.",
        "The year must be between 2000 and {year}. Nothing was saved.",
    ),
    "out_not_writable": (
        "Tiedostoa ei voi kirjoittaa: {path}. Mitään ei tallennettu.",
        "Filen kan inte skrivas: {path}. Ingenting sparades.",
        "Cannot write the file: {path}. Nothing was saved.",
    ),
    "service_sas_assessment": ("SAS-arviointi", "SAS-bedömning", "SAS assessment"),
    "service_outreach": ("lähityö", "närarbete", "outreach"),
    "service_rent_debt": ("vuokravelan seuranta", "hyresskuldsuppföljning", "rent-debt follow-up"),
    "service_home_rehabilitation": ("kotikuntoutus", "hemrehabilitering", "home rehabilitation"),
}


def current_language() -> str:
    """The user's language for command output: ASTU_LANG, then the POSIX locale."""
    explicit = os.environ.get("ASTU_LANG", "")
    if explicit in LANGUAGES:
        return explicit
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        prefix = os.environ.get(variable, "")[:2].lower()
        if prefix in LANGUAGES:
            return prefix
    return "fi"


def in_language(texts: tuple[str, str, str], language: str) -> str:
    """The (fi, sv, en) text for `language`; Finnish for a language we do not carry.
    The one lookup the code words and the paper's words share."""
    return texts[LANGUAGES.index(language) if language in LANGUAGES else 0]


def message(code: str, **values: object) -> str:
    """The sentence for `code` in the user's language, with `values` filled in."""
    return message_in(current_language(), code, **values)


def message_in(language: str, code: str, **values: object) -> str:
    texts = CATALOG.get(code, CATALOG["unexpected"])
    text = texts[LANGUAGES.index(language)]
    if isinstance(text, Plural):
        text = text.choose(values)
    return text.format(**values)

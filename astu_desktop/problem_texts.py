"""Short sentences for the problem codes of the services, for the headless commands.

The GUI has its own tr() texts; this module keeps the CLI's reports readable in the
user's language ("rivi 4: henkilötunnus: tarkistusmerkki ei täsmää").
"""

from __future__ import annotations

from astu_desktop.messages import LANGUAGES, current_language

PROBLEMS: dict[str, tuple[str, str, str]] = {
    "required": ("puuttuu", "saknas", "missing"),
    "too_long": ("liian pitkä", "för lång", "too long"),
    "wrong_type": ("väärää tyyppiä", "fel typ", "wrong type"),
    "invalid_characters": ("kiellettyjä merkkejä", "otillåtna tecken", "invalid characters"),
    "postal_code_format": ("postinumero ei ole 5 numeroa", "postnumret är inte 5 siffror",
                           "postal code is not 5 digits"),
    "phone_format": ("puhelinnumerossa vääriä merkkejä", "fel tecken i telefonnumret",
                     "phone number has invalid characters"),
    "language_code": ("tuntematon kielikoodi", "okänd språkkod", "unknown language code"),
    "not_yes_no": ("ei kyllä/ei", "inte ja/nej", "not yes/no"),
    "unknown_field": ("tuntematon kenttä", "okänt fält", "unknown field"),
    "not_an_object": ("ei ole tietue", "är inte en post", "not a record"),
    "empty": ("puuttuu", "saknas", "missing"),
    "shape": ("muoto ei ole PPKKVV-NNNT", "formen är inte DDMMÅÅ-NNNK",
              "not in the form DDMMYY-NNNC"),
    "hidden_characters": ("sisältää näkymättömiä merkkejä", "innehåller osynliga tecken",
                          "contains invisible characters"),
    "century_sign": ("tuntematon välimerkki", "okänt sekeltecken", "unknown century sign"),
    "date": ("syntymäaika ei ole mahdollinen", "födelsedatumet är omöjligt",
             "the birth date is impossible"),
    "future_date": ("syntymäaika on tulevaisuudessa", "födelsedatumet ligger i framtiden",
                    "the birth date is in the future"),
    "individual_number": ("yksilönumero ei kelpaa", "individnumret är ogiltigt",
                          "the individual number is not valid"),
    "checksum": ("tarkistusmerkki ei täsmää", "kontrolltecknet stämmer inte",
                 "the check character does not match"),
    "duplicate_in_file": ("sama henkilötunnus useammalla rivillä",
                          "samma personbeteckning på flera rader",
                          "the same henkilötunnus is on several rows"),
    "already_in_store": ("asiakas on jo tietokannassa", "klienten finns redan i databasen",
                         "the client is already in the store"),
    "column_count": ("sarakkeita on väärä määrä", "fel antal kolumner", "wrong number of columns"),
    "value_without_column": ("arvo ilman saraketta", "värde utan kolumn",
                             "a value without a column"),
    "cannot_open": ("tiedostoa ei voi avata", "filen kan inte öppnas", "the file cannot be opened"),
    "too_large": ("tiedosto on liian suuri", "filen är för stor", "the file is too large"),
    "empty_file": ("tiedosto on tyhjä", "filen är tom", "the file is empty"),
    "not_utf8": ("merkistö ei ole UTF-8", "teckenkodningen är inte UTF-8",
                 "the encoding is not UTF-8"),
    "binary_content": ("tiedosto ei ole tekstiä", "filen är inte text", "the file is not text"),
    "line_too_long": ("rivi on liian pitkä", "raden är för lång", "a line is too long"),
    "malformed_csv": ("CSV-muoto on rikki", "CSV-formatet är trasigt", "the CSV is malformed"),
    "malformed_json": ("JSON-muoto on rikki", "JSON-formatet är trasigt", "the JSON is malformed"),
    "wrong_structure": ("rakenne ei ole asiakaslista", "strukturen är inte en klientlista",
                        "the structure is not a list of clients"),
    "missing_columns": ("pakollisia sarakkeita puuttuu", "obligatoriska kolumner saknas",
                        "required columns are missing"),
    "duplicate_columns": ("sama sarake kahdesti", "samma kolumn två gånger",
                          "a column appears twice"),
    "unknown_columns": ("tuntemattomia sarakkeita", "okända kolumner", "unknown columns"),
    "no_rows": ("ei yhtään asiakasriviä", "inga klientrader", "no client rows"),
}  # fmt: skip

FIELDS: dict[str, tuple[str, str, str]] = {
    "first_names": ("etunimet", "förnamn", "first names"),
    "last_name": ("sukunimi", "efternamn", "last name"),
    "hetu": ("henkilötunnus", "personbeteckning", "henkilötunnus"),
    "phone": ("puhelin", "telefon", "phone"),
    "street_address": ("osoite", "adress", "address"),
    "postal_code": ("postinumero", "postnummer", "postal code"),
    "city": ("postitoimipaikka", "postanstalt", "city"),
    "languages": ("kielet", "språk", "languages"),
    "preferred_language": ("asiointikieli", "ärendespråk", "preferred language"),
    "needs_interpreter": ("tulkki", "tolk", "interpreter"),
}


def problem_text(code: str, language: str | None = None) -> str:
    texts = PROBLEMS.get(code)
    return texts[LANGUAGES.index(language or current_language())] if texts else code


def field_text(name: str, language: str | None = None) -> str:
    texts = FIELDS.get(name)
    return texts[LANGUAGES.index(language or current_language())] if texts else name
